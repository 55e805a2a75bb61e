package dev.lekha.connectors.nic.sandbox;

import dev.lekha.connectors.nic.IrpError;
import dev.lekha.connectors.sandbox.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounts and auth tokens of the sandbox IRP (auth API v1.04): registered API clients, taxpayers
 * enabled for e-invoicing, and live sessions. A login within a session's validity returns the same
 * token and SEK; {@code ForceRefreshAccessToken} issues a new one only in the last 10 minutes
 * (einv-apisandbox.nic.in/version1.04/authentication.html). A superseded token stays valid until its
 * own expiry, so concurrent clients sharing one login are not cut off mid-flight. Thread-safe.
 */
final class IrpSandboxSessions {

    static final Duration FORCE_REFRESH_WINDOW = Duration.ofMinutes(10);

    /** A logged-in API user of one GSTIN. */
    record Session(String token, String clientId, String gstin, String userName, byte[] sek, Instant expiresAt) {
    }

    /** Outcome of a login: a session, or the IRP's errors. */
    record Login(Session session, List<IrpError> errors) {
        static Login failed(String code, String message) {
            return new Login(null, List.of(new IrpError(code, message)));
        }
    }

    private record Taxpayer(String gstin, String userName, String password) {
    }

    private final IrpSandboxKeys keys;
    private final Clock clock;
    private final Duration tokenValidity;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> clients = new ConcurrentHashMap<>();
    private final Map<String, Taxpayer> taxpayersByGstin = new ConcurrentHashMap<>();
    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final Map<String, Session> currentByUser = new ConcurrentHashMap<>();

    IrpSandboxSessions(IrpSandboxKeys keys, Clock clock, Duration tokenValidity, JsonMapper json) {
        this.keys = keys;
        this.clock = clock;
        this.tokenValidity = tokenValidity;
        this.json = json;
    }

    void registerClient(String clientId, String clientSecret) {
        clients.put(Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(clientSecret, "clientSecret"));
    }

    void registerTaxpayer(String gstin, String userName, String password) {
        Objects.requireNonNull(gstin, "gstin");
        taxpayersByGstin.put(gstin, new Taxpayer(gstin, Objects.requireNonNull(userName, "userName"),
                Objects.requireNonNull(password, "password")));
    }

    boolean isTaxpayer(String gstin) {
        return gstin != null && taxpayersByGstin.containsKey(gstin);
    }

    java.util.Set<String> taxpayerGstins() {
        return java.util.Set.copyOf(taxpayersByGstin.keySet());
    }

    /** Checks the client headers; null when they are good, else the error. */
    IrpError checkClient(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank()) {
            return new IrpError(IrpErrorCodes.CLIENT_ID_REQUIRED, IrpErrorCodes.CLIENT_ID_REQUIRED_MSG);
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            return new IrpError(IrpErrorCodes.CLIENT_SECRET_REQUIRED, IrpErrorCodes.CLIENT_SECRET_REQUIRED_MSG);
        }
        if (!clientSecret.equals(clients.get(clientId))) {
            return new IrpError(IrpErrorCodes.INVALID_CLIENT, IrpErrorCodes.INVALID_CLIENT_MSG);
        }
        return null;
    }

    /**
     * Logs in. {@code appKeyOut[0]} receives the request's AppKey, with which the caller encrypts the SEK
     * (each login may bring its own AppKey even when the session is reused).
     */
    Login login(SandboxRequest request, byte[][] appKeyOut) {
        IrpError clientError = checkClient(request.header("client_id"), request.header("client_secret"));
        if (clientError != null) {
            return new Login(null, List.of(clientError));
        }
        String gstin = request.header("Gstin");
        if (gstin == null || gstin.isBlank()) {
            return Login.failed(IrpErrorCodes.HEADER_GSTIN_REQUIRED, IrpErrorCodes.HEADER_GSTIN_REQUIRED_MSG);
        }
        byte[] encrypted;
        try {
            JsonNode body = json.readTree(request.body());
            encrypted = Base64.getDecoder().decode(body.get("Data").asString());
        } catch (JacksonException | IllegalArgumentException | NullPointerException | UnsupportedOperationException e) {
            return Login.failed(IrpErrorCodes.AUTH_FAILED, IrpErrorCodes.AUTH_FAILED_MSG);
        }
        byte[] plain;
        try {
            plain = IrpSandboxCrypto.rsaDecrypt(keys.encryptionPrivateKey(), encrypted);
        } catch (GeneralSecurityException e) {
            return Login.failed(IrpErrorCodes.PASSWORD_DECRYPTION_FAILED, IrpErrorCodes.PASSWORD_DECRYPTION_FAILED_MSG);
        }
        JsonNode credentials;
        try {
            String text = new String(plain, StandardCharsets.UTF_8).trim();
            // The wire format is Base64 of the JSON; plain JSON is accepted too, as the IRP does.
            credentials = json.readTree(text.startsWith("{") ? text
                    : new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (JacksonException | IllegalArgumentException e) {
            return Login.failed(IrpErrorCodes.AUTH_FAILED, IrpErrorCodes.AUTH_FAILED_MSG);
        }
        String userName = text(credentials, "UserName");
        String password = text(credentials, "Password");
        if (userName == null || userName.isBlank()) {
            return Login.failed(IrpErrorCodes.USER_NAME_REQUIRED, IrpErrorCodes.USER_NAME_REQUIRED_MSG);
        }
        Taxpayer taxpayer = taxpayersByGstin.get(gstin);
        if (taxpayer == null) {
            boolean userOfAnother = taxpayersByGstin.values().stream().anyMatch(t -> t.userName().equals(userName));
            return userOfAnother
                    ? Login.failed(IrpErrorCodes.INVALID_GSTIN_FOR_USER, IrpErrorCodes.INVALID_GSTIN_FOR_USER_MSG)
                    : Login.failed(IrpErrorCodes.INACTIVE_USER, IrpErrorCodes.INACTIVE_USER_MSG);
        }
        if (!taxpayer.userName().equals(userName)) {
            boolean userOfAnother = taxpayersByGstin.values().stream().anyMatch(t -> t.userName().equals(userName));
            return userOfAnother
                    ? Login.failed(IrpErrorCodes.INVALID_GSTIN_FOR_USER, IrpErrorCodes.INVALID_GSTIN_FOR_USER_MSG)
                    : Login.failed(IrpErrorCodes.INVALID_LOGIN, IrpErrorCodes.INVALID_LOGIN_MSG);
        }
        if (!taxpayer.password().equals(password)) {
            return Login.failed(IrpErrorCodes.INVALID_LOGIN, IrpErrorCodes.INVALID_LOGIN_MSG);
        }
        byte[] appKey;
        try {
            appKey = Base64.getDecoder().decode(Objects.requireNonNull(text(credentials, "AppKey")));
        } catch (IllegalArgumentException | NullPointerException e) {
            appKey = new byte[0];
        }
        if (appKey.length != 32) {
            return Login.failed(IrpErrorCodes.APP_KEY_DECRYPTION_FAILED, IrpErrorCodes.APP_KEY_DECRYPTION_FAILED_MSG);
        }
        appKeyOut[0] = appKey;
        boolean force = credentials.has("ForceRefreshAccessToken") && credentials.get("ForceRefreshAccessToken").asBoolean(false);
        String clientId = request.header("client_id");
        Session session = currentByUser.compute(clientId + '|' + gstin + '|' + userName, (key, current) -> {
            Instant now = clock.instant();
            boolean valid = current != null && now.isBefore(current.expiresAt());
            boolean refreshable = valid && force && !now.isBefore(current.expiresAt().minus(FORCE_REFRESH_WINDOW));
            if (valid && !refreshable) {
                return current;
            }
            Session fresh = new Session(newToken(), clientId, gstin, userName, randomBytes(32), now.plus(tokenValidity));
            byToken.put(fresh.token(), fresh);
            return fresh;
        });
        return new Login(session, List.of());
    }

    /** The live session the business-call headers name, or null (answered with 1005 Invalid Token). */
    Session authenticate(SandboxRequest request) {
        String token = request.header("AuthToken");
        if (token == null || checkClient(request.header("client_id"), request.header("client_secret")) != null) {
            return null;
        }
        Session session = byToken.get(token);
        if (session == null) {
            return null;
        }
        if (!clock.instant().isBefore(session.expiresAt())) {
            byToken.remove(token, session);
            return null;
        }
        boolean sameCaller = session.gstin().equalsIgnoreCase(String.valueOf(request.header("Gstin")))
                && session.userName().equals(request.header("user_name"))
                && session.clientId().equals(request.header("client_id"));
        return sameCaller ? session : null;
    }

    private String newToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}

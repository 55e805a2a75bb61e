package dev.lekha.connectors.gstportal.sandbox;

import dev.lekha.connectors.gstportal.GstPortalCrypto;
import dev.lekha.connectors.sandbox.SandboxEngine;
import dev.lekha.connectors.sandbox.SandboxRequest;
import dev.lekha.connectors.sandbox.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static dev.lekha.connectors.gstportal.sandbox.GstPortalErrorCodes.*;


/**
 * The sandbox GST portal: one engine answering the GSTN taxpayer API's wire protocol (see
 * {@link dev.lekha.connectors.gstportal.GstPortalClient} for the protocol) on its own RSA key, with the OTP step,
 * SEK/REK encryption and HMAC integrity both ways, token expiry and refresh, and the portal's error shape
 * {@code {"status_cd":"0","error":{"error_cd":…,"message":…}}}, so the hub's filing workflow runs end to end
 * offline and tests exercise real HTTP.
 *
 * <p>Paths (below the sandbox root; any API version {@code v<digits.dots>} is accepted):
 * {@code /taxpayerapi/v1.0/authenticate} (POST OTPREQUEST / AUTHTOKEN / REFRESHTOKEN, GET EVCOTP),
 * {@code /taxpayerapi/v3.0/returns} (GET RETSTATUS), {@code /taxpayerapi/v3.0/returns/gstr1} and {@code …/gstr3b}
 * (PUT RETSAVE, RETOFFSET; POST RETSUBMIT, RETFILE), {@code /taxpayerapi/v4.0/returns/gstr2b} (GET GET2B); plus the
 * sandbox's own {@code GET /keys/public-key.pem}, {@code POST /_faults} ({@code {"kind":"SERVER_ERROR|TIMEOUT|
 * TAMPER_RESPONSE","count":1,"operation":"retsave","delayMs":3000}}) and {@code DELETE /_faults}. Fault operation
 * names are the request's action in lower case.
 *
 * <p>What it enforces: registered client id and secret; known username whose GSTIN is the header GSTIN; an OTP
 * requested (OTPREQUEST) less than {@link GstPortalSandboxSettings#otpValidity()} ago and equal to the configured
 * one; tokens that expire and are invalidated by a refresh; request data that decrypts under the session's SEK with
 * a matching HMAC; GSTR-1 {@code gstin} and {@code fp} equal to the headers; the document checks of
 * {@link Gstr1Checks}; save → submit → (GSTR-3B: offset) → file in that order, nothing after filing; EVC filing
 * with the authorised signatory's PAN and an EVC OTP requested for that form. Thread-safe.
 */
public final class GstPortalSandbox implements SandboxEngine {

    private static final Pattern ROUTE = Pattern.compile(
            "/taxpayerapi/v[0-9.]+/(authenticate|returns|returns/gstr1|returns/gstr3b|returns/gstr2b)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GstPortalSandboxKeys keys;
    private final Clock clock;
    private final GstPortalSandboxStore store;
    private final GstPortalSandboxSettings settings;
    private final GstPortalSandboxFaults faults = new GstPortalSandboxFaults();
    private final Map<String, String> clients = new ConcurrentHashMap<>();
    private final Map<String, Taxpayer> taxpayers = new ConcurrentHashMap<>();
    private final Map<String, Instant> otpRequests = new ConcurrentHashMap<>();
    private final Map<String, EvcRequest> evcRequests = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> references = new ConcurrentHashMap<>();
    private final AtomicLong arnSequence;
    private final Object returnsLock = new Object();
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private record Taxpayer(String gstin, String username, String pan) {
    }

    private record Session(String token, String clientId, String username, String gstin, byte[] sek, Instant expiry) {
    }

    private record EvcRequest(String pan, Instant at) {
    }

    /** Thrown inside the engine for a refusal; becomes the portal's error envelope. */
    private static final class Refusal extends RuntimeException {
        final String code;

        Refusal(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** No argument may be null. */
    public GstPortalSandbox(GstPortalSandboxKeys keys, Clock clock, GstPortalSandboxStore store,
                            GstPortalSandboxSettings settings) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.arnSequence = new AtomicLong(store.arns().stream().filter(ArnFormat::valid)
                .mapToLong(ArnFormat::sequence).max().orElse(0));
    }

    /** Registers an API client (a GSP/ASP's clientid and client-secret). */
    public void registerClient(String clientId, String clientSecret) {
        clients.put(Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(clientSecret, "clientSecret"));
    }

    /** Registers a taxpayer's GST username (API access enabled) and the PAN of its authorised signatory. */
    public void registerTaxpayer(String gstin, String username, String signatoryPan) {
        taxpayers.put(Objects.requireNonNull(username, "username"), new Taxpayer(Objects.requireNonNull(gstin, "gstin"),
                username, Objects.requireNonNull(signatoryPan, "signatoryPan")));
    }

    /** Whether {@code username} is registered. */
    public boolean knowsUser(String username) {
        return taxpayers.containsKey(username);
    }

    /** The store (tests and the hub load GSTR-2Bs into it); never null. */
    public GstPortalSandboxStore store() {
        return store;
    }

    /** The fault queue; never null. */
    public GstPortalSandboxFaults faults() {
        return faults;
    }

    /** The sandbox's key pair (its public key is what clients in sandbox mode encrypt app_key with). */
    public GstPortalSandboxKeys keys() {
        return keys;
    }

    /** The settings (the OTPs a person types in sandbox mode). */
    public GstPortalSandboxSettings settings() {
        return settings;
    }

    // ------------------------------------------------------------------ dispatch

    /** Answers one request; never null, never throws for bad input. Wait {@link SandboxResponse#delay()} first. */
    @Override
    public SandboxResponse handle(SandboxRequest request) {
        Objects.requireNonNull(request, "request");
        String method = request.method().toUpperCase(Locale.ROOT);
        String path = request.path().length() > 1 && request.path().endsWith("/")
                ? request.path().substring(0, request.path().length() - 1) : request.path();
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.equals("/_faults")) {
            return controlFaults(method, request.body());
        }
        if (method.equals("GET") && lower.equals("/keys/public-key.pem")) {
            return new SandboxResponse(200, "application/x-pem-file", keys.publicKeyPem(), Duration.ZERO);
        }
        Matcher route = ROUTE.matcher(lower);
        if (!route.matches()) {
            return SandboxResponse.json(404, error("404", "No GST sandbox endpoint " + method + " "
                    + path.replace("\"", "")));
        }
        String resource = route.group(1);
        ObjectNode body = null;
        String action;
        if (method.equals("GET")) {
            action = request.query("action");
        } else {
            try {
                JsonNode parsed = json.readTree(request.body());
                body = parsed instanceof ObjectNode o ? o : null;
            } catch (JacksonException e) {
                body = null;
            }
            action = body == null ? null : body.path("action").asString(null);
        }
        String operation = action == null ? "unknown" : action.toLowerCase(Locale.ROOT);
        Optional<GstPortalSandboxFaults.Fault> fault = faults.claim(operation);
        if (fault.isPresent() && fault.get().kind() == GstPortalSandboxFaults.Kind.SERVER_ERROR) {
            return new SandboxResponse(503, "text/plain", "Service Unavailable", Duration.ZERO);
        }
        SandboxResponse response;
        try {
            String answer = process(method, resource, action, request, body,
                    fault.isPresent() && fault.get().kind() == GstPortalSandboxFaults.Kind.TAMPER_RESPONSE);
            response = SandboxResponse.json(200, answer);
        } catch (Refusal refusal) {
            response = SandboxResponse.json(200, error(refusal.code, refusal.getMessage()));
        } catch (RuntimeException bug) {
            response = new SandboxResponse(500, "text/plain", "GST sandbox error: " + bug, Duration.ZERO);
        }
        return fault.isPresent() && fault.get().kind() == GstPortalSandboxFaults.Kind.TIMEOUT
                ? response.delayedBy(fault.get().delay()) : response;
    }

    private String process(String method, String resource, String action, SandboxRequest request, ObjectNode body,
                           boolean tamper) {
        requireClient(request);
        if (action == null) {
            throw new Refusal(INVALID_ACTION, INVALID_ACTION_MSG);
        }
        String key = method + " " + resource + " " + action.toUpperCase(Locale.ROOT);
        if (key.equals("POST authenticate OTPREQUEST")) {
            return otpRequest(request, body);
        }
        if (key.equals("POST authenticate AUTHTOKEN")) {
            return authToken(request, body);
        }
        if (key.equals("POST authenticate REFRESHTOKEN")) {
            return refreshToken(body);
        }
        Session session = session(request);
        return switch (key) {
            case "GET authenticate EVCOTP" -> evcOtp(session, request);
            case "PUT returns/gstr1 RETSAVE" -> success(session, saveGstr1(session, request, body), tamper);
            case "PUT returns/gstr3b RETSAVE" -> success(session, saveGstr3b(session, request, body), tamper);
            case "POST returns/gstr1 RETSUBMIT" -> success(session, submit(session, request, body, "gstr1"), tamper);
            case "POST returns/gstr3b RETSUBMIT" -> success(session, submit(session, request, body, "gstr3b"), tamper);
            case "PUT returns/gstr3b RETOFFSET" -> success(session, offset(session, request, body), tamper);
            case "POST returns/gstr1 RETFILE" -> success(session, file(session, request, body, "gstr1"), tamper);
            case "POST returns/gstr3b RETFILE" -> success(session, file(session, request, body, "gstr3b"), tamper);
            case "GET returns RETSTATUS" -> success(session, status(session, request), tamper);
            case "GET returns/gstr2b GET2B" -> success(session, gstr2b(session, request), tamper);
            default -> throw new Refusal(INVALID_ACTION, INVALID_ACTION_MSG + ": " + method + " " + resource + " "
                    + action);
        };
    }

    // ------------------------------------------------------------------ authentication

    private void requireClient(SandboxRequest request) {
        String clientId = request.header("clientid");
        String secret = request.header("client-secret");
        for (String header : List.of("clientid", "client-secret", "state-cd", "ip-usr", "txn")) {
            if (request.header(header) == null || request.header(header).isBlank()) {
                throw new Refusal(HEADER_MISSING, HEADER_MISSING_MSG + ": " + header);
            }
        }
        if (!secret.equals(clients.get(clientId))) {
            throw new Refusal(API_AUTH_FAILED, API_AUTH_FAILED_MSG);
        }
    }

    private Taxpayer taxpayer(ObjectNode body) {
        Taxpayer taxpayer = taxpayers.get(body.path("username").asString(""));
        if (taxpayer == null) {
            throw new Refusal(INVALID_USER, INVALID_USER_MSG);
        }
        return taxpayer;
    }

    private byte[] appKey(ObjectNode body) {
        try {
            byte[] appKey = GstPortalCrypto.rsaDecrypt(keys.privateKey(), body.path("app_key").asString(null));
            if (appKey.length != GstPortalCrypto.KEY_BYTES) {
                throw new IllegalArgumentException("app_key is " + appKey.length + " bytes");
            }
            return appKey;
        } catch (IllegalArgumentException e) {
            throw new Refusal(INVALID_PUBLIC_KEY, INVALID_PUBLIC_KEY_MSG);
        }
    }

    private String otpRequest(SandboxRequest request, ObjectNode body) {
        Taxpayer taxpayer = taxpayer(body);
        requireSameGstin(request, taxpayer.gstin());
        appKey(body);
        otpRequests.put(taxpayer.username(), clock.instant());
        return "{\"status_cd\":\"1\"}";
    }

    private String authToken(SandboxRequest request, ObjectNode body) {
        Taxpayer taxpayer = taxpayer(body);
        requireSameGstin(request, taxpayer.gstin());
        byte[] appKey = appKey(body);
        Instant requested = otpRequests.get(taxpayer.username());
        if (requested == null || !clock.instant().isBefore(requested.plus(settings.otpValidity()))) {
            throw new Refusal(INVALID_SESSION, INVALID_SESSION_MSG);
        }
        String otp;
        try {
            otp = new String(GstPortalCrypto.aesDecrypt(appKey, body.path("otp").asString(null), "otp"),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Refusal(INVALID_OTP, INVALID_OTP_MSG);
        }
        if (!otp.equals(settings.otp())) {
            throw new Refusal(INVALID_OTP, INVALID_OTP_MSG);
        }
        otpRequests.remove(taxpayer.username());
        return newSession(request.header("clientid"), taxpayer, appKey);
    }

    private String refreshToken(ObjectNode body) {
        Taxpayer taxpayer = taxpayer(body);
        Session old = liveSession(body.path("auth_token").asString(""));
        if (!old.username().equals(taxpayer.username())) {
            throw new Refusal(INVALID_USERNAME, INVALID_USERNAME_MSG);
        }
        byte[] appKey;
        try {
            appKey = GstPortalCrypto.decryptKey(old.sek(), body.path("app_key").asString(null), "app_key");
        } catch (IllegalArgumentException e) {
            throw new Refusal(CORRUPTED_PAYLOAD, CORRUPTED_PAYLOAD_MSG);
        }
        sessions.remove(old.token());
        return newSession(old.clientId(), taxpayer, appKey);
    }

    private String newSession(String clientId, Taxpayer taxpayer, byte[] appKey) {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        Session session = new Session(HexFormat.of().formatHex(token), clientId, taxpayer.username(), taxpayer.gstin(),
                GstPortalCrypto.newKey(), clock.instant().plus(settings.tokenValidity()));
        sessions.put(session.token(), session);
        ObjectNode answer = json.createObjectNode();
        answer.put("status_cd", "1");
        answer.put("auth_token", session.token());
        answer.put("expiry", settings.tokenValidity().toMinutes());
        answer.put("sek", GstPortalCrypto.aesEncrypt(appKey, session.sek()));
        return json.writeValueAsString(answer);
    }

    private Session liveSession(String token) {
        Session session = sessions.get(token);
        if (session == null) {
            throw new Refusal(INVALID_AUTH_TOKEN, INVALID_AUTH_TOKEN_MSG);
        }
        if (!clock.instant().isBefore(session.expiry())) {
            sessions.remove(token);
            throw new Refusal(SESSION_EXPIRED, SESSION_EXPIRED_MSG);
        }
        return session;
    }

    private Session session(SandboxRequest request) {
        String token = request.header("auth-token");
        if (token == null || request.header("username") == null || request.header("gstin") == null) {
            throw new Refusal(HEADER_MISSING, HEADER_MISSING_MSG + ": auth-token, username and gstin are required");
        }
        Session session = liveSession(token);
        if (!session.username().equals(request.header("username"))) {
            throw new Refusal(INVALID_USERNAME, INVALID_USERNAME_MSG);
        }
        requireSameGstin(request, session.gstin());
        return session;
    }

    private static void requireSameGstin(SandboxRequest request, String gstin) {
        String header = request.header("gstin");
        if (header != null && !header.equals(gstin)) {
            throw new Refusal(UNAUTHORIZED_USER, UNAUTHORIZED_USER_MSG + ": the user is not registered for "
                    + header.replace("\"", ""));
        }
        String state = request.header("state-cd");
        if (state != null && !gstin.startsWith(state)) {
            throw new Refusal(INVALID_PARAMETERS, INVALID_PARAMETERS_MSG + ": state-cd does not match the GSTIN");
        }
    }

    private String evcOtp(Session session, SandboxRequest request) {
        String pan = request.query("pan");
        String formType = request.query("form_type");
        if (pan == null || formType == null || !List.of("R1", "R3B").contains(formType)) {
            throw new Refusal(INVALID_PARAMETERS, INVALID_PARAMETERS_MSG + ": pan and form_type (R1, R3B) are required");
        }
        if (!pan.equals(taxpayers.get(session.username()).pan())) {
            throw new Refusal(NOT_AUTHORISED_SIGNATORY, NOT_AUTHORISED_SIGNATORY_MSG);
        }
        evcRequests.put(session.gstin() + "|" + formType, new EvcRequest(pan, clock.instant()));
        return "{\"status_cd\":\"1\"}";
    }

    // ------------------------------------------------------------------ returns

    /** The decrypted, HMAC-checked JSON of a request's {@code data}. */
    private JsonNode payload(Session session, ObjectNode body) {
        String base64Json;
        try {
            base64Json = GstPortalCrypto.decryptPayload(session.sek(), body.path("data").asString(null));
        } catch (IllegalArgumentException e) {
            throw new Refusal(CORRUPTED_PAYLOAD, CORRUPTED_PAYLOAD_MSG);
        }
        if (!GstPortalCrypto.hmacMatches(session.sek(), base64Json, body.path("hmac").asString(null))) {
            throw new Refusal(CORRUPTED_PAYLOAD, CORRUPTED_PAYLOAD_MSG + ": hmac does not match data");
        }
        try {
            JsonNode plain = json.readTree(GstPortalCrypto.decodeBase64Json(base64Json));
            if (plain == null || !plain.isObject()) {
                throw new Refusal(JSON_STRUCTURE, JSON_STRUCTURE_MSG);
            }
            return plain;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new Refusal(JSON_STRUCTURE, JSON_STRUCTURE_MSG);
        }
    }

    private static String period(SandboxRequest request) {
        String period = request.header("ret_period");
        if (period == null || !period.matches("(0[1-9]|1[0-2])[0-9]{4}")) {
            throw new Refusal(INVALID_RETURN_PERIOD, INVALID_RETURN_PERIOD_MSG);
        }
        return period;
    }

    private SavedReturn notFiled(Optional<SavedReturn> saved) {
        if (saved.isPresent() && saved.get().state() == SavedReturn.State.FILED) {
            throw new Refusal(ALREADY_FILED, ALREADY_FILED_MSG);
        }
        return saved.orElse(null);
    }

    private ObjectNode saveGstr1(Session session, SandboxRequest request, ObjectNode body) {
        String period = period(request);
        JsonNode plain = payload(session, body);
        if (!session.gstin().equals(plain.path("gstin").asString(""))) {
            throw new Refusal(INVALID_GSTIN, INVALID_GSTIN_MSG + ": gstin in the return differs from the header");
        }
        if (!period.equals(plain.path("fp").asString(""))) {
            throw new Refusal(INVALID_RETURN_PERIOD, INVALID_RETURN_PERIOD_MSG + ": fp differs from ret_period");
        }
        ObjectNode accepted = ((ObjectNode) plain).deepCopy();
        ObjectNode report = Gstr1Checks.check(accepted, settings);
        synchronized (returnsLock) {
            SavedReturn saved = notFiled(store.findReturn(session.gstin(), "gstr1", period));
            if (saved != null && saved.state() != SavedReturn.State.SAVED) {
                throw new Refusal(ALREADY_SUBMITTED, ALREADY_SUBMITTED_MSG);
            }
            ObjectNode merged = saved == null ? json.createObjectNode() : (ObjectNode) json.readTree(saved.json());
            merged.setAll(accepted);
            store.putReturn(new SavedReturn(session.gstin(), "gstr1", period, json.writeValueAsString(merged),
                    SavedReturn.State.SAVED, null, null));
        }
        ObjectNode status = json.createObjectNode().put("form_typ", "R1").put("action", "SAVE");
        if (report.isEmpty()) {
            status.put("status_cd", "P");
        } else {
            status.put("status_cd", "PE");
            status.set("error_report", report);
        }
        return reference(session, status);
    }

    private ObjectNode saveGstr3b(Session session, SandboxRequest request, ObjectNode body) {
        String period = period(request);
        JsonNode plain = payload(session, body);
        if (!session.gstin().equals(plain.path("gstin").asString(""))) {
            throw new Refusal(INVALID_GSTIN, INVALID_GSTIN_MSG + ": gstin in the return differs from the header");
        }
        if (!period.equals(plain.path("ret_period").asString(""))) {
            throw new Refusal(INVALID_RETURN_PERIOD, INVALID_RETURN_PERIOD_MSG + ": ret_period differs from the header");
        }
        synchronized (returnsLock) {
            SavedReturn saved = notFiled(store.findReturn(session.gstin(), "gstr3b", period));
            if (saved != null && saved.state() != SavedReturn.State.SAVED) {
                throw new Refusal(ALREADY_SUBMITTED, ALREADY_SUBMITTED_MSG.replace("GSTR1", "GSTR3B"));
            }
            store.putReturn(new SavedReturn(session.gstin(), "gstr3b", period, json.writeValueAsString(plain),
                    SavedReturn.State.SAVED, null, null));
        }
        return reference(session, json.createObjectNode().put("status_cd", "P").put("form_typ", "R3B")
                .put("action", "SAVE"));
    }

    private ObjectNode submit(Session session, SandboxRequest request, ObjectNode body, String type) {
        String period = period(request);
        JsonNode plain = payload(session, body);
        if (!session.gstin().equals(plain.path("gstin").asString("")) || !period.equals(plain.path("ret_period")
                .asString(""))) {
            throw new Refusal(INVALID_PARAMETERS, INVALID_PARAMETERS_MSG + ": gstin and ret_period must match the headers");
        }
        synchronized (returnsLock) {
            SavedReturn saved = notFiled(store.findReturn(session.gstin(), type, period));
            if (saved == null) {
                throw new Refusal(OUT_OF_ORDER, "Nothing saved for " + type.toUpperCase(Locale.ROOT) + " " + period
                        + ": save the return before submitting it");
            }
            if (saved.state() != SavedReturn.State.SAVED) {
                throw new Refusal(ALREADY_SUBMITTED, ALREADY_SUBMITTED_MSG.replace("GSTR1", type.toUpperCase(Locale.ROOT)));
            }
            store.putReturn(saved.with(saved.json(), SavedReturn.State.SUBMITTED));
        }
        return reference(session, json.createObjectNode().put("status_cd", "P")
                .put("form_typ", type.equals("gstr1") ? "R1" : "R3B").put("action", "SUBMIT"));
    }

    private ObjectNode offset(Session session, SandboxRequest request, ObjectNode body) {
        String period = period(request);
        JsonNode plain = payload(session, body);
        synchronized (returnsLock) {
            SavedReturn saved = notFiled(store.findReturn(session.gstin(), "gstr3b", period));
            if (saved == null || saved.state() != SavedReturn.State.SUBMITTED) {
                throw new Refusal(OUT_OF_ORDER, "GSTR3B " + period + " must be saved and submitted before its"
                        + " liability is offset");
            }
            ObjectNode merged = (ObjectNode) json.readTree(saved.json());
            merged.set("offset", plain);
            store.putReturn(saved.with(json.writeValueAsString(merged), SavedReturn.State.OFFSET));
        }
        return reference(session, json.createObjectNode().put("status_cd", "P").put("form_typ", "R3B")
                .put("action", "OFFSET"));
    }

    private ObjectNode file(Session session, SandboxRequest request, ObjectNode body, String type) {
        String period = period(request);
        payload(session, body);
        String formType = type.equals("gstr1") ? "R1" : "R3B";
        String sid = body.path("sid").asString("");
        int bar = sid.indexOf('|');
        if (!"EVC".equals(body.path("st").asString("")) || bar < 0) {
            throw new Refusal(SIGNATURE_MISSING, SIGNATURE_MISSING_MSG);
        }
        String pan = sid.substring(0, bar);
        String otp = sid.substring(bar + 1);
        synchronized (returnsLock) {
            SavedReturn saved = notFiled(store.findReturn(session.gstin(), type, period));
            SavedReturn.State ready = type.equals("gstr1") ? SavedReturn.State.SUBMITTED : SavedReturn.State.OFFSET;
            if (saved == null || saved.state() != ready) {
                throw new Refusal(OUT_OF_ORDER, type.toUpperCase(Locale.ROOT) + " " + period + " is not ready to file: "
                        + (type.equals("gstr1") ? "save and submit it first" : "save, submit and offset it first"));
            }
            EvcRequest evc = evcRequests.get(session.gstin() + "|" + formType);
            if (!pan.equals(taxpayers.get(session.username()).pan())) {
                throw new Refusal(NOT_AUTHORISED_SIGNATORY, NOT_AUTHORISED_SIGNATORY_MSG);
            }
            if (evc == null || !evc.pan().equals(pan)
                    || !clock.instant().isBefore(evc.at().plus(settings.otpValidity()))) {
                throw new Refusal(INVALID_SESSION, INVALID_SESSION_MSG + ": request an EVC OTP first");
            }
            if (!otp.equals(settings.evcOtp())) {
                throw new Refusal(INVALID_OTP, INVALID_OTP_MSG);
            }
            evcRequests.remove(session.gstin() + "|" + formType);
            String arn = ArnFormat.arn(session.gstin().substring(0, 2), period, arnSequence.incrementAndGet());
            store.putReturn(saved.filed(arn, clock.instant()));
            return json.createObjectNode().put("ack_num", arn);
        }
    }

    private ObjectNode status(Session session, SandboxRequest request) {
        String ref = request.query("ref_id");
        ObjectNode status = ref == null ? null : references.get(session.gstin() + "|" + ref);
        if (status == null) {
            throw new Refusal(INVALID_PARAMETERS, INVALID_PARAMETERS_MSG + ": unknown ref_id");
        }
        return status.deepCopy();
    }

    private ObjectNode gstr2b(Session session, SandboxRequest request) {
        String period = request.query("rtnprd");
        if (!session.gstin().equals(request.query("gstin"))) {
            throw new Refusal(INVALID_GSTIN, INVALID_GSTIN_MSG);
        }
        if (period == null || !period.matches("(0[1-9]|1[0-2])[0-9]{4}")) {
            throw new Refusal(INVALID_RETURN_PERIOD, INVALID_RETURN_PERIOD_MSG);
        }
        List<String> files = store.findGstr2b(session.gstin(), period)
                .orElseThrow(() -> new Refusal(GSTR2B_NOT_AVAILABLE, GSTR2B_NOT_AVAILABLE_MSG));
        String fileNum = request.query("file_num");
        int index;
        try {
            index = fileNum == null ? 1 : Integer.parseInt(fileNum);
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 1 || index > files.size()) {
            throw new Refusal(INVALID_PARAMETERS, INVALID_PARAMETERS_MSG + ": file_num must be 1 to " + files.size());
        }
        JsonNode file = json.readTree(files.get(index - 1));
        if (!(file instanceof ObjectNode object)) {
            throw new IllegalStateException("the stored 2B of " + session.gstin() + " " + period + " is not a JSON object");
        }
        if (fileNum == null && files.size() > 1) {
            object.put("fc", files.size()); // split: tell the client how many files to fetch
        }
        return object;
    }

    private ObjectNode reference(Session session, ObjectNode status) {
        String ref = UUID.randomUUID().toString();
        references.put(session.gstin() + "|" + ref, status);
        return json.createObjectNode().put("reference_id", ref);
    }

    // ------------------------------------------------------------------ envelopes

    private String success(Session session, ObjectNode data, boolean tamper) {
        byte[] rek = GstPortalCrypto.newKey();
        String base64Json = GstPortalCrypto.base64Json(json.writeValueAsString(data));
        ObjectNode answer = json.createObjectNode();
        answer.put("status_cd", "1");
        answer.put("data", GstPortalCrypto.aesEncrypt(rek, base64Json.getBytes(StandardCharsets.US_ASCII)));
        answer.put("rek", GstPortalCrypto.aesEncrypt(session.sek(), rek));
        answer.put("hmac", GstPortalCrypto.hmac(rek, tamper ? base64Json + "=" : base64Json));
        return json.writeValueAsString(answer);
    }

    private String error(String code, String message) {
        ObjectNode answer = json.createObjectNode();
        answer.put("status_cd", "0");
        answer.putObject("error").put("error_cd", code).put("message", message);
        return json.writeValueAsString(answer);
    }

    private SandboxResponse controlFaults(String method, String body) {
        if (method.equals("DELETE")) {
            faults.clear();
            return SandboxResponse.json(200, "{\"cleared\":true}");
        }
        if (!method.equals("POST")) {
            return SandboxResponse.json(405, "{\"error\":\"POST or DELETE /_faults\"}");
        }
        try {
            JsonNode node = json.readTree(body);
            GstPortalSandboxFaults.Kind kind = GstPortalSandboxFaults.Kind.valueOf(node.get("kind").asString());
            int count = node.has("count") ? node.get("count").asInt() : 1;
            String operation = node.hasNonNull("operation") ? node.get("operation").asString() : null;
            Duration delay = Duration.ofMillis(node.has("delayMs") ? node.get("delayMs").asLong() : 0);
            faults.inject(new GstPortalSandboxFaults.Fault(kind, count, operation, delay));
            return SandboxResponse.json(200, "{\"queued\":" + faults.pending().size() + "}");
        } catch (RuntimeException e) {
            return SandboxResponse.json(400, json.writeValueAsString(Map.of("error", "expected {\"kind\":"
                    + "\"SERVER_ERROR|TIMEOUT|TAMPER_RESPONSE\",\"count\":1,\"operation\":\"retsave\",\"delayMs\":3000}")));
        }
    }
}

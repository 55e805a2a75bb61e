package dev.lekha.connectors.nic;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The NIC e-invoice API client (auth API v1.04, core API v1.03, e-way bill by IRN v1.03), for any number
 * of taxpayer GSTINs. Callers see plain DTOs; this class does the IRP's login, token handling and
 * encryption. Thread-safe; build one per IRP (live or sandbox) and share it.
 *
 * <h2>Wire protocol</h2>
 * <p>Every request and response is JSON ({@code Content-Type: application/json}) over HTTP/1.1; paths are
 * appended to {@link NicClientSettings#baseUri()}.
 *
 * <p><b>Auth</b>: {@code POST {base}/eivital/v1.04/auth}, headers {@code client_id}, {@code client_secret},
 * {@code Gstin}. Body {@code {"Data":"<b64>"}} where b64 = Base64( RSA/ECB/PKCS1Padding( IRP public key,
 * UTF-8 bytes of Base64( UTF-8 JSON {"UserName":…,"Password":…,"AppKey":"<Base64 of a fresh random 32-byte
 * AppKey>","ForceRefreshAccessToken":true|false} ) ) ).
 * Success: HTTP 200 {@code {"Status":1,"Data":{"ClientId":…,"UserName":…,"AuthToken":…,
 * "Sek":"<Base64(AES-256-ECB-PKCS7(AppKey, 32-byte SEK))>","TokenExpiry":"yyyy-MM-dd HH:mm:ss"},
 * "ErrorDetails":null,"InfoDtls":null}}, TokenExpiry in IST (Asia/Kolkata).
 * Failure: HTTP 200 {@code {"Status":0,"Data":null,"ErrorDetails":[{"ErrorCode":"1008",
 * "ErrorMessage":"Invalid login credentials"}],"InfoDtls":null}} → {@link IrpAuthenticationException}.
 *
 * <p><b>Business calls</b>: headers {@code client_id}, {@code client_secret}, {@code Gstin},
 * {@code user_name}, {@code AuthToken}. A POST body is {@code {"Data":"<Base64(AES-256-ECB-PKCS7(SEK,
 * UTF-8 JSON))>"}}. Success: {@code {"Status":1,"Data":"<Base64(AES-256-ECB-PKCS7(SEK, UTF-8 JSON))>",
 * "ErrorDetails":null,"InfoDtls":[…]|null}}. Failure: {@code {"Status":0,"Data":null,"ErrorDetails":
 * [{"ErrorCode":…,"ErrorMessage":…}…],"InfoDtls":[{"InfCd":"DUPIRN","Desc":{"AckNo":…,"AckDt":"…",
 * "Irn":"…"}}]}}; an {@code InfoDtls} {@code Desc} may also be a list of {@code {ErrorCode, ErrorMessage}}
 * (e.g. {@code EWBERR} when the e-way bill part of a Generate IRN failed).
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>Operation</th><th>Request</th><th>Data in / out</th></tr>
 *   <tr><td>generate-irn</td><td>{@code POST /eicore/v1.03/Invoice}</td><td>{@link IrpInvoice} / {@link IrnDetails}</td></tr>
 *   <tr><td>get-irn</td><td>{@code GET /eicore/v1.03/Invoice/irn/{irn}}</td><td>– / {@link IrnDetails}</td></tr>
 *   <tr><td>get-irn-by-document</td><td>{@code GET /eicore/v1.03/Invoice/irnbydocdetails?doctype=INV} with
 *       headers {@code docnum} and {@code docdate} (dd/MM/yyyy)</td><td>– / {@link IrnDetails}</td></tr>
 *   <tr><td>cancel-irn</td><td>{@code POST /eicore/v1.03/Invoice/Cancel}</td><td>{@link CancelIrnRequest} / {@link CancelledIrn}</td></tr>
 *   <tr><td>generate-ewb</td><td>{@code POST /eiewb/v1.03/ewaybill}</td><td>{@link EwbByIrnRequest} / {@link EwayBill}</td></tr>
 *   <tr><td>gstin-details</td><td>{@code GET /eivital/v1.03/Master/gstin/{gstin}}</td><td>– / {@link GstinDetails}</td></tr>
 * </table>
 *
 * <h2>Errors</h2>
 * HTTP other than 200, a connection failure, an unreadable or undecryptable answer →
 * {@link IrpUnavailableException} (timedOut false); no answer within the request timeout →
 * {@link IrpUnavailableException} with timedOut true. {@code Status 0} → {@link IrpRejectedException},
 * carrying the {@code DUPIRN} details for 2150; except that 1005 (Invalid Token) on a business call makes the
 * client log in once more (forced) and repeat the call once; a second 1005 is rejected. No GSTIN credentials
 * → {@link MissingNicCredentialsException}, before anything is sent.
 *
 * <h2>Tokens</h2>
 * One token per GSTIN, cached until {@value #REFRESH_WINDOW_MINUTES} minutes before its TokenExpiry; then the
 * next call logs in with {@code ForceRefreshAccessToken=true} (the IRP honours it only in a token's last ten
 * minutes and otherwise returns the same token). At most one login per GSTIN runs at a time.
 *
 * <h2>Circuit breaker</h2>
 * Every exchange, logins included, passes a resilience4j circuit breaker
 * ({@link NicClientSettings.CircuitBreakerSettings}); only {@link IrpUnavailableException} counts as failure.
 * While it is open calls fail at once with an {@link IrpUnavailableException} ("IRP circuit open…").
 */
public final class NicClient implements InvoiceRegistrationPortal {

    static final int REFRESH_WINDOW_MINUTES = 10;
    static final Duration REFRESH_WINDOW = Duration.ofMinutes(REFRESH_WINDOW_MINUTES);

    static final String AUTH_PATH = "/eivital/v1.04/auth";
    static final String INVOICE_PATH = "/eicore/v1.03/Invoice";
    static final String IRN_PATH = "/eicore/v1.03/Invoice/irn/";
    static final String IRN_BY_DOCUMENT_PATH = "/eicore/v1.03/Invoice/irnbydocdetails";
    static final String CANCEL_PATH = "/eicore/v1.03/Invoice/Cancel";
    static final String EWAY_BILL_PATH = "/eiewb/v1.03/ewaybill";
    static final String GSTIN_PATH = "/eivital/v1.03/Master/gstin/";

    /** IRP error code: the auth token is not (or no longer) valid. */
    public static final String INVALID_TOKEN = "1005";
    /** IRP error code: an IRN already exists for the document (DUPIRN info attached). */
    public static final String DUPLICATE_IRN = "2150";

    /** IST date-time as the IRP writes TokenExpiry, AckDt and the like. */
    public static final DateTimeFormatter IRP_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** The IRP's document date format. */
    public static final DateTimeFormatter DOCUMENT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The IRP's time zone. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static final Logger log = LoggerFactory.getLogger(NicClient.class);
    private static final String MASK = "****";
    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9]{1,100}");

    private final NicClientSettings settings;
    private final NicCredentialsSource credentials;
    private final Clock clock;
    private final NicExchangeListener listener;
    private final HttpClient http;
    private final JsonMapper json;
    private final CircuitBreaker circuitBreaker;
    private final ConcurrentMap<String, TokenHolder> tokens = new ConcurrentHashMap<>();

    /**
     * @param settings    must not be null
     * @param credentials asked for a GSTIN's credentials on every call; must not be null
     * @param clock       decides token expiry (tests pass a movable clock); must not be null
     * @param listener    told about every exchange; {@link NicExchangeListener#NONE} for none; must not be null
     */
    public NicClient(NicClientSettings settings, NicCredentialsSource credentials, Clock clock,
                     NicExchangeListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        // HTTP/1.1: the IRP speaks it, and it avoids h2c upgrade attempts against the plain-http sandbox.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.json = jsonMapper();
        NicClientSettings.CircuitBreakerSettings cb = settings.circuitBreaker();
        this.circuitBreaker = CircuitBreaker.of("nic-irp", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .failureRateThreshold(cb.failureRatePercent())
                .waitDurationInOpenState(cb.openDuration())
                .recordExceptions(IrpUnavailableException.class)
                .build());
    }

    /**
     * A Jackson mapper as the IRP needs it: BigDecimal amounts written as plain numbers (never
     * {@code 1E+3}), decimals read as BigDecimal, unknown response fields ignored. A new instance each call.
     */
    public static JsonMapper jsonMapper() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The circuit breaker around the transport, for health checks and metrics; never null. */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    @Override
    public IrnDetails generateIrn(String gstin, IrpInvoice invoice) {
        return generateIrnWithInfo(gstin, invoice).details();
    }

    /**
     * Generate IRN, keeping the IRP's {@code InfoDtls} (e.g. {@code EWBERR} when the e-way bill asked for with
     * the invoice failed although the IRN was generated). Throws as {@link #generateIrn} does.
     *
     * @return never null
     */
    public IrnRegistration generateIrnWithInfo(String gstin, IrpInvoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        Envelope answer = call(gstin, NicOperation.GENERATE_IRN, INVOICE_PATH, Map.of(), invoice, IrnDetails.class);
        return new IrnRegistration((IrnDetails) answer.value(), answer.info());
    }

    @Override
    public IrnDetails getByIrn(String gstin, String irn) {
        return (IrnDetails) call(gstin, NicOperation.GET_IRN, IRN_PATH + pathSegment(irn, "irn"), Map.of(), null,
                IrnDetails.class).value();
    }

    @Override
    public IrnDetails getByDocument(String gstin, String documentType, String documentNumber, LocalDate documentDate) {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(documentDate, "documentDate");
        String path = IRN_BY_DOCUMENT_PATH + "?doctype=" + pathSegment(documentType, "documentType");
        return (IrnDetails) call(gstin, NicOperation.GET_IRN_BY_DOCUMENT, path,
                Map.of("docnum", documentNumber, "docdate", DOCUMENT_DATE.format(documentDate)), null,
                IrnDetails.class).value();
    }

    @Override
    public CancelledIrn cancelIrn(String gstin, CancelIrnRequest request) {
        Objects.requireNonNull(request, "request");
        return (CancelledIrn) call(gstin, NicOperation.CANCEL_IRN, CANCEL_PATH, Map.of(), request, CancelledIrn.class)
                .value();
    }

    @Override
    public EwayBill generateEwayBill(String gstin, EwbByIrnRequest request) {
        Objects.requireNonNull(request, "request");
        return (EwayBill) call(gstin, NicOperation.GENERATE_EWB, EWAY_BILL_PATH, Map.of(), request, EwayBill.class)
                .value();
    }

    @Override
    public GstinDetails gstinDetails(String gstin, String lookupGstin) {
        return (GstinDetails) call(gstin, NicOperation.GSTIN_DETAILS, GSTIN_PATH + pathSegment(lookupGstin, "lookupGstin"),
                Map.of(), null, GstinDetails.class).value();
    }

    // --- business calls ---

    /** One business call: GET when {@code payload} is null, else POST of the encrypted payload. */
    private Envelope call(String gstin, NicOperation operation, String pathAndQuery, Map<String, String> extraHeaders,
                          Object payload, Class<?> answerType) {
        pathSegment(gstin, "gstin");
        NicCredentials creds = credentials.forGstin(gstin);
        String plainRequest = payload == null ? null : writeJson(payload);
        TokenHolder holder = tokens.computeIfAbsent(gstin, TokenHolder::new);
        AuthSession session = holder.valid(creds);
        Envelope answer = exchangeBusiness(gstin, creds, session, operation, pathAndQuery, extraHeaders, plainRequest,
                answerType);
        if (!answer.success() && answer.has(INVALID_TOKEN)) {
            // The IRP dropped the token before its expiry (a forced login elsewhere, or its own restart):
            // one fresh login and one repeat; a second 1005 means something else is wrong.
            log.info("IRP answered Invalid Token for GSTIN {} on {}; logging in again once", gstin, operation.label());
            session = holder.renew(creds, session);
            answer = exchangeBusiness(gstin, creds, session, operation, pathAndQuery, extraHeaders, plainRequest,
                    answerType);
        }
        if (!answer.success()) {
            throw new IrpRejectedException(answer.errors(), answer.duplicate());
        }
        return answer;
    }

    private Envelope exchangeBusiness(String gstin, NicCredentials creds, AuthSession session, NicOperation operation,
                                      String pathAndQuery, Map<String, String> extraHeaders, String plainRequest,
                                      Class<?> answerType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.base() + pathAndQuery))
                .timeout(settings.requestTimeout())
                .header("client_id", creds.clientId())
                .header("client_secret", creds.clientSecret())
                .header("Gstin", gstin)
                .header("user_name", creds.userName())
                .header("AuthToken", session.authToken())
                .header("Content-Type", "application/json");
        extraHeaders.forEach(request::header);
        if (plainRequest == null) {
            request.GET();
        } else {
            ObjectNode body = json.createObjectNode().put("Data", NicCrypto.encryptData(session.sek(), plainRequest));
            request.POST(HttpRequest.BodyPublishers.ofString(writeJson(body), StandardCharsets.UTF_8));
        }
        return exchange(gstin, operation, request.build(), plainRequest,
                body -> decodeBusiness(body, session.sek(), answerType));
    }

    private Envelope decodeBusiness(String body, byte[] sek, Class<?> answerType) {
        JsonNode root = readEnvelope(body);
        if (!isSuccess(root)) {
            return rejection(root, body);
        }
        JsonNode data = root.get("Data");
        if (data == null || !data.isString()) {
            throw malformed("Status 1 without an encrypted Data string", null);
        }
        String plain;
        try {
            plain = NicCrypto.decryptData(sek, data.stringValue());
        } catch (IllegalArgumentException e) {
            throw malformed("its Data does not decrypt under the session key", e);
        }
        JsonNode plainTree;
        Object value;
        try {
            plainTree = json.readTree(plain);
            value = json.treeToValue(plainTree, answerType);
        } catch (JacksonException e) {
            throw malformed("its decrypted Data is not a " + answerType.getSimpleName() + " JSON", e);
        }
        ObjectNode logged = ((ObjectNode) root).deepCopy();
        logged.set("Data", plainTree);
        return new Envelope(true, value, List.of(), info(root), null, writeJson(logged));
    }

    // --- auth ---

    /**
     * The per-GSTIN token: read without locking while it is fresh; a lock makes concurrent callers wait
     * for one login instead of each logging in (a second login would invalidate the first token).
     */
    private final class TokenHolder {

        private final String gstin;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile AuthSession current;

        TokenHolder(String gstin) {
            this.gstin = gstin;
        }

        AuthSession valid(NicCredentials creds) {
            AuthSession session = current;
            if (session != null && session.fresh(creds, clock.instant())) {
                return session;
            }
            lock.lock();
            try {
                session = current;
                Instant now = clock.instant();
                if (session != null && session.fresh(creds, now)) {
                    return session;
                }
                // Before the last ten minutes the IRP would answer a forced login with the same token anyway;
                // after expiry a plain login gets a new one.
                boolean force = session != null && session.sameUser(creds) && now.isBefore(session.expiry());
                AuthSession renewed;
                try {
                    renewed = login(gstin, creds, force);
                } catch (IrpUnavailableException unreachable) {
                    if (force) {
                        // the token still works until its expiry: an IRP outage during the refresh window
                        // must not stop calls that would succeed; the next call tries the refresh again
                        log.warn("Refreshing the IRP token of GSTIN {} failed ({}); using the current one until {}",
                                gstin, unreachable.getMessage(), session.expiry());
                        return session;
                    }
                    throw unreachable;
                }
                current = renewed;
                return renewed;
            } finally {
                lock.unlock();
            }
        }

        AuthSession renew(NicCredentials creds, AuthSession rejected) {
            lock.lock();
            try {
                AuthSession session = current;
                if (session != null && session != rejected && session.fresh(creds, clock.instant())) {
                    return session; // another caller already logged in again
                }
                current = null; // the IRP refused it: never hand it out again, even if this login fails
                AuthSession renewed = login(gstin, creds, true);
                current = renewed;
                return renewed;
            } finally {
                lock.unlock();
            }
        }
    }

    private AuthSession login(String gstin, NicCredentials creds, boolean forceRefresh) {
        byte[] appKey = NicCrypto.newAppKey();
        try {
            ObjectNode payload = json.createObjectNode()
                    .put("UserName", creds.userName())
                    .put("Password", creds.password())
                    .put("AppKey", Base64.getEncoder().encodeToString(appKey))
                    .put("ForceRefreshAccessToken", forceRefresh);
            String masked = writeJson(payload.deepCopy().put("Password", MASK).put("AppKey", MASK));
            byte[] base64Json = Base64.getEncoder().encode(json.writeValueAsBytes(payload));
            String data = Base64.getEncoder().encodeToString(NicCrypto.rsaEncrypt(settings.irpPublicKey(), base64Json));
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.base() + AUTH_PATH))
                    .timeout(settings.requestTimeout())
                    .header("client_id", creds.clientId())
                    .header("client_secret", creds.clientSecret())
                    .header("Gstin", gstin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(writeJson(json.createObjectNode().put("Data", data)),
                            StandardCharsets.UTF_8))
                    .build();
            Envelope answer = exchange(gstin, NicOperation.AUTH, request, masked, body -> decodeAuth(body, appKey, creds));
            if (!answer.success()) {
                throw new IrpAuthenticationException("The IRP refused the API login of GSTIN " + gstin + " as user "
                        + creds.userName() + " (" + describe(answer.errors()) + "): check the GSTIN's client id,"
                        + " client secret, API user name and password", answer.errors());
            }
            log.debug("Logged in to the IRP for GSTIN {} (force refresh {})", gstin, forceRefresh);
            return (AuthSession) answer.value();
        } finally {
            Arrays.fill(appKey, (byte) 0);
        }
    }

    private Envelope decodeAuth(String body, byte[] appKey, NicCredentials creds) {
        JsonNode root = readEnvelope(body);
        if (!isSuccess(root)) {
            return rejection(root, body);
        }
        JsonNode data = root.get("Data");
        if (data == null || !data.isObject()) {
            throw malformed("auth Status 1 without a Data object", null);
        }
        String token = text(data, "AuthToken");
        String sek = text(data, "Sek");
        String expiry = text(data, "TokenExpiry");
        if (token == null || token.isBlank() || sek == null || expiry == null) {
            throw malformed("auth Data lacks AuthToken, Sek or TokenExpiry", null);
        }
        byte[] sekBytes;
        try {
            sekBytes = NicCrypto.decryptSek(sek, appKey);
        } catch (IllegalArgumentException e) {
            throw malformed("its Sek does not decrypt under the AppKey sent", e);
        }
        Instant expiresAt;
        try {
            expiresAt = LocalDateTime.parse(expiry.strip(), IRP_DATE_TIME).atZone(IST).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed("its TokenExpiry is not yyyy-MM-dd HH:mm:ss", e);
        }
        ObjectNode logged = ((ObjectNode) root).deepCopy();
        ((ObjectNode) logged.get("Data")).put("AuthToken", MASK).put("Sek", MASK);
        AuthSession session = new AuthSession(creds.clientId(), creds.userName(), token, sekBytes, expiresAt);
        return new Envelope(true, session, List.of(), info(root), null, writeJson(logged));
    }

    /** A logged-in session; toString hides the token and SEK. */
    private record AuthSession(String clientId, String userName, String authToken, byte[] sek, Instant expiry) {

        /** Usable without a new login: same API user, and not yet in the token's last ten minutes. */
        boolean fresh(NicCredentials creds, Instant now) {
            return sameUser(creds) && now.isBefore(expiry.minus(REFRESH_WINDOW));
        }

        boolean sameUser(NicCredentials creds) {
            return clientId.equals(creds.clientId()) && userName.equals(creds.userName());
        }

        @Override
        public String toString() {
            return "AuthSession[userName=" + userName + ", expiry=" + expiry + ", authToken=****, sek=****]";
        }
    }

    // --- transport ---

    @FunctionalInterface
    private interface Decoder {
        /** Reads an HTTP 200 body; throws IrpUnavailableException when it is not a usable answer. */
        Envelope decode(String body);
    }

    /**
     * A decoded IRP answer.
     *
     * @param value        the bound Data (Status 1), else null
     * @param loggedAnswer the answer as the listener may see it (secrets masked, Data decrypted)
     */
    private record Envelope(boolean success, Object value, List<IrpError> errors, List<IrpInfo> info,
                            DuplicateIrn duplicate, String loggedAnswer) {

        boolean has(String errorCode) {
            return errors.stream().anyMatch(e -> errorCode.equals(e.errorCode()));
        }
    }

    private Envelope exchange(String gstin, NicOperation operation, HttpRequest request, String loggedRequest,
                              Decoder decoder) {
        try {
            return circuitBreaker.executeSupplier(() -> send(gstin, operation, request, loggedRequest, decoder));
        } catch (CallNotPermittedException open) {
            throw new IrpUnavailableException("IRP circuit open: too many recent calls to " + settings.base()
                    + " failed, so " + operation.label() + " was not sent; retry after "
                    + settings.circuitBreaker().openDuration().toSeconds() + " s", false, open);
        }
    }

    private Envelope send(String gstin, NicOperation operation, HttpRequest request, String loggedRequest,
                          Decoder decoder) {
        long started = System.nanoTime();
        HttpResponse<String> response = null;
        Envelope answer = null;
        IrpUnavailableException failure = null;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                answer = decoder.decode(response.body());
            } else {
                failure = new IrpUnavailableException("The IRP answered HTTP " + response.statusCode() + " to "
                        + operation.label() + " for GSTIN " + gstin, false, null);
            }
        } catch (HttpConnectTimeoutException e) {
            // Caught before HttpTimeoutException (its parent): nothing was sent, so timedOut stays false.
            failure = new IrpUnavailableException("Could not connect to the IRP at " + settings.base() + " within "
                    + settings.connectTimeout().toMillis() + " ms", false, e);
        } catch (HttpTimeoutException e) {
            failure = new IrpUnavailableException("The IRP did not answer " + operation.label() + " for GSTIN " + gstin
                    + " within " + settings.requestTimeout().toMillis() + " ms; it may have processed it", true, e);
        } catch (IOException e) {
            failure = new IrpUnavailableException("Could not reach the IRP at " + settings.base() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IrpUnavailableException("Interrupted while calling the IRP for " + operation.label(), false, e);
        } catch (IrpUnavailableException e) {
            failure = e; // an unusable answer, from the decoder
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        NicExchange.Outcome outcome = answer != null && answer.success() ? NicExchange.Outcome.SUCCESS
                : failure != null && failure.timedOut() ? NicExchange.Outcome.TIMEOUT : NicExchange.Outcome.FAILURE;
        String error = failure != null ? failure.getMessage() : answer.success() ? null : describe(answer.errors());
        String loggedAnswer = answer != null ? answer.loggedAnswer()
                : response == null ? null
                : operation == NicOperation.AUTH ? maskedAuthAnswer(response.body())
                : response.body(); // unusable business answers hold nothing decrypted, so no plain secrets
        notifyListener(new NicExchange(gstin, operation, request.method(), request.uri().toString(), loggedRequest,
                loggedAnswer, response == null ? 0 : response.statusCode(), millis, outcome, error));
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    /** An auth answer that could not be used, with AuthToken and Sek masked; null when unreadable. */
    private String maskedAuthAnswer(String body) {
        try {
            JsonNode root = json.readTree(body);
            if (root != null && root.get("Data") instanceof ObjectNode data) {
                if (data.has("AuthToken")) {
                    data.put("AuthToken", MASK);
                }
                if (data.has("Sek")) {
                    data.put("Sek", MASK);
                }
            }
            return root == null ? null : writeJson(root);
        } catch (JacksonException unreadable) {
            return null; // cannot tell what secrets it might hold, so none of it is recorded
        }
    }

    private void notifyListener(NicExchange exchange) {
        log.debug("IRP {} {} for GSTIN {}: HTTP {} in {} ms, {}", exchange.operation().label(), exchange.url(),
                exchange.gstin(), exchange.httpStatus(), exchange.durationMillis(), exchange.outcome());
        try {
            listener.exchanged(exchange);
        } catch (RuntimeException e) {
            log.warn("The NIC exchange listener failed on {} for GSTIN {}; the call itself is unaffected",
                    exchange.operation().label(), exchange.gstin(), e);
        }
    }

    // --- envelope reading ---

    private JsonNode readEnvelope(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw malformed("it is not JSON", e);
        }
        if (root == null || !root.isObject() || root.get("Status") == null) {
            throw malformed("it has no Status", null);
        }
        return root;
    }

    private static boolean isSuccess(JsonNode root) {
        return "1".equals(root.get("Status").asString().strip());
    }

    private Envelope rejection(JsonNode root, String body) {
        List<IrpError> errors = new ArrayList<>();
        for (JsonNode e : root.path("ErrorDetails")) {
            errors.add(new IrpError(text(e, "ErrorCode"), text(e, "ErrorMessage")));
        }
        if (errors.isEmpty()) {
            throw malformed("Status 0 without ErrorDetails", null);
        }
        List<IrpInfo> info = info(root);
        return new Envelope(false, null, errors, info, duplicate(root), body);
    }

    private List<IrpInfo> info(JsonNode root) {
        List<IrpInfo> info = new ArrayList<>();
        for (JsonNode entry : root.path("InfoDtls")) {
            JsonNode desc = descOf(entry);
            List<IrpError> errors = new ArrayList<>();
            if (desc != null && desc.isArray()) {
                for (JsonNode e : desc) {
                    if (e.isObject() && e.has("ErrorCode")) {
                        errors.add(new IrpError(text(e, "ErrorCode"), text(e, "ErrorMessage")));
                    }
                }
            }
            info.add(new IrpInfo(text(entry, "InfCd"), desc == null ? null : writeJson(desc), errors));
        }
        return info;
    }

    private DuplicateIrn duplicate(JsonNode root) {
        for (JsonNode entry : root.path("InfoDtls")) {
            JsonNode desc = descOf(entry);
            if (IrpInfo.DUPLICATE_IRN.equals(text(entry, "InfCd")) && desc != null && desc.isObject()) {
                try {
                    return json.treeToValue(desc, DuplicateIrn.class);
                } catch (JacksonException e) {
                    log.warn("Unreadable DUPIRN details from the IRP: {}", e.getOriginalMessage());
                }
            }
        }
        return null;
    }

    /** The Desc of an info entry; some IRP versions send it as a JSON string holding the object. */
    private JsonNode descOf(JsonNode entry) {
        JsonNode desc = entry.get("Desc");
        if (desc == null || desc.isNull()) {
            return null;
        }
        if (desc.isString()) {
            String text = desc.stringValue().strip();
            if (text.startsWith("{") || text.startsWith("[")) {
                try {
                    return json.readTree(text);
                } catch (JacksonException notJson) {
                    return desc;
                }
            }
        }
        return desc;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static IrpUnavailableException malformed(String why, Throwable cause) {
        return new IrpUnavailableException("Unusable answer from the IRP: " + why, false, cause);
    }

    private static String describe(List<IrpError> errors) {
        return errors.stream().map(IrpError::toString).collect(Collectors.joining("; "));
    }

    private String writeJson(Object value) {
        return json.writeValueAsString(value);
    }

    /** Guards the values put into URL paths (IRN, GSTIN, document type): letters and digits only. */
    private static String pathSegment(String value, String name) {
        if (value == null || !PATH_SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1 to 100 letters or digits, got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}

package dev.lekha.connectors.gstportal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
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
 * The GST portal's taxpayer API (GSTN, directly or through a GSP's pass-through, or the hub's sandbox) for any
 * number of GSTINs: OTP authentication, GSTR-1 and GSTR-3B save / status / submit / offset / file with EVC, and
 * GSTR-2B download. Callers pass and get plain JSON strings of the returns (the mappings module writes and reads
 * them); this class does the encryption, integrity checks, sessions, retries and recording. Thread-safe; one per
 * portal.
 *
 * <h2>Wire protocol</h2>
 * JSON over HTTP/1.1. Every request carries the headers {@code clientid}, {@code client-secret}, {@code state-cd}
 * (first two digits of the GSTIN), {@code ip-usr}, {@code txn} (a fresh 32-hex id) and {@code gstin}; calls after
 * authentication also {@code username}, {@code auth-token} and, for a return, {@code ret_period} ({@code MMYYYY}).
 * <ul>
 *   <li>{@code POST /taxpayerapi/v1.0/authenticate} {@code {"action":"OTPREQUEST","app_key":RSA(app_key),
 *       "username":…}} → {@code {"status_cd":"1"}}; the portal texts an OTP to the taxpayer.</li>
 *   <li>same path {@code {"action":"AUTHTOKEN","app_key":RSA(app_key),"username":…,"otp":AES(app_key, otp)}} →
 *       {@code {"status_cd":"1","auth_token":…,"expiry":<minutes>,"sek":AES(app_key, SEK)}}.</li>
 *   <li>same path {@code {"action":"REFRESHTOKEN","app_key":AES(SEK, new app_key),"username":…,"auth_token":…}} →
 *       a new {@code auth_token}, {@code expiry} and {@code sek} (under the new app_key).</li>
 *   <li>{@code GET /taxpayerapi/v1.0/authenticate?action=EVCOTP&gstin=&pan=&form_type=R1} → an EVC OTP to the
 *       authorised signatory.</li>
 *   <li>{@code PUT /taxpayerapi/v3.0/returns/gstr1} (or {@code gstr3b}) {@code {"action":"RETSAVE","data":…,
 *       "hmac":…}} → data {@code {"reference_id":…}}; likewise {@code RETOFFSET} (GSTR-3B, PUT),
 *       {@code RETSUBMIT} (POST) and {@code RETFILE} (POST, plus {@code "st":"EVC","sid":"<PAN>|<EVC OTP>"}) →
 *       data {@code {"ack_num":<ARN>}}.</li>
 *   <li>{@code GET /taxpayerapi/v3.0/returns?action=RETSTATUS&gstin=&ret_period=&ref_id=} → data
 *       {@code {"status_cd":"P|PE|ER|IP","form_typ":…,"action":…,"error_report":{…}}}.</li>
 *   <li>{@code GET /taxpayerapi/v4.0/returns/gstr2b?action=GET2B&gstin=&rtnprd=[&file_num=n]} → the 2B JSON; when
 *       it carries {@code "fc":n} the 2B is split and files 1…n are fetched.</li>
 * </ul>
 * Request {@code data} = Base64(AES-256-ECB(SEK, Base64(JSON))) and {@code hmac} = Base64(HMAC-SHA256(SEK,
 * Base64(JSON))); an answer's {@code rek} = AES(SEK, REK), {@code data} = AES(REK, Base64(JSON)) and {@code hmac}
 * = HMAC-SHA256(REK, Base64(JSON)), verified before anything is used ({@link GstPortalCrypto}). A refusal is
 * {@code {"status_cd":"0","error":{"error_cd":…,"message":…}}}.
 *
 * <h2>Errors</h2>
 * {@link GstPortalOtpException} (AUTH4034 wrong OTP, AUTH4033 no/expired OTP); {@link GstPortalAuthException}
 * (any other refusal of OTPREQUEST/AUTHTOKEN); {@link GstPortalSessionRequiredException} (no session, expired, or
 * the portal answered RET11407 / AUTH4038 / AUTH4033 to a call: the session is dropped);
 * {@link GstPortalIntegrityException} (hmac mismatch or undecryptable answer); {@link GstPortalRejectedException}
 * (every other refusal, with the portal's code, e.g. RET191106); {@link GstPortalUnavailableException} (transport,
 * HTTP other than 200, unreadable answer, circuit open) after {@link GstPortalClientSettings.RetrySettings retries}.
 *
 * <h2>Sessions</h2>
 * One per GSTIN, kept in memory until its expiry. From {@link GstPortalClientSettings#refreshBefore()} before the
 * expiry the next call first refreshes it (REFRESHTOKEN); a refused refresh drops the session, an unreachable
 * portal keeps the current token until it expires.
 */
public final class GstPortalClient implements GstPortal {

    static final String AUTH_PATH = "/taxpayerapi/v1.0/authenticate";
    static final String RETURNS_PATH = "/taxpayerapi/v3.0/returns";
    static final String GSTR2B_PATH = "/taxpayerapi/v4.0/returns/gstr2b";

    /** The portal's code for a wrong OTP. */
    public static final String INVALID_OTP = "AUTH4034";
    /** The portal's "Invalid Session": no OTP was requested, or it expired. */
    public static final String INVALID_SESSION = "AUTH4033";
    /** The portal's "Session Expired". */
    public static final String SESSION_EXPIRED = "AUTH4038";
    /** The portal's "AuthToken is invalid". */
    public static final String INVALID_AUTH_TOKEN = "RET11407";

    private static final Set<String> SESSION_GONE = Set.of(INVALID_SESSION, SESSION_EXPIRED, INVALID_AUTH_TOKEN);
    private static final Logger log = LoggerFactory.getLogger(GstPortalClient.class);
    private static final String MASK = "****";
    private static final Pattern GSTIN = Pattern.compile("[0-9]{2}[0-9A-Z]{13}");
    private static final Pattern PERIOD = Pattern.compile("(0[1-9]|1[0-2])[0-9]{4}");
    private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PAN_PARAMETER = Pattern.compile("([?&]pan=[A-Z]{2})[A-Z0-9]{6}");

    private final GstPortalClientSettings settings;
    private final Clock clock;
    private final GstPortalExchangeListener listener;
    private final HttpClient http;
    private final JsonMapper json;
    private final CircuitBreaker circuitBreaker;
    private final Retry retryAny;
    private final Retry retryUnlessTimedOut;
    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, byte[]> pendingAppKeys = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

    /**
     * @param settings must not be null
     * @param clock    decides session expiry and refresh (tests move it); must not be null
     * @param listener told of every exchange; {@link GstPortalExchangeListener#NONE} for none; must not be null
     */
    public GstPortalClient(GstPortalClientSettings settings, Clock clock, GstPortalExchangeListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.json = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
        GstPortalClientSettings.CircuitBreakerSettings cb = settings.circuitBreaker();
        this.circuitBreaker = CircuitBreaker.of("gst-portal", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(cb.slidingWindowSize())
                .minimumNumberOfCalls(cb.minimumNumberOfCalls())
                .failureRateThreshold(cb.failureRatePercent())
                .waitDurationInOpenState(cb.openDuration())
                .recordExceptions(GstPortalUnavailableException.class)
                .build());
        GstPortalClientSettings.RetrySettings retry = settings.retry();
        IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(retry.initialBackoff(), 2.0);
        this.retryAny = Retry.of("gst-portal-read", RetryConfig.custom()
                .maxAttempts(retry.maxAttempts()).intervalFunction(backoff)
                .retryOnException(e -> e instanceof GstPortalUnavailableException u && !circuitOpen(u))
                .build());
        this.retryUnlessTimedOut = Retry.of("gst-portal-write", RetryConfig.custom()
                .maxAttempts(retry.maxAttempts()).intervalFunction(backoff)
                .retryOnException(e -> e instanceof GstPortalUnavailableException u && !u.timedOut() && !circuitOpen(u))
                .build());
    }

    /** The circuit breaker around the transport, for health checks; never null. */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    // ------------------------------------------------------------------ authentication

    /**
     * Asks the portal to send an OTP to the taxpayer's registered mobile/e-mail (OTPREQUEST) for a login as
     * {@code username}. The app_key sent is kept for the {@link #authenticate} that follows.
     *
     * @throws GstPortalAuthException        client id/secret, username or public key refused
     * @throws GstPortalUnavailableException portal unreachable
     */
    @Override
    public void requestOtp(String gstin, String username) {
        checkGstin(gstin);
        requireText(username, "username");
        byte[] appKey = GstPortalCrypto.newAppKey();
        ObjectNode body = json.createObjectNode()
                .put("action", "OTPREQUEST")
                .put("app_key", GstPortalCrypto.rsaEncrypt(settings.gstnPublicKey(), appKey))
                .put("username", username);
        JsonNode answer = authExchange(gstin, GstPortalOperation.OTP_REQUEST, body);
        if (!success(answer)) {
            throw authRefusal(gstin, username, answer, "requesting an OTP");
        }
        byte[] previous = pendingAppKeys.put(gstin, appKey);
        if (previous != null) {
            Arrays.fill(previous, (byte) 0);
        }
    }

    /**
     * Exchanges the OTP the taxpayer received for a session (AUTHTOKEN), kept for {@code gstin} until it expires.
     *
     * @return the new session; never null
     * @throws GstPortalOtpException  wrong OTP ({@link GstPortalOtpException#expired()} false) or none requested /
     *                                expired (true)
     * @throws GstPortalAuthException any other refusal
     */
    @Override
    public GstPortalSession authenticate(String gstin, String username, String otp) {
        checkGstin(gstin);
        requireText(username, "username");
        requireText(otp, "otp");
        byte[] appKey = pendingAppKeys.get(gstin);
        if (appKey == null) {
            appKey = GstPortalCrypto.newAppKey(); // the portal will say AUTH4033: no OTP was requested through us
        }
        ObjectNode body = json.createObjectNode()
                .put("action", "AUTHTOKEN")
                .put("app_key", GstPortalCrypto.rsaEncrypt(settings.gstnPublicKey(), appKey))
                .put("username", username)
                .put("otp", GstPortalCrypto.aesEncrypt(appKey, otp.strip().getBytes(StandardCharsets.UTF_8)));
        JsonNode answer = authExchange(gstin, GstPortalOperation.AUTH_TOKEN, body);
        if (!success(answer)) {
            throw authRefusal(gstin, username, answer, "authenticating with the OTP");
        }
        Session session = sessionFrom(gstin, username, answer, appKey);
        pendingAppKeys.remove(gstin);
        sessions.put(gstin, session);
        return session.view();
    }

    /** The GSTIN's current session, empty when there is none or it has expired. */
    @Override
    public Optional<GstPortalSession> session(String gstin) {
        Session s = sessions.get(gstin);
        return s == null || !clock.instant().isBefore(s.expiry) ? Optional.empty() : Optional.of(s.view());
    }

    /** Forgets the GSTIN's session (the next call needs a new OTP). */
    public void forgetSession(String gstin) {
        sessions.remove(gstin);
    }

    // ------------------------------------------------------------------ returns

    /**
     * Saves a return's JSON to the portal (RETSAVE, PUT). The portal checks the structure at once (refusals throw)
     * and the documents afterwards: ask {@link #returnStatus} with the reference id.
     *
     * @param returnJson the portal's return JSON (GSTR-1 with {@code gstin}, {@code fp}, sections; GSTR-3B with
     *                   {@code gstin}, {@code ret_period}, tables)
     * @return the portal's reference id; never null
     */
    @Override
    public String saveReturn(GstReturnType type, String gstin, String period, String returnJson) {
        checkGstin(gstin);
        checkPeriod(period);
        Objects.requireNonNull(type, "type");
        requireText(returnJson, "returnJson");
        JsonNode data = dataCall(gstin, GstPortalOperation.SAVE_RETURN, "PUT", returnPath(type), period,
                "RETSAVE", returnJson, Map.of(), false);
        return requiredText(data, "reference_id", "RETSAVE");
    }

    /**
     * The processing status of a saved (or submitted, or reset) request (RETSTATUS).
     *
     * @return never null; {@link ReturnStatus.State#PROCESSED_WITH_ERRORS} lists every rejected document
     */
    @Override
    public ReturnStatus returnStatus(String gstin, String period, String referenceId) {
        checkGstin(gstin);
        checkPeriod(period);
        requireText(referenceId, "referenceId");
        String path = RETURNS_PATH + query(Map.of("action", "RETSTATUS", "gstin", gstin, "ret_period", period,
                "ref_id", referenceId));
        JsonNode data = dataCall(gstin, GstPortalOperation.RETURN_STATUS, "GET", path, period, null, null, Map.of(),
                true);
        ReturnStatus.State state;
        try {
            state = ReturnStatus.State.of(text(data, "status_cd"));
        } catch (IllegalArgumentException e) {
            throw new GstPortalUnavailableException("Unusable RETSTATUS answer for reference " + referenceId + ": "
                    + e.getMessage(), false, e);
        }
        JsonNode report = data.get("error_report");
        return new ReturnStatus(referenceId, state, text(data, "form_typ"), text(data, "action"),
                documentErrors(report), report == null || report.isNull() ? null : json.writeValueAsString(report));
    }

    /**
     * Submits (freezes) the saved return (RETSUBMIT, POST) with {@code {"gstin":…,"ret_period":…}}.
     *
     * @return the portal's reference id of the submission
     */
    @Override
    public String submitReturn(GstReturnType type, String gstin, String period) {
        checkGstin(gstin);
        checkPeriod(period);
        String body = json.writeValueAsString(json.createObjectNode().put("gstin", gstin).put("ret_period", period));
        JsonNode data = dataCall(gstin, GstPortalOperation.SUBMIT_RETURN, "POST", returnPath(type), period,
                "RETSUBMIT", body, Map.of(), false);
        return requiredText(data, "reference_id", "RETSUBMIT");
    }

    /**
     * Offsets the GSTR-3B liability against credit and cash (RETOFFSET, PUT) with the portal's offset JSON.
     *
     * @return the portal's reference id, or null when it answered without one
     */
    @Override
    public String offsetLiability(String gstin, String period, String offsetJson) {
        checkGstin(gstin);
        checkPeriod(period);
        requireText(offsetJson, "offsetJson");
        JsonNode data = dataCall(gstin, GstPortalOperation.OFFSET_LIABILITY, "PUT", returnPath(GstReturnType.GSTR3B),
                period, "RETOFFSET", offsetJson, Map.of(), false);
        return text(data, "reference_id");
    }

    /**
     * Asks the portal to send an EVC OTP to the authorised signatory with {@code pan} for filing {@code type}
     * (EVCOTP).
     *
     * @throws GstPortalRejectedException e.g. OTP0010 when {@code pan} is not an authorised signatory of the GSTIN
     */
    @Override
    public void requestEvcOtp(GstReturnType type, String gstin, String pan) {
        checkGstin(gstin);
        checkPan(pan);
        String path = AUTH_PATH + query(Map.of("action", "EVCOTP", "gstin", gstin, "pan", pan,
                "form_type", type.formType()));
        dataCall(gstin, GstPortalOperation.EVC_OTP, "GET", path, null, null, null, Map.of(), false);
    }

    /**
     * Files the submitted return with EVC (RETFILE, POST, {@code st=EVC}, {@code sid=<PAN>|<OTP>}).
     *
     * @param summaryJson the return summary the portal showed (GSTR-1: RETSUM; GSTR-3B: the saved return)
     * @return the ARN ({@code ack_num}); never null
     */
    @Override
    public String fileReturn(GstReturnType type, String gstin, String period, String summaryJson, String pan,
                             String evcOtp) {
        checkGstin(gstin);
        checkPeriod(period);
        checkPan(pan);
        requireText(summaryJson, "summaryJson");
        requireText(evcOtp, "evcOtp");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("st", "EVC");
        extra.put("sid", pan + "|" + evcOtp.strip());
        JsonNode data = dataCall(gstin, GstPortalOperation.FILE_RETURN, "POST", returnPath(type), period, "RETFILE",
                summaryJson, extra, false);
        return requiredText(data, "ack_num", "RETFILE");
    }

    /**
     * Downloads the GSTR-2B of {@code period} (GET2B), all its files when the portal split it.
     *
     * @throws GstPortalRejectedException e.g. RET2B1023 when the 2B has not been generated
     */
    @Override
    public Gstr2bDownload getGstr2b(String gstin, String period) {
        checkGstin(gstin);
        checkPeriod(period);
        JsonNode first = dataCall(gstin, GstPortalOperation.GET_GSTR2B, "GET",
                GSTR2B_PATH + query(Map.of("action", "GET2B", "gstin", gstin, "rtnprd", period)), period, null, null,
                Map.of(), true);
        JsonNode fc = first.get("fc");
        if (fc == null || !fc.canConvertToInt() || fc.asInt() <= 1) {
            return new Gstr2bDownload(gstin, period, List.of(json.writeValueAsString(first)));
        }
        List<String> files = new ArrayList<>();
        for (int n = 1; n <= fc.asInt(); n++) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("action", "GET2B");
            q.put("gstin", gstin);
            q.put("rtnprd", period);
            q.put("file_num", Integer.toString(n));
            files.add(json.writeValueAsString(dataCall(gstin, GstPortalOperation.GET_GSTR2B, "GET",
                    GSTR2B_PATH + query(q), period, null, null, Map.of(), true)));
        }
        return new Gstr2bDownload(gstin, period, files);
    }

    // ------------------------------------------------------------------ data calls

    private JsonNode dataCall(String gstin, GstPortalOperation operation, String method, String pathAndQuery,
                              String period, String action, String payloadJson, Map<String, String> extra,
                              boolean idempotent) {
        Session session = usableSession(gstin);
        if (payloadJson != null) {
            try {
                json.readTree(payloadJson); // a typo in our own JSON is our bug, not the portal's refusal
            } catch (JacksonException e) {
                throw new IllegalArgumentException("The " + operation.label() + " payload for GSTIN " + gstin
                        + " is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        String body = null;
        String logged = null;
        if (action != null) {
            ObjectNode envelope = json.createObjectNode().put("action", action);
            ObjectNode masked = envelope.deepCopy();
            if (payloadJson != null) {
                String b64 = GstPortalCrypto.base64Json(payloadJson);
                envelope.put("data", GstPortalCrypto.aesEncrypt(session.sek, b64.getBytes(StandardCharsets.US_ASCII)));
                envelope.put("hmac", GstPortalCrypto.hmac(session.sek, b64));
                masked.set("data", json.readTree(payloadJson));
                masked.put("hmac", MASK);
            }
            extra.forEach((k, v) -> {
                envelope.put(k, v);
                masked.put(k, k.equals("sid") ? maskPan(v.substring(0, v.indexOf('|'))) + "|" + MASK : v);
            });
            body = json.writeValueAsString(envelope);
            logged = json.writeValueAsString(masked);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.base() + pathAndQuery))
                .timeout(settings.requestTimeout());
        commonHeaders(request, gstin);
        request.header("username", session.username).header("auth-token", session.authToken);
        if (period != null) {
            request.header("ret_period", period);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpRequest built = request.build();
        Answer answer = exchange(gstin, operation, built, logged, idempotent,
                raw -> decodeData(raw, session.sek, gstin, operation));
        if (!answer.success) {
            String code = answer.errorCode;
            if (SESSION_GONE.contains(code)) {
                sessions.remove(gstin, session);
                throw new GstPortalSessionRequiredException(gstin, "the portal answered " + code + " "
                        + answer.errorMessage);
            }
            throw new GstPortalRejectedException("The GST portal refused " + operation.label() + " for GSTIN " + gstin
                    + (period == null ? "" : " period " + period) + ": " + code + " " + answer.errorMessage,
                    code, answer.errorMessage);
        }
        return answer.data == null ? json.createObjectNode() : answer.data;
    }

    private Answer decodeData(String raw, byte[] sek, String gstin, GstPortalOperation operation) {
        JsonNode root = readEnvelope(raw);
        if (!success(root)) {
            return refusal(root, raw);
        }
        JsonNode data = root.get("data");
        ObjectNode logged = ((ObjectNode) root).deepCopy();
        if (data == null || data.isNull()) {
            return new Answer(true, null, null, null, json.writeValueAsString(logged));
        }
        String rek = text(root, "rek");
        String hmac = text(root, "hmac");
        if (rek != null) {
            logged.put("rek", MASK);
        }
        if (hmac != null) {
            logged.put("hmac", MASK);
        }
        if (rek == null || hmac == null || !data.isString()) {
            throw new GstPortalIntegrityException("The GST portal's answer to " + operation.label() + " for GSTIN "
                    + gstin + " carries data without rek and hmac: it cannot be verified and is not used", null)
                    .withLogged(json.writeValueAsString(logged));
        }
        byte[] rekBytes = null;
        try {
            rekBytes = GstPortalCrypto.decryptKey(sek, rek, "rek");
            String base64Json = GstPortalCrypto.decryptPayload(rekBytes, data.stringValue());
            if (!GstPortalCrypto.hmacMatches(rekBytes, base64Json, hmac)) {
                throw new GstPortalIntegrityException("Integrity check failed on the GST portal's answer to "
                        + operation.label() + " for GSTIN " + gstin + ": its hmac does not match its data, so the"
                        + " answer was altered on the way and is not used", null)
                        .withLogged(json.writeValueAsString(logged));
            }
            JsonNode plain = json.readTree(GstPortalCrypto.decodeBase64Json(base64Json));
            logged.set("data", plain);
            return new Answer(true, plain, null, null, json.writeValueAsString(logged));
        } catch (IllegalArgumentException | JacksonException e) {
            throw new GstPortalIntegrityException("Integrity check failed on the GST portal's answer to "
                    + operation.label() + " for GSTIN " + gstin + ": its rek or data do not decrypt under the session"
                    + " key (" + e.getMessage() + ")", e).withLogged(json.writeValueAsString(logged));
        } finally {
            if (rekBytes != null) {
                Arrays.fill(rekBytes, (byte) 0);
            }
        }
    }

    private String returnPath(GstReturnType type) {
        return RETURNS_PATH + "/" + Objects.requireNonNull(type, "type").pathSegment();
    }

    // ------------------------------------------------------------------ sessions

    private Session usableSession(String gstin) {
        Session session = sessions.get(gstin);
        Instant now = clock.instant();
        if (session == null) {
            throw new GstPortalSessionRequiredException(gstin, "never authenticated, or the session was dropped");
        }
        if (!now.isBefore(session.expiry)) {
            sessions.remove(gstin, session);
            throw new GstPortalSessionRequiredException(gstin, "the session expired at " + session.expiry);
        }
        if (now.isBefore(session.expiry.minus(settings.refreshBefore()))) {
            return session;
        }
        synchronized (locks.computeIfAbsent(gstin, g -> new Object())) {
            Session current = sessions.get(gstin);
            if (current != null && current != session && clock.instant().isBefore(
                    current.expiry.minus(settings.refreshBefore()))) {
                return current; // another caller refreshed it meanwhile
            }
            try {
                Session refreshed = refresh(gstin, session);
                sessions.put(gstin, refreshed);
                return refreshed;
            } catch (GstPortalUnavailableException unreachable) {
                log.warn("Refreshing the GST portal session of GSTIN {} failed ({}); using it until {}", gstin,
                        unreachable.getMessage(), session.expiry);
                return session;
            }
        }
    }

    private Session refresh(String gstin, Session session) {
        byte[] appKey = GstPortalCrypto.newAppKey();
        ObjectNode body = json.createObjectNode()
                .put("action", "REFRESHTOKEN")
                .put("app_key", GstPortalCrypto.aesEncrypt(session.sek, appKey))
                .put("username", session.username)
                .put("auth_token", session.authToken);
        JsonNode answer;
        try {
            answer = authExchange(gstin, GstPortalOperation.REFRESH_TOKEN, body);
        } catch (RuntimeException e) {
            Arrays.fill(appKey, (byte) 0);
            throw e;
        }
        if (!success(answer)) {
            sessions.remove(gstin, session);
            JsonNode error = answer.path("error");
            throw new GstPortalSessionRequiredException(gstin, "the portal refused to refresh it: "
                    + text(error, "error_cd") + " " + text(error, "message"));
        }
        return sessionFrom(gstin, session.username, answer, appKey);
    }

    private Session sessionFrom(String gstin, String username, JsonNode answer, byte[] appKey) {
        String token = text(answer, "auth_token");
        String sek = text(answer, "sek");
        JsonNode expiry = answer.get("expiry");
        if (token == null || token.isBlank() || sek == null || expiry == null) {
            throw new GstPortalUnavailableException("Unusable GST portal auth answer for GSTIN " + gstin
                    + ": it lacks auth_token, sek or expiry", false, null);
        }
        long minutes;
        try {
            minutes = Long.parseLong(expiry.asString().strip());
        } catch (NumberFormatException e) {
            throw new GstPortalUnavailableException("Unusable GST portal auth answer for GSTIN " + gstin
                    + ": expiry is not a number of minutes", false, e);
        }
        byte[] sekBytes;
        try {
            sekBytes = GstPortalCrypto.decryptKey(appKey, sek, "sek");
        } catch (IllegalArgumentException e) {
            throw new GstPortalIntegrityException("The GST portal's sek for GSTIN " + gstin
                    + " does not decrypt under the app_key sent", e);
        } finally {
            Arrays.fill(appKey, (byte) 0);
        }
        return new Session(gstin, username, token, sekBytes, clock.instant().plus(Duration.ofMinutes(minutes)));
    }

    private GstPortalRejectedException authRefusal(String gstin, String username, JsonNode answer, String doing) {
        JsonNode error = answer.path("error");
        String code = Objects.requireNonNullElse(text(error, "error_cd"), "?");
        String message = text(error, "message");
        String what = "The GST portal refused " + doing + " for GSTIN " + gstin + " as " + username + ": " + code + " "
                + message;
        if (INVALID_OTP.equals(code)) {
            return new GstPortalOtpException(what + "; check the OTP and enter it again", code, message, false);
        }
        if (INVALID_SESSION.equals(code)) {
            return new GstPortalOtpException(what + "; the OTP expired or was not requested: request a new one",
                    code, message, true);
        }
        return new GstPortalAuthException(what + "; check the client id and secret, the GST username (API access"
                + " enabled on the portal) and the GSTN public key", code, message);
    }

    /** A session; toString hides the token and SEK. */
    private static final class Session {
        final String gstin;
        final String username;
        final String authToken;
        final byte[] sek;
        final Instant expiry;

        Session(String gstin, String username, String authToken, byte[] sek, Instant expiry) {
            this.gstin = gstin;
            this.username = username;
            this.authToken = authToken;
            this.sek = sek;
            this.expiry = expiry;
        }

        GstPortalSession view() {
            return new GstPortalSession(gstin, username, expiry);
        }

        @Override
        public String toString() {
            return "Session[gstin=" + gstin + ", username=" + username + ", expiry=" + expiry + ", token=****]";
        }
    }

    // ------------------------------------------------------------------ transport

    private JsonNode authExchange(String gstin, GstPortalOperation operation, ObjectNode body) {
        ObjectNode masked = body.deepCopy();
        for (String secret : List.of("app_key", "otp", "auth_token")) {
            if (masked.has(secret)) {
                masked.put(secret, MASK);
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.base() + AUTH_PATH))
                .timeout(settings.requestTimeout())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        commonHeaders(request, gstin);
        // an OTP login is not repeated after a timeout: the portal may have used up the OTP
        Answer answer = exchange(gstin, operation, request.build(), json.writeValueAsString(masked),
                operation == GstPortalOperation.OTP_REQUEST, raw -> {
                    JsonNode root = readEnvelope(raw);
                    ObjectNode logged = ((ObjectNode) root).deepCopy();
                    for (String secret : List.of("auth_token", "sek")) {
                        if (logged.has(secret)) {
                            logged.put(secret, MASK);
                        }
                    }
                    return new Answer(success(root), root, null, null, json.writeValueAsString(logged));
                });
        return answer.data;
    }

    private void commonHeaders(HttpRequest.Builder request, String gstin) {
        byte[] txn = new byte[16];
        RANDOM.nextBytes(txn);
        request.header("clientid", settings.clientId())
                .header("client-secret", settings.clientSecret())
                .header("state-cd", gstin.substring(0, 2))
                .header("ip-usr", settings.userIp())
                .header("txn", HexFormat.of().formatHex(txn))
                .header("gstin", gstin)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    @FunctionalInterface
    private interface Decoder {
        Answer decode(String body);
    }

    /** A decoded answer: data is the plain data (or the auth envelope); loggedAnswer has no secret. */
    private record Answer(boolean success, JsonNode data, String errorCode, String errorMessage, String loggedAnswer) {
    }

    private Answer exchange(String gstin, GstPortalOperation operation, HttpRequest request, String loggedRequest,
                            boolean idempotent, Decoder decoder) {
        Supplier<Answer> guarded = () -> {
            try {
                return circuitBreaker.executeSupplier(() -> send(gstin, operation, request, loggedRequest, decoder));
            } catch (CallNotPermittedException open) {
                throw new GstPortalUnavailableException("GST portal circuit open: too many recent calls to "
                        + settings.base() + " failed, so " + operation.label() + " was not sent; retry after "
                        + settings.circuitBreaker().openDuration().toSeconds() + " s", false, open);
            }
        };
        return (idempotent ? retryAny : retryUnlessTimedOut).executeSupplier(guarded);
    }

    private static boolean circuitOpen(GstPortalUnavailableException e) {
        return e.getCause() instanceof CallNotPermittedException;
    }

    private Answer send(String gstin, GstPortalOperation operation, HttpRequest request, String loggedRequest,
                        Decoder decoder) {
        long started = System.nanoTime();
        HttpResponse<String> response = null;
        Answer answer = null;
        RuntimeException failure = null;
        String loggedFailure = null;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() == 200) {
                answer = decoder.decode(response.body());
            } else {
                failure = new GstPortalUnavailableException("The GST portal answered HTTP " + response.statusCode()
                        + " to " + operation.label() + " for GSTIN " + gstin, false, null);
            }
        } catch (HttpConnectTimeoutException e) {
            failure = new GstPortalUnavailableException("Could not connect to the GST portal at " + settings.base()
                    + " within " + settings.connectTimeout().toMillis() + " ms", false, e);
        } catch (HttpTimeoutException e) {
            failure = new GstPortalUnavailableException("The GST portal did not answer " + operation.label()
                    + " for GSTIN " + gstin + " within " + settings.requestTimeout().toMillis()
                    + " ms; it may have processed it", true, e);
        } catch (IOException e) {
            failure = new GstPortalUnavailableException("Could not reach the GST portal at " + settings.base() + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new GstPortalUnavailableException("Interrupted while calling the GST portal for "
                    + operation.label(), false, e);
        } catch (GstPortalIntegrityException e) {
            failure = e;
            loggedFailure = e.logged;
        } catch (GstPortalUnavailableException e) {
            failure = e;
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        GstPortalExchange.Outcome outcome = answer != null && answer.success ? GstPortalExchange.Outcome.SUCCESS
                : failure instanceof GstPortalUnavailableException u && u.timedOut() ? GstPortalExchange.Outcome.TIMEOUT
                : GstPortalExchange.Outcome.FAILURE;
        String error = failure != null ? failure.getMessage()
                : answer.success ? null : answer.errorCode != null ? answer.errorCode + " " + answer.errorMessage
                : describeError(answer.data);
        String loggedAnswer = answer != null ? answer.loggedAnswer : loggedFailure != null ? loggedFailure
                : response == null ? null : maskedRaw(response.body());
        notifyListener(new GstPortalExchange(gstin, operation, request.method(),
                PAN_PARAMETER.matcher(request.uri().toString()).replaceAll("$1******"),
                loggedRequest, loggedAnswer, response == null ? 0 : response.statusCode(), millis, outcome, error));
        if (failure != null) {
            throw failure;
        }
        return answer;
    }

    private String describeError(JsonNode root) {
        JsonNode error = root == null ? null : root.path("error");
        return error == null ? null : text(error, "error_cd") + " " + text(error, "message");
    }

    /** An answer that could not be used, with its secrets masked; null when it is not JSON. */
    private String maskedRaw(String body) {
        try {
            JsonNode root = json.readTree(body);
            if (root instanceof ObjectNode object) {
                for (String secret : List.of("auth_token", "sek", "rek", "hmac")) {
                    if (object.has(secret)) {
                        object.put(secret, MASK);
                    }
                }
            }
            return root == null ? null : json.writeValueAsString(root);
        } catch (JacksonException notJson) {
            return body.length() > 500 ? body.substring(0, 500) + "…" : body;
        }
    }

    private void notifyListener(GstPortalExchange exchange) {
        log.debug("GST portal {} {} for GSTIN {}: HTTP {} in {} ms, {}", exchange.operation().label(), exchange.url(),
                exchange.gstin(), exchange.httpStatus(), exchange.durationMillis(), exchange.outcome());
        try {
            listener.exchanged(exchange);
        } catch (RuntimeException e) {
            log.warn("The GST portal exchange listener failed on {} for GSTIN {}; the call itself is unaffected",
                    exchange.operation().label(), exchange.gstin(), e);
        }
    }

    // ------------------------------------------------------------------ envelopes

    private JsonNode readEnvelope(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new GstPortalUnavailableException("Unusable answer from the GST portal: it is not JSON", false, e);
        }
        if (!(root instanceof ObjectNode) || root.get("status_cd") == null) {
            throw new GstPortalUnavailableException("Unusable answer from the GST portal: it has no status_cd", false,
                    null);
        }
        return root;
    }

    private static boolean success(JsonNode root) {
        JsonNode status = root.get("status_cd");
        return status != null && "1".equals(status.asString().strip());
    }

    private Answer refusal(JsonNode root, String raw) {
        JsonNode error = root.path("error");
        String code = text(error, "error_cd");
        if (code == null) {
            throw new GstPortalUnavailableException("Unusable answer from the GST portal: status_cd 0 without an"
                    + " error code", false, null);
        }
        return new Answer(false, null, code, text(error, "message"), maskedRaw(raw));
    }

    private List<ReturnStatus.DocumentError> documentErrors(JsonNode report) {
        List<ReturnStatus.DocumentError> errors = new ArrayList<>();
        if (report == null || !report.isObject()) {
            return errors;
        }
        if (report.has("error_cd")) {
            errors.add(new ReturnStatus.DocumentError(null, null, null, text(report, "error_cd"),
                    text(report, "error_msg")));
        }
        for (Map.Entry<String, JsonNode> section : report.properties()) {
            if (!section.getValue().isArray()) {
                continue;
            }
            for (JsonNode entry : section.getValue()) {
                String ctin = text(entry, "ctin");
                JsonNode docs = entry.has("inv") ? entry.get("inv") : entry.has("nt") ? entry.get("nt") : null;
                if (docs != null && docs.isArray()) {
                    for (JsonNode doc : docs) {
                        errors.add(new ReturnStatus.DocumentError(section.getKey(), ctin,
                                doc.has("inum") ? text(doc, "inum") : text(doc, "nt_num"),
                                Objects.requireNonNullElse(text(doc, "error_cd"), text(entry, "error_cd")),
                                Objects.requireNonNullElse(text(doc, "error_msg"), text(entry, "error_msg"))));
                    }
                } else if (entry.has("error_cd")) {
                    errors.add(new ReturnStatus.DocumentError(section.getKey(), ctin,
                            text(entry, "inum"), text(entry, "error_cd"), text(entry, "error_msg")));
                }
            }
        }
        return errors;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static String requiredText(JsonNode data, String field, String action) {
        String value = text(data, field);
        if (value == null || value.isBlank()) {
            throw new GstPortalUnavailableException("Unusable " + action + " answer from the GST portal: no " + field,
                    false, null);
        }
        return value;
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static void checkGstin(String gstin) {
        if (gstin == null || !GSTIN.matcher(gstin).matches()) {
            throw new IllegalArgumentException("gstin must be 15 upper-case letters or digits starting with the state"
                    + " code, got " + (gstin == null ? "null" : "'" + gstin + "'"));
        }
    }

    private static void checkPeriod(String period) {
        if (period == null || !PERIOD.matcher(period).matches()) {
            throw new IllegalArgumentException("period must be MMYYYY (e.g. 042025), got "
                    + (period == null ? "null" : "'" + period + "'"));
        }
    }

    private static void checkPan(String pan) {
        if (pan == null || !PAN.matcher(pan).matches()) {
            throw new IllegalArgumentException("pan must be a PAN like ABCDE1234F, got "
                    + (pan == null ? "null" : "'" + pan + "'"));
        }
    }

    /** A PAN as it may be recorded: the first two and last two characters, e.g. {@code AB******4L}. */
    static String maskPan(String pan) {
        return pan.length() < 10 ? MASK : pan.substring(0, 2) + "******" + pan.substring(8);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}

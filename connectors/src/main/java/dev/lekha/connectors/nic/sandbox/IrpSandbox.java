package dev.lekha.connectors.nic.sandbox;

import dev.lekha.connectors.nic.CancelIrnRequest;
import dev.lekha.connectors.nic.CancelledIrn;
import dev.lekha.connectors.nic.EwayBill;
import dev.lekha.connectors.nic.EwbByIrnRequest;
import dev.lekha.connectors.nic.GstinDetails;
import dev.lekha.connectors.nic.IrnDetails;
import dev.lekha.connectors.nic.IrpError;
import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.sandbox.IrpSandboxSessions.Login;
import dev.lekha.connectors.nic.sandbox.IrpSandboxSessions.Session;
import dev.lekha.connectors.sandbox.SandboxEngine;
import dev.lekha.connectors.sandbox.SandboxRequest;
import dev.lekha.connectors.sandbox.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.lekha.connectors.nic.sandbox.IrpErrorCodes.format;


/**
 * The sandbox NIC Invoice Registration Portal: one engine answering the IRP's wire protocol (auth v1.04,
 * core v1.03, e-way bill by IRN, GSTIN master) on its own keys, with the IRP's validations, error codes
 * and signatures, so the hub runs end to end with no credentials and tests exercise real HTTP.
 *
 * <p>Endpoints ({@code path} relative to the sandbox root) and the operation names faults can target:
 * <table>
 *   <tr><td>{@code POST /eivital/v1.04/auth}</td><td>{@value #OP_AUTH}</td></tr>
 *   <tr><td>{@code POST /eicore/v1.03/Invoice}</td><td>{@value #OP_GENERATE_IRN}</td></tr>
 *   <tr><td>{@code GET /eicore/v1.03/Invoice/irn/{irn}}</td><td>{@value #OP_GET_IRN}</td></tr>
 *   <tr><td>{@code GET /eicore/v1.03/Invoice/irnbydocdetails?doctype=INV} + headers docnum, docdate</td>
 *       <td>{@value #OP_GET_IRN_BY_DOC}</td></tr>
 *   <tr><td>{@code POST /eicore/v1.03/Invoice/Cancel}</td><td>{@value #OP_CANCEL_IRN}</td></tr>
 *   <tr><td>{@code POST /eiewb/v1.03/ewaybill}</td><td>{@value #OP_GENERATE_EWB}</td></tr>
 *   <tr><td>{@code GET /eivital/v1.03/Master/gstin/{gstin}}</td><td>{@value #OP_GSTIN_DETAILS}</td></tr>
 * </table>
 * plus the sandbox's own: {@code POST /_faults} (body {@code {"kind":"TIMEOUT","count":1,
 * "operation":"generate-irn","delayMs":3000}}), {@code DELETE /_faults}, {@code GET /keys/public-key.pem},
 * {@code GET /keys/signing-certificate.pem}.
 *
 * <p>Behaviour kept from the IRP on purpose: a document's IRN is a hash, so a resend is 2150 with the
 * first registration's AckNo/AckDt/Irn in {@code InfoDtls} (DUPIRN), also after cancellation (a
 * cancelled document number cannot be reused; semantictaxgen.in "Can a cancelled e-invoice number be
 * used again?"), and 2283 instead once the first is more than 2 days old (the IRP keeps details for 2
 * days: india-compliance PR #2452). Cancel within 24 hours of AckDt only, never with an e-way bill.
 *
 * <p>Thread-safe: registration is one atomic {@link IrpSandboxStore#putIfAbsent}, changes to one IRN are
 * serialised by a lock stripe, keys and the JWS signer are made once.
 */
public final class IrpSandbox implements SandboxEngine {

    public static final String OP_AUTH = "auth";
    public static final String OP_GENERATE_IRN = "generate-irn";
    public static final String OP_GET_IRN = "get-irn";
    public static final String OP_GET_IRN_BY_DOC = "get-irn-by-doc";
    public static final String OP_CANCEL_IRN = "cancel-irn";
    public static final String OP_GENERATE_EWB = "generate-ewb";
    public static final String OP_GSTIN_DETAILS = "gstin-details";

    /** Token validity on the NIC sandbox (einv-apisandbox.nic.in: "60 minutes on Sandbox"). */
    public static final Duration SANDBOX_TOKEN_VALIDITY = Duration.ofMinutes(60);
    /** Token validity on the production IRP. */
    public static final Duration PRODUCTION_TOKEN_VALIDITY = Duration.ofMinutes(360);
    /** An IRN can be cancelled within 24 hours of its acknowledgement. */
    public static final Duration CANCEL_WINDOW = Duration.ofHours(24);
    /** The IRP provides IRN details for 2 days after generation (error 2283 after). */
    public static final Duration DETAILS_WINDOW = Duration.ofDays(2);

    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final DateTimeFormatter IRP_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long ACK_SEQUENCE = 1_000_000_000_000L;
    private static final long FIRST_EWB_NO = 181_000_000_001L;
    private static final String JSON = "application/json";
    private static final Pattern IRN = Pattern.compile("^[0-9a-f]{64}$");
    private static final Pattern VEHICLE = Pattern.compile("^[A-Z0-9]{4,15}$");
    private static final Pattern TRANS_ID = Pattern.compile("^([0-9]{2}[0-9A-Z]{13})$");

    private final IrpSandboxKeys keys;
    private final Clock clock;
    private final IrpSandboxStore store;
    private final IrpSandboxSessions sessions;
    private final IrpSandboxSigner signer;
    private final IrpSandboxFaults faults = new IrpSandboxFaults();
    private final Map<String, GstinDetails> gstinMaster = new ConcurrentHashMap<>();
    private final AtomicLong lastAckNo;
    private final AtomicLong lastEwbNo;
    private final Object[] irnLocks = new Object[64];
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** A sandbox with the NIC sandbox's 60-minute tokens. No argument may be null. */
    public IrpSandbox(IrpSandboxKeys keys, Clock clock, IrpSandboxStore store) {
        this(keys, clock, store, SANDBOX_TOKEN_VALIDITY);
    }

    /**
     * @param keys          encryption and signing keys, made once (generation is slow)
     * @param clock         the time of AckDt, token expiry and the cancel window
     * @param store         registered IRNs
     * @param tokenValidity how long an AuthToken lives ({@link #SANDBOX_TOKEN_VALIDITY} or
     *                      {@link #PRODUCTION_TOKEN_VALIDITY}); must be longer than 10 minutes
     */
    public IrpSandbox(IrpSandboxKeys keys, Clock clock, IrpSandboxStore store, Duration tokenValidity) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        if (tokenValidity.compareTo(IrpSandboxSessions.FORCE_REFRESH_WINDOW) <= 0) {
            throw new IllegalArgumentException("token validity must exceed the 10-minute refresh window: " + tokenValidity);
        }
        this.sessions = new IrpSandboxSessions(keys, clock, tokenValidity, json);
        this.signer = new IrpSandboxSigner(keys);
        this.lastAckNo = new AtomicLong(store.maxAckNo());
        this.lastEwbNo = new AtomicLong(Math.max(store.maxEwbNo(), FIRST_EWB_NO - 1));
        for (int i = 0; i < irnLocks.length; i++) {
            irnLocks[i] = new Object();
        }
    }

    // ------------------------------------------------------------------ accounts

    /** Registers an API client (GSP or direct API user); its id and secret then work for any taxpayer. */
    public void registerClient(String clientId, String clientSecret) {
        sessions.registerClient(clientId, clientSecret);
    }

    /** Enables {@code gstin} for e-invoicing with its API user name and password (one user per GSTIN). */
    public void registerTaxpayer(String gstin, String userName, String password) {
        sessions.registerTaxpayer(gstin, userName, password);
    }

    /** Adds a GSTIN master record, answered by Get GSTIN details and known as a buyer. */
    public void registerGstin(GstinDetails details) {
        Objects.requireNonNull(details, "details");
        gstinMaster.put(Objects.requireNonNull(details.gstin(), "details.gstin"), details);
    }

    /** The fault queue tests use to make this sandbox fail; never null. */
    public IrpSandboxFaults faults() {
        return faults;
    }

    /** The sandbox's keys (public key and certificate PEM for clients); never null. */
    public IrpSandboxKeys keys() {
        return keys;
    }

    // ------------------------------------------------------------------ dispatch

    /**
     * Answers one request; never returns null and never throws for bad input (the IRP answers those
     * with HTTP 200 and {@code Status 0}). The caller must wait {@link SandboxResponse#delay()} before
     * sending the answer.
     */
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
            return new SandboxResponse(200, "application/x-pem-file", keys.encryptionPublicKeyPem(), Duration.ZERO);
        }
        if (method.equals("GET") && lower.equals("/keys/signing-certificate.pem")) {
            return new SandboxResponse(200, "application/x-pem-file", keys.signingCertificatePem(), Duration.ZERO);
        }
        String operation = operation(method, lower);
        if (operation == null) {
            return SandboxResponse.json(404, "{\"Status\":0,\"Data\":null,\"ErrorDetails\":[{\"ErrorCode\":\"404\","
                    + "\"ErrorMessage\":\"No sandbox endpoint " + method + " " + path.replace("\"", "") + "\"}],\"InfoDtls\":null}");
        }
        Optional<IrpSandboxFaults.Fault> fault = faults.claim(operation);
        if (fault.isPresent() && fault.get().kind() == IrpSandboxFaults.Kind.SERVER_ERROR) {
            return new SandboxResponse(503, "text/plain", "Service Unavailable", Duration.ZERO);
        }
        SandboxResponse response;
        try {
            response = process(operation, request, path);
        } catch (RuntimeException bug) {
            // The sandbox's own bug: say so like a server would rather than fail the HTTP layer.
            response = new SandboxResponse(500, "text/plain", "NIC sandbox error: " + bug, Duration.ZERO);
        }
        return fault.isPresent() ? response.delayedBy(fault.get().delay()) : response;
    }

    private static String operation(String method, String lower) {
        if (method.equals("POST") && lower.equals("/eivital/v1.04/auth")) {
            return OP_AUTH;
        }
        if (method.equals("POST") && lower.equals("/eicore/v1.03/invoice")) {
            return OP_GENERATE_IRN;
        }
        if (method.equals("GET") && lower.startsWith("/eicore/v1.03/invoice/irn/")) {
            return OP_GET_IRN;
        }
        if (method.equals("GET") && lower.equals("/eicore/v1.03/invoice/irnbydocdetails")) {
            return OP_GET_IRN_BY_DOC;
        }
        if (method.equals("POST") && lower.equals("/eicore/v1.03/invoice/cancel")) {
            return OP_CANCEL_IRN;
        }
        if (method.equals("POST") && lower.equals("/eiewb/v1.03/ewaybill")) {
            return OP_GENERATE_EWB;
        }
        if (method.equals("GET") && lower.startsWith("/eivital/v1.03/master/gstin/")) {
            return OP_GSTIN_DETAILS;
        }
        return null;
    }

    private SandboxResponse process(String operation, SandboxRequest request, String path) {
        if (operation.equals(OP_AUTH)) {
            return auth(request);
        }
        Session session = sessions.authenticate(request);
        if (session == null) {
            return failure(List.of(new IrpError(IrpErrorCodes.INVALID_TOKEN, IrpErrorCodes.INVALID_TOKEN_MSG)), null);
        }
        return switch (operation) {
            case OP_GENERATE_IRN -> generateIrn(session, request);
            case OP_GET_IRN -> getByIrn(session, path.substring(path.lastIndexOf('/') + 1));
            case OP_GET_IRN_BY_DOC -> getByDocument(session, request);
            case OP_CANCEL_IRN -> cancel(session, request);
            case OP_GENERATE_EWB -> ewayBill(session, request);
            case OP_GSTIN_DETAILS -> gstinDetails(session, path.substring(path.lastIndexOf('/') + 1));
            default -> throw new IllegalStateException("unrouted operation " + operation);
        };
    }

    // ------------------------------------------------------------------ auth

    private SandboxResponse auth(SandboxRequest request) {
        byte[][] appKey = new byte[1][];
        Login login = sessions.login(request, appKey);
        if (login.session() == null) {
            return failure(login.errors(), null);
        }
        Session session = login.session();
        ObjectNode data = json.createObjectNode();
        data.put("ClientId", session.clientId());
        data.put("UserName", session.userName());
        data.put("AuthToken", session.token());
        data.put("Sek", Base64.getEncoder().encodeToString(IrpSandboxCrypto.aesEncrypt(appKey[0], session.sek())));
        data.put("TokenExpiry", irpTime(session.expiresAt()));
        ObjectNode envelope = json.createObjectNode();
        envelope.put("Status", 1);
        envelope.set("Data", data);
        envelope.putNull("ErrorDetails");
        envelope.putNull("InfoDtls");
        return SandboxResponse.json(200, json.writeValueAsString(envelope));
    }

    // ------------------------------------------------------------------ generate IRN

    private SandboxResponse generateIrn(Session session, SandboxRequest request) {
        String plain = decrypt(session, request.body());
        JsonNode tree;
        IrpInvoice invoice;
        try {
            tree = plain == null ? null : json.readTree(plain);
            invoice = tree != null && tree.isObject() ? json.treeToValue(tree, IrpInvoice.class) : null;
        } catch (JacksonException e) {
            invoice = null;
            tree = null;
        }
        if (invoice == null) {
            return failure(List.of(new IrpError(IrpErrorCodes.INVOICE_VALIDATION_ERROR, IrpErrorCodes.INVOICE_VALIDATION_ERROR_MSG)), null);
        }
        List<String> violations = InvoiceValidator.schemaViolations(invoice, LocalDate.now(clock.withZone(IST)));
        if (!violations.isEmpty()) {
            return failure(violations.stream().map(m -> new IrpError(IrpErrorCodes.SCHEMA_VALIDATION, m)).toList(), null);
        }
        if (!invoice.sellerDtls().gstin().equals(session.gstin())) {
            return failure(List.of(new IrpError(IrpErrorCodes.NOT_USERS_INVOICE, IrpErrorCodes.NOT_USERS_INVOICE_MSG)), null);
        }
        LocalDate docDate = InvoiceValidator.parseDate(invoice.docDtls().dt());
        String irn = IrnGenerator.irn(session.gstin(), docDate, invoice.docDtls().typ(), invoice.docDtls().no());
        Optional<RegisteredIrn> earlier = store.find(irn);
        if (earlier.isPresent()) {
            return duplicate(earlier.get());
        }
        List<IrpError> errors = InvoiceValidator.businessErrors(invoice, this::knownGstin);
        if (!errors.isEmpty()) {
            return failure(errors, null);
        }

        Instant now = clock.instant();
        long ackNo = nextAckNo(now);
        String ackDt = irpTime(now);
        ObjectNode signedData = json.createObjectNode();
        signedData.put("AckNo", ackNo);
        signedData.put("AckDt", ackDt);
        signedData.put("Irn", irn);
        signedData.setAll((ObjectNode) tree);
        String signedInvoice = signer.sign(json.writeValueAsString(signedData));
        String signedQr = signer.sign(json.writeValueAsString(qrData(invoice, irn, ackDt)));

        boolean hasGoods = invoice.itemList().stream().anyMatch(item -> "N".equals(item.isServc()));
        Integer dispatchPin = invoice.dispDtls() != null ? invoice.dispDtls().pin() : invoice.sellerDtls().pin();
        Integer deliveryPin = invoice.shipDtls() != null ? invoice.shipDtls().pin() : invoice.buyerDtls().pin();
        RegisteredIrn registration = new RegisteredIrn(irn, session.gstin(), invoice.buyerDtls().gstin(),
                invoice.docDtls().typ(), invoice.docDtls().no(), invoice.docDtls().dt(), invoice.valDtls().totInvVal(),
                ackNo, ackDt, now, signedInvoice, signedQr, RegisteredIrn.ACTIVE, null, hasGoods, dispatchPin, deliveryPin,
                null, null, null);
        RegisteredIrn raced = store.putIfAbsent(registration);
        if (raced != null) {
            return duplicate(raced);
        }
        ArrayNode info = null;
        if (invoice.ewbDtls() != null) {
            // Generate IRN with EwbDtls also generates the e-way bill; its failure does not undo the IRN,
            // the IRP reports it in InfoDtls (EWBERR).
            IrpInvoice.EwbDtls e = invoice.ewbDtls();
            EwbByIrnRequest ewbRequest = new EwbByIrnRequest(irn, e.distance() == null ? 0 : e.distance(), e.transMode(),
                    e.transId(), e.transName(), e.transDocDt(), e.transDocNo(), e.vehNo(), e.vehType());
            EwbOutcome outcome = ewayBillFor(session, ewbRequest);
            if (outcome.errors().isEmpty()) {
                registration = outcome.registration();
            } else {
                info = json.createArrayNode();
                ObjectNode entry = info.addObject();
                entry.put("InfCd", "EWBERR");
                entry.set("Desc", json.valueToTree(outcome.errors()));
            }
        }
        return success(session, details(registration), info);
    }

    private ObjectNode qrData(IrpInvoice invoice, String irn, String ackDt) {
        // Exactly the IRP's ten QR fields, in its order.
        ObjectNode qr = json.createObjectNode();
        qr.put("SellerGstin", invoice.sellerDtls().gstin());
        qr.put("BuyerGstin", invoice.buyerDtls().gstin());
        qr.put("DocNo", invoice.docDtls().no());
        qr.put("DocTyp", invoice.docDtls().typ());
        qr.put("DocDt", invoice.docDtls().dt());
        qr.put("TotInvVal", invoice.valDtls().totInvVal());
        qr.put("ItemCnt", invoice.itemList().size());
        qr.put("MainHsnCode", mainHsnCode(invoice));
        qr.put("Irn", irn);
        qr.put("IrnDt", ackDt);
        return qr;
    }

    /** HSN of the item with the highest taxable value (AssAmt); the first such item on a tie. */
    static String mainHsnCode(IrpInvoice invoice) {
        return invoice.itemList().stream()
                .max(Comparator.comparing(IrpInvoice.Item::assAmt).thenComparing(item -> -invoice.itemList().indexOf(item)))
                .map(IrpInvoice.Item::hsnCd)
                .orElseThrow();
    }

    private SandboxResponse duplicate(RegisteredIrn earlier) {
        ArrayNode info = json.createArrayNode();
        ObjectNode entry = info.addObject();
        entry.put("InfCd", "DUPIRN");
        ObjectNode desc = entry.putObject("Desc");
        desc.put("AckNo", earlier.ackNo());
        desc.put("AckDt", earlier.ackDt());
        desc.put("Irn", earlier.irn());
        boolean old = clock.instant().isAfter(earlier.acknowledgedAt().plus(DETAILS_WINDOW));
        IrpError error = old ? new IrpError(IrpErrorCodes.IRN_OLDER_THAN_2_DAYS, IrpErrorCodes.IRN_OLDER_THAN_2_DAYS_MSG)
                : new IrpError(IrpErrorCodes.DUPLICATE_IRN, IrpErrorCodes.DUPLICATE_IRN_MSG);
        return failure(List.of(error), info);
    }

    private long nextAckNo(Instant now) {
        // 1 + two-digit year + 12-digit sequence: 15 digits, unique and increasing, across restarts too.
        long yearBase = (100 + now.atZone(IST).getYear() % 100) * ACK_SEQUENCE;
        return lastAckNo.updateAndGet(previous -> Math.max(previous + 1, yearBase + 1));
    }

    private boolean knownGstin(String gstin) {
        return sessions.isTaxpayer(gstin) || gstinMaster.containsKey(gstin);
    }

    // ------------------------------------------------------------------ get

    private SandboxResponse getByIrn(Session session, String irn) {
        Optional<RegisteredIrn> found = store.find(irn);
        if (found.isEmpty()) {
            return failure(List.of(new IrpError(IrpErrorCodes.IRN_NOT_AVAILABLE, IrpErrorCodes.IRN_NOT_AVAILABLE_MSG)), null);
        }
        RegisteredIrn registration = found.get();
        // Seller and buyer may both fetch the e-invoice; nobody else.
        if (!registration.sellerGstin().equals(session.gstin()) && !session.gstin().equals(registration.buyerGstin())) {
            return failure(List.of(new IrpError(IrpErrorCodes.NOT_USERS_INVOICE, IrpErrorCodes.NOT_USERS_INVOICE_MSG)), null);
        }
        return detailsIfRecent(session, registration);
    }

    private SandboxResponse getByDocument(Session session, SandboxRequest request) {
        String type = firstOf(request.query("doctype"), request.header("doctype"));
        String number = firstOf(request.header("docnum"), request.query("docnum"));
        String date = firstOf(request.header("docdate"), request.query("docdate"));
        if (type == null || number == null || date == null) {
            return failure(List.of(new IrpError("2142", "Incomplete request parameters")), null);
        }
        LocalDate documentDate = InvoiceValidator.parseDate(date);
        if (documentDate == null || !InvoiceValidator.DOC_TYPES.contains(type)) {
            return failure(List.of(new IrpError(IrpErrorCodes.SCHEMA_VALIDATION, documentDate == null
                    ? "The field docdate must be a date in the format dd/MM/yyyy; was '" + date + "'."
                    : "The field doctype must be one of [CRN, DBN, INV]; was '" + type + "'.")), null);
        }
        Optional<RegisteredIrn> found = store.find(IrnGenerator.irn(session.gstin(), documentDate, type, number))
                .filter(r -> r.docDate().equals(date));
        if (found.isEmpty()) {
            return failure(List.of(new IrpError(IrpErrorCodes.IRN_NOT_AVAILABLE, IrpErrorCodes.IRN_NOT_AVAILABLE_MSG)), null);
        }
        return detailsIfRecent(session, found.get());
    }

    private SandboxResponse detailsIfRecent(Session session, RegisteredIrn registration) {
        if (clock.instant().isAfter(registration.acknowledgedAt().plus(DETAILS_WINDOW))) {
            return failure(List.of(new IrpError(IrpErrorCodes.IRN_OLDER_THAN_2_DAYS, IrpErrorCodes.IRN_OLDER_THAN_2_DAYS_MSG)), null);
        }
        return success(session, details(registration), null);
    }

    private static IrnDetails details(RegisteredIrn r) {
        return new IrnDetails(r.ackNo(), r.ackDt(), r.irn(), r.signedInvoice(), r.signedQrCode(), r.status(), r.ewbNo(),
                r.ewbDt(), r.ewbValidTill(), null);
    }

    // ------------------------------------------------------------------ cancel

    private SandboxResponse cancel(Session session, SandboxRequest request) {
        CancelIrnRequest cancel = read(session, request.body(), CancelIrnRequest.class);
        if (cancel == null) {
            return failure(List.of(new IrpError(IrpErrorCodes.CANCEL_ERROR, IrpErrorCodes.CANCEL_ERROR_MSG)), null);
        }
        List<String> violations = new ArrayList<>();
        if (cancel.irn() == null || !IRN.matcher(cancel.irn()).matches()) {
            violations.add("The field Irn must be a string with a minimum length of 64 and a maximum length of 64.");
        }
        if (cancel.cnlRsn() == null || !List.of("1", "2", "3", "4").contains(cancel.cnlRsn().trim())) {
            violations.add("The field CnlRsn must be one of [1, 2, 3, 4]; was '" + cancel.cnlRsn() + "'.");
        }
        if (cancel.cnlRem() != null && cancel.cnlRem().length() > 100) {
            violations.add("The field CnlRem must be a string with a minimum length of 0 and a maximum length of 100.");
        }
        if (!violations.isEmpty()) {
            return failure(violations.stream().map(m -> new IrpError(IrpErrorCodes.SCHEMA_VALIDATION, m)).toList(), null);
        }
        synchronized (lockFor(cancel.irn())) {
            Optional<RegisteredIrn> found = store.find(cancel.irn());
            if (found.isEmpty()) {
                return failure(List.of(new IrpError(IrpErrorCodes.IRN_NOT_AVAILABLE, IrpErrorCodes.IRN_NOT_AVAILABLE_MSG)), null);
            }
            RegisteredIrn registration = found.get();
            if (!registration.sellerGstin().equals(session.gstin())) {
                return failure(List.of(new IrpError(IrpErrorCodes.NOT_USERS_INVOICE, IrpErrorCodes.NOT_USERS_INVOICE_MSG)), null);
            }
            if (!registration.active()) {
                return failure(List.of(new IrpError(IrpErrorCodes.INVOICE_NOT_ACTIVE, IrpErrorCodes.INVOICE_NOT_ACTIVE_MSG)), null);
            }
            Instant now = clock.instant();
            if (now.isAfter(registration.acknowledgedAt().plus(CANCEL_WINDOW))) {
                return failure(List.of(new IrpError(IrpErrorCodes.CANCEL_TIME_CROSSED, IrpErrorCodes.CANCEL_TIME_CROSSED_MSG)), null);
            }
            if (registration.ewbNo() != null) {
                return failure(List.of(new IrpError(IrpErrorCodes.CANCEL_EWB_ACTIVE, IrpErrorCodes.CANCEL_EWB_ACTIVE_MSG)), null);
            }
            String cancelDate = irpTime(now);
            store.replace(registration.cancelled(cancelDate));
            return success(session, new CancelledIrn(registration.irn(), cancelDate), null);
        }
    }

    // ------------------------------------------------------------------ e-way bill

    private record EwbOutcome(RegisteredIrn registration, EwayBill ewayBill, List<IrpError> errors) {
    }

    private SandboxResponse ewayBill(Session session, SandboxRequest request) {
        EwbByIrnRequest ewb = read(session, request.body(), EwbByIrnRequest.class);
        if (ewb == null) {
            return failure(List.of(new IrpError(IrpErrorCodes.EWB_ERROR, IrpErrorCodes.EWB_ERROR_MSG)), null);
        }
        EwbOutcome outcome = ewayBillFor(session, ewb);
        return outcome.errors().isEmpty() ? success(session, outcome.ewayBill(), null) : failure(outcome.errors(), null);
    }

    private EwbOutcome ewayBillFor(Session session, EwbByIrnRequest ewb) {
        List<IrpError> violations = ewbViolations(ewb).stream().map(m -> new IrpError(IrpErrorCodes.SCHEMA_VALIDATION, m)).toList();
        if (!violations.isEmpty()) {
            return new EwbOutcome(null, null, violations);
        }
        synchronized (lockFor(ewb.irn())) {
            Optional<RegisteredIrn> found = store.find(ewb.irn());
            if (found.isEmpty()) {
                return fail(IrpErrorCodes.EWB_IRN_NOT_AVAILABLE, IrpErrorCodes.EWB_IRN_NOT_AVAILABLE_MSG);
            }
            RegisteredIrn registration = found.get();
            if (!registration.sellerGstin().equals(session.gstin())) {
                return fail(IrpErrorCodes.NOT_USERS_INVOICE, IrpErrorCodes.NOT_USERS_INVOICE_MSG);
            }
            if (!registration.active()) {
                return fail(IrpErrorCodes.EWB_IRN_NOT_ACTIVE, IrpErrorCodes.EWB_IRN_NOT_ACTIVE_MSG);
            }
            if (registration.ewbNo() != null) {
                return fail(IrpErrorCodes.EWB_ALREADY_GENERATED, IrpErrorCodes.EWB_ALREADY_GENERATED_MSG);
            }
            if (!registration.hasGoods()) {
                return fail(IrpErrorCodes.EWB_ONLY_SERVICES, IrpErrorCodes.EWB_ONLY_SERVICES_MSG);
            }
            String remarks = null;
            int distance = ewb.distance();
            if (distance == 0) {
                int from = registration.dispatchPin();
                int to = registration.deliveryPin() == null ? from : registration.deliveryPin();
                distance = EwayBillValidity.estimateKm(from, to);
                remarks = "Pin-Pin calc distance: " + distance + "KM";
            }
            LocalDateTime now = LocalDateTime.now(clock.withZone(IST));
            // Part B (vehicle or transport document) starts the validity; with only a transporter id the
            // bill is generated without validity until Part B is updated, as on the e-way bill system.
            boolean partB = ewb.vehNo() != null || ewb.transDocNo() != null;
            String validTill = partB ? EwayBillValidity.validTill(now, distance, "O".equals(ewb.vehType())).format(IRP_DATE_TIME) : null;
            long number = lastEwbNo.incrementAndGet();
            String ewbDt = now.format(IRP_DATE_TIME);
            RegisteredIrn updated = registration.withEwayBill(number, ewbDt, validTill);
            store.replace(updated);
            return new EwbOutcome(updated, new EwayBill(number, ewbDt, validTill, remarks), List.of());
        }
    }

    private static EwbOutcome fail(String code, String message) {
        return new EwbOutcome(null, null, List.of(new IrpError(code, message)));
    }

    private static List<String> ewbViolations(EwbByIrnRequest ewb) {
        List<String> v = new ArrayList<>();
        if (ewb.irn() == null || !IRN.matcher(ewb.irn()).matches()) {
            v.add("The field Irn must be a string with a minimum length of 64 and a maximum length of 64.");
        }
        if (ewb.distance() == null) {
            v.add("The Distance field is required.");
        } else if (ewb.distance() < 0 || ewb.distance() > EwayBillValidity.MAXIMUM_KM) {
            v.add("The field Distance must be between 0 and " + EwayBillValidity.MAXIMUM_KM + ".");
        }
        if (ewb.transId() != null && !TRANS_ID.matcher(ewb.transId()).matches()) {
            v.add("The field TransId must match the regular expression '" + TRANS_ID.pattern() + "'.");
        }
        if (ewb.vehType() != null && !List.of("R", "O").contains(ewb.vehType())) {
            v.add("The field VehType must be one of [O, R]; was '" + ewb.vehType() + "'.");
        }
        String mode = ewb.transMode();
        if (mode == null) {
            if (ewb.transId() == null) {
                v.add("Either TransId or TransMode with its transport details is required.");
            }
        } else if (!List.of("1", "2", "3", "4").contains(mode)) {
            v.add("The field TransMode must be one of [1, 2, 3, 4]; was '" + mode + "'.");
        } else if (mode.equals("1")) {
            if (ewb.vehNo() == null) {
                v.add("The VehNo field is required for TransMode 1 (road).");
            } else if (!VEHICLE.matcher(ewb.vehNo()).matches()) {
                v.add("The field VehNo must match the regular expression '" + VEHICLE.pattern() + "'.");
            }
        } else {
            if (ewb.transDocNo() == null || ewb.transDocNo().isBlank() || ewb.transDocNo().length() > 15) {
                v.add("The TransDocNo field (1 to 15 characters) is required for TransMode " + mode + ".");
            }
            if (InvoiceValidator.parseDate(ewb.transDocDt()) == null) {
                v.add("The TransDocDt field (dd/MM/yyyy) is required for TransMode " + mode + ".");
            }
        }
        return v;
    }

    // ------------------------------------------------------------------ GSTIN details

    private SandboxResponse gstinDetails(Session session, String gstin) {
        GstinDetails details = gstinMaster.get(gstin);
        if (details == null && sessions.isTaxpayer(gstin)) {
            details = new GstinDetails(gstin, "Sandbox Taxpayer " + gstin, "Sandbox Taxpayer " + gstin, null, "1", null,
                    "Sandbox Road", "Sandbox", Integer.valueOf(gstin.substring(0, 2)), null, "REG", "ACT", "U", "01/07/2017", null);
        }
        if (details != null) {
            return success(session, details, null);
        }
        if (GstinCheckDigit.isValid(gstin)) {
            return failure(List.of(new IrpError(IrpErrorCodes.DATA_NOT_AVAILABLE, IrpErrorCodes.DATA_NOT_AVAILABLE_MSG)), null);
        }
        return failure(List.of(new IrpError(IrpErrorCodes.GSTIN_NOT_PRESENT, format(IrpErrorCodes.GSTIN_NOT_PRESENT_MSG, gstin))), null);
    }

    // ------------------------------------------------------------------ faults control

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
            IrpSandboxFaults.Kind kind = IrpSandboxFaults.Kind.valueOf(node.get("kind").asString());
            int count = node.has("count") ? node.get("count").asInt() : 1;
            String operation = node.has("operation") && !node.get("operation").isNull() ? node.get("operation").asString() : null;
            Duration delay = Duration.ofMillis(node.has("delayMs") ? node.get("delayMs").asLong() : 0);
            faults.inject(new IrpSandboxFaults.Fault(kind, count, operation, delay));
            return SandboxResponse.json(200, "{\"queued\":" + faults.pending().size() + "}");
        } catch (RuntimeException e) {
            return SandboxResponse.json(400, json.writeValueAsString(Map.of("error",
                    "expected {\"kind\":\"SERVER_ERROR|TIMEOUT\",\"count\":1,\"operation\":\"generate-irn\",\"delayMs\":3000}: " + e)));
        }
    }

    // ------------------------------------------------------------------ envelopes and crypto

    private SandboxResponse success(Session session, Object data, ArrayNode info) {
        byte[] plain = json.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
        ObjectNode envelope = json.createObjectNode();
        envelope.put("Status", 1);
        envelope.put("Data", Base64.getEncoder().encodeToString(IrpSandboxCrypto.aesEncrypt(session.sek(), plain)));
        envelope.putNull("ErrorDetails");
        if (info == null) {
            envelope.putNull("InfoDtls");
        } else {
            envelope.set("InfoDtls", info);
        }
        return SandboxResponse.json(200, json.writeValueAsString(envelope));
    }

    private SandboxResponse failure(List<IrpError> errors, ArrayNode info) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("Status", 0);
        envelope.putNull("Data");
        envelope.set("ErrorDetails", json.valueToTree(errors));
        if (info == null) {
            envelope.putNull("InfoDtls");
        } else {
            envelope.set("InfoDtls", info);
        }
        return SandboxResponse.json(200, json.writeValueAsString(envelope));
    }

    /** The JSON inside {@code {"Data":"<Base64(AES(SEK, JSON))>"}}, or null when it is not that. */
    private String decrypt(Session session, String body) {
        try {
            JsonNode data = json.readTree(body).get("Data");
            byte[] plain = IrpSandboxCrypto.aesDecrypt(session.sek(), Base64.getDecoder().decode(data.asString()));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (JacksonException | GeneralSecurityException | IllegalArgumentException | NullPointerException
                 | UnsupportedOperationException e) {
            return null;
        }
    }

    private <T> T read(Session session, String body, Class<T> type) {
        String plain = decrypt(session, body);
        try {
            return plain == null ? null : json.readValue(plain, type);
        } catch (JacksonException e) {
            return null;
        }
    }

    private Object lockFor(String irn) {
        return irnLocks[Math.floorMod(irn.hashCode(), irnLocks.length)];
    }

    static String irpTime(Instant instant) {
        return instant.atZone(IST).format(IRP_DATE_TIME);
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}

package dev.lekha.connectors.gstportal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.connectors.gstportal.GstPortalAuthException;
import dev.lekha.connectors.gstportal.GstPortalClient;
import dev.lekha.connectors.gstportal.GstPortalClientSettings;
import dev.lekha.connectors.gstportal.GstPortalCrypto;
import dev.lekha.connectors.gstportal.GstPortalExchange;
import dev.lekha.connectors.gstportal.GstPortalIntegrityException;
import dev.lekha.connectors.gstportal.GstPortalOperation;
import dev.lekha.connectors.gstportal.GstPortalOtpException;
import dev.lekha.connectors.gstportal.GstPortalRejectedException;
import dev.lekha.connectors.gstportal.GstPortalSession;
import dev.lekha.connectors.gstportal.GstPortalSessionRequiredException;
import dev.lekha.connectors.gstportal.GstPortalUnavailableException;
import dev.lekha.connectors.gstportal.GstReturnType;
import dev.lekha.connectors.gstportal.Gstr2bDownload;
import dev.lekha.connectors.gstportal.ReturnStatus;
import dev.lekha.connectors.sandbox.MutableClock;
import dev.lekha.connectors.sandbox.SandboxHttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link GstPortalClient} against {@link GstPortalSandbox} over real HTTP (a JDK HttpServer in front of the
 * engine, as the hub's controller is). The sandbox's OTPs are GSTN's sandbox OTP 575757.
 */
class GstPortalSandboxHttpTest {

    static final String GSTIN = "27AAPFU0939F1ZV";
    static final String OTHER_GSTIN = "29AABCR1718E1ZL";
    static final String USER = "lekha.mh.tp.1";
    static final String PAN = "ABCPK1234L";
    static final String CLIENT_ID = "lekha-test-client";
    static final String CLIENT_SECRET = "s3cret-client-secret";
    static final String PERIOD = "042025";
    static final Instant START = Instant.parse("2025-05-05T04:30:00Z");

    private static GstPortalSandboxKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();
    private MutableClock clock;
    private volatile GstPortalSandbox sandbox; // read by the server threads; a test may swap it
    private SandboxHttpServer server;
    private final List<GstPortalExchange> exchanges = new CopyOnWriteArrayList<>();
    private GstPortalClient client;

    @BeforeAll
    static void makeKeys() {
        keys = GstPortalSandboxKeys.generate(); // slow: once
    }

    @BeforeEach
    void start() {
        clock = new MutableClock(START);
        sandbox = new GstPortalSandbox(keys, clock, GstPortalSandboxStore.inMemory(), GstPortalSandboxSettings.DEFAULT);
        sandbox.registerClient(CLIENT_ID, CLIENT_SECRET);
        sandbox.registerTaxpayer(GSTIN, USER, PAN);
        server = new SandboxHttpServer("/sandbox/gst", () -> sandbox);
        client = client(CLIENT_SECRET);
    }

    private GstPortalClient client(String secret) {
        return new GstPortalClient(new GstPortalClientSettings(server.baseUri(), CLIENT_ID, secret, keys.publicKey(),
                "10.1.2.3", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMinutes(15),
                new GstPortalClientSettings.RetrySettings(3, Duration.ofMillis(10)),
                GstPortalClientSettings.CircuitBreakerSettings.DEFAULT), clock, exchanges::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GstPortalSession login() {
        client.requestOtp(GSTIN, USER);
        return client.authenticate(GSTIN, USER, "575757");
    }

    static String gstr1(String fp, String... invoices) {
        return "{\"gstin\":\"" + GSTIN + "\",\"fp\":\"" + fp + "\",\"b2b\":[{\"ctin\":\"" + OTHER_GSTIN + "\",\"inv\":["
                + String.join(",", invoices) + "]}]}";
    }

    static String invoice(String inum, String rate) {
        return "{\"inum\":\"" + inum + "\",\"idt\":\"10-04-2025\",\"val\":11800.00,\"pos\":\"29\",\"rchrg\":\"N\","
                + "\"inv_typ\":\"R\",\"itms\":[{\"num\":1,\"itm_det\":{\"rt\":" + rate + ",\"txval\":10000.00,"
                + "\"iamt\":1800.00,\"csamt\":0}}]}";
    }

    @Test
    void fullGstr1FlowFromOtpToArn() {
        GstPortalSession session = login();
        String ref = client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD, gstr1(PERIOD, invoice("INV-1", "18")));
        ReturnStatus status = client.returnStatus(GSTIN, PERIOD, ref);
        String submitRef = client.submitReturn(GstReturnType.GSTR1, GSTIN, PERIOD);
        client.requestEvcOtp(GstReturnType.GSTR1, GSTIN, PAN);
        String arn = client.fileReturn(GstReturnType.GSTR1, GSTIN, PERIOD, "{\"gstin\":\"" + GSTIN + "\"}", PAN,
                "575757");

        // token lives 360 minutes (6 h) from the authentication
        assertThat(session.expiry()).isEqualTo(START.plus(Duration.ofHours(6)));
        assertThat(status.state()).isEqualTo(ReturnStatus.State.PROCESSED);
        assertThat(status.formType()).isEqualTo("R1");
        assertThat(status.errors()).isEmpty();
        assertThat(client.returnStatus(GSTIN, PERIOD, submitRef).action()).isEqualTo("SUBMIT");
        // first ARN: AA + 27 + 0425 + 000001 + check '4' (see ArnFormatTest)
        assertThat(arn).isEqualTo("AA2704250000014");
        assertThat(sandbox.store().findReturn(GSTIN, "gstr1", PERIOD).orElseThrow().state())
                .isEqualTo(SavedReturn.State.FILED);
        // a filed return cannot be saved again: AUTH117
        assertThatThrownBy(() -> client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD,
                gstr1(PERIOD, invoice("INV-9", "18"))))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("AUTH117"));
    }

    @Test
    void exchangesAreRecordedWithoutSecrets() {
        login();
        client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD, gstr1(PERIOD, invoice("INV-1", "18")));
        client.submitReturn(GstReturnType.GSTR1, GSTIN, PERIOD);
        client.requestEvcOtp(GstReturnType.GSTR1, GSTIN, PAN);
        client.fileReturn(GstReturnType.GSTR1, GSTIN, PERIOD, "{\"gstin\":\"" + GSTIN + "\"}", PAN, "575757");

        assertThat(exchanges).extracting(GstPortalExchange::operation).containsExactly(
                GstPortalOperation.OTP_REQUEST, GstPortalOperation.AUTH_TOKEN, GstPortalOperation.SAVE_RETURN,
                GstPortalOperation.SUBMIT_RETURN, GstPortalOperation.EVC_OTP, GstPortalOperation.FILE_RETURN);
        assertThat(exchanges).allSatisfy(x -> {
            assertThat(x.outcome()).isEqualTo(GstPortalExchange.Outcome.SUCCESS);
            String text = x.requestJson() + " " + x.responseJson() + " " + x.url();
            assertThat(text).doesNotContain("575757").doesNotContain(CLIENT_SECRET).doesNotContain(PAN);
        });
        JsonNode auth = json.readTree(exchanges.get(1).requestJson());
        JsonNode authAnswer = json.readTree(exchanges.get(1).responseJson());
        assertThat(auth.get("otp").asString()).isEqualTo("****");
        assertThat(auth.get("app_key").asString()).isEqualTo("****");
        assertThat(authAnswer.get("auth_token").asString()).isEqualTo("****");
        assertThat(authAnswer.get("sek").asString()).isEqualTo("****");
        JsonNode save = json.readTree(exchanges.get(2).requestJson());
        JsonNode saveAnswer = json.readTree(exchanges.get(2).responseJson());
        assertThat(save.get("data").get("fp").asString()).isEqualTo(PERIOD); // plain JSON recorded
        assertThat(save.get("hmac").asString()).isEqualTo("****");
        assertThat(saveAnswer.get("rek").asString()).isEqualTo("****");
        assertThat(saveAnswer.get("data").has("reference_id")).isTrue();
        // the PAN is not logged in full either (ABCPK1234L → AB******4L)
        assertThat(json.readTree(exchanges.get(5).requestJson()).get("sid").asString()).isEqualTo("AB******4L|****");
        assertThat(exchanges.get(4).url()).contains("pan=AB******4L").doesNotContain(PAN);
    }

    @Test
    void wrongOtpIsRefusedAndTheRightOneStillWorks() {
        client.requestOtp(GSTIN, USER);

        assertThatThrownBy(() -> client.authenticate(GSTIN, USER, "123456"))
                .isInstanceOfSatisfying(GstPortalOtpException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("AUTH4034");
                    assertThat(e.expired()).isFalse();
                });
        assertThat(client.authenticate(GSTIN, USER, "575757").gstin()).isEqualTo(GSTIN);
    }

    @Test
    void otpNotRequestedOrExpiredIsInvalidSession() {
        assertThatThrownBy(() -> client.authenticate(GSTIN, USER, "575757"))
                .isInstanceOfSatisfying(GstPortalOtpException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("AUTH4033");
                    assertThat(e.expired()).isTrue();
                });

        client.requestOtp(GSTIN, USER);
        clock.advance(Duration.ofMinutes(10)); // OTP valid 10 minutes: at exactly 10 it is gone
        assertThatThrownBy(() -> client.authenticate(GSTIN, USER, "575757"))
                .isInstanceOfSatisfying(GstPortalOtpException.class, e -> assertThat(e.expired()).isTrue());
    }

    @Test
    void wrongClientSecretOrUserIsAnAuthFailure() {
        assertThatThrownBy(() -> client("wrong").requestOtp(GSTIN, USER))
                .isInstanceOfSatisfying(GstPortalAuthException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("RET11401"));
        assertThatThrownBy(() -> client.requestOtp(GSTIN, "nobody"))
                .isInstanceOfSatisfying(GstPortalAuthException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("AUTH4032"));
    }

    @Test
    void callsWithoutSessionNeedAnOtpAndSendNothing() {
        assertThatThrownBy(() -> client.returnStatus(GSTIN, PERIOD, "x"))
                .isInstanceOf(GstPortalSessionRequiredException.class);
        assertThat(exchanges).isEmpty();
    }

    @Test
    void aTokenThePortalNoLongerKnowsDropsTheSession() {
        login();
        // the portal restarts and forgets its sessions
        sandbox = new GstPortalSandbox(keys, clock, GstPortalSandboxStore.inMemory(), GstPortalSandboxSettings.DEFAULT);
        sandbox.registerClient(CLIENT_ID, CLIENT_SECRET);
        sandbox.registerTaxpayer(GSTIN, USER, PAN);

        assertThatThrownBy(() -> client.returnStatus(GSTIN, PERIOD, "any"))
                .isInstanceOf(GstPortalSessionRequiredException.class)
                .hasMessageContaining("RET11407");
        assertThat(client.session(GSTIN)).isEmpty();
    }

    @Test
    void tamperedResponseIsDetected() {
        login();
        sandbox.faults().tamperResponse(1, "retsave");

        assertThatThrownBy(() -> client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD,
                gstr1(PERIOD, invoice("INV-1", "18"))))
                .isInstanceOf(GstPortalIntegrityException.class)
                .hasMessageContaining("hmac does not match");
        GstPortalExchange last = exchanges.get(exchanges.size() - 1);
        assertThat(last.outcome()).isEqualTo(GstPortalExchange.Outcome.FAILURE);
        assertThat(json.readTree(last.responseJson()).get("rek").asString()).isEqualTo("****");
    }

    @Test
    void tamperedRequestIsRejectedByThePortal() throws Exception {
        RawPortal raw = new RawPortal(server.baseUri());
        byte[] sek = raw.login(keys, USER);
        String payload = gstr1(PERIOD, invoice("INV-1", "18"));
        String b64 = GstPortalCrypto.base64Json(payload);
        ObjectNode body = json.createObjectNode().put("action", "RETSAVE")
                .put("data", GstPortalCrypto.aesEncrypt(sek, b64.getBytes(StandardCharsets.US_ASCII)))
                .put("hmac", GstPortalCrypto.hmac(sek, GstPortalCrypto.base64Json(payload.replace("18", "28"))));

        JsonNode answer = raw.send("PUT", "/taxpayerapi/v3.0/returns/gstr1", body.toString());

        assertThat(answer.get("status_cd").asString()).isEqualTo("0");
        assertThat(answer.get("error").get("error_cd").asString()).isEqualTo("RET12505");
        assertThat(sandbox.store().findReturn(GSTIN, "gstr1", PERIOD)).isEmpty();
    }

    @Test
    void sessionIsRefreshedNearExpiryAndLostAfterIt() {
        login();
        clock.advance(Duration.ofHours(6).minusMinutes(10)); // inside the 15-minute refresh window

        client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD, gstr1(PERIOD, invoice("INV-1", "18")));

        assertThat(exchanges).extracting(GstPortalExchange::operation)
                .containsSubsequence(GstPortalOperation.REFRESH_TOKEN, GstPortalOperation.SAVE_RETURN);
        // refreshed at START + 5 h 50 min, for another 6 h
        assertThat(client.session(GSTIN).orElseThrow().expiry())
                .isEqualTo(START.plus(Duration.ofHours(6).minusMinutes(10)).plus(Duration.ofHours(6)));

        clock.advance(Duration.ofHours(6));
        int before = exchanges.size();
        assertThatThrownBy(() -> client.submitReturn(GstReturnType.GSTR1, GSTIN, PERIOD))
                .isInstanceOf(GstPortalSessionRequiredException.class)
                .hasMessageContaining("expired");
        assertThat(exchanges).hasSize(before);
    }

    @Test
    void portalRefusalCarriesItsCode() {
        login();

        assertThatThrownBy(() -> client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD,
                gstr1("052025", invoice("INV-1", "18"))))
                .isInstanceOfSatisfying(GstPortalRejectedException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("AUTH113");
                    assertThat(e.portalMessage()).startsWith("Invalid Return Period");
                });
        assertThatThrownBy(() -> client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD,
                "{\"gstin\":\"" + OTHER_GSTIN + "\",\"fp\":\"" + PERIOD + "\"}"))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("RET11410"));
        assertThatThrownBy(() -> client.submitReturn(GstReturnType.GSTR1, GSTIN, PERIOD))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("LKSBX001"));
    }

    @Test
    void documentErrorsComeBackInTheStatusReport() {
        login();
        // INV-2 twice (the second is the duplicate), INV-3 at 13 % which is not in the rate list
        String ref = client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD, gstr1(PERIOD, invoice("INV-1", "18"),
                invoice("INV-2", "5"), invoice("INV-2", "5"), invoice("INV-3", "13")));

        ReturnStatus status = client.returnStatus(GSTIN, PERIOD, ref);

        assertThat(status.state()).isEqualTo(ReturnStatus.State.PROCESSED_WITH_ERRORS);
        assertThat(status.errors()).containsExactly(
                new ReturnStatus.DocumentError("b2b", OTHER_GSTIN, "INV-2", "RET100", "Duplicate Invoice"),
                new ReturnStatus.DocumentError("b2b", OTHER_GSTIN, "INV-3", "RET191175",
                        "Enter GST rate as per the rate list (rt 13)"));
        JsonNode kept = json.readTree(sandbox.store().findReturn(GSTIN, "gstr1", PERIOD).orElseThrow().json());
        assertThat(kept.get("b2b").get(0).get("inv")).hasSize(2); // INV-1 and the first INV-2
    }

    @Test
    void gstr3bSaveSubmitOffsetFile() {
        login();
        String gstr3b = "{\"gstin\":\"" + GSTIN + "\",\"ret_period\":\"" + PERIOD + "\",\"sup_details\":{"
                + "\"osup_det\":{\"txval\":10000.00,\"iamt\":1800.00,\"camt\":0,\"samt\":0,\"csamt\":0}}}";
        client.saveReturn(GstReturnType.GSTR3B, GSTIN, PERIOD, gstr3b);
        client.submitReturn(GstReturnType.GSTR3B, GSTIN, PERIOD);
        client.requestEvcOtp(GstReturnType.GSTR3B, GSTIN, PAN);

        assertThatThrownBy(() -> client.fileReturn(GstReturnType.GSTR3B, GSTIN, PERIOD, gstr3b, PAN, "575757"))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("LKSBX001"));
        client.offsetLiability(GSTIN, PERIOD, "{\"pdcash\":[{\"ipd\":1800.00}]}");
        String arn = client.fileReturn(GstReturnType.GSTR3B, GSTIN, PERIOD, gstr3b, PAN, "575757");

        assertThat(arn).isEqualTo("AA2704250000014");
    }

    @Test
    void evcNeedsTheSignatoryPanAndTheRightOtp() {
        login();
        client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD, gstr1(PERIOD, invoice("INV-1", "18")));
        client.submitReturn(GstReturnType.GSTR1, GSTIN, PERIOD);

        assertThatThrownBy(() -> client.requestEvcOtp(GstReturnType.GSTR1, GSTIN, "ZZZPK9999Z"))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("OTP0010"));
        client.requestEvcOtp(GstReturnType.GSTR1, GSTIN, PAN);
        assertThatThrownBy(() -> client.fileReturn(GstReturnType.GSTR1, GSTIN, PERIOD, "{}", PAN, "111111"))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("AUTH4034"));
    }

    @Test
    void gstr2bRoundTripsWholeAndSplit() {
        login();
        String whole = "{\"chksum\":\"abc\",\"data\":{\"gstin\":\"" + GSTIN + "\",\"rtnprd\":\"" + PERIOD
                + "\",\"docdata\":{\"b2b\":[{\"ctin\":\"" + OTHER_GSTIN + "\",\"inv\":[{\"inum\":\"S-1\","
                + "\"val\":11800.5}]}]}}}";
        sandbox.store().putGstr2b(GSTIN, PERIOD, List.of(whole));
        sandbox.store().putGstr2b(GSTIN, "052025", List.of("{\"data\":{\"part\":1}}", "{\"data\":{\"part\":2}}"));

        Gstr2bDownload one = client.getGstr2b(GSTIN, PERIOD);
        Gstr2bDownload split = client.getGstr2b(GSTIN, "052025");

        assertThat(one.files()).hasSize(1);
        assertThat(json.readTree(one.files().get(0))).isEqualTo(json.readTree(whole));
        assertThat(split.files()).extracting(f -> json.readTree(f).get("data").get("part").asInt())
                .containsExactly(1, 2);
        assertThatThrownBy(() -> client.getGstr2b(GSTIN, "062025"))
                .isInstanceOfSatisfying(GstPortalRejectedException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("RET2B1023"));
    }

    @Test
    void unavailableIsRetriedThenReported() {
        login();
        String ref = client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD, gstr1(PERIOD, invoice("INV-1", "18")));
        sandbox.faults().serverError(1, "retstatus");

        assertThat(client.returnStatus(GSTIN, PERIOD, ref).state()).isEqualTo(ReturnStatus.State.PROCESSED);
        assertThat(exchanges.subList(exchanges.size() - 2, exchanges.size())).extracting(GstPortalExchange::httpStatus)
                .containsExactly(503, 200);

        sandbox.faults().serverError(3, "retstatus");
        assertThatThrownBy(() -> client.returnStatus(GSTIN, PERIOD, ref))
                .isInstanceOf(GstPortalUnavailableException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void circuitOpensAfterRepeatedFailuresAndStopsSending() {
        GstPortalClient fragile = new GstPortalClient(new GstPortalClientSettings(server.baseUri(), CLIENT_ID,
                CLIENT_SECRET, keys.publicKey(), "10.1.2.3", Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofMinutes(15), new GstPortalClientSettings.RetrySettings(1, Duration.ofMillis(10)),
                new GstPortalClientSettings.CircuitBreakerSettings(4, 4, 50f, Duration.ofMinutes(1))),
                clock, exchanges::add);
        sandbox.faults().serverError(4, "otprequest");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> fragile.requestOtp(GSTIN, USER)).isInstanceOf(GstPortalUnavailableException.class);
        }
        int sent = exchanges.size();

        assertThatThrownBy(() -> fragile.requestOtp(GSTIN, USER))
                .isInstanceOf(GstPortalUnavailableException.class).hasMessageContaining("circuit open");
        assertThat(exchanges).hasSize(sent); // nothing sent while open
        assertThat(sent).isEqualTo(4);
    }

    @Test
    void timedOutWriteIsNotRepeated() {
        login();
        sandbox.faults().timeout(1, "retsave", Duration.ofMillis(2500));
        int before = exchanges.size();

        assertThatThrownBy(() -> client.saveReturn(GstReturnType.GSTR1, GSTIN, PERIOD,
                gstr1(PERIOD, invoice("INV-1", "18"))))
                .isInstanceOfSatisfying(GstPortalUnavailableException.class, e -> assertThat(e.timedOut()).isTrue());
        assertThat(exchanges).hasSize(before + 1);
        assertThat(sandbox.store().findReturn(GSTIN, "gstr1", PERIOD)).isPresent(); // processed all the same
    }

    /** A hand-made client for what GstPortalClient never sends (a tampered request). */
    static final class RawPortal {
        private final URI base;
        private final HttpClient http = HttpClient.newHttpClient();
        private final JsonMapper json = JsonMapper.builder().build();
        private String token;

        RawPortal(URI base) {
            this.base = base;
        }

        byte[] login(GstPortalSandboxKeys keys, String user) throws Exception {
            byte[] appKey = GstPortalCrypto.newAppKey();
            String rsa = GstPortalCrypto.rsaEncrypt(keys.publicKey(), appKey);
            send("POST", "/taxpayerapi/v1.0/authenticate", json.createObjectNode().put("action", "OTPREQUEST")
                    .put("app_key", rsa).put("username", user).toString());
            JsonNode auth = send("POST", "/taxpayerapi/v1.0/authenticate", json.createObjectNode()
                    .put("action", "AUTHTOKEN").put("app_key", rsa).put("username", user)
                    .put("otp", GstPortalCrypto.aesEncrypt(appKey, "575757".getBytes(StandardCharsets.UTF_8)))
                    .toString());
            token = auth.get("auth_token").asString();
            return GstPortalCrypto.decryptKey(appKey, auth.get("sek").asString(), "sek");
        }

        JsonNode send(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("clientid", CLIENT_ID).header("client-secret", CLIENT_SECRET).header("state-cd", "27")
                    .header("ip-usr", "10.1.2.3").header("txn", "t1").header("gstin", GSTIN)
                    .header("username", USER).header("ret_period", PERIOD)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("auth-token", token);
            }
            return json.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        }
    }
}

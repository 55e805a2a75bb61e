package dev.lekha.connectors.nic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lekha.connectors.sandbox.MutableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link NicClient} against {@link FakeIrp} over real loopback HTTP. */
class NicClientTest {

    static final String GSTIN = FakeIrp.GSTIN;
    static final String IRN = "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229";
    // 12:00 IST on 15 January 2025
    static final Instant NOON_IST = Instant.parse("2025-01-15T06:30:00Z");
    static final String IRN_DETAILS = "{\"AckNo\":112010000000123,\"AckDt\":\"2025-01-15 12:00:05\",\"Irn\":\"" + IRN
            + "\",\"SignedInvoice\":\"eyJ.inv.sig\",\"SignedQRCode\":\"eyJ.qr.sig\",\"Status\":\"ACT\","
            + "\"EwbNo\":null,\"EwbDt\":null,\"EwbValidTill\":null,\"Remarks\":null,\"SomethingNew\":1}";

    FakeIrp irp;
    MutableClock clock;
    List<NicExchange> exchanges;
    NicClient client;

    @BeforeEach
    void start() throws Exception {
        irp = new FakeIrp();
        clock = new MutableClock(NOON_IST);
        exchanges = new CopyOnWriteArrayList<>();
        client = client(NicClientSettings.CircuitBreakerSettings.DEFAULT, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        irp.close();
    }

    NicClient client(NicClientSettings.CircuitBreakerSettings breaker, Duration requestTimeout) {
        NicClientSettings settings = new NicClientSettings(irp.baseUri(), Duration.ofSeconds(2), requestTimeout,
                irp.keys.getPublic(), breaker);
        NicCredentialsSource credentials = gstin -> {
            if (!GSTIN.equals(gstin)) {
                throw new MissingNicCredentialsException(gstin);
            }
            return new NicCredentials(GSTIN, FakeIrp.CLIENT_ID, FakeIrp.CLIENT_SECRET, FakeIrp.USER, FakeIrp.PASSWORD);
        };
        return new NicClient(settings, credentials, clock, exchanges::add);
    }

    static String ist(Instant instant) {
        return NicClient.IRP_DATE_TIME.format(instant.atZone(NicClient.IST));
    }

    @Test
    void logsInAsTheWireProtocolSaysAndReusesTheTokenAcrossCalls() {
        irp.business = call -> FakeIrp.Reply.ok(IRN_DETAILS);

        IrnDetails first = client.getByIrn(GSTIN, IRN);
        IrnDetails second = client.getByIrn(GSTIN, IRN);

        assertThat(first).isEqualTo(second);
        assertThat(first.ackNo()).isEqualTo(112010000000123L);
        assertThat(first.irn()).isEqualTo(IRN);
        assertThat(first.status()).isEqualTo("ACT");
        assertThat(irp.logins).hasSize(1);
        FakeIrp.Login login = irp.logins.get(0);
        assertThat(login.userName()).isEqualTo(FakeIrp.USER);
        assertThat(login.password()).isEqualTo(FakeIrp.PASSWORD);
        assertThat(login.force()).isFalse();
        assertThat(Base64.getDecoder().decode(login.appKey())).hasSize(32);
        assertThat(login.headers()).containsEntry("client_id", FakeIrp.CLIENT_ID)
                .containsEntry("client_secret", FakeIrp.CLIENT_SECRET).containsEntry("gstin", GSTIN)
                .containsEntry("content-type", "application/json");
        assertThat(irp.calls).hasSize(2).allSatisfy(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.path()).isEqualTo("/eicore/v1.03/Invoice/irn/" + IRN);
            assertThat(call.headers()).containsEntry("authtoken", irp.lastToken()).containsEntry("user_name", FakeIrp.USER)
                    .containsEntry("gstin", GSTIN).containsEntry("client_id", FakeIrp.CLIENT_ID)
                    .containsEntry("client_secret", FakeIrp.CLIENT_SECRET);
        });
    }

    @Test
    void generateIrnSendsTheInvoiceEncryptedWithPlainAmountsAndKeepsTheEwbErrorInfo() {
        irp.business = call -> new FakeIrp.Ok(IRN_DETAILS, "[{\"InfCd\":\"EWBERR\",\"Desc\":[{\"ErrorCode\":\"4019\","
                + "\"ErrorMessage\":\"Provide Transporter ID in order to generate Part A\"}]}]");

        IrnRegistration registration = client.generateIrnWithInfo(GSTIN, invoice(new BigDecimal("1E+3")));

        FakeIrp.Call call = irp.calls.get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/eicore/v1.03/Invoice");
        assertThat(call.plainJson()).contains("\"Version\":\"1.1\"", "\"TotInvVal\":1000", "\"AssVal\":1000,")
                .doesNotContain("E+");
        assertThat(registration.details().irn()).isEqualTo(IRN);
        assertThat(registration.info()).singleElement().satisfies(info -> {
            assertThat(info.code()).isEqualTo(IrpInfo.EWAY_BILL_ERROR);
            assertThat(info.descriptionJson()).contains("4019");
        });
        assertThat(registration.ewayBillErrors()).containsExactly(
                new IrpError("4019", "Provide Transporter ID in order to generate Part A"));
    }

    @Test
    void anIrpOutageDuringTheRefreshWindowKeepsUsingTheTokenUntilItsExpiry() {
        irp.business = call -> FakeIrp.Reply.ok(IRN_DETAILS);
        irp.tokenExpiry = () -> ist(clock.instant().plus(Duration.ofHours(6)));
        Instant expiry = NOON_IST.plus(Duration.ofHours(6));
        client.getByIrn(GSTIN, IRN);
        String token = irp.lastToken();

        // 9 minutes before expiry the refresh login answers 503, but the token is still good
        clock.set(expiry.minus(Duration.ofMinutes(9)));
        irp.authReply = new FakeIrp.Http(503, "Service Unavailable");
        client.getByIrn(GSTIN, IRN);
        assertThat(irp.calls).extracting(call -> call.headers().get("authtoken")).containsExactly(token, token);

        // once it has expired there is nothing to fall back on
        clock.set(expiry.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> client.getByIrn(GSTIN, IRN)).isInstanceOf(IrpUnavailableException.class);
        assertThat(irp.calls).hasSize(2);
    }

    @Test
    void forcesARefreshOnlyInTheLastTenMinutesOfTheToken() {
        irp.business = call -> FakeIrp.Reply.ok(IRN_DETAILS);
        irp.tokenExpiry = () -> ist(clock.instant().plus(Duration.ofHours(6)));
        Instant expiry = NOON_IST.plus(Duration.ofHours(6));

        client.getByIrn(GSTIN, IRN);
        String firstToken = irp.lastToken();
        clock.set(expiry.minus(Duration.ofMinutes(11)));
        client.getByIrn(GSTIN, IRN);
        assertThat(irp.logins).hasSize(1);

        clock.set(expiry.minus(Duration.ofMinutes(9)));
        client.getByIrn(GSTIN, IRN);
        client.getByIrn(GSTIN, IRN);

        assertThat(irp.logins).extracting(FakeIrp.Login::force).containsExactly(false, true);
        assertThat(irp.lastToken()).isNotEqualTo(firstToken);
        assertThat(irp.calls).extracting(call -> call.headers().get("authtoken"))
                .containsExactly(firstToken, firstToken, irp.lastToken(), irp.lastToken());

        // A token that ran out unused is replaced by a plain login: the IRP issues a new one anyway.
        clock.set(clock.instant().plus(Duration.ofHours(7)));
        client.getByIrn(GSTIN, IRN);
        assertThat(irp.logins).extracting(FakeIrp.Login::force).containsExactly(false, true, false);
    }

    @Test
    void invalidTokenMeansExactlyOneForcedLoginAndOneRepeat() {
        irp.business = call -> FakeIrp.Reply.ok(IRN_DETAILS);
        client.getByIrn(GSTIN, IRN);
        irp.revokeTokens();

        IrnDetails details = client.getByIrn(GSTIN, IRN);

        assertThat(details.irn()).isEqualTo(IRN);
        assertThat(irp.logins).extracting(FakeIrp.Login::force).containsExactly(false, true);
        assertThat(irp.calls).hasSize(3);
        assertThat(irp.calls.get(2).headers().get("authtoken")).isEqualTo(irp.lastToken());
    }

    @Test
    void aSecondInvalidTokenIsARejection() {
        irp.business = call -> FakeIrp.Reply.rejected("1005", "Invalid Token", null);

        IrpRejectedException rejected = catchThrowableOfType(() -> client.getByIrn(GSTIN, IRN),
                IrpRejectedException.class);

        assertThat(rejected.has(NicClient.INVALID_TOKEN)).isTrue();
        assertThat(irp.logins).hasSize(2);
        assertThat(irp.calls).hasSize(2);
    }

    @Test
    void duplicateIrnIsRejectedWithTheAlreadyRegisteredIrn() {
        irp.business = call -> FakeIrp.Reply.rejected("2150", "Duplicate IRN", "[{\"InfCd\":\"DUPIRN\",\"Desc\":"
                + "{\"AckNo\":112010000000123,\"AckDt\":\"2025-01-15 11:58:00\",\"Irn\":\"" + IRN + "\"}}]");

        IrpRejectedException rejected = catchThrowableOfType(
                () -> client.generateIrn(GSTIN, invoice(new BigDecimal("1000.00"))), IrpRejectedException.class);

        assertThat(rejected.has(NicClient.DUPLICATE_IRN)).isTrue();
        assertThat(rejected.errors()).containsExactly(new IrpError("2150", "Duplicate IRN"));
        assertThat(rejected.duplicate()).isEqualTo(new DuplicateIrn(112010000000123L, "2025-01-15 11:58:00", IRN));
        assertThat(exchanges).last().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(NicExchange.Outcome.FAILURE);
            assertThat(x.error()).isEqualTo("2150: Duplicate IRN");
            assertThat(x.httpStatus()).isEqualTo(200);
        });
    }

    @Test
    void serverErrorIsUnavailableWithoutTimeout() {
        irp.business = call -> new FakeIrp.Http(503, "<html>Service Unavailable</html>");

        IrpUnavailableException unavailable = catchThrowableOfType(() -> client.getByIrn(GSTIN, IRN),
                IrpUnavailableException.class);

        assertThat(unavailable.timedOut()).isFalse();
        assertThat(unavailable).hasMessageContaining("HTTP 503");
        assertThat(exchanges).last().satisfies(x -> {
            assertThat(x.httpStatus()).isEqualTo(503);
            assertThat(x.outcome()).isEqualTo(NicExchange.Outcome.FAILURE);
        });
    }

    @Test
    void anAnswerSlowerThanTheRequestTimeoutIsATimeout() {
        client = client(NicClientSettings.CircuitBreakerSettings.DEFAULT, Duration.ofMillis(300));
        irp.business = call -> new FakeIrp.Delayed(1000, FakeIrp.Reply.ok(IRN_DETAILS));

        IrpUnavailableException unavailable = catchThrowableOfType(() -> client.getByIrn(GSTIN, IRN),
                IrpUnavailableException.class);

        assertThat(unavailable.timedOut()).isTrue();
        assertThat(exchanges).last().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(NicExchange.Outcome.TIMEOUT);
            assertThat(x.httpStatus()).isZero();
            assertThat(x.durationMillis()).isGreaterThanOrEqualTo(250L);
        });
    }

    @Test
    void aRefusedConnectionIsUnavailableWithoutTimeout() {
        irp.close(); // nothing listens on the port any more

        IrpUnavailableException unavailable = catchThrowableOfType(() -> client.getByIrn(GSTIN, IRN),
                IrpUnavailableException.class);

        assertThat(unavailable.timedOut()).isFalse();
        assertThat(unavailable).hasMessageContaining("Could not reach the IRP");
        assertThat(exchanges).singleElement().satisfies(x -> {
            assertThat(x.operation()).isEqualTo(NicOperation.AUTH);
            assertThat(x.outcome()).isEqualTo(NicExchange.Outcome.FAILURE);
            assertThat(x.httpStatus()).isZero();
        });
    }

    @Test
    void undecryptableOrMalformedAnswersAreUnavailable() {
        irp.business = call -> new FakeIrp.Raw("{\"Status\":1,\"Data\":\"AAAAAAAAAAAAAAAAAAAAAA==\"}");
        assertThatThrownBy(() -> client.getByIrn(GSTIN, IRN)).isInstanceOf(IrpUnavailableException.class)
                .hasMessageContaining("does not decrypt");

        irp.business = call -> new FakeIrp.Raw("<html>gateway</html>");
        assertThatThrownBy(() -> client.getByIrn(GSTIN, IRN)).isInstanceOf(IrpUnavailableException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void theListenerSeesPlainMaskedExchangesAndNeverASecret() {
        irp.business = call -> FakeIrp.Reply.ok(IRN_DETAILS);
        client.generateIrn(GSTIN, invoice(new BigDecimal("1000.00")));
        irp.revokeTokens();
        client.getByIrn(GSTIN, IRN);

        assertThat(exchanges).extracting(x -> x.operation().label())
                .containsExactly("auth", "generate-irn", "get-irn", "auth", "get-irn");
        NicExchange auth = exchanges.get(0);
        assertThat(auth.gstin()).isEqualTo(GSTIN);
        assertThat(auth.url()).isEqualTo(irp.baseUri() + "/eivital/v1.04/auth");
        assertThat(auth.requestJson()).contains("\"UserName\":\"" + FakeIrp.USER + "\"", "\"Password\":\"****\"",
                "\"AppKey\":\"****\"", "\"ForceRefreshAccessToken\":false");
        assertThat(auth.responseJson()).contains("\"AuthToken\":\"****\"", "\"Sek\":\"****\"", "\"TokenExpiry\"");
        assertThat(auth.outcome()).isEqualTo(NicExchange.Outcome.SUCCESS);
        NicExchange generate = exchanges.get(1);
        assertThat(generate.method()).isEqualTo("POST");
        assertThat(generate.requestJson()).startsWith("{").contains("\"TotInvVal\":1000.00");
        assertThat(generate.responseJson()).contains("\"Irn\":\"" + IRN + "\"", "\"Status\":1");
        assertThat(exchanges.get(2).error()).isEqualTo("1005: Invalid Token");
        assertThat(exchanges.get(3).requestJson()).contains("\"ForceRefreshAccessToken\":true");

        List<String> secrets = new ArrayList<>(irp.secrets);
        secrets.addAll(List.of(FakeIrp.PASSWORD, FakeIrp.CLIENT_SECRET));
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(2 * 4 + 2);
        assertThat(exchanges).allSatisfy(x -> assertThat(x.toString()).doesNotContain(secrets));
    }

    @Test
    void refusedCredentialsAreAnAuthenticationErrorWithoutThePassword() {
        NicClient wrong = new NicClient(new NicClientSettings(irp.baseUri(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                irp.keys.getPublic()), gstin -> new NicCredentials(gstin, FakeIrp.CLIENT_ID, FakeIrp.CLIENT_SECRET,
                FakeIrp.USER, "not-the-password"), clock, exchanges::add);

        IrpAuthenticationException refused = catchThrowableOfType(() -> wrong.getByIrn(GSTIN, IRN),
                IrpAuthenticationException.class);

        assertThat(refused.errors()).containsExactly(new IrpError("1008", "Invalid login credentials"));
        assertThat(refused).hasMessageContaining(GSTIN).hasMessageNotContaining("not-the-password");
        assertThat(irp.calls).isEmpty();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenCallsNothing() {
        client = client(new NicClientSettings.CircuitBreakerSettings(4, 4, 50f, Duration.ofSeconds(30)),
                Duration.ofSeconds(5));
        irp.authReply = new FakeIrp.Http(502, "Bad Gateway");

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.getByIrn(GSTIN, IRN)).isInstanceOf(IrpUnavailableException.class)
                    .hasMessageContaining("HTTP 502");
        }
        assertThatThrownBy(() -> client.getByIrn(GSTIN, IRN)).isInstanceOf(IrpUnavailableException.class)
                .hasMessageStartingWith("IRP circuit open");

        assertThat(irp.requests).hasValue(4);
        assertThat(client.circuitBreaker().getState().name()).isEqualTo("OPEN");
    }

    @Test
    void rejectionsDoNotOpenTheCircuit() {
        client = client(new NicClientSettings.CircuitBreakerSettings(4, 4, 50f, Duration.ofSeconds(30)),
                Duration.ofSeconds(5));
        irp.business = call -> FakeIrp.Reply.rejected("2283", "IRN details cannot be provided", null);

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.getByIrn(GSTIN, IRN)).isInstanceOf(IrpRejectedException.class);
        }
        assertThat(client.circuitBreaker().getState().name()).isEqualTo("CLOSED");
    }

    @Test
    void concurrentFirstCallsShareOneLogin() throws Exception {
        irp.business = call -> FakeIrp.Reply.ok(IRN_DETAILS);
        irp.loginDelayMillis = 200;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<IrnDetails>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return client.getByIrn(GSTIN, IRN);
                }));
            }
            go.countDown();
            for (Future<IrnDetails> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS).irn()).isEqualTo(IRN);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(irp.logins).hasSize(1);
        assertThat(irp.calls).hasSize(6);
    }

    @Test
    void otherEndpointsSendWhatTheWireProtocolSays() {
        irp.business = call -> switch (call.path()) {
            case "/eicore/v1.03/Invoice/irnbydocdetails" -> FakeIrp.Reply.ok(IRN_DETAILS);
            case "/eicore/v1.03/Invoice/Cancel" -> FakeIrp.Reply.ok("{\"Irn\":\"" + IRN + "\",\"CancelDate\":\"2025-01-15 13:00:00\"}");
            case "/eiewb/v1.03/ewaybill" -> FakeIrp.Reply.ok("{\"EwbNo\":331001234567,\"EwbDt\":\"2025-01-15 13:05:00\","
                    + "\"EwbValidTill\":\"2025-01-16 23:59:00\",\"Remarks\":null}");
            default -> FakeIrp.Reply.ok("{\"Gstin\":\"27AAPFU0939F1ZV\",\"TradeName\":\"Unique Traders\","
                    + "\"LegalName\":\"Unique Traders LLP\",\"StateCode\":27,\"AddrPncd\":411001,\"TxpType\":\"REG\","
                    + "\"Status\":\"ACT\",\"BlkStatus\":\"U\",\"DtReg\":\"01/07/2017\",\"DtDReg\":null}");
        };

        assertThat(client.getByDocument(GSTIN, "INV", "INV/24-25/0042", LocalDate.of(2025, 1, 5)).irn()).isEqualTo(IRN);
        assertThat(client.cancelIrn(GSTIN, new CancelIrnRequest(IRN, "2", "Wrong GSTIN of buyer")))
                .isEqualTo(new CancelledIrn(IRN, "2025-01-15 13:00:00"));
        assertThat(client.generateEwayBill(GSTIN, new EwbByIrnRequest(IRN, 0, "1", "29AKLPM8755F1Z2", "Speed Carriers",
                null, null, "KA01AB1234", "R")).ewbNo()).isEqualTo(331001234567L);
        GstinDetails details = client.gstinDetails(GSTIN, "27AAPFU0939F1ZV");

        assertThat(details.legalName()).isEqualTo("Unique Traders LLP");
        assertThat(details.stateCode()).isEqualTo(27);
        FakeIrp.Call byDocument = irp.calls.get(0);
        assertThat(byDocument.method()).isEqualTo("GET");
        assertThat(byDocument.query()).isEqualTo("doctype=INV");
        assertThat(byDocument.headers()).containsEntry("docnum", "INV/24-25/0042").containsEntry("docdate", "05/01/2025");
        assertThat(irp.calls.get(1).plainJson())
                .isEqualTo("{\"Irn\":\"" + IRN + "\",\"CnlRsn\":\"2\",\"CnlRem\":\"Wrong GSTIN of buyer\"}");
        assertThat(irp.calls.get(2).plainJson()).contains("\"Distance\":0", "\"VehNo\":\"KA01AB1234\"")
                .doesNotContain("TransDocNo");
        assertThat(irp.calls.get(3).path()).isEqualTo("/eivital/v1.03/Master/gstin/27AAPFU0939F1ZV");
        assertThat(exchanges).extracting(x -> x.operation().label()).containsExactly("auth", "get-irn-by-document",
                "cancel-irn", "generate-ewb", "gstin-details");
    }

    @Test
    void aGstinWithoutCredentialsOrABadIrnSendsNothing() {
        assertThatThrownBy(() -> client.getByIrn("27AAPFU0939F1ZV", IRN)).isInstanceOf(MissingNicCredentialsException.class)
                .hasMessageContaining("27AAPFU0939F1ZV");
        assertThatThrownBy(() -> client.getByIrn(GSTIN, "../auth")).isInstanceOf(IllegalArgumentException.class);
        assertThat(irp.requests).hasValue(0);
    }

    static IrpInvoice invoice(BigDecimal value) {
        return new IrpInvoice(IrpInvoice.SCHEMA_VERSION,
                new IrpInvoice.TranDtls("GST", "B2B", "N", null, "N"),
                new IrpInvoice.DocDtls("INV", "INV/24-25/0042", "15/01/2025"),
                new IrpInvoice.SellerDtls(GSTIN, "Lekha Test Pvt Ltd", null, "1 MG Road", null, "Bengaluru", 560001, "29",
                        null, null),
                new IrpInvoice.BuyerDtls("27AAPFU0939F1ZV", "Unique Traders LLP", null, "27", "5 FC Road", null, "Pune",
                        411001, "27", null, null),
                null, null,
                List.of(new IrpInvoice.Item("1", "Pen", "N", "96081019", BigDecimal.ONE, null, "NOS", value, value, null,
                        null, value, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, null, null, null, null,
                        null, value)),
                new IrpInvoice.ValDtls(value, null, null, BigDecimal.ZERO, null, null, null, null, null, value, null),
                null, null, null, null);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return NicClient.IST;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

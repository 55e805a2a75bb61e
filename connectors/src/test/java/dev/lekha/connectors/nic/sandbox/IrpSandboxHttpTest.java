package dev.lekha.connectors.nic.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.lekha.connectors.nic.CancelIrnRequest;
import dev.lekha.connectors.nic.EwbByIrnRequest;
import dev.lekha.connectors.nic.GstinDetails;
import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.sandbox.MutableClock;
import dev.lekha.connectors.sandbox.SandboxHttpServer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The sandbox over real HTTP (JDK server on loopback), driven by a client written from the wire protocol. */
class IrpSandboxHttpTest {

    static final String CLIENT_ID = "AAACL05TXPSANDBX";
    static final String CLIENT_SECRET = "sandbox-secret";
    // NIC sandbox test GSTINs (state 01 and 02), as in india-compliance's test data.
    static final String SELLER = "01AMBPG7773M002";
    static final String OTHER = "02AMBPG7773M002";
    /** 10:00 IST on 10 May 2024. */
    static final Instant START = Instant.parse("2024-05-10T04:30:00Z");

    MutableClock clock;
    IrpSandbox sandbox;
    SandboxHttpServer server;
    TestIrpClient seller;
    TestIrpClient other;

    @BeforeEach
    void start() {
        start(IrpSandboxStore.inMemory(), START);
    }

    void start(IrpSandboxStore store, Instant at) {
        clock = new MutableClock(at);
        sandbox = new IrpSandbox(TestKeys.KEYS, clock, store);
        sandbox.registerClient(CLIENT_ID, CLIENT_SECRET);
        sandbox.registerTaxpayer(SELLER, "lekha_api", "Passw0rd!");
        sandbox.registerTaxpayer(OTHER, "other_api", "0therPass");
        server = new SandboxHttpServer("/sandbox/nic", sandbox);
        seller = client(SELLER, "lekha_api", "Passw0rd!", Duration.ofSeconds(5));
        other = client(OTHER, "other_api", "0therPass", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    TestIrpClient client(String gstin, String user, String password, Duration timeout) {
        return new TestIrpClient(server.baseUri(), TestKeys.KEYS.encryptionPublicKey(), CLIENT_ID, CLIENT_SECRET, gstin, user,
                password, timeout);
    }

    SampleInvoice invoice(String docNo) {
        return new SampleInvoice(SELLER, OTHER, docNo, "10/05/2024").item("1", "84713010", false, "1000.00", "18");
    }

    TestIrpClient.Answer generate(TestIrpClient client, IrpInvoice invoice) {
        return client.post("/eicore/v1.03/Invoice", invoice);
    }

    static List<String> codes(TestIrpClient.Answer answer) {
        List<String> codes = new ArrayList<>();
        answer.envelope().get("ErrorDetails").forEach(e -> codes.add(e.get("ErrorCode").asString()));
        return codes;
    }

    static List<String> messages(TestIrpClient.Answer answer) {
        List<String> messages = new ArrayList<>();
        answer.envelope().get("ErrorDetails").forEach(e -> messages.add(e.get("ErrorMessage").asString()));
        return messages;
    }

    // ------------------------------------------------------------------ auth

    @Test
    void loginReturnsTheSameTokenAndSekWithinValidityAndForceRefreshOnlyInTheLastTenMinutes() {
        TestIrpClient.Answer first = seller.login(false);
        assertThat(first.irpStatus()).isEqualTo(1);
        assertThat(first.data().get("ClientId").asString()).isEqualTo(CLIENT_ID);
        assertThat(first.data().get("UserName").asString()).isEqualTo("lekha_api");
        assertThat(first.data().get("TokenExpiry").asString()).isEqualTo("2024-05-10 11:00:00");
        assertThat(first.envelope().get("ErrorDetails").isNull()).isTrue();
        String token = seller.authToken;
        byte[] sek = seller.sek;
        assertThat(sek).hasSize(32);

        clock.advance(Duration.ofMinutes(20));
        seller.login(true);
        assertThat(seller.authToken).isEqualTo(token);
        assertThat(seller.sek).isEqualTo(sek);

        clock.advance(Duration.ofMinutes(31)); // 10:51, inside the last 10 minutes
        seller.login(false);
        assertThat(seller.authToken).as("no force: same token").isEqualTo(token);
        TestIrpClient.Answer refreshed = seller.login(true);
        assertThat(seller.authToken).isNotEqualTo(token);
        assertThat(seller.sek).isNotEqualTo(sek);
        assertThat(refreshed.data().get("TokenExpiry").asString()).isEqualTo("2024-05-10 11:51:00");
    }

    @Test
    void loginFailuresCarryTheIrpVitalCodes() throws Exception {
        assertThat(client(SELLER, "lekha_api", "wrong", Duration.ofSeconds(5)).login(false).firstErrorCode()).isEqualTo("1008");
        TestIrpClient badSecret = new TestIrpClient(server.baseUri(), TestKeys.KEYS.encryptionPublicKey(), CLIENT_ID, "nope",
                SELLER, "lekha_api", "Passw0rd!", Duration.ofSeconds(5));
        TestIrpClient.Answer answer = badSecret.login(false);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.irpStatus()).isEqualTo(0);
        assertThat(messages(answer)).containsExactly("Invalid Client-ID/Client-Secret");
        assertThat(codes(answer)).containsExactly("1010");
        assertThat(client("03AMBPG7773M002", "x", "y", Duration.ofSeconds(5)).login(false).firstErrorCode()).isEqualTo("1014");
        assertThat(client(SELLER, "other_api", "0therPass", Duration.ofSeconds(5)).login(false).firstErrorCode()).isEqualTo("1015");
        // Encrypted with some other public key: the portal cannot decrypt it.
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(1536); // any key but the portal's; small so the test stays fast
        RSAPublicKey foreign = (RSAPublicKey) generator.generateKeyPair().getPublic();
        TestIrpClient wrongKey = new TestIrpClient(server.baseUri(), foreign, CLIENT_ID, CLIENT_SECRET, SELLER, "lekha_api",
                "Passw0rd!", Duration.ofSeconds(5));
        assertThat(wrongKey.login(false).firstErrorCode()).isEqualTo("1013");
    }

    @Test
    void unknownExpiredOrForeignTokenIsInvalidToken() {
        seller.login(false);
        other.login(false);
        other.authToken = seller.authToken; // the seller's token under the other GSTIN's headers
        TestIrpClient.Answer foreign = generate(other, invoice("SB/T1").build());
        assertThat(codes(foreign)).containsExactly("1005");
        assertThat(messages(foreign)).containsExactly("Invalid Token");

        clock.advance(Duration.ofMinutes(60));
        assertThat(codes(generate(seller, invoice("SB/T2").build()))).containsExactly("1005");
    }

    // ------------------------------------------------------------------ generate

    @Test
    void generateIrnGivesTheHashIrnAckAndSignaturesThatVerifyWithTheSandboxCertificate() throws Exception {
        other.login(false);
        // Document 9sQ5E2 of 02AMBPG7773M002 in FY 2023-24: the IRN the NIC sandbox gave (india-compliance data).
        IrpInvoice invoice = new SampleInvoice(OTHER, SELLER, "9sQ5E2", "15/03/2024")
                .item("1", "84713010", false, "1000.00", "18")
                .item("2", "30049099", false, "2500.00", "12")
                .item("3", "998314", true, "1500.00", "18")
                .build();
        TestIrpClient.Answer answer = generate(other, invoice);

        assertThat(answer.irpStatus()).isEqualTo(1);
        JsonNode data = answer.data();
        assertThat(data.get("Irn").asString()).isEqualTo("2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399");
        assertThat(data.get("AckNo").asLong()).isEqualTo(124_000_000_000_001L);
        assertThat(data.get("AckDt").asString()).isEqualTo("2024-05-10 10:00:00");
        assertThat(data.get("Status").asString()).isEqualTo("ACT");
        assertThat(data.get("EwbNo").isNull()).isTrue();

        RSASSAVerifier verifier = new RSASSAVerifier((RSAPublicKey) TestKeys.KEYS.signingCertificate().getPublicKey());
        SignedJWT qr = SignedJWT.parse(data.get("SignedQRCode").asString());
        assertThat(qr.verify(verifier)).isTrue();
        assertThat(qr.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(qr.getHeader().getKeyID()).isEqualTo(TestKeys.KEYS.signingThumbprintHex()).matches("[0-9A-F]{40}");
        assertThat(qr.getHeader().getType().getType()).isEqualTo("JWT");
        assertThat(qr.getHeader().toJSONObject().get("x5t")).isEqualTo(TestKeys.KEYS.signingThumbprintBase64Url());
        assertThat(qr.getJWTClaimsSet().getIssuer()).isEqualTo("NIC Sandbox");
        assertThat(qr.getJWTClaimsSet().getStringClaim("data")).isEqualTo("{\"SellerGstin\":\"02AMBPG7773M002\","
                + "\"BuyerGstin\":\"01AMBPG7773M002\",\"DocNo\":\"9sQ5E2\",\"DocTyp\":\"INV\",\"DocDt\":\"15/03/2024\","
                + "\"TotInvVal\":5750.00,\"ItemCnt\":3,\"MainHsnCode\":\"30049099\","
                + "\"Irn\":\"2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399\","
                + "\"IrnDt\":\"2024-05-10 10:00:00\"}");

        SignedJWT signedInvoice = SignedJWT.parse(data.get("SignedInvoice").asString());
        assertThat(signedInvoice.verify(verifier)).isTrue();
        JsonNode signed = TestIrpClient.JSON.readTree(signedInvoice.getJWTClaimsSet().getStringClaim("data"));
        assertThat(signed.get("AckNo").asLong()).isEqualTo(124_000_000_000_001L);
        assertThat(signed.get("Irn").asString()).isEqualTo(data.get("Irn").asString());
        assertThat(signed.get("DocDtls").get("No").asString()).isEqualTo("9sQ5E2");
        assertThat(signed.get("ValDtls").get("TotInvVal").decimalValue()).isEqualByComparingTo("5750.00");

        TestIrpClient.Answer second = generate(other, new SampleInvoice(OTHER, SELLER, "9sQ5E3", "15/03/2024")
                .item("1", "84713010", false, "10.00", "18").build());
        assertThat(second.data().get("AckNo").asLong()).isEqualTo(124_000_000_000_002L);
    }

    @Test
    void resendingADocumentIsDuplicateIrnWithTheFirstRegistration() {
        seller.login(false);
        JsonNode first = generate(seller, invoice("SB/001").build()).data();
        clock.advance(Duration.ofMinutes(3));

        TestIrpClient.Answer again = generate(seller, invoice("SB/001").build());

        assertThat(codes(again)).containsExactly("2150");
        assertThat(messages(again)).containsExactly("Duplicate IRN");
        JsonNode info = again.envelope().get("InfoDtls").get(0);
        assertThat(info.get("InfCd").asString()).isEqualTo("DUPIRN");
        assertThat(info.get("Desc").get("AckNo").asLong()).isEqualTo(first.get("AckNo").asLong());
        assertThat(info.get("Desc").get("AckDt").asString()).isEqualTo("2024-05-10 10:00:00");
        assertThat(info.get("Desc").get("Irn").asString()).isEqualTo(first.get("Irn").asString());
    }

    @Test
    void schemaViolationsAreAllListedInOneAnswer() {
        seller.login(false);
        SampleInvoice bad = invoice("0BAD*NO");
        bad.supTyp = "B2C";
        bad.docDt = "11/05/2024"; // tomorrow
        bad.sellerPin = 99999;
        bad.buyerGstin = "URP";
        bad.add(SampleInvoice.item("1", "8471", false, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("13"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN));
        bad.rndOffAmt = new BigDecimal("100.00");

        TestIrpClient.Answer answer = generate(seller, bad.build());

        assertThat(codes(answer)).hasSize(8).containsOnly("5002");
        assertThat(messages(answer)).containsExactly(
                "The field TranDtls.SupTyp must be one of [B2B, DEXP, EXPWOP, EXPWP, SEZWOP, SEZWP]; was 'B2C'.",
                "The field DocDtls.No must match the regular expression '^([A-Za-z1-9]{1}[A-Za-z0-9/-]{0,15})$'.",
                "The Document date should not be a future date.",
                "The field SellerDtls.Pin must be between 100000 and 999999.",
                "The field BuyerDtls.Gstin can be URP only for exports (SupTyp EXPWP or EXPWOP).",
                "The field ItemList[1].SlNo must be unique in ItemList; 1 repeats.",
                "The field ItemList[1].GstRt must be one of the GST rates 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40;"
                        + " was 13.",
                "The field ValDtls.RndOffAmt must be between -99.99 and 99.99.");
    }

    @Test
    void eachBusinessRuleAnswersWithItsIrpCode() {
        seller.login(false);
        // 2172: intra-state (seller 01, POS 01) with IGST and IgstOnIntra N
        SampleInvoice intra = invoice("SB/2172");
        intra.items.clear();
        intra.buyerPos = "01";
        intra.add(SampleInvoice.item("1", "84713010", false, new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO,
                new BigDecimal("18"), new BigDecimal("18"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("118")));
        TestIrpClient.Answer a2172 = generate(seller, intra.build());
        assertThat(codes(a2172)).containsExactly("2172");
        assertThat(messages(a2172)).containsExactly("For intra state transaction IGST amounts is not applicable for item -"
                + " 84713010 and Sl. No 1 , only CGST and SGST amounts are applicable.");
        intra.igstOnIntra = "Y";
        assertThat(generate(seller, intra.build()).irpStatus()).as("IgstOnIntra Y allows it").isEqualTo(1);

        // 2173: inter-state with CGST/SGST
        SampleInvoice inter = invoice("SB/2173");
        inter.items.clear();
        inter.add(SampleInvoice.item("1", "84713010", false, new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO,
                new BigDecimal("18"), BigDecimal.ZERO, new BigDecimal("9"), new BigDecimal("9"), new BigDecimal("118")));
        assertThat(codes(generate(seller, inter.build()))).containsExactly("2173");

        // 2176: chapter 77 is reserved, 5 digits is no HSN length, a service needs a SAC
        SampleInvoice hsn = invoice("SB/2176").item("2", "77011000", false, "10", "18").item("3", "84715", false, "10", "18")
                .item("4", "84713010", true, "10", "18");
        TestIrpClient.Answer a2176 = generate(seller, hsn.build());
        assertThat(codes(a2176)).containsExactly("2176");
        assertThat(messages(a2176)).containsExactly("Invalid HSN code(s)-77011000,84715,84713010");

        // 2193: AssAmt is not TotAmt - Discount
        SampleInvoice ass = invoice("SB/2193");
        ass.items.clear();
        ass.add(SampleInvoice.item("1", "84713010", false, new BigDecimal("100"), new BigDecimal("95"), BigDecimal.ZERO,
                new BigDecimal("18"), new BigDecimal("17.10"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("112.10")));
        TestIrpClient.Answer a2193 = generate(seller, ass.build());
        assertThat(codes(a2193)).containsExactly("2193");
        assertThat(messages(a2193)).containsExactly("For HSN - 84713010 and Sl. No - 1, AssAmt value should be equal to (TotAmt - Discount).");

        // 2194: TotItemVal off by more than 1
        SampleInvoice itemTotal = invoice("SB/2194");
        itemTotal.items.clear();
        itemTotal.add(SampleInvoice.item("1", "84713010", false, new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO,
                new BigDecimal("18"), new BigDecimal("18"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("120.01")));
        itemTotal.totInvValOverride = new BigDecimal("118");
        assertThat(codes(generate(seller, itemTotal.build()))).containsExactly("2194");

        // 2182: AssVal is not the items' sum
        SampleInvoice assVal = invoice("SB/2182");
        assVal.assValOverride = new BigDecimal("999.00");
        assVal.totInvValOverride = new BigDecimal("1179.00");
        TestIrpClient.Answer a2182 = generate(seller, assVal.build());
        assertThat(codes(a2182)).containsExactly("2182");
        assertThat(messages(a2182)).containsExactly("Taxable value of all items must be equal to total taxable value.");

        // 2189: total more than 1 rupee off; within 1 rupee is accepted
        SampleInvoice total = invoice("SB/2189");
        total.totInvValOverride = new BigDecimal("1181.01");
        assertThat(codes(generate(seller, total.build()))).containsExactly("2189");
        total.totInvValOverride = new BigDecimal("1181.00");
        assertThat(generate(seller, total.build()).irpStatus()).isEqualTo(1);

        // 3028: a buyer the sandbox does not know whose check digit is wrong; a well-formed unknown one is accepted
        SampleInvoice unknownBuyer = invoice("SB/3028");
        unknownBuyer.buyerGstin = "27AAPFU0939F1ZW";
        unknownBuyer.buyerPos = "27";
        unknownBuyer.buyerStcd = "27";
        TestIrpClient.Answer a3028 = generate(seller, unknownBuyer.build());
        assertThat(codes(a3028)).containsExactly("3028");
        assertThat(messages(a3028)).containsExactly("GSTIN -27AAPFU0939F1ZW is not present in invoice system");
        unknownBuyer.buyerGstin = "27AAPFU0939F1ZV";
        assertThat(generate(seller, unknownBuyer.build()).irpStatus()).isEqualTo(1);

        // 2143: the payload's seller is not the logged-in GSTIN
        SampleInvoice foreign = new SampleInvoice(OTHER, SELLER, "SB/2143", "10/05/2024").item("1", "84713010", false, "10", "18");
        assertThat(codes(generate(seller, foreign.build()))).containsExactly("2143");

        // 2140: not an invoice at all
        assertThat(codes(seller.post("/eicore/v1.03/Invoice", "[1,2]"))).containsExactly("2140");
    }

    // ------------------------------------------------------------------ get

    @Test
    void getByIrnAndByDocumentWithinTwoDaysThen2283() {
        seller.login(false);
        JsonNode generated = generate(seller, invoice("SB/GET1").build()).data();
        String irn = generated.get("Irn").asString();

        JsonNode byIrn = seller.get("/eicore/v1.03/Invoice/irn/" + irn, Map.of()).data();
        assertThat(byIrn.get("AckNo").asLong()).isEqualTo(generated.get("AckNo").asLong());
        assertThat(byIrn.get("SignedInvoice").asString()).isEqualTo(generated.get("SignedInvoice").asString());
        JsonNode byDoc = seller.get("/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV",
                Map.of("docnum", "SB/GET1", "docdate", "10/05/2024")).data();
        assertThat(byDoc.get("Irn").asString()).isEqualTo(irn);
        other.login(false);
        assertThat(other.get("/eicore/v1.03/Invoice/irn/" + irn, Map.of()).irpStatus()).as("the buyer may fetch").isEqualTo(1);
        assertThat(codes(seller.get("/eicore/v1.03/Invoice/irn/" + "0".repeat(64), Map.of()))).containsExactly("2148");
        assertThat(messages(seller.get("/eicore/v1.03/Invoice/irnbydocdetails?doctype=INV",
                Map.of("docnum", "SB/NONE", "docdate", "10/05/2024")))).containsExactly("Requested IRN data is not available");

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        seller.login(false);
        TestIrpClient.Answer old = seller.get("/eicore/v1.03/Invoice/irn/" + irn, Map.of());
        assertThat(codes(old)).containsExactly("2283");
        assertThat(messages(old)).containsExactly("IRN details cannot be provided as it is generated more than 2 days ago");
        TestIrpClient.Answer resend = generate(seller, invoice("SB/GET1").build());
        assertThat(codes(resend)).containsExactly("2283");
        assertThat(resend.envelope().get("InfoDtls").get(0).get("Desc").get("Irn").asString()).isEqualTo(irn);
    }

    // ------------------------------------------------------------------ cancel

    @Test
    void cancelWithin24HoursThenTheDocumentNumberStaysTaken() {
        seller.login(false);
        String irn = generate(seller, invoice("SB/C1").build()).data().get("Irn").asString();
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        seller.login(false);

        TestIrpClient.Answer cancelled = seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(irn, "2", "Data entry mistake"));

        assertThat(cancelled.irpStatus()).isEqualTo(1);
        assertThat(cancelled.data().get("Irn").asString()).isEqualTo(irn);
        assertThat(cancelled.data().get("CancelDate").asString()).isEqualTo("2024-05-11 09:59:00");
        assertThat(seller.get("/eicore/v1.03/Invoice/irn/" + irn, Map.of()).data().get("Status").asString()).isEqualTo("CNL");
        TestIrpClient.Answer twice = seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(irn, "2", "again"));
        assertThat(codes(twice)).containsExactly("9999");
        assertThat(messages(twice)).containsExactly("Invoice is not active");
        assertThat(codes(generate(seller, invoice("SB/C1").build()))).containsExactly("2150");
    }

    @Test
    void cancelAfter24HoursOrOfAnotherGstinOrWithBadFieldsIsRefused() {
        seller.login(false);
        String irn = generate(seller, invoice("SB/C2").build()).data().get("Irn").asString();
        other.login(false);
        assertThat(codes(other.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(irn, "1", "x")))).containsExactly("2143");
        assertThat(codes(seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest("a".repeat(64), "1", "x"))))
                .containsExactly("2148");
        assertThat(messages(seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(irn, "5", "r".repeat(101)))))
                .containsExactly("The field CnlRsn must be one of [1, 2, 3, 4]; was '5'.",
                        "The field CnlRem must be a string with a minimum length of 0 and a maximum length of 100.");

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        seller.login(false);
        TestIrpClient.Answer late = seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(irn, "3", "Order cancelled"));
        assertThat(codes(late)).containsExactly("2270");
        assertThat(messages(late)).containsExactly("The allowed cancellation time limit is crossed, you cannot cancel the IRN");
    }

    // ------------------------------------------------------------------ e-way bill

    @Test
    void ewayBillValidityVectorsSecondBillAndCancelWithActiveBill() {
        server.close();
        start(IrpSandboxStore.inMemory(), Instant.parse("2022-09-16T13:59:00Z")); // 19:29 IST
        seller.login(false);
        String[][] cases = {{"2467", "R", "2022-09-29 23:59:00"}, {"200", "R", "2022-09-17 23:59:00"},
                {"201", "R", "2022-09-18 23:59:00"}, {"45", "O", "2022-09-19 23:59:00"}};
        List<String> irns = new ArrayList<>();
        for (String[] c : cases) {
            SampleInvoice invoice = new SampleInvoice(SELLER, OTHER, "EWB-" + c[0], "16/09/2022").item("1", "84713010", false, "1000", "18");
            String irn = generate(seller, invoice.build()).data().get("Irn").asString();
            irns.add(irn);
            TestIrpClient.Answer ewb = seller.post("/eiewb/v1.03/ewaybill", new EwbByIrnRequest(irn, Integer.valueOf(c[0]), "1",
                    null, null, null, null, "KA12AB1234", c[1]));
            assertThat(ewb.irpStatus()).as(c[0] + " km").isEqualTo(1);
            assertThat(ewb.data().get("EwbDt").asString()).isEqualTo("2022-09-16 19:29:00");
            assertThat(ewb.data().get("EwbValidTill").asString()).as(c[0] + " km " + c[1]).isEqualTo(c[2]);
            assertThat(String.valueOf(ewb.data().get("EwbNo").asLong())).hasSize(12);
        }
        TestIrpClient.Answer second = seller.post("/eiewb/v1.03/ewaybill", new EwbByIrnRequest(irns.get(0), 100, "1", null, null,
                null, null, "KA12AB1234", "R"));
        assertThat(codes(second)).containsExactly("4002");
        assertThat(messages(second)).containsExactly("EwayBill is already generated for this IRN");
        JsonNode details = seller.get("/eicore/v1.03/Invoice/irn/" + irns.get(0), Map.of()).data();
        assertThat(details.get("EwbValidTill").asString()).isEqualTo("2022-09-29 23:59:00");
        TestIrpClient.Answer cancel = seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(irns.get(0), "1", "dup"));
        assertThat(codes(cancel)).containsExactly("2230");
    }

    @Test
    void ewayBillNeedsGoodsAnActiveIrnAndTransportDetailsAndEstimatesDistanceZero() {
        seller.login(false);
        String services = generate(seller, new SampleInvoice(SELLER, OTHER, "SB/E1", "10/05/2024")
                .item("1", "998314", true, "1000", "18").build()).data().get("Irn").asString();
        assertThat(codes(seller.post("/eiewb/v1.03/ewaybill", new EwbByIrnRequest(services, 100, "1", null, null, null, null,
                "KA12AB1234", "R")))).containsExactly("4009");

        String goods = generate(seller, invoice("SB/E2").build()).data().get("Irn").asString();
        assertThat(messages(seller.post("/eiewb/v1.03/ewaybill", new EwbByIrnRequest(goods, 4001, "2", null, null, null, null,
                null, null)))).containsExactly("The field Distance must be between 0 and 4000.",
                "The TransDocNo field (1 to 15 characters) is required for TransMode 2.",
                "The TransDocDt field (dd/MM/yyyy) is required for TransMode 2.");
        TestIrpClient.Answer estimated = seller.post("/eiewb/v1.03/ewaybill", new EwbByIrnRequest(goods, 0, "1", null, null, null,
                null, "KA12AB1234", "R"));
        // 193502 to 171001: |193 - 171| x 5 + |502 - 1| / 10 = 160 km, one day.
        assertThat(estimated.data().get("Remarks").asString()).isEqualTo("Pin-Pin calc distance: 160KM");
        assertThat(estimated.data().get("EwbValidTill").asString()).isEqualTo("2024-05-11 23:59:00");

        String cancelled = generate(seller, invoice("SB/E3").build()).data().get("Irn").asString();
        seller.post("/eicore/v1.03/Invoice/Cancel", new CancelIrnRequest(cancelled, "4", "test"));
        assertThat(codes(seller.post("/eiewb/v1.03/ewaybill", new EwbByIrnRequest(cancelled, 10, "1", null, null, null, null,
                "KA12AB1234", "R")))).containsExactly("4000");
    }

    // ------------------------------------------------------------------ faults

    @Test
    void serverErrorFaultAnswers503WithoutRegistering() {
        seller.login(false);
        sandbox.faults().serverError(1, IrpSandbox.OP_GENERATE_IRN);
        IrpInvoice invoice = invoice("SB/F1").build();

        TestIrpClient.Answer failed = generate(seller, invoice);

        assertThat(failed.status()).isEqualTo(503);
        String irn = IrnGenerator.irn(SELLER, java.time.LocalDate.of(2024, 5, 10), "INV", "SB/F1");
        assertThat(codes(seller.get("/eicore/v1.03/Invoice/irn/" + irn, Map.of()))).containsExactly("2148");
        assertThat(generate(seller, invoice).irpStatus()).as("the fault was used up").isEqualTo(1);
    }

    @Test
    void timeoutFaultRegistersButAnswersTooLateSoTheResendIsDuplicate() {
        TestIrpClient impatient = client(SELLER, "lekha_api", "Passw0rd!", Duration.ofMillis(300));
        impatient.login(false);
        HttpResponse<String> queued = impatient.raw(HttpRequest.newBuilder(impatient.uri("/_faults"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"TIMEOUT\",\"count\":1,\"operation\":\"generate-irn\",\"delayMs\":1000}")));
        assertThat(queued.statusCode()).isEqualTo(200);
        IrpInvoice invoice = invoice("SB/F2").build();

        assertThatThrownBy(() -> generate(impatient, invoice)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class);

        TestIrpClient.Answer resend = generate(impatient, invoice);
        assertThat(codes(resend)).containsExactly("2150");
        assertThat(resend.envelope().get("InfoDtls").get(0).get("Desc").get("AckNo").asLong()).isEqualTo(124_000_000_000_001L);
        HttpResponse<String> cleared = impatient.raw(HttpRequest.newBuilder(impatient.uri("/_faults")).DELETE());
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    // ------------------------------------------------------------------ keys, master, restart, concurrency

    @Test
    void publicKeyAndCertificateCanBeDownloaded() {
        HttpResponse<String> key = seller.raw(HttpRequest.newBuilder(seller.uri("/keys/public-key.pem")).GET());
        assertThat(key.body()).isEqualTo(TestKeys.KEYS.encryptionPublicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        HttpResponse<String> cert = seller.raw(HttpRequest.newBuilder(seller.uri("/keys/signing-certificate.pem")).GET());
        assertThat(cert.body()).isEqualTo(TestKeys.KEYS.signingCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void gstinDetailsFromTheMasterOrTheirCodes() {
        sandbox.registerGstin(new GstinDetails("27AAPFU0939F1ZV", "Sample Trade", "Sample Legal LLP", null, "12", null, "MG Road",
                "Pune", 27, 411001, "REG", "ACT", "U", "01/07/2017", null));
        seller.login(false);
        JsonNode details = seller.get("/eivital/v1.03/Master/gstin/27AAPFU0939F1ZV", Map.of()).data();
        assertThat(details.get("LegalName").asString()).isEqualTo("Sample Legal LLP");
        assertThat(details.get("Status").asString()).isEqualTo("ACT");
        assertThat(codes(seller.get("/eivital/v1.03/Master/gstin/29AAACJ3770E1ZV", Map.of())))
                .containsExactly(GstinCheckDigit.isValid("29AAACJ3770E1ZV") ? "3001" : "3028");
        assertThat(codes(seller.get("/eivital/v1.03/Master/gstin/27AAPFU0939F1ZW", Map.of()))).containsExactly("3028");
    }

    @Test
    void directoryStoreKeepsIrnsAcrossARestart(@TempDir Path dir) {
        server.close();
        start(IrpSandboxStore.directory(dir), START);
        seller.login(false);
        JsonNode first = generate(seller, invoice("SB/R1").build()).data();
        server.close();

        start(IrpSandboxStore.directory(dir), START.plusSeconds(60));
        seller.login(false);
        TestIrpClient.Answer resend = generate(seller, invoice("SB/R1").build());
        assertThat(codes(resend)).containsExactly("2150");
        assertThat(resend.envelope().get("InfoDtls").get(0).get("Desc").get("AckNo").asLong()).isEqualTo(first.get("AckNo").asLong());
        assertThat(generate(seller, invoice("SB/R2").build()).data().get("AckNo").asLong()).isEqualTo(first.get("AckNo").asLong() + 1);
    }

    @Test
    void concurrentClientsGetUniqueAcksAndOneIrnPerDocument() throws Exception {
        seller.login(false);
        int threads = 6;
        int perThread = 5;
        List<Long> acks = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> duplicateCodes = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    acks.add(generate(seller, invoice("SB/P" + thread + "-" + i).build()).data().get("AckNo").asLong());
                }
                TestIrpClient.Answer same = generate(seller, invoice("SB/SAME").build());
                duplicateCodes.add(same.irpStatus() == 1 ? "OK" : codes(same).get(0));
            }));
        }
        for (java.util.concurrent.Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(acks).hasSize(threads * perThread).doesNotHaveDuplicates();
        assertThat(duplicateCodes).containsOnly("OK", "2150").filteredOn("OK"::equals).hasSize(1);
    }
}

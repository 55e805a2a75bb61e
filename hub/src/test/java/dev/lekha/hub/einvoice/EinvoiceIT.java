package dev.lekha.hub.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import dev.lekha.connectors.nic.InvoiceRegistrationPortal;
import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.sandbox.IrpSandbox;
import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.config.DomainClockConfiguration;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.mappings.einvoice.IrpInvoiceMapper;
import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance of e-invoicing end to end: documents arrive on {@code lekha.invoices.in} (or the API), the
 * dispatcher sends them over real HTTP with the IRP's real encryption to the hub's sandbox IRP, and the
 * signed result is stored and served. Each case asserts the exact outcome a user relies on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lekha.einvoice.enabled=true", "lekha.einvoice.poll-interval=200ms", "lekha.einvoice.first-retry-delay=300ms",
        "lekha.nic.request-timeout=1500ms"})
@ActiveProfiles("test")
@LekhaIntegrationTest
// closed after the class: a cached context would keep dispatching the other tests' documents
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EinvoiceIT {

    static final String SELLER = "27AAACL1234C1Z5";
    static final String BUYER = "29AAFCK4321M1ZA";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ZoneId IST = DomainClockConfiguration.INDIA;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(IST);
        }
    }

    @LocalServerPort int port;
    @Autowired JmsTemplate jms;
    @Autowired JdbcTemplate jdbc;
    @Autowired IrpSandbox sandbox;
    @Autowired MovableClock clock;
    @Autowired InvoiceRegistrationPortal irp;
    @Autowired SalesDocuments documents;
    @Autowired GstRegistrations registrations;
    @Autowired Companies companies;
    @Autowired TransactionTemplate tx;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void backToNow() {
        clock.reset();
        sandbox.faults().clear();
    }

    @Test
    void anInvoiceOnTheQueueGetsItsIrnSignedQrAndEvent() throws Exception {
        String number = newNumber();
        LocalDate today = LocalDate.now(clock);

        queue(invoice(number, "73269099", null));
        long id = awaitStatus(number, "GENERATED");

        JsonNode e = get("/api/invoices/" + id + "/einvoice");
        // IRN = SHA-256 of seller GSTIN + financial year + type + number (NIC; checked against the NIC-sandbox
        // IRNs published by india-compliance, e.g. 02AMBPG7773M002 2023-24 INV 9sQ5E2 -> 2ecc42a8...)
        String expectedIrn = sha256(SELLER + FinancialYear.of(today) + "INV" + number);
        assertThat(e.get("irn").asString()).isEqualTo(expectedIrn);
        assertThat(e.get("status").asString()).isEqualTo("GENERATED");
        assertThat(e.get("ackNo").asString()).hasSize(15).containsOnlyDigits();
        assertThat(e.get("signatureValid").asBoolean()).isTrue();
        assertThat(e.get("errors").size()).isZero();

        // the stored signed QR verifies against the sandbox IRP's signing certificate and holds the 10 fields
        String signedQr = e.get("signedQrCode").asString();
        JWSObject jws = JWSObject.parse(signedQr);
        assertThat(jws.verify(new RSASSAVerifier((RSAPublicKey) sandbox.keys().signingCertificate().getPublicKey())))
                .isTrue();
        JsonNode qr = json.readTree(jws.getPayload().toJSONObject().get("data").toString());
        assertThat(qr.propertyNames()).containsExactly("SellerGstin", "BuyerGstin", "DocNo", "DocTyp", "DocDt",
                "TotInvVal", "ItemCnt", "MainHsnCode", "Irn", "IrnDt");
        assertThat(qr.get("SellerGstin").asString()).isEqualTo(SELLER);
        assertThat(qr.get("BuyerGstin").asString()).isEqualTo(BUYER);
        assertThat(qr.get("DocNo").asString()).isEqualTo(number);
        assertThat(qr.get("DocTyp").asString()).isEqualTo("INV");
        assertThat(qr.get("DocDt").asString()).isEqualTo(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // 10 x 100.00 = 1000.00 + IGST 18% 180.00 (inter-state 27 -> 29)
        assertThat(qr.get("TotInvVal").decimalValue()).isEqualByComparingTo("1180.00");
        assertThat(qr.get("ItemCnt").asInt()).isEqualTo(1);
        assertThat(qr.get("MainHsnCode").asString()).isEqualTo("73269099");
        assertThat(qr.get("Irn").asString()).isEqualTo(expectedIrn);
        assertThat(e.get("qr").get("irn").asString()).isEqualTo(expectedIrn);

        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'einvoice.generated'"
                + " and aggregate_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select einvoice_status from sales_document where id = ?", String.class, id))
                .isEqualTo("GENERATED");
    }

    @Test
    void aTimeoutAfterTheIrpRegisteredItIsRecoveredByAdoptingTheSameIrn() throws Exception {
        String number = newNumber();
        // the IRP registers the document but answers after 3 s; the client gives up after 1.5 s
        sandbox.faults().timeout(1, IrpSandbox.OP_GENERATE_IRN, Duration.ofSeconds(3));

        queue(invoice(number, "73269099", null));
        long id = awaitStatus(number, "GENERATED");

        JsonNode e = get("/api/invoices/" + id + "/einvoice");
        assertThat(e.get("irn").asString()).isEqualTo(sha256(SELLER + FinancialYear.of(LocalDate.now(clock)) + "INV"
                + number));
        assertThat(e.get("attempts").asInt()).isEqualTo(2);
        List<String> calls = jdbc.queryForList("select operation || ':' || outcome from connector_exchange"
                + " where connector = 'nic' and operation <> 'auth' and (request like ? or url like ?) order by id",
                String.class, "%" + number + "%", "%" + e.get("irn").asString() + "%");
        assertThat(calls).containsExactly("generate-irn:TIMEOUT", "generate-irn:FAILURE", "get-irn:SUCCESS");
        assertThat(jdbc.queryForObject("select payload from outbox_event where event_type = 'einvoice.generated'"
                + " and aggregate_id = ?", String.class, String.valueOf(id))).contains("\"adopted\":true");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheIrpAnswers() throws Exception {
        String number = newNumber();
        // two HTTP 503s without effect, then the IRP works again
        sandbox.faults().serverError(2, IrpSandbox.OP_GENERATE_IRN);

        queue(invoice(number, "73269099", null));
        long id = awaitStatus(number, "GENERATED");

        JsonNode e = get("/api/invoices/" + id + "/einvoice");
        assertThat(e.get("attempts").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForList("select http_status from connector_exchange where connector = 'nic'"
                + " and operation = 'generate-irn' and request like ? order by id", Integer.class, "%" + number + "%"))
                .containsExactly(503, 503, 200);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'einvoice.failed'"
                + " and aggregate_id = ?", Long.class, String.valueOf(id))).as("a transient failure is not a failure")
                .isZero();
    }

    @Test
    void aDuplicateRegisteredWithAnotherValueIsNotAdoptedAndSaysWhatDiffers() throws Exception {
        String number = newNumber();
        // someone registered this number already, with another document's buyer and value
        IrpInvoice other = tx.execute(s -> {
            var doc = documents.findById(jdbc.queryForObject("select min(id) from sales_document where supplier_gstin = ?"
                    + " and supply_type = 'B2B' and doc_type = 'INV' and buyer_gstin <> ?", Long.class, SELLER, BUYER))
                    .orElseThrow();
            IrpInvoice mapped = new IrpInvoiceMapper(new BigDecimal("50000000")).map(doc,
                    registrations.findById(doc.getRegistrationId()).orElseThrow(),
                    companies.findById(doc.getCompanyId()).orElseThrow(), null);
            return new IrpInvoice(mapped.version(), mapped.tranDtls(), new IrpInvoice.DocDtls("INV", number,
                    LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), mapped.sellerDtls(),
                    mapped.buyerDtls(), null, null, mapped.itemList(), mapped.valDtls(), null, null, null, null);
        });
        irp.generateIrn(SELLER, other);

        queue(invoice(number, "73269099", null));
        long id = awaitStatus(number, "FAILED");

        JsonNode errors = get("/api/invoices/" + id + "/einvoice").get("errors");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("2150");
        assertThat(errors.get(1).get("code").asString()).isEqualTo("LEKHA-DUPLICATE-NOT-ADOPTED");
        assertThat(errors.get(1).get("message").asString()).contains(BUYER, other.buyerDtls().gstin(), "1180");
    }

    @Test
    void aValidationErrorIsPermanentUntilACorrectedDocumentIsSent() throws Exception {
        String number = newNumber();
        // HSN chapter 77 is reserved in the HSN: the IRP answers 2176
        queue(invoice(number, "77011000", null));
        long id = awaitStatus(number, "FAILED");

        JsonNode e = get("/api/invoices/" + id + "/einvoice");
        assertThat(e.get("errors").get(0).get("code").asString()).isEqualTo("2176");
        assertThat(e.get("errors").get(0).get("message").asString()).contains("77011000");
        Thread.sleep(1500);
        assertThat(get("/api/invoices/" + id + "/einvoice").get("attempts").asInt()).as("never retried blindly")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where event_type = 'einvoice.failed'"
                + " and aggregate_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);

        // the ERP sends the corrected document with the same number
        HttpResponse<String> resent = post("/api/invoices", invoice(number, "73269099", null));
        assertThat(resent.statusCode()).isEqualTo(201);
        awaitStatus(number, "GENERATED");
        assertThat(get("/api/invoices/" + id + "/einvoice").get("errors").size()).isZero();
    }

    @Test
    void cancelWithin24HoursAndRefusedAfter() throws Exception {
        String first = newNumber();
        String second = newNumber();
        queue(invoice(first, "73269099", null));
        queue(invoice(second, "73269099", null));
        long a = awaitStatus(first, "GENERATED");
        long b = awaitStatus(second, "GENERATED");

        HttpResponse<String> badReason = post("/api/invoices/" + a + "/einvoice/cancel",
                "{\"reason\":\"5\",\"remark\":\"typo\"}");
        assertThat(badReason.statusCode()).isEqualTo(400);
        assertThat(badReason.body()).contains("is not a cancellation reason");

        HttpResponse<String> cancelled = post("/api/invoices/" + a + "/einvoice/cancel",
                "{\"reason\":\"2\",\"remark\":\"Wrong quantity keyed in\"}");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        JsonNode e = get("/api/invoices/" + a + "/einvoice");
        assertThat(e.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(e.get("irpStatus").asString()).isEqualTo("CNL");
        assertThat(e.get("cancelReason").asString()).isEqualTo("2");
        assertThat(jdbc.queryForObject("select cancelled from sales_document where id = ?", Boolean.class, a))
                .as("the document itself is cancelled: GSTR-1 counts it in table 13, not as a supply").isTrue();

        // 24 hours and a minute later the IRP refuses: 2270
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        HttpResponse<String> late = post("/api/invoices/" + b + "/einvoice/cancel",
                "{\"reason\":\"3\",\"remark\":\"Order cancelled by buyer\"}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(json.readTree(late.body()).get("errors").get(0).get("code").asString()).isEqualTo("2270");
        assertThat(get("/api/invoices/" + b + "/einvoice").get("status").asString()).isEqualTo("GENERATED");
    }

    @Test
    void transportDetailsGiveAnEwayBillValidOneDayPer200Km() throws Exception {
        String number = newNumber();
        String transport = """
                ,"transport":{"transporterName":"Deccan Roadways","mode":"ROAD","distanceKm":450,
                 "vehicleNumber":"MH12AB1234"}""";
        HttpResponse<String> stored = post("/api/invoices", invoice(number, "73269099", transport));
        assertThat(stored.statusCode()).isEqualTo(201);
        long id = awaitStatus(number, "GENERATED");
        await().atMost(WAIT).until(() -> !get("/api/invoices/" + id + "/einvoice").get("ewbNo").isNull());

        JsonNode e = get("/api/invoices/" + id + "/einvoice");
        assertThat(e.get("ewbNo").asString()).hasSize(12).containsOnlyDigits();
        // 450 km: ceil(450 / 200) = 3 days, each ending at midnight (Rule 138(10) CGST Rules)
        LocalDateTime generated = LocalDateTime.ofInstant(java.time.Instant.parse(e.get("ewbDate").asString()), IST);
        LocalDateTime validTill = LocalDateTime.ofInstant(java.time.Instant.parse(e.get("ewbValidTill").asString()), IST);
        assertThat(validTill.toLocalDate()).isEqualTo(generated.toLocalDate().plusDays(3));
        assertThat(validTill.toLocalTime().getHour()).isEqualTo(23);
        assertThat(validTill.toLocalTime().getMinute()).isEqualTo(59);

        // a second e-way bill for the same IRN is refused, and so is cancelling an IRN with an active e-way bill
        HttpResponse<String> again = post("/api/invoices/" + id + "/ewaybill",
                "{\"mode\":\"ROAD\",\"distanceKm\":450,\"vehicleNumber\":\"MH12AB1234\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        HttpResponse<String> cancel = post("/api/invoices/" + id + "/einvoice/cancel",
                "{\"reason\":\"1\",\"remark\":\"Duplicate\"}");
        assertThat(cancel.statusCode()).isEqualTo(422);
        assertThat(json.readTree(cancel.body()).get("errors").get(0).get("code").asString()).isEqualTo("2230");
    }

    @Test
    void theInvoicePdfOpensAndItsQrDecodesToTheSignedQr() throws Exception {
        String number = newNumber();
        queue(invoice(number, "73269099", null));
        long id = awaitStatus(number, "GENERATED");
        String signedQr = get("/api/invoices/" + id + "/einvoice").get("signedQrCode").asString();

        JsonNode artifact = json.readTree(post("/api/invoices/" + id + "/einvoice/pdf", "").body());
        assertThat(artifact.get("kind").asString()).isEqualTo("EINVOICE_PDF");
        HttpResponse<byte[]> pdf = http.send(request(artifact.get("content").asString()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(sha256(pdf.body())).isEqualTo(artifact.get("sha256").asString());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            // scanned as a printout would be, at 300 dpi (and 400 dpi: the QR's size in modules depends on
            // the signed string's length, so one resolution alone can land between pixels)
            String decoded = null;
            for (int dpi : new int[] {300, 400}) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
                int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
                try {
                    decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                    break;
                } catch (com.google.zxing.ReaderException notAtThisResolution) {
                    // next resolution
                }
            }
            assertThat(decoded).isEqualTo(signedQr);
        }
    }

    @Test
    void theScreensListDocumentsByStatusAndShowTheDecodedQrAndItsVerification() throws Exception {
        String number = newNumber();
        queue(invoice(number, "73269099", null));
        long id = awaitStatus(number, "GENERATED");
        String irn = get("/api/invoices/" + id + "/einvoice").get("irn").asString();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(browser);
        long companyId = jdbc.queryForObject("select company_id from sales_document where id = ?", Long.class, id);

        String list = page(browser, "/einvoices?companyId=" + companyId + "&status=GENERATED");
        assertThat(list).contains(number).contains("id=\"doc-" + id + "\"").contains(irn.substring(0, 17));
        String failedOnly = page(browser, "/einvoices?companyId=" + companyId + "&status=FAILED");
        assertThat(failedOnly).doesNotContain(number);

        String detail = page(browser, "/einvoices/" + id);
        assertThat(detail).contains(irn).contains("verified against the IRP signing certificate")
                .contains("SellerGstin").contains(SELLER).contains(BUYER).contains("73269099").contains("1180");
    }

    @Test
    void credentialsTheIrpRefusesKeepTheDocumentPendingWithTheReasonAndAreNeverShown() throws Exception {
        String bengaluru = "29AAACL1234C1Z1";
        HttpResponse<String> stored = http.send(request("/api/nic/credentials/" + bengaluru)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"AAACL29CLIENT\",\"clientSecret\":\"s3cret-value\","
                        + "\"userName\":\"lekha_ka\",\"password\":\"Wrong-Passw0rd\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        String listed = http.send(request("/api/nic/credentials").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(listed).contains(bengaluru, "AAACL29CLIENT", "lekha_ka").doesNotContain("s3cret-value", "Wrong-Passw0rd");
        assertThat(jdbc.queryForObject("select password_enc || client_secret_enc from nic_credential where gstin = ?",
                String.class, bengaluru)).doesNotContain("Wrong-Passw0rd", "s3cret-value").startsWith("v1:");

        // an intra-state Karnataka invoice from the Bengaluru registration: 10 x 100.00, CGST 9% 90.00 + SGST 9% 90.00
        String number = newNumber();
        queue(invoice(number, "73269099", null).replace(SELLER, bengaluru)
                .replace("\"igst\":180.00,\"cgst\":0,\"sgst\":0", "\"igst\":0,\"cgst\":90.00,\"sgst\":90.00"));
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from einvoice e join sales_document d"
                + " on d.id = e.sales_document_id where d.doc_number = ? and e.errors like '%LEKHA-CREDENTIALS%'",
                Long.class, number) == 1);
        long id = jdbc.queryForObject("select id from sales_document where doc_number = ?", Long.class, number);
        JsonNode e = get("/api/invoices/" + id + "/einvoice");
        assertThat(e.get("status").asString()).isEqualTo("PENDING");
        // the sandbox checks the client id first, as the IRP does: 1010 Invalid Client-ID/Client-Secret
        assertThat(e.get("errors").get(0).get("code").asString()).isEqualTo("LEKHA-CREDENTIALS");
        assertThat(e.get("errors").get(0).get("message").asString()).contains("1010", "29AAACL1234C1Z1");
        assertThat(jdbc.queryForObject("select count(*) from connector_exchange where request like '%Wrong-Passw0rd%'"
                + " or response like '%Wrong-Passw0rd%' or error like '%Wrong-Passw0rd%'", Long.class)).isZero();
    }

    // --- helpers

    void signIn(HttpClient browser) throws Exception {
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=admin&password=test-admin-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    String page(HttpClient browser, String path) throws Exception {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static String newNumber() {
        return "EI" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** An inter-state B2B invoice 27 -> 29: 10 x 100.00 = 1000.00, IGST 18% = 180.00, total 1180.00. */
    String invoice(String number, String hsn, String transport) {
        return """
                {"documentType":"INV","documentNumber":"%s","documentDate":"%s",
                 "supplierGstin":"%s","supplyType":"B2B","reverseCharge":false,"placeOfSupply":"29",
                 "buyer":{"gstin":"%s","legalName":"Kaveri Foods Private Limited","stateCode":"29",
                          "address":"Peenya Industrial Area, Bengaluru","pincode":"560058"},
                 "lines":[{"lineNo":1,"description":"Steel bracket","hsn":"%s","service":false,"quantity":10,
                           "uqc":"NOS","unitPrice":100.00,"discount":0,"taxableValue":1000.00,"gstRate":18,
                           "igst":180.00,"cgst":0,"sgst":0,"cess":0}]%s}""".formatted(number, LocalDate.now(clock),
                SELLER, BUYER, hsn, transport == null ? "" : transport);
    }

    void queue(String document) {
        jms.convertAndSend(LekhaQueues.INVOICES_IN, document.replaceFirst("\\{",
                "{\"messageId\":\"ei-" + UUID.randomUUID() + "\","));
    }

    long awaitStatus(String number, String status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(jdbc.query(
                "select einvoice_status from sales_document where doc_number = ? and supplier_gstin = ?",
                rs -> rs.next() ? rs.getString(1) : null, number, SELLER)));
        return jdbc.queryForObject("select id from sales_document where doc_number = ? and supplier_gstin = ?",
                Long.class, number, SELLER);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:test-admin-password".getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}

package dev.lekha.hub.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payment batches through the hub with real users over real HTTP, and the sandbox bank the hub starts itself (SFTP
 * with PGP, HDFC ENet layout by default): who may do what, problems by row and field, four eyes, send, the bank's
 * answer read back, the file download audited, and the screens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class PaymentBatchesApiIT {

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired DataSource dataSource;
    @Autowired JsonMapper json;
    @Autowired OpenItems openItems;
    @Autowired MockMvc mvc;

    final HttpClient http = HttpClient.newHttpClient();
    SecurityTestData data;
    long companyId;
    long bankAccountId;
    String maker;
    String checker;
    String viewer;

    @BeforeEach
    void aCompanyItsBankAndItsPeople() {
        data = new SecurityTestData(accounts, dataSource);
        String first14 = "29" + String.format("AAGCP%04dQ", (int) (System.nanoTime() % 10000)) + "1Z";
        companyId = data.company("Payments Hub Test Private Limited", first14 + Gstin.checkCharacter(first14));
        data.jdbc().update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?,"
                + " '50200011112222', 'HDFC0000060', 'HDFC Bank')", companyId);
        bankAccountId = data.jdbc().queryForObject("select id from bank_account where company_id = ?", Long.class, companyId);
        maker = data.user("maker", Role.FINANCE, companyId);
        checker = data.user("checker", Role.FINANCE, companyId);
        viewer = data.user("viewer", Role.VIEWER, companyId);
    }

    @Test
    void aVendorBatchIsApprovedByASecondPersonSentAndClosedByTheBanksAnswer() throws Exception {
        long bill = bill("HUB-1", "59000.00");
        long closed = bill("HUB-2", "11800.00");
        String today = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString();
        String request = """
                {"companyId":%d,"bankAccountId":%d,"paymentDate":"%s","bills":[
                 {"purchaseInvoiceId":%d,"accountNumber":"50100012345678","ifsc":"HDFC0001234"},
                 {"purchaseInvoiceId":%d,"beneficiaryName":"Old Vendor","accountNumber":"99887766000","ifsc":"SBIN0012345","mode":"NEFT"}]}
                """.formatted(companyId, bankAccountId, today, bill, closed);

        assertThat(post("/api/payment-batches/vendor", viewer, request).statusCode()).isEqualTo(403);
        HttpResponse<String> created = post("/api/payment-batches/vendor", maker, request);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode batch = body(created);
        long id = batch.get("id").asLong();
        assertThat(batch.get("status").asString()).isEqualTo("DRAFT");
        assertThat(batch.get("layout").asString()).isEqualTo("HDFC_ENET");
        assertThat(batch.get("totalAmount").decimalValue()).isEqualByComparingTo("70800.00");
        assertThat(batch.get("instructions").get(0).get("accountNumber").asString()).isEqualTo("XXXXXXXXXX5678");
        assertThat(batch.get("instructions").get(0).get("beneficiaryName").asString()).isEqualTo("Hub Vendor");
        assertThat(data.auditCount(maker, "PAYMENT_BATCH_CREATE")).isEqualTo(1);

        HttpResponse<String> ownApproval = post("/api/payment-batches/" + id + "/approve?companyId=" + companyId, maker, "");
        assertThat(ownApproval.statusCode()).isEqualTo(409);
        assertThat(body(ownApproval).get("detail").asString()).contains("four eyes");
        assertThat(post("/api/payment-batches/" + id + "/send?companyId=" + companyId, checker, "").statusCode()).isEqualTo(409);
        assertThat(body(post("/api/payment-batches/" + id + "/approve?companyId=" + companyId, checker, ""))
                .get("approvedBy").asString()).isEqualTo(checker);

        HttpResponse<String> sent = post("/api/payment-batches/" + id + "/send?companyId=" + companyId, checker, "");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(body(sent).get("status").asString()).isEqualTo("SENT");
        assertThat(body(sent).get("fileName").asString()).matches("LEKH\\d{4}\\.\\d{3}");

        HttpResponse<String> polled = post("/api/payment-batches/acknowledgements/poll", checker, "");
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(body(polled).get("errors")).isEmpty();

        JsonNode answered = body(get("/api/payment-batches/" + id + "?companyId=" + companyId, viewer));
        assertThat(answered.get("status").asString()).isEqualTo("PARTLY_PAID");
        assertThat(answered.get("instructions").get(0).get("status").asString()).isEqualTo("PAID");
        assertThat(answered.get("instructions").get(0).get("utr").asString()).matches("LKSBN\\d{11}");
        assertThat(answered.get("instructions").get(1).get("status").asString()).isEqualTo("REJECTED");
        assertThat(answered.get("instructions").get(1).get("bankReason").asString()).isEqualTo("Account closed");
        assertThat(openItems.outstanding(companyId, OpenItemType.PURCHASE_INVOICE, bill)).isEqualByComparingTo("0.00");
        assertThat(openItems.outstanding(companyId, OpenItemType.PURCHASE_INVOICE, closed)).isEqualByComparingTo("11800.00");

        assertThat(get("/api/payment-batches/" + id + "/file?companyId=" + companyId, viewer).statusCode()).isEqualTo(403);
        HttpResponse<String> file = get("/api/payment-batches/" + id + "/file?companyId=" + companyId, checker);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).startsWith("N,,50100012345678,59000.00,Hub Vendor,").contains("\r\n");
        assertThat(data.auditCount(checker, "PAYMENT_FILE_DOWNLOAD")).isEqualTo(1);

        mvc.perform(MockMvcRequestBuilders.get("/payments").param("companyId", Long.toString(companyId)).with(user(viewer).roles("VIEWER")))
                .andExpect(status().isOk());
        String page = mvc.perform(MockMvcRequestBuilders.get("/payments/" + id).param("companyId", Long.toString(companyId))
                .with(user(viewer).roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("PARTLY_PAID").contains("Account closed").contains("XXXXXXX6000").doesNotContain("99887766000");
    }

    @Test
    void badPaymentsAreRefusedNamingRowAndFieldAndNothingIsStored() throws Exception {
        String request = """
                {"companyId":%d,"bankAccountId":%d,"paymentDate":"2026-12-31","layout":"GENERIC_CSV","payments":[
                 {"employeeRef":"E001","beneficiaryName":"Asha Menon","accountNumber":"1234567890","ifsc":"UTIB0000123","mode":"IMPS","amount":52000.00,"narration":"SALARY DEC 2026"},
                 {"employeeRef":"E002","beneficiaryName":"Ravi, Kumar","accountNumber":"1234567891","ifsc":"UTIB1000123","mode":"RTGS","amount":52000.005}]}
                """.formatted(companyId, bankAccountId);
        int before = data.jdbc().queryForObject("select count(*) from payment_batch where company_id = ?", Integer.class, companyId);

        HttpResponse<String> refused = post("/api/payment-batches/salary", maker, request);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = body(refused).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("beneficiaryName");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("ifsc");
        assertThat(errors.get(2).get("field").asString()).isEqualTo("amount");
        assertThat(data.jdbc().queryForObject("select count(*) from payment_batch where company_id = ?", Integer.class,
                companyId)).isEqualTo(before);

        HttpResponse<String> good = post("/api/payment-batches/salary", maker, request
                .replace("Ravi, Kumar", "Ravi Kumar").replace("UTIB1000123", "UTIB0000123").replace("52000.005", "252000.00"));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        assertThat(body(good).get("kind").asString()).isEqualTo("SALARY");
        assertThat(body(good).get("instructions").get(0).get("payeeRef").asString()).isEqualTo("E001");

        // the screen's approve button refuses the maker too, and says why
        long id = body(good).get("id").asLong();
        mvc.perform(MockMvcRequestBuilders.post("/payments/" + id + "/approve").param("companyId", Long.toString(companyId)).with(csrf())
                        .with(user(maker).roles("FINANCE")))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("four eyes")));
    }

    private long bill(String number, String total) {
        data.jdbc().update("insert into purchase_invoice (company_id, supplier_gstin, supplier_name, doc_type, doc_number,"
                + " doc_date, financial_year, return_period, place_of_supply, reverse_charge, taxable_value, igst, cgst,"
                + " sgst, cess, total, itc_eligibility, received_at) values (?, '29AAACH7777F1Z5', 'Hub Vendor', 'INV',"
                + " ?, date '2026-11-01', '2026-27', '112026', '29', false, ?, 0, 0, 0, 0, ?, 'INPUTS', current_timestamp)",
                companyId, number, new BigDecimal(total), new BigDecimal(total));
        return data.jdbc().queryForObject("select id from purchase_invoice where company_id = ? and doc_number = ?",
                Long.class, companyId, number);
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + SecurityTestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}

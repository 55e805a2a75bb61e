package dev.lekha.hub.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.NewGstReturn;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filing workflow over real HTTP with real users: who may press which button, what is recorded, and the
 * problem details of a wrong step; plus advances and the cancellation of documents without an IRN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class GstReturnsApiIT {

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired DataSource dataSource;
    @Autowired JsonMapper json;
    @Autowired GstReturns returns;

    final HttpClient http = HttpClient.newHttpClient();
    SecurityTestData data;
    long companyId;
    String gstin;
    String finance;
    String compliance;
    String viewer;

    @BeforeEach
    void aCompanyAndItsPeople() {
        data = new SecurityTestData(accounts, dataSource);
        // a Karnataka GSTIN with a valid check character; the PAN part is unique per test
        String first14 = "29" + String.format("AAGCW%04dQ", (int) (System.nanoTime() % 10000)) + "1Z";
        gstin = first14 + Gstin.checkCharacter(first14);
        companyId = data.company("Workflow Filing Private Limited", gstin);
        finance = data.user("fin", Role.FINANCE, companyId);
        compliance = data.user("cmp", Role.COMPLIANCE, companyId);
        viewer = data.user("view", Role.VIEWER, companyId);
    }

    @Test
    void financeSubmitsComplianceApprovesAndRecordsTheArnAndEveryStepSaysWhoAndWhen() throws Exception {
        long id = draft("102026");

        assertThat(post("/api/gst-returns/" + id + "/submit", viewer, "{}").statusCode()).isEqualTo(403);
        assertThat(post("/api/gst-returns/" + id + "/submit", compliance, "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> submitted = post("/api/gst-returns/" + id + "/submit", finance, "{\"note\":\"ready\"}");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(body(submitted).get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(body(submitted).get("submittedBy").asString()).isEqualTo(finance);

        assertThat(post("/api/gst-returns/" + id + "/approve", finance, "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> early = post("/api/gst-returns/" + id + "/filed", compliance,
                "{\"arn\":\"AA291126000123X\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(body(early).get("detail").asString()).contains("is PENDING_REVIEW and cannot move to FILED");

        assertThat(post("/api/gst-returns/" + id + "/approve", compliance, "{\"note\":\"tied to books\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> badArn = post("/api/gst-returns/" + id + "/filed", compliance, "{\"arn\":\"ARN-1\"}");
        assertThat(badArn.statusCode()).isEqualTo(400);
        assertThat(body(badArn).get("detail").asString()).contains("'ARN-1' is not an acknowledgement reference number");

        HttpResponse<String> filed = post("/api/gst-returns/" + id + "/filed", compliance,
                "{\"arn\":\"AA291126000123X\",\"filedAt\":\"2026-11-11T09:00:00Z\"}");
        assertThat(filed.statusCode()).isEqualTo(200);
        JsonNode ret = body(get("/api/gst-returns/" + id, viewer));
        assertThat(ret.get("status").asString()).isEqualTo("FILED");
        assertThat(ret.get("arn").asString()).isEqualTo("AA291126000123X");
        assertThat(ret.get("filedBy").asString()).isEqualTo(compliance);
        assertThat(ret.get("filedAt").asString()).isEqualTo("2026-11-11T09:00:00Z");
        assertThat(ret.get("jsonContent").asString()).isEqualTo("/api/artifacts/9001/content");
        assertThat(ret.get("history")).extracting(h -> h.get("to").asString() + " by " + h.get("actor").asString())
                .containsExactly("DRAFT by gstr3b-test", "PENDING_REVIEW by " + finance, "READY_TO_FILE by " + compliance,
                        "FILED by " + compliance);
        assertThat(data.auditCount(compliance, "GST_RETURN_FILED")).isEqualTo(1);

        JsonNode list = body(get("/api/gst-returns?companyId=" + companyId + "&type=gstr3b", viewer));
        assertThat(list).extracting(r -> r.get("id").asLong()).contains(id);
    }

    @Test
    void anotherCompanysUserCannotSeeOrMoveTheReturn() throws Exception {
        long id = draft("112026");
        String first14 = "27" + String.format("AAGCX%04dQ", (int) (System.nanoTime() % 10000)) + "1Z";
        long other = data.company("Other Co", first14 + Gstin.checkCharacter(first14));
        String outsider = data.user("out", Role.FINANCE, other);

        assertThat(get("/api/gst-returns/" + id, outsider).statusCode()).isEqualTo(403);
        assertThat(post("/api/gst-returns/" + id + "/submit", outsider, "{}").statusCode()).isEqualTo(403);
        assertThat(get("/api/gst-returns/999999999", finance).statusCode()).isEqualTo(404);
    }

    @Test
    void advancesAreRecordedWithTheirTaxOnceAndBadOnesNameTheirFields() throws Exception {
        String advance = "{\"supplierGstin\":\"" + gstin + "\",\"kind\":\"RECEIVED\",\"reference\":\"RV-9\","
                + "\"date\":\"2026-11-05\",\"placeOfSupply\":\"27\",\"gstRate\":18,\"amount\":25000.00}";
        HttpResponse<String> created = post("/api/gst/advances", finance, advance);
        assertThat(created.statusCode()).isEqualTo(201);
        // inter-state (29 -> 27): IGST = 25,000.00 x 18% = 4,500.00
        assertThat(body(created).get("igst").decimalValue()).isEqualByComparingTo("4500.00");
        assertThat(body(created).get("returnPeriod").asString()).isEqualTo("112026");
        assertThat(post("/api/gst/advances", finance, advance).statusCode()).isEqualTo(200);

        HttpResponse<String> bad = post("/api/gst/advances", finance, "{\"supplierGstin\":\"" + gstin
                + "\",\"kind\":\"RECEIVED\",\"reference\":\"RV-10\",\"date\":\"2026-11-05\",\"placeOfSupply\":\"99x\","
                + "\"gstRate\":7,\"amount\":100}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad).get("errors")).extracting(e -> e.get("field").asString())
                .containsExactly("placeOfSupply", "gstRate");
        assertThat(post("/api/gst/advances", viewer, advance).statusCode()).isEqualTo(403);
    }

    @Test
    void aDocumentWithoutAnIrnIsCancelledButOneWithAnIrnIsNot() throws Exception {
        long plain = document("C/1", "NOT_APPLICABLE");
        long registered = document("C/2", "GENERATED");

        HttpResponse<String> cancelled = post("/api/invoices/" + plain + "/cancel", finance, "");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(data.jdbc().queryForObject("select cancelled from sales_document where id = ?", Boolean.class, plain))
                .isTrue();
        HttpResponse<String> refused = post("/api/invoices/" + registered + "/cancel", finance, "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(body(refused).get("detail").asString()).contains("has an IRN: cancel the IRN");
    }

    private long draft(String period) {
        return returns.recordDraft(new NewGstReturn(companyId, Gstin.of(gstin), GstReturnPeriod.parse(period),
                ReturnType.GSTR3B, null, 9001L, 9002L, "{\"3.1(a)\":0}", "gstr3b-test")).id();
    }

    private long document(String number, String einvoiceStatus) {
        long registration = data.jdbc().queryForObject("select id from gst_registration where gstin = ?", Long.class,
                gstin);
        data.jdbc().update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type,"
                + " doc_number, doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply,"
                + " taxable_value, igst, cgst, sgst, cess, other_charges, round_off, total, content_sha256,"
                + " source_channel, received_at, einvoice_status) values (?, ?, ?, 'INV', ?, date '2026-11-02',"
                + " '2026-27', '112026', 'B2C', false, '29', 100, 0, 9, 9, 0, 0, 0, 118, 'x', 'api', ?, ?)",
                companyId, registration, gstin, number, Timestamp.from(Instant.now()), einvoiceStatus);
        return data.jdbc().queryForObject("select id from sales_document where company_id = ? and doc_number = ?",
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

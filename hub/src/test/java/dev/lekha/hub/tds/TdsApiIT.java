package dev.lekha.hub.tds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TDS API with real users: deductor details saved, a challan recorded (and refused twice), vendor deductions
 * computed from the V23 rules with the aggregate of earlier payments (194C: 25,000 then 80,000 crosses Rs 1,00,000,
 * so 2% of 1,05,000 = 2,100), no PAN at 20%, field errors as problem details, a viewer refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class TdsApiIT {

    private static final String TAN = "MUMA77101B";

    @LocalServerPort int port;
    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final JsonMapper json;

    TdsApiIT(UserAccounts accounts, DataSource dataSource, JsonMapper json) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.json = json;
    }

    final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":"
                        + SecurityTestData.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void deductorChallanAndDeductionsOverHttp() throws Exception {
        SecurityTestData data = new SecurityTestData(accounts, dataSource);
        JdbcTemplate jdbc = data.jdbc();
        String pan = String.format("AAKCT%04dQ", (int) (System.nanoTime() % 10000));
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true, false, ?)",
                "TDS API Test Ltd", pan, Timestamp.from(Instant.now()));
        long company = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        String finance = data.user("tdsfin", Role.FINANCE, company);
        String viewer = data.user("tdsview", Role.VIEWER, company);

        String deductor = """
                {"companyId":%d,"tan":"%s","deductorPan":"%s","deductorName":"TDS API Test Ltd","address1":"1 Road",
                 "city":"Mumbai","stateCode":"19","pin":"400001","email":"tds@example.com","deductorType":"K",
                 "responsibleName":"Asha Rao","responsibleDesignation":"CFO","responsiblePan":"AAKPT7109R",
                 "responsibleMobile":"9800000002"}""".formatted(company, TAN, pan);
        assertThat(send("PUT", "/api/tds/deductors", viewer, deductor).statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/tds/deductors", finance, deductor).statusCode()).isEqualTo(200);
        HttpResponse<String> bad = send("PUT", "/api/tds/deductors", finance,
                deductor.replace("\"" + TAN + "\"", "\"MUM12345B\"").replace("400001", "40001"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("tan").contains("must be a TAN like MUMA12345B").contains("pin");

        String challan = """
                {"companyId":%d,"tan":"%s","formKind":"NON_SALARY","bsrCode":"0510308","depositDate":"2025-09-07",
                 "challanSerial":"00311","sectionCode":"194C","minorHead":"200","tax":"2100.00","interest":"0.00",
                 "total":"2100.00"}""".formatted(company, TAN);
        HttpResponse<String> created = send("POST", "/api/tds/challans", finance, challan);
        assertThat(created.statusCode()).isEqualTo(201);
        long challanId = json.readTree(created.body()).get("id").asLong();
        assertThat(send("POST", "/api/tds/challans", finance, challan).statusCode()).isEqualTo(409);
        HttpResponse<String> wrongTotal = send("POST", "/api/tds/challans", finance,
                challan.replace("00311", "00312").replace("\"total\":\"2100.00\"", "\"total\":\"2000.00\""));
        assertThat(wrongTotal.statusCode()).isEqualTo(400);
        assertThat(wrongTotal.body()).contains("is not tax + surcharge + cess + interest + fee + others = 2100.00");

        String deduction = """
                {"companyId":%d,"tan":"%s","pan":"AAKCT7105F","deducteeName":"Builders Co","section":"194C",
                 "nature":"CONTRACT","paymentDate":"%s","amount":"%s"%s}""";
        JsonNode first = json.readTree(send("POST", "/api/tds/deductions", finance,
                deduction.formatted(company, TAN, "2025-08-10", "25000.00", "")).body());
        assertThat(first.get("tds").decimalValue()).isEqualByComparingTo("0");
        assertThat(first.get("reason").asString()).isEqualTo("THRESHOLD_NOT_CROSSED");
        HttpResponse<String> second = send("POST", "/api/tds/deductions", finance,
                deduction.formatted(company, TAN, "2025-09-05", "80000.00", ",\"challanId\":" + challanId));
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode s = json.readTree(second.body());
        assertThat(s.get("base").decimalValue()).isEqualByComparingTo("105000.00");
        assertThat(s.get("tds").decimalValue()).isEqualByComparingTo("2100.00");
        assertThat(jdbc.queryForObject("select tds from tds_deduction where id = ?", BigDecimal.class,
                s.get("id").asLong())).isEqualByComparingTo("2100.00");

        JsonNode noPan = json.readTree(send("POST", "/api/tds/deductions", finance, """
                {"companyId":%d,"tan":"%s","deducteeName":"Cash Consultant","kindWithoutPan":"IND_HUF",
                 "section":"194J","nature":"PROFESSIONAL","paymentDate":"2025-09-10","amount":"60000.00"}"""
                .formatted(company, TAN)).body());
        assertThat(noPan.get("tds").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(noPan.get("reasonCode").asString()).isEqualTo("C");

        HttpResponse<String> unknown = send("POST", "/api/tds/deductions", finance,
                deduction.formatted(company, TAN, "2025-09-05", "80000.00", "").replace("194C", "194ZZ"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("No single TDS rule for section 194ZZ");
    }
}

package dev.lekha.hub.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/tax/income-tax} with the rules read from V20, every figure worked by hand in the comments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class IncomeTaxApiIT {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort int port;
    private final MockMvc mvc;
    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final JsonMapper json;

    IncomeTaxApiIT(MockMvc mvc, UserAccounts accounts, DataSource dataSource, JsonMapper json) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.json = json;
    }

    @Test
    void theContractsExampleOverRealHttp() throws Exception {
        // new regime 2025-26: 16,75,000 - 75,000 = 16,00,000; 0 + 20,000 + 40,000 + 60,000 = 1,20,000; cess 4,800;
        // the 80C/80D claims do not count in the new regime
        String body = """
                {"financialYear":"2025-26","regime":"NEW","grossSalary":1675000,"otherIncome":0,
                 "deductions":{"80C":150000,"80D":25000,"24b":0},"hraExemption":0,"age":35}""";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/tax/income-tax"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode t = json.readTree(response.body());
        assertThat(t.get("taxableIncome").decimalValue()).isEqualByComparingTo("1600000");
        assertThat(t.get("taxOnIncome").decimalValue()).isEqualByComparingTo("120000");
        assertThat(t.get("rebate87A").decimalValue()).isEqualByComparingTo("0");
        assertThat(t.get("surcharge").decimalValue()).isEqualByComparingTo("0");
        assertThat(t.get("marginalRelief").decimalValue()).isEqualByComparingTo("0");
        assertThat(t.get("cess").decimalValue()).isEqualByComparingTo("4800");
        assertThat(t.get("totalTax").decimalValue()).isEqualByComparingTo("124800");
        assertThat(t.get("slabs")).hasSize(4);
        assertThat(t.get("slabs").get(3).get("from").decimalValue()).isEqualByComparingTo("1200000");
        assertThat(t.get("slabs").get(3).get("to").decimalValue()).isEqualByComparingTo("1600000");
        assertThat(t.get("slabs").get(3).get("rate").decimalValue()).isEqualByComparingTo("15");
        assertThat(t.get("slabs").get(3).get("tax").decimalValue()).isEqualByComparingTo("60000");
        assertThat(t.get("deductionsAllowed").get("80C").decimalValue()).isEqualByComparingTo("0");
        assertThat(t.get("rebateSection").asString()).isEqualTo("s.87A of the Income-tax Act, 1961");
    }

    @Test
    void justAboveTwelveLakhTheMarginalReliefShows() throws Exception {
        // 12,85,000 - 75,000 = 12,10,000: 61,500 capped at 10,000, relief 51,500; cess 400
        call("""
                {"financialYear":"2026-27","regime":"NEW","grossSalary":1285000,"age":30}""", ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taxableIncome").value(1210000.00))
                .andExpect(jsonPath("$.taxOnIncome").value(61500.00))
                .andExpect(jsonPath("$.marginalRelief").value(51500.00))
                .andExpect(jsonPath("$.cess").value(400.00))
                .andExpect(jsonPath("$.totalTax").value(10400.00))
                .andExpect(jsonPath("$.rebateSection").value("s.156 of the Income-tax Act, 2025 (formerly s.87A)"));
    }

    @Test
    void bothRegimesWithHraInBengaluruBeforeAndAfterItBecameAFiftyPercentCity() throws Exception {
        // gross 20,00,000; basic + DA 8,00,000, HRA 4,00,000, rent 4,80,000 in Bengaluru; PT 2,500;
        // deductions 80C 1,50,000 + 80CCD1B 50,000 + 80D 25,000 + 24b 2,00,000 = 4,25,000.
        // new: 19,25,000 -> 1,20,000 + 3,25,000 x 20% = 1,85,000 + cess 7,400 = 1,92,400 (both years).
        // 2026-27 HRA: least of 4,00,000, 50% = 4,00,000, 4,80,000 - 80,000 = 4,00,000 -> 4,00,000;
        //   old: 20,00,000 - 4,00,000 - 2,500 - 50,000 - 4,25,000 = 11,22,500 -> 1,12,500 + 1,22,500 x 30% =
        //   1,49,250 + cess 5,970 = 1,55,220; old better by 37,180.
        // 2025-26 HRA: 40% = 3,20,000 -> old taxable 12,02,500 -> 1,12,500 + 60,750 = 1,73,250 + 6,930 = 1,80,180;
        //   old better by 12,220.
        String body = """
                {"financialYear":"%s","regime":"BOTH","grossSalary":2000000,"professionalTax":2500,
                 "deductions":{"80C":150000,"80CCD1B":50000,"80D":25000,"24b":250000},
                 "hra":{"basicDa":800000,"hraReceived":400000,"rentPaid":480000,"city":"Bengaluru"},"age":35}""";
        call(body.formatted("2026-27"), ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regime").value("BOTH"))
                .andExpect(jsonPath("$.better").value("OLD"))
                .andExpect(jsonPath("$.saving").value(37180.00))
                .andExpect(jsonPath("$.newRegime.totalTax").value(192400.00))
                .andExpect(jsonPath("$.oldRegime.hraExemption").value(400000.00))
                .andExpect(jsonPath("$.oldRegime.deductionsAllowed.24B").value(200000))
                .andExpect(jsonPath("$.oldRegime.taxableIncome").value(1122500.00))
                .andExpect(jsonPath("$.oldRegime.totalTax").value(155220.00));
        call(body.formatted("2025-26"), ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.better").value("OLD"))
                .andExpect(jsonPath("$.saving").value(12220.00))
                .andExpect(jsonPath("$.oldRegime.hraExemption").value(320000.00))
                .andExpect(jsonPath("$.oldRegime.totalTax").value(180180.00));
    }

    @Test
    void aSeniorInTheOldRegimeGetsTheThreeLakhExemption() throws Exception {
        // 7,50,000 - 50,000 = 7,00,000 at 62: 2,00,000 x 5% + 2,00,000 x 20% = 50,000 + cess 2,000
        call("""
                {"financialYear":"2025-26","regime":"OLD","grossSalary":750000,"age":62}""", ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalTax").value(52000.00));
    }

    @Test
    void invalidFieldsAreProblemDetailsNamingEachField() throws Exception {
        call("""
                {"financialYear":"2025","regime":"BOTHX","grossSalary":-1,"age":200}""", ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("financialYear", "regime",
                        "grossSalary", "age")));
        call("""
                {"financialYear":"2025-26","regime":"OLD","grossSalary":100000,"deductions":{"80G":5000},"age":30}""",
                ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deductions"))
                .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("deduction section '80G' is not known")));
        call("""
                {"financialYear":"2024-25","regime":"NEW","grossSalary":100000,"age":30}""", ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("financialYear"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("the rules cover [2025-26, 2026-27 onwards]")));
        call("""
                {"financialYear":"2025-26","regime":"OLD","grossSalary":100000,"hraExemption":5,
                 "hra":{"basicDa":1,"hraReceived":1,"rentPaid":1,"city":"Pune"},"age":30}""", ADMIN, ADMIN_PASSWORD)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hraExemption"));
    }

    @Test
    void aViewerMayCallItAndAnAnonymousCallerMayNot() throws Exception {
        String viewer = new SecurityTestData(accounts, dataSource).user("taxviewer", Role.VIEWER);
        call("""
                {"financialYear":"2025-26","regime":"NEW","grossSalary":1275000,"age":30}""", viewer,
                SecurityTestData.PASSWORD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rebate87A").value(60000.00))
                .andExpect(jsonPath("$.totalTax").value(0.00));
        mvc.perform(post("/api/tax/income-tax").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions call(String body, String user, String password) throws Exception {
        return mvc.perform(post("/api/tax/income-tax").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}

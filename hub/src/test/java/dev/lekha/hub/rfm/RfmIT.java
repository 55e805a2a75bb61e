package dev.lekha.hub.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.rfm.CustomerOrders;
import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.routes.drops.DropRejectedException;
import dev.lekha.routes.rfm.OrderHistoryDrop;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orders drop, two rfm runs over HTTP, {@code GET /api/rfm/runs} and the {@code /rfm} page, on five customers
 * worked by hand (one per quintile, so every score is the customer's rank):
 *
 * <pre>
 * as of 2026-11-30, 12 months           as of 2026-12-31, 12 months (E's 2025 orders out, one new in Dec 2026)
 * A 1 order 2026-11-25      R5 F1 New                 R4 F1 Promising
 * B 2 orders, last 11-01    R4 F2 Potential Loyalist  R3 F3 Need Attention
 * C 3 orders, last 08-01    R3 F3 Need Attention      R2 F4 At Risk
 * D 4 orders, last 04-01    R2 F4 At Risk             R1 F5 Can't Lose
 * E 5 orders in Dec 2025    R1 F5 Can't Lose          R5 F2 Potential Loyalist (1 order 2026-12-20, ties A on F,
 *                                                      more recent so ranked above)
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class RfmIT {

    private static final String GSTIN = "27AAKCF" + String.format("%04d", (int) (System.nanoTime() % 10000)) + "Q1ZX";
    private static final String HEADER = "Company_GSTIN,Order_ID,Order_Date,Customer_ID,Net_Amount,Type\n";

    @LocalServerPort int port;
    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final MockMvc mvc;
    private final CustomerOrders orders;

    RfmIT(UserAccounts accounts, DataSource dataSource, JsonMapper json, MockMvc mvc, CustomerOrders orders) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.json = json;
        this.mvc = mvc;
        this.orders = orders;
    }

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void dropsOrdersScoresTwiceAndShowsSegmentsChartAndMovements() throws Exception {
        // given
        SecurityTestData data = new SecurityTestData(accounts, dataSource);
        JdbcTemplate jdbc = data.jdbc();
        long company = data.company("RFM Traders Private Limited", GSTIN);
        String viewer = data.user("rfmview", Role.VIEWER, company);
        StringBuilder first = new StringBuilder(HEADER).append(row("A-1", "2026-11-25", "A", "100"));
        for (int i = 1; i <= 2; i++) {
            first.append(row("B-" + i, "2026-" + (9 + i) + "-01", "B", "200"));
        }
        for (int i = 1; i <= 3; i++) {
            first.append(row("C-" + i, "2026-0" + (5 + i) + "-01", "C", "300"));
        }
        for (int i = 1; i <= 4; i++) {
            first.append(row("D-" + i, "2026-0" + i + "-01", "D", "400"));
        }
        for (String day : List.of("15", "20", "25", "28", "31")) {
            first.append(row("E-" + day, "2025-12-" + day, "E", "500"));
        }
        var imported = OrderHistoryDrop.importFile(orders, "orders-1.csv", bytes(first.toString()));
        assertThat(imported.documentsCount()).isEqualTo(15);
        assertThat(imported.companyId()).isEqualTo(company);

        // a file with one bad row stores nothing, and says where
        assertThatThrownBy(() -> OrderHistoryDrop.importFile(orders, "orders-bad.csv", bytes(HEADER
                + row("Z-1", "2026-11-01", "Z", "10") + row("Z-2", "2026-13-01", "Z", "10"))))
                .isInstanceOf(DropRejectedException.class)
                .hasMessageContaining("orders-bad.csv row 3 order_date: '2026-13-01' is not a date");
        assertThat(jdbc.queryForObject("select count(*) from customer_order where company_id = ?", Integer.class,
                company)).isEqualTo(15);

        // when
        JsonNode run1 = run(company, "2026-11-30");
        // the same order id again updates it (A's amount corrected), and E orders again in December
        var second = OrderHistoryDrop.importFile(orders, "orders-2.csv", bytes(HEADER + row("A-1", "2026-11-25", "A",
                "150") + row("E-N", "2026-12-20", "E", "100")));
        JsonNode run2 = run(company, "2026-12-31");

        // then
        assertThat(second.documentsCount()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select net_amount from customer_order where company_id = ? and order_id = 'A-1'",
                String.class, company)).isEqualTo("150.00");
        assertThat(run1.get("summary").get("status").asString()).as("%s", run1.get("errors")).isEqualTo("COMPLETED");
        assertThat(run2.get("summary").get("status").asString()).as("%s", run2.get("errors")).isEqualTo("COMPLETED");
        HttpResponse<String> api = get("/api/rfm/runs?companyId=" + company, viewer);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        JsonNode runs = json.readTree(api.body());
        assertThat(runs.size()).isEqualTo(2);
        assertThat(runs.get(0).get("run").get("asOf").asString()).isEqualTo("2026-11-30");
        assertThat(runs.get(0).get("run").get("customers").asLong()).isEqualTo(5);
        assertThat(runs.get(0).get("run").get("segments").toString()).isEqualTo(
                "{\"AT_RISK\":1,\"CANT_LOSE\":1,\"NEED_ATTENTION\":1,\"NEW\":1,\"POTENTIAL_LOYALIST\":1}");
        assertThat(runs.get(1).get("run").get("asOf").asString()).isEqualTo("2026-12-31");
        assertThat(runs.get(1).get("run").get("segments").toString()).isEqualTo(
                "{\"AT_RISK\":1,\"CANT_LOSE\":1,\"NEED_ATTENTION\":1,\"POTENTIAL_LOYALIST\":1,\"PROMISING\":1}");
        List<String> moves = new java.util.ArrayList<>();
        runs.get(1).get("movements").forEach(m -> moves.add(m.get("from").asString() + ">" + m.get("to").asString()));
        assertThat(moves).containsExactly("AT_RISK>CANT_LOSE", "CANT_LOSE>POTENTIAL_LOYALIST", "NEED_ATTENTION>AT_RISK",
                "NEW>PROMISING", "POTENTIAL_LOYALIST>NEED_ATTENTION");

        String page = mvc.perform(MockMvcRequestBuilders.get("/rfm").param("companyId", String.valueOf(company))
                        .with(SecurityMockMvcRequestPostProcessors.user(viewer).roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Latest run: as of 2026-12-31, 12 months, 5 customers");
        assertThat(page).contains("<svg id=\"chart\"").contains("2026-11-30: New 1").contains("2026-12-31: Promising 1")
                .doesNotContain("<script");
        // movements matrix: the New row has its one customer under Promising (5th column of the map's order)
        assertThat(page).containsPattern("<th>New</th>(<td>0</td>){4}<td>1</td>(<td>0</td>){6}\\s*<td>1</td>");
        assertThat(get("/api/rfm/runs?companyId=" + (company + 100000), viewer).statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoCompanysOrderHistoryIsScored() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long demo = jdbc.queryForObject("select id from company where pan = 'AAACL1234C'", Long.class);
        assertThat(jdbc.queryForObject("select count(distinct customer_key) from customer_order where company_id = ?",
                Integer.class, demo)).isEqualTo(3000);
        java.time.LocalDate asOf = jdbc.queryForObject("select max(order_date) from customer_order where company_id = ?",
                java.time.LocalDate.class, demo);
        JsonNode run = run(demo, asOf.toString());
        assertThat(run.get("summary").get("status").asString()).as("%s", run.get("errors")).isEqualTo("COMPLETED");
        Long expected = jdbc.queryForObject("select count(distinct customer_key) from customer_order where company_id = ?"
                + " and order_date > ? and order_date <= ?", Long.class, demo, asOf.minusMonths(12), asOf);
        assertThat(jdbc.queryForObject("select customers from rfm_run where company_id = ? and as_of = ?", Long.class,
                demo, asOf)).isEqualTo(expected).isPositive();
    }

    private static String row(String orderId, String date, String customer, String amount) {
        return GSTIN + "," + orderId + "," + date + "," + customer + "," + amount + ",\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode run(long company, String asOf) throws Exception {
        String body = "{\"companyId\":" + company + ",\"params\":{\"asOf\":\"" + asOf + "\",\"periodMonths\":\"12\"}}";
        HttpResponse<String> launched = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/jobs/rfm/runs")).header("Authorization", adminBasic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
        long runId = json.readTree(launched.body()).get("runId").asLong();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() ->
                json.readTree(adminGet("/api/runs/" + runId).body()).get("summary").hasNonNull("endedAt"));
        return json.readTree(adminGet("/api/runs/" + runId).body());
    }

    private HttpResponse<String> adminGet(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", adminBasic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + SecurityTestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String adminBasic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    }
}

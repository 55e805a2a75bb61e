package dev.lekha.hub.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.mrp.BomLine;
import dev.lekha.domain.mrp.DemandKind;
import dev.lekha.domain.mrp.IndependentDemand;
import dev.lekha.domain.mrp.ItemSource;
import dev.lekha.domain.mrp.MastersUpload;
import dev.lekha.domain.mrp.MrpItemMaster;
import dev.lekha.domain.mrp.MrpMasters;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.ScheduledReceipt;
import dev.lekha.domain.mrp.StockBalance;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
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
 * The MRP screen and API with real users on the two-level example worked by hand in the engine's test (7 planned
 * orders, one past due): finance confirms and cancels with reasons (audited), a second decision is refused, a viewer
 * sees the orders without buttons and cannot decide; the demo company's bicycle works plans on a fresh start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class MrpApiIT {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    @LocalServerPort int port;
    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final JsonMapper json;
    private final MockMvc mvc;
    private final MrpMasters masters;

    MrpApiIT(UserAccounts accounts, DataSource dataSource, JsonMapper json, MockMvc mvc, MrpMasters masters) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.json = json;
        this.mvc = mvc;
        this.masters = masters;
    }

    final HttpClient http = HttpClient.newHttpClient();
    JdbcTemplate jdbc;
    long companyId;
    String finance;
    String viewer;

    @BeforeEach
    void aPlannedCompany() throws Exception {
        SecurityTestData data = new SecurityTestData(accounts, dataSource);
        jdbc = data.jdbc();
        String pan = "AAKCM" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "H";
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true,"
                + " false, ?)", "MRP screen test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        finance = data.user("mrpfin", Role.FINANCE, companyId);
        viewer = data.user("mrpview", Role.VIEWER, companyId);
        masters.store(companyId, new MastersUpload(
                List.of(MrpItemMaster.lotForLot("A", ItemSource.MAKE, 7, new BigDecimal("100")),
                        MrpItemMaster.lotForLot("B", ItemSource.MAKE, 7, new BigDecimal("10")),
                        MrpItemMaster.lotForLot("C", ItemSource.BUY, 14, new BigDecimal("2.50"))),
                List.of(new BomLine("A", "B", new BigDecimal("2"), null), new BomLine("A", "C", BigDecimal.ONE, null),
                        new BomLine("B", "C", BigDecimal.ONE, new BigDecimal("20"))),
                List.of(new StockBalance("A", "MAIN", BigDecimal.TEN), new StockBalance("C", "MAIN", new BigDecimal("40"))),
                List.of(new ScheduledReceipt("B", "MO-9", OrderType.MANUFACTURING, week(2), new BigDecimal("15"))),
                List.of(new IndependentDemand("A", DemandKind.SALES_ORDER, "SO-1", week(3), new BigDecimal("30")),
                        new IndependentDemand("A", DemandKind.SALES_ORDER, "SO-2", week(5), new BigDecimal("20")),
                        new IndependentDemand("A", DemandKind.FORECAST, "FC-1", week(5), new BigDecimal("25")))));
        JsonNode run = run("{\"companyId\":" + companyId + ",\"params\":{\"horizonDays\":\"42\",\"planDate\":\""
                + TODAY + "\"}}");
        assertThat(run.get("summary").get("status").asString()).as(run.toString()).isEqualTo("COMPLETED");
    }

    static LocalDate week(int w) {
        return TODAY.plusWeeks(w - 1);
    }

    @Test
    void financeConfirmsAndCancelsWithReasonsEachAudited() throws Exception {
        JsonNode plan = json.readTree(get("/api/mrp/planned-orders?companyId=" + companyId + "&type=PURCHASE", finance).body());
        assertThat(plan.get("run").get("orderCount").asInt()).isEqualTo(7);
        JsonNode orders = plan.get("orders");
        assertThat(orders).hasSize(3);
        // by release date: MRP-000005 (past due, 2025-12-29), MRP-000006, MRP-000007
        JsonNode pastDue = orders.get(0);
        assertThat(pastDue.get("order").get("number").asString()).isEqualTo("MRP-000005");
        assertThat(pastDue.get("order").get("pastDue").asBoolean()).isTrue();
        assertThat(pastDue.get("order").get("quantity").decimalValue()).isEqualByComparingTo("11.25");
        assertThat(pastDue.get("pegs").get(0).get("demandRef").asString()).isEqualTo("SO-1");
        assertThat(pastDue.get("pegs").get(0).get("viaOrder").asString()).isEqualTo("MRP-000001");
        assertThat(plan.get("exceptions").get(0).get("kind").asString()).isEqualTo("PAST_DUE_RELEASE");
        long id = pastDue.get("order").get("id").asLong();

        HttpResponse<String> noReason = post("/api/mrp/planned-orders/" + id + "/confirm?companyId=" + companyId,
                finance, "{\"reason\":\" \"}");
        assertThat(noReason.statusCode()).isEqualTo(409);
        assertThat(noReason.body()).contains("a reason is required to confirm a planned order");

        HttpResponse<String> confirmed = post("/api/mrp/planned-orders/" + id + "/confirm?companyId=" + companyId,
                finance, "{\"reason\":\"expedited with supplier\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json.readTree(confirmed.body()).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(json.readTree(confirmed.body()).get("decidedBy").asString()).isEqualTo(finance);

        HttpResponse<String> again = post("/api/mrp/planned-orders/" + id + "/cancel?companyId=" + companyId,
                finance, "{\"reason\":\"changed mind\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("planned order MRP-000005 is already CONFIRMED");

        long other = orders.get(1).get("order").get("id").asLong();
        assertThat(post("/api/mrp/planned-orders/" + other + "/cancel?companyId=" + companyId, finance,
                "{\"reason\":\"covered by stock transfer\"}").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select action || ' ' || detail from audit_event where actor = ? and action like 'MRP%' order by id",
                String.class, finance)).containsExactly(
                "MRP_ORDER_CONFIRM MRP-000005 PURCHASE 11.25 of C due 2026-01-12: expedited with supplier",
                "MRP_ORDER_CANCEL MRP-000006 PURCHASE 62.5 of C due 2026-01-19: covered by stock transfer");
        JsonNode confirmedOnly = json.readTree(get("/api/mrp/planned-orders?companyId=" + companyId
                + "&status=CONFIRMED", viewer).body()).get("orders");
        assertThat(confirmedOnly).hasSize(1);
    }

    @Test
    void aViewerSeesTheOrdersButCannotDecide() throws Exception {
        String screen = mvc.perform(MockMvcRequestBuilders.get("/mrp").param("companyId", Long.toString(companyId))
                        .with(SecurityMockMvcRequestPostProcessors.user(viewer).roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(screen).contains("<td>MRP-000001</td>", "<td>MRP-000007</td>", "past due",
                        "20 for SALES_ORDER SO-1 (A, 2026-01-19)", "PAST_DUE_RELEASE")
                .doesNotContain("id=\"confirm-");
        String financeScreen = mvc.perform(MockMvcRequestBuilders.get("/mrp").param("companyId", Long.toString(companyId))
                        .param("item", "C").with(SecurityMockMvcRequestPostProcessors.user(finance).roles("FINANCE")))
                .andReturn().getResponse().getContentAsString();
        assertThat(financeScreen).contains("id=\"confirm-", "MRP-000005").doesNotContain("<td>MRP-000001</td>");
        long id = jdbc.queryForObject("select o.id from mrp_planned_order o join mrp_run r on r.id = o.run_id where"
                + " r.company_id = ? and o.order_number = 'MRP-000001'", Long.class, companyId);
        assertThat(post("/api/mrp/planned-orders/" + id + "/confirm?companyId=" + companyId, viewer,
                "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void theDemoCompanyPlansOnAFreshStart() throws Exception {
        long demo = jdbc.queryForObject("select id from company where pan = 'AAACL1234C'", Long.class);
        JsonNode run = run("{\"companyId\":" + demo + ",\"params\":{\"horizonDays\":\"91\"}}");
        assertThat(run.get("summary").get("status").asString()).as(run.toString()).isEqualTo("COMPLETED");
        JsonNode plan = json.readTree(get("/api/mrp/planned-orders?companyId=" + demo, "admin").body());
        assertThat(plan.get("run").get("itemCount").asInt()).isEqualTo(13);
        assertThat(plan.get("orders").size()).isGreaterThan(0);
        assertThat(plan.get("exceptions").toString()).contains("item BELL has no lead time");
    }

    private JsonNode run(String body) throws Exception {
        HttpResponse<String> launched = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/jobs/mrp/runs")).header("Authorization", basic("admin"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
        long runId = json.readTree(launched.body()).get("runId").asLong();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).until(() ->
                json.readTree(get("/api/runs/" + runId, "admin").body()).get("summary").hasNonNull("endedAt"));
        return json.readTree(get("/api/runs/" + runId, "admin").body());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        String password = user.equals("admin") ? "test-admin-password" : SecurityTestData.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

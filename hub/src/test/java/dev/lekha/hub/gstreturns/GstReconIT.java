package dev.lekha.hub.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import dev.lekha.domain.demo.DemoCompanySeeder;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GSTR-2B reconciliation as finance uses it, end to end: the sample purchase register through the
 * {@code purchase-invoices} drop, the sample GSTR-2B downloaded from the hub's GST portal sandbox after an OTP login,
 * the {@code gstr2b-recon} job launched over the API, then every outcome of samples/README.md listed with its rule,
 * and a person's accept and manual match recorded with who and when.
 */
// same properties as GstPortalSandboxIT and GstFilingIT: one Spring context for the three
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lekha.gst-portal.sandbox-dir=./target/test-data/gst-sandbox/${random.uuid}")
@ActiveProfiles("test")
@LekhaIntegrationTest
class GstReconIT {

    static final String GSTIN = DemoCompanySeeder.PUNE_GSTIN;
    static final Path SAMPLES = Path.of("..", "samples");

    @LocalServerPort int port;
    @Autowired DropSettings drops;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    @Autowired GstPortalSandbox sandbox;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSampleRegisterAndThePortals2bReconcileToEveryOutcomeAndDecisionsAreRecorded() throws Exception {
        long company = jdbc.queryForObject("select id from company where pan = ?", Long.class, DemoCompanySeeder.PAN);
        // the purchase register through its drop
        Path inbox = drops.inbox("purchase-invoices");
        Files.createDirectories(inbox);
        Files.copy(SAMPLES.resolve("purchase-invoices/purchase-register-052024.csv"),
                inbox.resolve("purchase-register-052024.csv"));
        Files.createFile(inbox.resolve("purchase-register-052024.csv.done"));
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("select count(*) from inbound_file"
                + " where channel = 'purchase-invoices' and status = 'ARCHIVED'", Long.class) == 1);

        // the 2B from the portal: the sandbox serves the sample once "generated" for the period
        sandbox.store().putGstr2b(GSTIN, "052024", List.of(Files.readString(
                SAMPLES.resolve("gstr2b/gstr2b-27AAACL1234C1Z5-052024.json"))));
        assertThat(post("/api/gstr2b/download", "{\"companyId\":" + company + ",\"gstin\":\"" + GSTIN
                + "\",\"period\":\"052024\"}").statusCode()).as("no portal session yet").isEqualTo(409);
        assertThat(post("/api/gst-portal/" + GSTIN + "/otp", "{\"username\":\"demo.pune\"}").statusCode()).isEqualTo(200);
        assertThat(post("/api/gst-portal/" + GSTIN + "/login", "{\"username\":\"demo.pune\",\"otp\":\""
                + sandbox.settings().otp() + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> downloaded = post("/api/gstr2b/download", "{\"companyId\":" + company + ",\"gstin\":\""
                + GSTIN + "\",\"period\":\"052024\"}");
        assertThat(downloaded.statusCode()).isEqualTo(200);

        // the job over the API
        HttpResponse<String> launched = post("/api/jobs/gstr2b-recon/runs", "{\"companyId\":" + company
                + ",\"params\":{\"gstin\":\"" + GSTIN + "\",\"period\":\"052024\"}}");
        assertThat(launched.statusCode()).isEqualTo(202);
        long runId = body(launched).get("runId").asLong();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            JsonNode run = body(get("/api/runs/" + runId));
            return run.get("summary").hasNonNull("endedAt");
        });
        assertThat(body(get("/api/runs/" + runId)).get("summary").get("status").asString()).isEqualTo("COMPLETED");

        // every outcome of the samples' table, each with its rule
        JsonNode lines = body(get("/api/gst-recon?companyId=" + company + "&gstin=" + GSTIN + "&period=052024"));
        Map<String, Integer> outcomes = new TreeMap<>();
        lines.forEach(l -> outcomes.merge(l.get("outcome").asString(), 1, Integer::sum));
        assertThat(outcomes).isEqualTo(Map.of("EXACT_MATCH", 3, "SUGGESTED_MATCH", 3, "MISMATCH", 1,
                "MISSING_IN_2B", 1, "MISSING_IN_BOOKS", 2));
        JsonNode mismatch = find(lines, "MISMATCH");
        assertThat(mismatch.get("differences").asString()).contains("taxable_value: books 2000.00, 2B 2200.00");
        assertThat(mismatch.get("books").get("number").asString()).isEqualTo("AT-103");

        // a person accepts the R2 suggestion and matches CT-9 with AT-110 by hand
        JsonNode r2 = lines.valueStream().filter(l -> "R2".equals(l.get("rule").asString().substring(0, 2)))
                .findFirst().orElseThrow();
        HttpResponse<String> accepted = post("/api/gst-recon/lines/" + r2.get("id").asLong() + "/accept?companyId="
                + company, "");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(body(accepted).get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(body(accepted).get("decidedBy").asString()).isEqualTo("admin");
        assertThat(post("/api/gst-recon/lines/" + r2.get("id").asLong() + "/accept?companyId=" + company, "")
                .statusCode()).as("accepting twice").isEqualTo(409);
        long ct9 = find(lines, "MISSING_IN_2B").get("books").get("id").asLong();
        long at110 = lines.valueStream().filter(l -> l.get("outcome").asString().equals("MISSING_IN_BOOKS")
                && l.get("gstr2b").get("number").asString().equals("AT-110")).findFirst().orElseThrow()
                .get("gstr2b").get("id").asLong();
        HttpResponse<String> manual = post("/api/gst-recon/manual-matches", "{\"companyId\":" + company
                + ",\"purchaseInvoiceId\":" + ct9 + ",\"gstr2bDocumentId\":" + at110 + "}");
        assertThat(manual.statusCode()).isEqualTo(200);
        assertThat(body(manual).get("outcome").asString()).isEqualTo("MANUAL_MATCH");
    }

    @Test
    void theDemoCompanysLastMonthGivesAGstr1AndAGstr3bDraftOnAFreshStart() throws Exception {
        long company = jdbc.queryForObject("select id from company where pan = ?", Long.class, DemoCompanySeeder.PAN);
        // the demo documents span the 90 days up to today: last month is full of them
        String period = dev.lekha.domain.gst.GstReturnPeriod.of(java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Kolkata")).minusMonths(1)).toString();

        for (String job : List.of("gstr1", "gstr3b")) {
            HttpResponse<String> launched = post("/api/jobs/" + job + "/runs", "{\"companyId\":" + company
                    + ",\"params\":{\"gstin\":\"" + GSTIN + "\",\"period\":\"" + period + "\"}}");
            assertThat(launched.statusCode()).isEqualTo(202);
            long runId = body(launched).get("runId").asLong();
            await().atMost(Duration.ofSeconds(120)).until(() -> body(get("/api/runs/" + runId)).get("summary")
                    .hasNonNull("endedAt"));
            JsonNode run = body(get("/api/runs/" + runId));
            assertThat(run.get("summary").get("status").asString()).as(job + ": " + run.get("errors")).isEqualTo("COMPLETED");
        }

        JsonNode returns = body(get("/api/gst-returns?companyId=" + company + "&period=" + period));
        assertThat(returns).extracting(r -> r.get("type").asString() + " " + r.get("status").asString())
                .contains("GSTR1 DRAFT", "GSTR3B DRAFT");
        assertThat(returns).allSatisfy(r -> assertThat(r.get("jsonContent").asString()).startsWith("/api/artifacts/"));
    }

    private static JsonNode find(JsonNode lines, String outcome) {
        return lines.valueStream().filter(l -> l.get("outcome").asString().equals(outcome)).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
    }
}

package dev.lekha.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.audit.AuditEntryHash;
import dev.lekha.domain.security.Role;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's authentication over real HTTP: Basic, Bearer tokens, roles, company scope, problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class ApiAuthIT {

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired ApiTokenService tokens;
    @Autowired DataSource dataSource;
    @Autowired JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    SecurityTestData data;

    @BeforeEach
    void setUp() {
        data = new SecurityTestData(accounts, dataSource);
    }

    record Reply(int status, String contentType, JsonNode body, String raw) {
    }

    private Reply get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private Reply postJson(String path, String authorization, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode body = type.contains("json") ? json.readTree(response.body()) : null;
        return new Reply(response.statusCode(), type, body, response.body());
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }

    @Test
    void withoutCredentialsTheApiAnswers401ProblemDetails() throws Exception {
        Reply reply = get("/api/companies", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(401);
        assertThat(reply.body().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(reply.body().get("detail").asString()).contains("Authorization: Bearer");
    }

    @Test
    void httpBasicWithAUsersOwnCredentialsWorks() throws Exception {
        String username = data.user("script", Role.VIEWER);

        Reply reply = get("/api/companies", basic(username, SecurityTestData.PASSWORD));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().isArray()).isTrue();
        assertThat(data.auditCount(username, "LOGIN_SUCCESS")).isEqualTo(1);
        assertThat(data.jdbc().queryForObject("select detail from audit_event where actor = ?"
                + " and action = 'LOGIN_SUCCESS'", String.class, username))
                .isEqualTo("HTTP Basic on GET /api/companies");
    }

    @Test
    void aBearerTokenAuthenticatesUntilRevoked() throws Exception {
        long company = data.company("Bearer Test Co", "27AAACT0001Z1Z5");
        ApiTokenService.IssuedToken issued = tokens.issue("erp-bearer", Role.VIEWER, company, null);

        Reply ok = get("/api/companies", bearer(issued.secret()));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(data.jdbc().queryForObject("select last_used_at from api_token where id = ?",
                OffsetDateTime.class, issued.token().id())).isNotNull();
        // only the SHA-256 of the secret is stored
        assertThat(data.jdbc().queryForObject("select token_hash from api_token where id = ?", String.class,
                issued.token().id())).isEqualTo(AuditEntryHash.sha256Hex(issued.secret()));

        tokens.revoke(issued.token().id());
        Reply revoked = get("/api/companies", bearer(issued.secret()));

        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(revoked.body().get("detail").asString())
                .startsWith("API token 'erp-bearer' was revoked at");
        assertThat(data.jdbc().queryForObject("select count(*) from security_event where kind = 'TOKEN_REJECTED'"
                + " and detail = ?", Integer.class, "revoked API token 'erp-bearer'")).isEqualTo(1);
    }

    @Test
    void unknownAndExpiredTokensAreRejected() throws Exception {
        long company = data.company("Expiry Test Co", "27AAACT0002Z1Z5");
        ApiTokenService.IssuedToken issued = tokens.issue("short-lived", Role.VIEWER, company, null);
        data.jdbc().update("update api_token set expires_at = ? where id = ?", OffsetDateTime.now().minusMinutes(1),
                issued.token().id());

        assertThat(get("/api/companies", bearer(issued.secret())).body().get("detail").asString())
                .startsWith("API token 'short-lived' expired at");
        Reply unknown = get("/api/companies", bearer("lekha_thisTokenWasNeverIssued0000000000000000000"));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("detail").asString()).startsWith("The API token is not valid");
    }

    @Test
    void aTokenSeesOnlyItsOwnCompany() throws Exception {
        long mine = data.company("Scoped One Pvt Ltd", "27AAACT0003Z1Z5");
        long other = data.company("Scoped Two Pvt Ltd", "29AAACT0004Z1Z5");
        String secret = tokens.issue("scoped", Role.ADMIN, mine, null).secret();

        Reply own = get("/api/test-probe/companies/" + mine, bearer(secret));
        Reply foreign = get("/api/test-probe/companies/" + other, bearer(secret));
        Reply list = get("/api/companies", bearer(secret));

        assertThat(own.status()).isEqualTo(200);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body().get("detail").asString()).isEqualTo("You may not see company " + other
                + ": your account or API token is scoped to other companies.");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().size()).isEqualTo(1);
        assertThat(list.body().get(0).get("id").asLong()).isEqualTo(mine);
        assertThat(list.body().get(0).get("legalName").asString()).isEqualTo("Scoped One Pvt Ltd");
        assertThat(list.body().get(0).get("gstins").get(0).asString()).isEqualTo("27AAACT0003Z1Z5");
    }

    @Test
    void aRestrictedUserSeesOnlyTheirCompaniesAndAnUnrestrictedOneSeesAll() throws Exception {
        long a = data.company("Restricted A Ltd", "27AAACT0005Z1Z5");
        long b = data.company("Restricted B Ltd", "29AAACT0006Z1Z5");
        String restricted = data.user("restricted", Role.VIEWER, a);
        String everyone = data.user("everyone", Role.VIEWER);

        List<Long> restrictedIds = ids(get("/api/companies", basic(restricted, SecurityTestData.PASSWORD)));
        List<Long> allIds = ids(get("/api/companies", basic(everyone, SecurityTestData.PASSWORD)));

        assertThat(restrictedIds).containsExactly(a);
        assertThat(allIds).contains(a, b);
        assertThat(get("/api/test-probe/companies/" + b, basic(restricted, SecurityTestData.PASSWORD)).status())
                .isEqualTo(403);
    }

    private static List<Long> ids(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().valueStream().map(n -> n.get("id").asLong()).toList();
    }

    @Test
    void rolesFollowTheHierarchy() throws Exception {
        String viewer = data.user("viewer", Role.VIEWER);
        String finance = data.user("finance", Role.FINANCE);
        String admin = data.user("admin", Role.ADMIN);
        String compliance = data.user("compliance", Role.COMPLIANCE);
        long company = data.company("Roles Co", "27AAACT0007Z1Z5");
        String viewerToken = tokens.issue("viewer-token", Role.VIEWER, company, null).secret();

        Reply denied = get("/api/test-probe/finance-only", basic(viewer, SecurityTestData.PASSWORD));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/test-probe/finance-only", bearer(viewerToken)).status()).isEqualTo(403);
        assertThat(get("/api/test-probe/finance-only", basic(compliance, SecurityTestData.PASSWORD)).status())
                .isEqualTo(403);
        assertThat(get("/api/test-probe/finance-only", basic(finance, SecurityTestData.PASSWORD)).status())
                .isEqualTo(200);
        assertThat(get("/api/test-probe/finance-only", basic(admin, SecurityTestData.PASSWORD)).status())
                .isEqualTo(200);

        assertThat(get("/api/audit/verify", basic(finance, SecurityTestData.PASSWORD)).status()).isEqualTo(403);
        Reply verify = get("/api/audit/verify", basic(compliance, SecurityTestData.PASSWORD));
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body().get("intact").asBoolean()).isTrue();
    }

    @Test
    void healthIsPublicAndPrometheusNeedsAdmin() throws Exception {
        String viewer = data.user("metrics-viewer", Role.VIEWER);
        long company = data.company("Metrics Co", "27AAACT0008Z1Z5");
        String scraper = tokens.issue("prometheus", Role.ADMIN, company, null).secret();

        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic(viewer, SecurityTestData.PASSWORD)).status()).isEqualTo(403);
        Reply metrics = get("/actuator/prometheus", bearer(scraper));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes");
    }

    @Test
    void apiErrorsAreProblemDetailsWithoutStackTraces() throws Exception {
        String user = data.user("problems", Role.VIEWER);
        String auth = basic(user, SecurityTestData.PASSWORD);

        Reply invalid = postJson("/api/test-probe/validated", auth, "{\"name\":\"\",\"count\":0}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        List<String> fields = invalid.body().get("errors").valueStream().map(e -> e.get("field").asString()).sorted().toList();
        assertThat(fields).containsExactly("count", "name");

        Reply missing = get("/api/test-probe/missing", auth);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("detail").asString()).isEqualTo("no probe with id 42");

        Reply boom = get("/api/test-probe/boom", auth);
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.contentType()).startsWith("application/problem+json");
        assertThat(boom.raw()).doesNotContain("internal detail").doesNotContain("at dev.lekha")
                .contains("reference");
        assertThat(boom.body().get("detail").asString())
                .startsWith("Unexpected error; the hub's log has the details under reference ");
    }
}

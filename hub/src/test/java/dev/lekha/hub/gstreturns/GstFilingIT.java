package dev.lekha.hub.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.NewGstReturn;
import dev.lekha.domain.gstreturn.ReturnType;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filing end to end and offline: an approved return goes through the REST API to the hub's own GST portal sandbox
 * over real HTTP (OTP login, save, status, submit, GSTR-3B offset, EVC) and comes back FILED with the portal's ARN;
 * a return the portal refuses keeps its status and records the portal's per-document errors.
 */
// same properties as GstPortalSandboxIT, so both run in one Spring context
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lekha.gst-portal.sandbox-dir=./target/test-data/gst-sandbox/${random.uuid}")
@ActiveProfiles("test")
@LekhaIntegrationTest
class GstFilingIT {

    @LocalServerPort int port;
    @Autowired UserAccounts accounts;
    @Autowired DataSource dataSource;
    @Autowired JsonMapper json;
    @Autowired GstReturns returns;
    @Autowired ArtifactStore artifacts;
    @Autowired TransactionTemplate tx;
    @Autowired GstPortalSandbox sandbox;

    final HttpClient http = HttpClient.newHttpClient();
    SecurityTestData data;
    long companyId;
    String gstin;
    String officer;

    @BeforeEach
    void aCompanyAndItsComplianceOfficer() {
        data = new SecurityTestData(accounts, dataSource);
        String first14 = "27" + String.format("AAHCF%04dK", (int) (System.nanoTime() % 10000)) + "1Z";
        gstin = first14 + Gstin.checkCharacter(first14);
        companyId = data.company("Filing Test Foods Private Limited", gstin);
        officer = data.user("officer", Role.COMPLIANCE, companyId);
    }

    @Test
    void anApprovedGstr1IsFiledOnThePortalWithEvcAndItsArnRecorded() throws Exception {
        long id = approved(ReturnType.GSTR1, "102026", "{\"gstin\":\"" + gstin + "\",\"fp\":\"102026\",\"b2cs\":[{"
                + "\"sply_ty\":\"INTRA\",\"pos\":\"27\",\"typ\":\"OE\",\"rt\":18,\"txval\":1000.00,\"camt\":90.00,"
                + "\"samt\":90.00,\"csamt\":0}]}");
        String user = "filing.officer.1";
        String pan = gstin.substring(2, 12);

        assertThat(post(id, "portal/submit", "{}").statusCode()).as("no portal session yet").isEqualTo(409);
        assertThat(post(id, "portal/otp", "{\"username\":\"" + user + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> wrongOtp = post(id, "portal/login", "{\"username\":\"" + user + "\",\"otp\":\"000000\"}");
        assertThat(wrongOtp.statusCode()).isEqualTo(422);
        assertThat(post(id, "portal/login", "{\"username\":\"" + user + "\",\"otp\":\"" + sandbox.settings().otp()
                + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = post(id, "portal/submit", "{}");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(body(submitted).get("portalState").asString()).isEqualTo("SUBMITTED");
        assertThat(post(id, "portal/evc-otp", "{\"pan\":\"" + pan + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> filed = post(id, "portal/file", "{\"pan\":\"" + pan + "\",\"otp\":\""
                + sandbox.settings().evcOtp() + "\"}");

        assertThat(filed.statusCode()).isEqualTo(200);
        JsonNode ret = body(filed);
        assertThat(ret.get("status").asString()).isEqualTo("FILED");
        // AA + state 27 + MMYY of the period + 6-digit sequence + check character (the sandbox's ARN format)
        assertThat(ret.get("arn").asString()).matches("AA271026[0-9]{6}[0-9A-Z]");
        assertThat(ret.get("filedBy").asString()).isEqualTo(officer);
        assertThat(ret.get("history")).extracting(h -> h.get("note") == null || h.get("note").isNull() ? ""
                : h.get("note").asString()).anySatisfy(n -> assertThat(n).startsWith("saved on the GST portal"))
                .anySatisfy(n -> assertThat(n).startsWith("submitted on the GST portal"));
    }

    @Test
    void aGstr3bIsOffsetBeforeFiling() throws Exception {
        // liability IGST 1,800; credit IGST 1,000 -> cash 800
        long id = approved(ReturnType.GSTR3B, "102026", "{\"gstin\":\"" + gstin + "\",\"ret_period\":\"102026\","
                + "\"sup_details\":{\"osup_det\":{\"txval\":10000.00,\"iamt\":1800.00,\"camt\":0,\"samt\":0,"
                + "\"csamt\":0}},\"itc_elg\":{\"itc_net\":{\"iamt\":1000.00,\"camt\":0,\"samt\":0,\"csamt\":0}}}");
        String user = "filing.officer.2";
        String pan = gstin.substring(2, 12);
        post(id, "portal/otp", "{\"username\":\"" + user + "\"}");
        post(id, "portal/login", "{\"username\":\"" + user + "\",\"otp\":\"" + sandbox.settings().otp() + "\"}");

        HttpResponse<String> submitted = post(id, "portal/submit", "{}");

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(body(submitted).get("portalState").asString()).isEqualTo("OFFSET");
        assertThat(body(submitted).get("history")).anySatisfy(h -> assertThat(h.get("note").asString())
                .isEqualTo("liability offset: credit used 1000.00, cash 800.00"));
        post(id, "portal/evc-otp", "{\"pan\":\"" + pan + "\"}");
        HttpResponse<String> filed = post(id, "portal/file", "{\"pan\":\"" + pan + "\",\"otp\":\""
                + sandbox.settings().evcOtp() + "\"}");
        assertThat(body(filed).get("status").asString()).isEqualTo("FILED");
    }

    @Test
    void aReturnThePortalRefusesStaysReadyToFileWithThePortalsErrors() throws Exception {
        // the same invoice number twice in b2b: the portal answers PE with RET100 for it
        String inv = "{\"inum\":\"F/1\",\"idt\":\"05-10-2026\",\"val\":1180.00,\"pos\":\"29\",\"rchrg\":\"N\","
                + "\"inv_typ\":\"R\",\"itms\":[{\"num\":1,\"itm_det\":{\"rt\":18,\"txval\":1000.00,\"iamt\":180.00,"
                + "\"csamt\":0}}]}";
        long id = approved(ReturnType.GSTR1, "092026", "{\"gstin\":\"" + gstin + "\",\"fp\":\"092026\",\"b2b\":[{"
                + "\"ctin\":\"29AAFCK4321M1ZA\",\"inv\":[" + inv + "," + inv + "]}]}");
        String user = "filing.officer.3";
        post(id, "portal/otp", "{\"username\":\"" + user + "\"}");
        post(id, "portal/login", "{\"username\":\"" + user + "\",\"otp\":\"" + sandbox.settings().otp() + "\"}");

        HttpResponse<String> refused = post(id, "portal/submit", "{}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(body(refused).get("errors")).anySatisfy(e -> assertThat(e.asString()).contains("F/1", "RET100"));
        JsonNode ret = body(get(id));
        assertThat(ret.get("status").asString()).isEqualTo("READY_TO_FILE");
        assertThat(ret.get("portalState").isNull()).isTrue();
        assertThat(ret.get("portalErrors").asString()).contains("RET100");
    }

    private long approved(ReturnType type, String period, String content) {
        long artifact = tx.execute(s -> artifacts.store(new NewArtifact(companyId, type + "_JSON", period,
                type.name().toLowerCase() + "-" + gstin + "-" + period + ".json", "application/json", null),
                out -> out.write(content.getBytes(StandardCharsets.UTF_8))).id());
        long id = returns.recordDraft(new NewGstReturn(companyId, Gstin.of(gstin), GstReturnPeriod.parse(period), type,
                null, artifact, null, "{}", "preparer")).id();
        returns.submitForReview(id, "preparer", null);
        returns.approve(id, "reviewer", null);
        return id;
    }

    private HttpResponse<String> get(long id) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/gst-returns/" + id))
                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(long id, String step, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/gst-returns/" + id + "/"
                        + step)).header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((officer + ":" + SecurityTestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}

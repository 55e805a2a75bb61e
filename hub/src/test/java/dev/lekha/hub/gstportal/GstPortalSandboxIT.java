package dev.lekha.hub.gstportal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.connectors.gstportal.GstPortal;
import dev.lekha.connectors.gstportal.GstReturnType;
import dev.lekha.connectors.gstportal.ReturnStatus;
import dev.lekha.connectors.gstportal.sandbox.ArnFormat;
import dev.lekha.connectors.gstportal.sandbox.GstPortalSandbox;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hub's {@link GstPortal} bean against the hub's own sandbox under {@code /sandbox/gst}, over real HTTP on the
 * hub's port: OTP, save, status, submit, EVC filing and a 2B download, each exchange recorded without secrets.
 */
// a sandbox folder of its own: a filed period stays filed in a kept folder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lekha.gst-portal.sandbox-dir=./target/test-data/gst-sandbox/${random.uuid}")
@ActiveProfiles("test")
@LekhaIntegrationTest
class GstPortalSandboxIT {

    static final String GSTIN = "27AAPFU0939F1ZV";
    static final String PERIOD = "042025";

    @LocalServerPort int port;
    @Autowired GstPortal portal;
    @Autowired GstPortalSandbox sandbox;
    @Autowired JdbcTemplate jdbc;

    @Test
    void filesAGstr1AndDownloadsA2bThroughTheHubsSandbox() throws Exception {
        String period = PERIOD;
        String user = "lekha.mh.tp.1";
        String pan = GSTIN.substring(2, 12); // the sandbox enrols the GSTIN's PAN as the signatory

        portal.requestOtp(GSTIN, user);
        portal.authenticate(GSTIN, user, sandbox.settings().otp());
        String ref = portal.saveReturn(GstReturnType.GSTR1, GSTIN, period, "{\"gstin\":\"" + GSTIN + "\",\"fp\":\""
                + period + "\",\"b2cs\":[{\"sply_ty\":\"INTRA\",\"pos\":\"27\",\"typ\":\"OE\",\"rt\":18,"
                + "\"txval\":1000.00,\"camt\":90.00,\"samt\":90.00,\"csamt\":0}]}");
        ReturnStatus status = portal.returnStatus(GSTIN, period, ref);
        portal.submitReturn(GstReturnType.GSTR1, GSTIN, period);
        portal.requestEvcOtp(GstReturnType.GSTR1, GSTIN, pan);
        String arn = portal.fileReturn(GstReturnType.GSTR1, GSTIN, period, "{}", pan, sandbox.settings().evcOtp());
        sandbox.store().putGstr2b(GSTIN, period, List.of("{\"data\":{\"gstin\":\"" + GSTIN + "\",\"rtnprd\":\""
                + period + "\"}}"));

        assertThat(status.state()).isEqualTo(ReturnStatus.State.PROCESSED);
        // AA + 27 + 0425 + a 6-digit sequence (other tests of this context file too) + its check character
        assertThat(arn).matches("AA270425[0-9]{6}[0-9A-Z]");
        assertThat(ArnFormat.valid(arn)).isTrue();
        assertThat(portal.getGstr2b(GSTIN, period).files()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from connector_exchange where connector = 'gst-portal'"
                + " and url like ?", Integer.class, "http://127.0.0.1:" + port + "/sandbox/gst/%")).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.queryForList("select request from connector_exchange where connector = 'gst-portal'"
                + " and operation = 'auth-token'", String.class)).allSatisfy(r -> assertThat(r).contains("\"otp\":\"****\"")
                .doesNotContain(sandbox.settings().otp()));
        HttpResponse<String> key = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sandbox/gst/keys/public-key.pem")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(key.body()).startsWith("-----BEGIN PUBLIC KEY-----");
    }
}

package dev.lekha.hub.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The employer's registrations the payroll files carry, over HTTP with real users: finance records the EPF
 * establishment code, the ESIC employer code and a state's PTRC (audited), a number of the wrong shape or a PT
 * registration without its state is refused naming what is wrong, and a viewer reads but cannot change them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@LekhaIntegrationTest
class EmployerRegistrationsIT {

    @LocalServerPort int port;
    private final UserAccounts accounts;
    private final DataSource dataSource;

    EmployerRegistrationsIT(UserAccounts accounts, DataSource dataSource) {
        this.accounts = accounts;
        this.dataSource = dataSource;
    }

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void financeRecordsTheRegistrationsAViewerOnlyReadsThem() throws Exception {
        SecurityTestData data = new SecurityTestData(accounts, dataSource);
        JdbcTemplate jdbc = data.jdbc();
        String pan = "AAKCR" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "G";
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true,"
                + " false, ?)", "Registrations test " + pan, pan, OffsetDateTime.now());
        long companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        String finance = data.user("regfin", Role.FINANCE, companyId);
        String viewer = data.user("regview", Role.VIEWER, companyId);
        String base = "/api/payroll/registrations";

        assertThat(put(base + "/EPF?companyId=" + companyId, finance, "{\"number\":\"mhban0012345000\"}").statusCode())
                .isEqualTo(200);
        assertThat(put(base + "/esic?companyId=" + companyId, finance, "{\"number\":\"31000123450001001\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> pt = put(base + "/PT?companyId=" + companyId, finance,
                "{\"number\":\"27551234567P\",\"state\":\"mh\"}");
        assertThat(pt.statusCode()).as(pt.body()).isEqualTo(200);
        assertThat(pt.body()).contains("\"epfEstablishmentCode\":\"MHBAN0012345000\"")
                .contains("\"esicEmployerCode\":\"31000123450001001\"").contains("\"MH\":\"27551234567P\"");

        HttpResponse<String> shortEsic = put(base + "/ESIC?companyId=" + companyId, finance,
                "{\"number\":\"3100012345000100\"}");
        assertThat(shortEsic.statusCode()).isEqualTo(400);
        assertThat(shortEsic.body()).contains("ESIC registration number '3100012345000100' must be 17 digits");
        HttpResponse<String> noState = put(base + "/PT?companyId=" + companyId, finance, "{\"number\":\"27551234567P\"}");
        assertThat(noState.statusCode()).isEqualTo(400);
        assertThat(noState.body()).contains("PT registration needs a two-letter state code such as MH, was ''");
        assertThat(put(base + "/GRATUITY?companyId=" + companyId, finance, "{\"number\":\"X1\"}").body())
                .contains("scheme 'GRATUITY' is not one of [EPF, ESIC, PT, LWF]");

        assertThat(put(base + "/EPF?companyId=" + companyId, viewer, "{\"number\":\"MHBAN0099999000\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> read = get(base + "?companyId=" + companyId, viewer);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("MHBAN0012345000");
        assertThat(jdbc.queryForList("select detail from audit_event where actor = ? and action ="
                + " 'EMPLOYER_REGISTRATION' order by id", String.class, finance)).containsExactly(
                "EPF MHBAN0012345000", "ESIC 31000123450001001", "PT MH 27551234567P");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String user, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + SecurityTestData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}

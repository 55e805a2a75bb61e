package dev.lekha.hub.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.lekha.domain.security.Role;
import dev.lekha.hub.security.SecurityTestData;
import dev.lekha.hub.security.UserAccounts;
import dev.lekha.testsupport.LekhaIntegrationTest;
import dev.lekha.testsupport.PayrollFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The employer registrations screen with real users: finance records numbers through its forms (checked and audited
 * as the API does, see {@link EmployerRegistrationsIT}), a number of the wrong shape is reported and not stored, and a
 * viewer sees the numbers without forms and cannot post one. Shapes from {@code EmployerRegistrations.Scheme}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@LekhaIntegrationTest
class EmployerRegistrationsScreenIT {

    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final MockMvc mvc;

    EmployerRegistrationsScreenIT(UserAccounts accounts, DataSource dataSource, MockMvc mvc) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.mvc = mvc;
    }

    @Test
    void financeSavesNumbersOnTheScreenAViewerOnlySeesThem() throws Exception {
        // given: a company with an employee in Maharashtra and one in Karnataka, a finance user and a viewer
        SecurityTestData data = new SecurityTestData(accounts, dataSource);
        JdbcTemplate jdbc = data.jdbc();
        PayrollFixture payroll = new PayrollFixture(jdbc);
        long company = payroll.company(String.format("AAKCE%04dR", ThreadLocalRandom.current().nextInt(10_000)));
        payroll.employee(company, "E1", LocalDate.of(2020, 1, 1), null);
        long e2 = payroll.employee(company, "E2", LocalDate.of(2021, 4, 1), null);
        jdbc.update("update employee set work_state = 'KA' where id = ?", e2);
        String finance = data.user("regscrfin", Role.FINANCE, company);
        String viewer = data.user("regscrview", Role.VIEWER, company);
        RequestPostProcessor asFinance = user(finance).roles("FINANCE");
        RequestPostProcessor asViewer = user(viewer).roles("VIEWER");
        String page = "/payroll/registrations?companyId=" + company;

        // then: the payroll list links to the screen, which lists the employees' states with nothing registered yet
        assertThat(get("/payroll?companyId=" + company, asViewer))
                .contains("<a id=\"employer-registrations\" href=\"" + page + "\">Employer registrations</a>");
        String empty = get(page, asFinance);
        assertThat(empty).contains("<td id=\"epf\">Not registered</td>", "<td id=\"esic\">Not registered</td>",
                "<tr id=\"state-KA\">", "<tr id=\"state-MH\">", "<td id=\"pt-MH\">Not registered</td>",
                "id=\"epf-form\"", "id=\"pt-form-KA\"", "id=\"lwf-form-MH\"").doesNotContain("id=\"state-GJ\"");

        // when: finance saves the EPF code, MH's PTRC and an LWF number for a state without employees (lower case)
        MvcResult epf = post("EPF", company, null, "mhban0012345000", asFinance);
        MvcResult pt = post("PT", company, "mh", "27551234567p", asFinance);
        MvcResult lwf = post("LWF", company, "gj", "glwb/ahd/0042", asFinance);

        // then: each comes back to the screen saying what was saved, and the screen shows them
        assertThat(epf.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(epf.getFlashMap().get("message")).isEqualTo("Saved: EPF MHBAN0012345000");
        assertThat(pt.getFlashMap().get("message")).isEqualTo("Saved: PT MH 27551234567P");
        assertThat(lwf.getFlashMap().get("message")).isEqualTo("Saved: LWF GJ GLWB/AHD/0042");
        String saved = mvc.perform(MockMvcRequestBuilders.get(page).flashAttrs(pt.getFlashMap()).with(asFinance))
                .andReturn().getResponse().getContentAsString();
        assertThat(saved).contains("<p class=\"message\">Saved: PT MH 27551234567P</p>",
                "<td id=\"epf\">MHBAN0012345000</td>", "<td id=\"pt-MH\">27551234567P</td>",
                "<td id=\"pt-KA\">Not registered</td>", "<td id=\"esic\">Not registered</td>",
                "<tr id=\"state-GJ\">", "<td id=\"lwf-GJ\">GLWB/AHD/0042</td>");

        // when: finance saves a three-digit ESIC code
        MvcResult badEsic = post("ESIC", company, null, "123", asFinance);

        // then: the screen says what is wrong, and nothing is stored
        assertThat(badEsic.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(badEsic.getFlashMap().get("error")).isEqualTo("ESIC registration number '123' must be 17 digits");
        assertThat(badEsic.getFlashMap().get("message")).isNull();
        String refusedPage = mvc.perform(MockMvcRequestBuilders.get(page).flashAttrs(badEsic.getFlashMap())
                .with(asFinance)).andReturn().getResponse().getContentAsString();
        assertThat(refusedPage).contains(
                "<p class=\"error\">ESIC registration number &#39;123&#39; must be 17 digits</p>",
                "<td id=\"esic\">Not registered</td>");
        assertThat(jdbc.queryForObject("select count(*) from employer_registration where company_id = ? and scheme ="
                + " 'ESIC'", Long.class, company)).isZero();

        // a viewer sees the numbers but no forms, and a post by a viewer, or without the CSRF token, is refused
        String viewed = get(page, asViewer);
        assertThat(viewed).contains("<td id=\"epf\">MHBAN0012345000</td>", "<td id=\"pt-MH\">27551234567P</td>")
                .doesNotContain("action=\"/payroll/registrations/").doesNotContain("name=\"number\"");
        assertThat(post("EPF", company, null, "MHBAN0099999000", asViewer).getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/payroll/registrations/EPF")
                .param("companyId", String.valueOf(company)).param("number", "MHBAN0099999000").with(asFinance))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select registration_number from employer_registration where company_id = ?"
                + " and scheme = 'EPF'", String.class, company)).isEqualTo("MHBAN0012345000");

        // the audit trail has exactly the three changes, by finance, and nothing by the viewer
        List<Map<String, Object>> audited = jdbc.queryForList("select actor, target, company_id, detail from"
                + " audit_event where action = 'EMPLOYER_REGISTRATION' and company_id = ? order by id", company);
        assertThat(audited).extracting(r -> r.get("actor") + " " + r.get("target") + " " + r.get("detail"))
                .containsExactly(finance + " employer_registration:EPF EPF MHBAN0012345000",
                        finance + " employer_registration:PT PT MH 27551234567P",
                        finance + " employer_registration:LWF LWF GJ GLWB/AHD/0042");
        assertThat(data.auditCount(viewer, "EMPLOYER_REGISTRATION")).isZero();
    }

    private String get(String path, RequestPostProcessor as) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path).with(as)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private MvcResult post(String scheme, long company, String state, String number, RequestPostProcessor as)
            throws Exception {
        var request = MockMvcRequestBuilders.post("/payroll/registrations/" + scheme)
                .param("companyId", String.valueOf(company)).param("number", number);
        if (state != null) {
            request.param("state", state);
        }
        return mvc.perform(request.with(as).with(csrf())).andReturn();
    }
}

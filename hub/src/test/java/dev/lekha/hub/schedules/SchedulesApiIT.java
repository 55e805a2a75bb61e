package dev.lekha.hub.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.hub.support.SettableCompanyScope;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
@Import(HubTestDoubles.class)
class SchedulesApiIT {

    private static final String NIGHTLY = """
            {"name":"nightly","jobName":"sales-register","companyId":1,"params":{"period":"112025"},
             "cron":"0 0 2 * * ?"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    Schedules schedules;
    @Autowired
    SettableCompanyScope companyScope;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void noSchedules() {
        schedules.list().forEach(s -> schedules.delete(s.name()));
    }

    @AfterEach
    void allCompanies() {
        companyScope.setVisible(null);
    }

    @Test
    @WithMockUser(roles = "FINANCE")
    void financeCreatesListsUpdatesDisablesEnablesAndDeletes() throws Exception {
        long auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(NIGHTLY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/schedules/nightly"))
                .andExpect(jsonPath("$.name").value("nightly"))
                .andExpect(jsonPath("$.timeZone").value("Asia/Kolkata"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.nextFireTimes.length()").value(3));

        mvc.perform(get("/api/schedules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].jobName").value("sales-register"))
                .andExpect(jsonPath("$[0].companyId").value(1))
                .andExpect(jsonPath("$[0].params.period").value("112025"))
                .andExpect(jsonPath("$[0].cron").value("0 0 2 * * ?"));
        // GET /api/jobs lists each job with its schedules (CONTRACTS.md)
        mvc.perform(get("/api/jobs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules.length()").value(1))
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules[0].name").value("nightly"))
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules[0].cron").value("0 0 2 * * ?"))
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules[0].timeZone").value("Asia/Kolkata"))
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules[0].enabled").value(true))
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules[0].companyId").value(1))
                .andExpect(jsonPath("$[?(@.name == 'sales-register')].schedules[0].nextFireTime").isNotEmpty())
                .andExpect(jsonPath("$[?(@.name == 'gstr1')].schedules.length()").value(0));

        mvc.perform(put("/api/schedules/nightly").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"jobName":"gstr1","companyId":1,"params":{"period":"112025","gstin":"27AAACL1234C1Z5"},
                         "cron":"0 30 6 ? * MON","timeZone":"UTC"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobName").value("gstr1"))
                .andExpect(jsonPath("$.timeZone").value("UTC"))
                .andExpect(jsonPath("$.params.gstin").value("27AAACL1234C1Z5"));

        mvc.perform(post("/api/schedules/nightly/disable").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.nextFireTimes.length()").value(0));
        mvc.perform(post("/api/schedules/nightly/enable").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true));

        mvc.perform(delete("/api/schedules/nightly").with(csrf())).andExpect(status().isNoContent());
        assertThat(schedules.list()).isEmpty();
        // each change is in the audit log, by the signed-in user (@WithMockUser's "user")
        for (String action : java.util.List.of("SCHEDULE_CREATE", "SCHEDULE_UPDATE", "SCHEDULE_DISABLE",
                "SCHEDULE_ENABLE", "SCHEDULE_DELETE")) {
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and actor = 'user'"
                    + " and target = 'schedule:nightly' and id > ?", Long.class, action, auditBefore))
                    .as(action).isEqualTo(1L);
        }
        mvc.perform(get("/api/schedules/nightly"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No schedule named 'nightly'; GET /api/schedules lists the existing ones"));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void invalidCronIsA400ProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"bad","jobName":"sales-register","companyId":1,"cron":"0 0 2 * *"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid schedule"))
                .andExpect(jsonPath("$.errors[0].field").value("cron"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "'0 0 2 * *' is not a valid cron expression")));
        assertThat(schedules.list()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void duplicateIsA409() throws Exception {
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(NIGHTLY))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(NIGHTLY))
                .andExpect(status().isConflict());
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerMayListButNotChange() throws Exception {
        mvc.perform(get("/api/schedules")).andExpect(status().isOk());
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(NIGHTLY))
                .andExpect(status().isForbidden());
        assertThat(schedules.list()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "FINANCE")
    void schedulesOfCompaniesOutOfScopeAreInvisibleAndUntouchable() throws Exception {
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(NIGHTLY))
                .andExpect(status().isCreated());
        companyScope.setVisible(Set.of(2L));

        mvc.perform(get("/api/schedules")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(delete("/api/schedules/nightly").with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/api/schedules").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(NIGHTLY.replace("nightly", "other")))
                .andExpect(status().isForbidden());
        assertThat(schedules.list()).extracting(Schedule::name).containsExactly("nightly");
    }
}

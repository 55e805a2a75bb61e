package dev.lekha.hub.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
@Import(HubTestDoubles.class)
class JobsScreenIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Schedules schedules;

    @BeforeEach
    void noSchedules() {
        schedules.list().forEach(s -> schedules.delete(s.name()));
    }

    @Test
    @WithMockUser(roles = "FINANCE")
    void listsEveryJobWithALaunchLinkAndEverySchedule() throws Exception {
        schedules.create(new ScheduleRequest("nightly", "sales-register", 1L, Map.of("period", "112025"),
                "0 0 2 * * ?", null, true));

        String html = page("/jobs");

        assertThat(html)
                .contains("id=\"launch-gstr1\" href=\"/jobs/gstr1/launch\"")
                .contains("id=\"launch-sales-register\" href=\"/jobs/sales-register/launch\"")
                .contains("GSTR1_JSON, GSTR1_XLSX")
                .contains("id=\"schedule-nightly\"")
                .contains("period=112025")
                .contains("<code>0 0 2 * * ?</code>")
                .contains("Asia/Kolkata")
                .contains("id=\"disable-nightly\"")
                .contains("id=\"schedule-form\"");
        // the next three fire times, each 02:00 in the schedule's zone
        assertThat(Pattern.compile("<div>\\d{4}-\\d{2}-\\d{2} 02:00</div>").matcher(html).results().count()).isEqualTo(3);
    }

    @Test
    @WithMockUser(roles = "FINANCE")
    void addEditDisableEnableAndDeleteThroughTheForms() throws Exception {
        mvc.perform(post("/jobs/schedules").with(csrf())
                        .param("name", "monthly").param("jobName", "gstr1").param("companyId", "1")
                        .param("params", "gstin=27AAACL1234C1Z5\nperiod=112025")
                        .param("cron", "0 0 6 1 * ?").param("timeZone", "Asia/Kolkata").param("enabled", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/jobs"));
        assertThat(schedules.get("monthly").params()).isEqualTo(Map.of("gstin", "27AAACL1234C1Z5", "period", "112025"));

        assertThat(page("/jobs?edit=monthly")).contains("Edit schedule monthly").contains("0 0 6 1 * ?");
        mvc.perform(post("/jobs/schedules/monthly").with(csrf())
                        .param("name", "monthly").param("jobName", "gstr1").param("companyId", "1")
                        .param("params", "gstin=27AAACL1234C1Z5\nperiod=122025")
                        .param("cron", "0 0 7 1 * ?").param("timeZone", "Asia/Kolkata").param("enabled", "true"))
                .andExpect(status().isFound());
        assertThat(schedules.get("monthly").cron()).isEqualTo("0 0 7 1 * ?");

        mvc.perform(post("/jobs/schedules/monthly/disable").with(csrf())).andExpect(status().isFound());
        assertThat(schedules.get("monthly").enabled()).isFalse();
        assertThat(page("/jobs")).contains("no (paused)").contains("id=\"enable-monthly\"");

        mvc.perform(post("/jobs/schedules/monthly/enable").with(csrf())).andExpect(status().isFound());
        assertThat(schedules.get("monthly").enabled()).isTrue();

        mvc.perform(post("/jobs/schedules/monthly/delete").with(csrf())).andExpect(status().isFound());
        assertThat(schedules.find("monthly")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anInvalidCronComesBackOnTheFormWithTheReason() throws Exception {
        String html = mvc.perform(post("/jobs/schedules").with(csrf())
                        .param("name", "broken").param("jobName", "gstr1").param("companyId", "1")
                        .param("params", "").param("cron", "0 0 2 * *").param("timeZone", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"error-cron\"").contains("&#39;0 0 2 * *&#39; is not a valid cron expression")
                .contains("value=\"broken\"");
        assertThat(schedules.find("broken")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "FINANCE")
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/jobs/schedules").param("name", "x").param("jobName", "gstr1").param("companyId", "1")
                        .param("cron", "0 0 2 * * ?"))
                .andExpect(status().isForbidden());
        assertThat(schedules.find("x")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerSeesSchedulesButNoFormsAndCannotPost() throws Exception {
        schedules.create(new ScheduleRequest("nightly", "sales-register", 1L, Map.of(), "0 0 2 * * ?", null, true));

        assertThat(page("/jobs")).contains("id=\"schedule-nightly\"").doesNotContain("id=\"schedule-form\"")
                .doesNotContain("id=\"delete-nightly\"");
        mvc.perform(post("/jobs/schedules/nightly/delete").with(csrf())).andExpect(status().isForbidden());
        assertThat(schedules.find("nightly")).isPresent();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

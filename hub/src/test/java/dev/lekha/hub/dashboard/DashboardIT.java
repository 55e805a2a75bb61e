package dev.lekha.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.hub.support.RecordingJobRuns;
import dev.lekha.hub.support.SettableCompanyScope;
import dev.lekha.jobs.runs.RunSummary;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
@Import(HubTestDoubles.class)
class DashboardIT {

    /** A company no other test uses, so the failure count is this test's alone. */
    private static final long COMPANY = 90_001L;

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingJobRuns jobRuns;
    @Autowired
    SettableCompanyScope companyScope;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void givenRunsOfOneCompany() {
        jobRuns.reset();
        companyScope.setVisible(Set.of(COMPANY));
        jobRuns.setRecent(List.of(
                new RunSummary(12, "gstr1", COMPANY, Map.of("period", "112025", "gstin", "27AAACL1234C1Z5"), "FAILED",
                        "FAILED", Instant.parse("2025-11-23T05:00:00Z"), Instant.parse("2025-11-23T05:00:09Z"),
                        "schedule:gstr1-monthly"),
                new RunSummary(11, "sales-register", COMPANY, Map.of("period", "112025"), "COMPLETED", "COMPLETED",
                        Instant.parse("2025-11-23T04:30:00Z"), Instant.parse("2025-11-23T04:31:00Z"), "admin")));
        LocalDateTime now = LocalDateTime.now();
        batchRun(990_001, "FAILED", now.minusDays(1), COMPANY);
        batchRun(990_002, "FAILED", now.minusDays(10), COMPANY);
        batchRun(990_003, "COMPLETED", now.minusHours(2), COMPANY);
        batchRun(990_004, "FAILED", now.minusHours(1), COMPANY + 1);
    }

    @AfterEach
    void removeRuns() {
        jdbc.update("delete from batch_job_execution_params where job_execution_id between 990001 and 990004");
        jdbc.update("delete from batch_job_execution where job_execution_id between 990001 and 990004");
        jdbc.update("delete from batch_job_instance where job_instance_id between 990001 and 990004");
        companyScope.setVisible(null);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void showsRecentRunsAndTheCountsOfTheCallersCompanies() throws Exception {
        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // the runs asked for are the caller's companies', newest first, times in IST (UTC+05:30)
        assertThat(jobRuns.recentRequests()).containsExactly(Set.of(COMPANY));
        assertThat(html).contains("id=\"run-12\"").contains("class=\"status-FAILED\">FAILED<")
                .contains("gstin=27AAACL1234C1Z5, period=112025").contains("schedule:gstr1-monthly")
                .contains("id=\"run-11\"").contains("class=\"status-COMPLETED\">COMPLETED<")
                .contains("<td>2025-11-23 10:00:00</td>").contains("<td>2025-11-23 10:01:00</td>");
        assertThat(html.indexOf("id=\"run-12\"")).isLessThan(html.indexOf("id=\"run-11\""));
        // one failure of this company in the last 7 days (the other is 10 days old, the third another company's)
        assertThat(html).contains("id=\"failed-runs\">1<");
        assertThat(html).contains("id=\"dead-letters\">" + HubTestDoubles.DEAD_LETTERS + "<");
        assertThat(html).contains("id=\"rejected-files\">" + HubTestDoubles.REJECTED_FILES + "<");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void noRunsYetSaysSo() throws Exception {
        jobRuns.setRecent(List.of());

        String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("No runs yet.");
    }

    private void batchRun(long id, String status, LocalDateTime started, long companyId) {
        jdbc.update("insert into batch_job_instance (job_instance_id, version, job_name, job_key) values (?, 0, ?, ?)",
                id, "dashboard-it", "key-" + id);
        jdbc.update("insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, "
                + "start_time, end_time, status, exit_code) values (?, 1, ?, ?, ?, ?, ?, ?)",
                id, id, Timestamp.valueOf(started), Timestamp.valueOf(started), Timestamp.valueOf(started.plusMinutes(1)),
                status, status);
        jdbc.update("insert into batch_job_execution_params (job_execution_id, parameter_name, parameter_type, "
                + "parameter_value, identifying) values (?, 'companyId', 'java.lang.Long', ?, 'Y')",
                id, Long.toString(companyId));
    }
}

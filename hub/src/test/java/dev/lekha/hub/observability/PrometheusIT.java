package dev.lekha.hub.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.testsupport.LekhaIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
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
class PrometheusIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier("metricsProbeJob")
    Job probe;
    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    /** Leaves the Batch tables as other tests expect them: without this test's run. */
    @AfterEach
    void removeProbeRun() {
        String executions = "select job_execution_id from batch_job_execution where job_instance_id in "
                + "(select job_instance_id from batch_job_instance where job_name = '" + HubTestDoubles.PROBE_JOB + "')";
        String steps = "select step_execution_id from batch_step_execution where job_execution_id in (" + executions + ")";
        jdbc.update("delete from batch_step_execution_context where step_execution_id in (" + steps + ")");
        jdbc.update("delete from batch_step_execution where job_execution_id in (" + executions + ")");
        jdbc.update("delete from batch_job_execution_context where job_execution_id in (" + executions + ")");
        jdbc.update("delete from batch_job_execution_params where job_execution_id in (" + executions + ")");
        jdbc.update("delete from batch_job_execution where job_execution_id in (" + executions + ")");
        jdbc.update("delete from batch_job_instance where job_name = ?", HubTestDoubles.PROBE_JOB);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aFinishedRunShowsUpInThePrometheusScrape() throws Exception {
        // given a real Spring Batch job that ran to completion
        jobOperator.start(probe, new JobParametersBuilder().addLong("companyId", 1L).toJobParameters());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (registry.find("lekha.job.runs").tag("job", HubTestDoubles.PROBE_JOB).counter() == null
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        // when Prometheus scrapes the hub
        String scrape = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        // then the run is counted and timed by job and status, and the gauges are there
        assertThat(scrape)
                .contains("lekha_job_runs_total{job=\"metrics-probe\",status=\"COMPLETED\"} 1.0")
                .contains("lekha_job_run_duration_seconds_count{job=\"metrics-probe\",status=\"COMPLETED\"} 1")
                .contains("lekha_job_runs_active 0.0")
                .contains("lekha_dead_letters " + (double) HubTestDoubles.DEAD_LETTERS)
                .contains("lekha_files_rejected " + (double) HubTestDoubles.REJECTED_FILES);
        // e-invoices are not dispatched in this context, so the counts stand still while scraped
        long pending = jdbc.queryForObject("select count(*) from einvoice where status = 'PENDING'", Long.class);
        assertThat(scrape).contains("lekha_einvoices{status=\"PENDING\"} " + (double) pending)
                .contains("lekha_einvoices{status=\"FAILED\"} ");
    }
}

package dev.lekha.hub.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.demo.DemoCompanySeeder;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.jobs.runs.RunSummary;
import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acceptance: the sales register of the demo company (seeded at startup) for the current month,
 * launched through each channel (launch screen, REST, {@code lekha.jobs.launch} queue), completes and
 * leaves exactly one {@code SALES_REGISTER_XLSX} artifact; a viewer may neither launch nor download.
 */
@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
class JobLaunchChannelsIT {

    private static final RequestPostProcessor FINANCE = user("farah").roles("FINANCE");
    private static final RequestPostProcessor VIEWER = user("vimal").roles("VIEWER");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JmsTemplate jms;
    @Autowired
    JobRuns runs;
    @Autowired
    ArtifactStore artifacts;
    @Autowired
    Clock clock;

    private long demoCompany;
    private String period;

    @BeforeEach
    void demoCompanyAndCurrentPeriod() {
        demoCompany = jdbc.queryForObject("select id from company where pan = ?", Long.class, DemoCompanySeeder.PAN);
        period = YearMonth.now(clock).format(DateTimeFormatter.ofPattern("MMyyyy"));
    }

    @Test
    void launchedFromTheScreenTheRunCompletesWithOneRegister() throws Exception {
        // when
        MvcResult launched = mvc.perform(post("/jobs/sales-register/launch").with(FINANCE).with(csrf())
                        .param("companyId", Long.toString(demoCompany)).param("param.period", period))
                .andExpect(status().is3xxRedirection()).andReturn();
        String runPage = launched.getResponse().getRedirectedUrl();
        assertThat(runPage).matches("/runs/\\d+");
        long runId = Long.parseLong(runPage.substring("/runs/".length()));
        mvc.perform(get(runPage).with(FINANCE))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"run-status\"")));

        // then
        assertCompletedWithOneRegister(runId, "farah");
    }

    @Test
    void launchedOverRestTheRunCompletesWithOneRegister() throws Exception {
        // when
        MvcResult launched = mvc.perform(post("/api/jobs/sales-register/runs").with(FINANCE).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":" + demoCompany + ",\"params\":{\"period\":\"" + period + "\"}}"))
                .andExpect(status().isAccepted()).andReturn();
        long runId = json.readTree(launched.getResponse().getContentAsString()).get("runId").asLong();

        // then
        assertCompletedWithOneRegister(runId, "farah");
    }

    @Test
    void launchedFromTheQueueTheRunCompletesWithOneRegister() {
        // given: runs launched before this message are not its run
        long before = jdbc.queryForObject("select coalesce(max(job_execution_id), 0) from batch_job_execution",
                Long.class);
        String messageId = "channels-" + UUID.randomUUID();

        // when
        jms.convertAndSend(LekhaQueues.JOBS_LAUNCH, "{\"messageId\":\"" + messageId + "\",\"job\":\"sales-register\","
                + "\"companyId\":" + demoCompany + ",\"params\":{\"period\":\"" + period + "\"}}");

        // then
        long runId = await().atMost(RUN_TIMEOUT).until(() -> queueRunAfter(before), Optional::isPresent)
                .orElseThrow().runId();
        assertCompletedWithOneRegister(runId, "queue");
    }

    @Test
    void aViewerMayNeitherLaunchNorDownload() throws Exception {
        mvc.perform(post("/jobs/sales-register/launch").with(VIEWER).with(csrf())
                        .param("companyId", Long.toString(demoCompany)).param("param.period", period))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/jobs/sales-register/runs").with(VIEWER).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":" + demoCompany + ",\"params\":{\"period\":\"" + period + "\"}}"))
                .andExpect(status().isForbidden());

        // a register that exists, so the refusal is about the role and not a missing artifact
        long runId = runs.launch("sales-register", demoCompany, java.util.Map.of("period", period), "farah");
        long artifactId = assertCompletedWithOneRegister(runId, "farah");
        mvc.perform(get("/api/artifacts/{id}/content", artifactId).with(VIEWER)).andExpect(status().isForbidden());
    }

    /** Waits for the run to finish; asserts it completed with one register. Returns the artifact id. */
    private long assertCompletedWithOneRegister(long runId, String launchedBy) {
        RunDetail run = await().atMost(RUN_TIMEOUT).until(() -> runs.run(runId).orElseThrow(),
                r -> !Set.of("STARTING", "STARTED", "STOPPING").contains(r.summary().status()));
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.summary().jobName()).isEqualTo("sales-register");
        assertThat(run.summary().companyId()).isEqualTo(demoCompany);
        assertThat(run.summary().params()).containsEntry("period", period);
        assertThat(run.summary().launchedBy()).isEqualTo(launchedBy);
        List<StoredArtifact> made = artifacts.forJobExecution(runId);
        assertThat(made).singleElement().satisfies(artifact -> {
            assertThat(artifact.kind()).isEqualTo("SALES_REGISTER_XLSX");
            assertThat(artifact.companyId()).isEqualTo(demoCompany);
            assertThat(artifact.period()).isEqualTo(period);
            assertThat(artifact.fileName()).isEqualTo("sales-register-ALL-" + period + ".xlsx");
        });
        assertThat(run.artifactIds()).containsExactly(made.get(0).id());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'JOB_LAUNCH' and target = ?"
                + " and actor = ?", Long.class, "run:" + runId, launchedBy)).as("launch audited").isEqualTo(1L);
        return made.get(0).id();
    }

    private Optional<RunSummary> queueRunAfter(long executionId) {
        return runs.recent(100, Set.of(demoCompany)).stream()
                .filter(r -> r.runId() > executionId && "queue".equals(r.launchedBy())
                        && "sales-register".equals(r.jobName()))
                .findFirst();
    }
}

package dev.lekha.jobs.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.SlowTestJobConfiguration;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
@Import({JobsTestConfiguration.class, SlowTestJobConfiguration.class})
class JobRunsIT {

    @Autowired
    JobRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsJobsWithTheirParametersInNameOrder() {
        assertThat(runs.jobs()).extracting(JobDescriptor::name).containsExactly("bank-recon", "form16", "gstr1", "gstr2b-recon",
                "gstr3b", "mrp", "payroll", "razorpay-recon", "rfm", "sales-register", "tds-quarterly", SlowTestJobConfiguration.NAME);
        JobDescriptor gstr1 = runs.jobs().stream().filter(j -> j.name().equals("gstr1")).findFirst().orElseThrow();
        assertThat(gstr1.parameters()).extracting(JobDescriptor.ParamSpec::name).containsExactly("gstin", "period");
        assertThat(gstr1.artifactKinds()).containsExactly("GSTR1_JSON", "GSTR1_XLSX");
        JobDescriptor salesRegister = runs.jobs().stream().filter(j -> j.name().equals("sales-register")).findFirst().orElseThrow();
        assertThat(salesRegister.parameters()).extracting(JobDescriptor.ParamSpec::name).containsExactly("gstin", "period");
        assertThat(salesRegister.artifactKinds()).containsExactly("SALES_REGISTER_XLSX");
        JobDescriptor bankRecon = runs.jobs().get(0);
        assertThat(bankRecon.parameters()).extracting(JobDescriptor.ParamSpec::name).containsExactly("bankAccount", "from", "to");
        assertThat(bankRecon.artifactKinds()).containsExactly("BANK_RECON_XLSX");
    }

    @Test
    void stopsARunningRunWhichCanThenBeRestarted() throws Exception {
        // given
        long company = new SalesDocumentsFixture(jdbc).company("AAACS0001A");
        long runId = runs.launch(SlowTestJobConfiguration.NAME, company, Map.of(), "tester");
        RunDetail running = RunsAwait.until(runs, runId, "STARTED");
        assertThat(running.stoppable()).isTrue();

        // when
        runs.stop(runId, "tester");

        // then
        RunsAwait.until(runs, runId, "STOPPED");
        RunDetail stopped = RunsAwait.restartable(runs, runId);
        assertThat(stopped.summary().status()).isEqualTo("STOPPED");
        assertThat(stopped.stoppable()).isFalse();
        assertThat(stopped.restartable()).isTrue();
        assertThatThrownBy(() -> runs.stop(runId, "tester")).isInstanceOf(RunStateConflictException.class)
                .hasMessageContaining("not running");

        long again = runs.restart(runId, "tester");
        RunsAwait.until(runs, again, "STARTED");
        runs.stop(again, "tester");
        assertThat(RunsAwait.until(runs, again, "STOPPED").summary().launchedBy()).isEqualTo("tester");
        // launch, stop and restart are in the audit log, by whoever asked, against the company
        assertThat(audited("JOB_LAUNCH", runId, company)).isEqualTo(1);
        assertThat(audited("JOB_STOP", runId, company)).isEqualTo(1);
        assertThat(audited("JOB_RESTART", again, company)).isEqualTo(1);
    }

    private int audited(String action, long runId, long company) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ? and actor = 'tester'"
                + " and company_id = ?", Integer.class, action, "run:" + runId, company);
    }

    @Test
    void rejectsBadParametersNamingEachProblem() {
        long company = new SalesDocumentsFixture(jdbc).company("AAACS0002A");

        assertThatThrownBy(() -> runs.launch("sales-register", company,
                Map.of("period", "132026", "gstin", "27XYZ", "colour", "blue"), "tester"))
                .isInstanceOfSatisfying(InvalidJobParametersException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("period", "gstin", "colour");
                    assertThat(e.problems().get("period")).contains("'132026'").contains("MMYYYY").contains("112026");
                    assertThat(e.problems().get("colour")).contains("not a parameter of job sales-register");
                });
        assertThatThrownBy(() -> runs.launch("sales-register", company, Map.of(), "tester"))
                .isInstanceOfSatisfying(InvalidJobParametersException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("period").containsValue(
                                "is required (period, e.g. 112026)"));
        assertThatThrownBy(() -> runs.launch("sales-register", 987654321L, Map.of("period", "112026"), "tester"))
                .isInstanceOfSatisfying(InvalidJobParametersException.class,
                        e -> assertThat(e.problems()).containsEntry("companyId", "no company with id 987654321"));
        assertThatThrownBy(() -> runs.launch("no-such-job", company, Map.of(), "tester"))
                .isInstanceOf(UnknownJobException.class).hasMessageContaining("no-such-job");
    }

    @Test
    void unknownRunsAreReportedAsSuch() {
        assertThat(runs.run(987654321L)).isEmpty();
        assertThatThrownBy(() -> runs.restart(987654321L, "tester")).isInstanceOf(UnknownRunException.class);
        assertThatThrownBy(() -> runs.stop(987654321L, "tester")).isInstanceOf(UnknownRunException.class);
    }

    @Test
    void aCompletedRunCannotBeRestarted() throws Exception {
        long company = new SalesDocumentsFixture(jdbc).company("AAACS0003A", "27AAACS0003A1Z5");
        long runId = runs.launch("sales-register", company, Map.of("period", "012027"), "tester");
        assertThat(RunsAwait.finished(runs, runId).summary().status()).isEqualTo("COMPLETED");

        assertThatThrownBy(() -> runs.restart(runId, "tester")).isInstanceOf(RunStateConflictException.class)
                .hasMessageContaining("only a FAILED or STOPPED run can be restarted");
    }
}

package dev.lekha.jobs.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Problem;
import dev.lekha.mappings.gst.gstr1.Gstr1RejectedException;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fails the run when validation found any problem: throws {@link Gstr1RejectedException} whose one-line message
 * lists every problem (document, line, field, what to fix), which becomes the step's exit description and the
 * first error of the run detail. The staging rows are removed first, in their own transaction, so the failed run
 * leaves nothing behind.
 */
class Gstr1ProblemCheck implements Tasklet {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    Gstr1ProblemCheck(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var execution = contribution.getStepExecution().getJobExecution();
        long instance = execution.getJobInstanceId();
        List<Gstr1Problem> problems = jdbc.query("select document, line_no, field, message from gstr1_problem"
                + " where job_instance_id = ? order by id", (rs, n) -> new Gstr1Problem(rs.getString(1),
                (Integer) rs.getObject(2, Integer.class), rs.getString(3), rs.getString(4)), instance);
        if (!problems.isEmpty()) {
            ownTransaction.executeWithoutResult(s -> Gstr1Staging.clear(jdbc, instance));
            var params = execution.getJobParameters();
            throw new Gstr1RejectedException(params.getString("gstin"), params.getString("period"), problems);
        }
        return RepeatStatus.FINISHED;
    }
}

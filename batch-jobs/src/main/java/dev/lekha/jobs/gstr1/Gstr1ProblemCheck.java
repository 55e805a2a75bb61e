package dev.lekha.jobs.gstr1;

import com.opencsv.CSVWriter;
import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.mappings.gst.gstr1.Gstr1Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
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
 * first error of the run detail. Because Spring Batch cuts that description at 2,500 characters, every problem is
 * also written to a {@value #PROBLEMS_KIND} artifact of the run (never a return file). The staging rows are removed
 * first, in their own transaction, so the failed run leaves no half-made return behind.
 */
class Gstr1ProblemCheck implements Tasklet {

    static final String PROBLEMS_KIND = "GSTR1_PROBLEMS_CSV";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ArtifactStore artifacts;

    Gstr1ProblemCheck(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ArtifactStore artifacts) {
        this.jdbc = jdbc;
        this.artifacts = artifacts;
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
            var params = execution.getJobParameters();
            ownTransaction.executeWithoutResult(s -> {
                artifacts.store(new NewArtifact(params.getLong("companyId"), PROBLEMS_KIND, params.getString("period"),
                        "gstr1-problems-" + params.getString("gstin") + "-" + params.getString("period") + ".csv",
                        "text/csv", execution.getId()), out -> writeCsv(problems, out));
                Gstr1Staging.clear(jdbc, instance);
            });
            throw new Gstr1RejectedException(params.getString("gstin"), params.getString("period"), problems);
        }
        return RepeatStatus.FINISHED;
    }

    private static void writeCsv(List<Gstr1Problem> problems, OutputStream out) throws IOException {
        try (CSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.writeNext(new String[] {"document", "line", "field", "problem"});
            for (Gstr1Problem p : problems) {
                csv.writeNext(new String[] {p.document(), p.lineNo() == null ? "" : p.lineNo().toString(), p.field(),
                        p.message()});
            }
        }
    }
}

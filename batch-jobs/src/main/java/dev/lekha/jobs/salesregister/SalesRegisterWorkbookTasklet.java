package dev.lekha.jobs.salesregister;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams the staged lines of this job instance into the XLSX register, stores it as a
 * {@code SALES_REGISTER_XLSX} artifact and removes the staging rows, all in the step's one
 * transaction: either the artifact is recorded and the staging gone, or neither.
 */
class SalesRegisterWorkbookTasklet implements Tasklet {

    static final String KIND = "SALES_REGISTER_XLSX";

    private static final String LINES = "select sales_document_id, supplier_gstin, doc_type, doc_number, doc_date,"
            + " return_period, supply_type, reverse_charge, place_of_supply, buyer_gstin, buyer_name, taxable_value,"
            + " igst, cgst, sgst, cess, other_charges, round_off, total_value from sales_register_line"
            + " where job_instance_id = ? order by supplier_gstin, doc_date, doc_number, sales_document_id";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;

    SalesRegisterWorkbookTasklet(DataSource dataSource, ArtifactStore artifacts) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.artifacts = artifacts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String gstin = params.getString("gstin");
        String period = params.getString("period");
        long jobInstanceId = step.getJobExecution().getJobInstanceId();
        String scope = gstin == null ? "all registrations" : gstin;
        String fileName = "sales-register-" + (gstin == null ? "ALL" : gstin) + "-" + period + ".xlsx";
        String title = "Sales register, " + scope + ", return period " + period.substring(0, 2) + "/"
                + period.substring(2);
        long[] lines = {0};
        StoredArtifact stored = artifacts.store(
                new NewArtifact(companyId, KIND, period, fileName, SalesRegisterXlsx.CONTENT_TYPE,
                        step.getJobExecutionId()),
                out -> {
                    try (SalesRegisterXlsx register = new SalesRegisterXlsx(title)) {
                        jdbc.query(LINES, rs -> {
                            register.add(line(rs));
                            lines[0]++;
                        }, jobInstanceId);
                        register.writeTo(out);
                    }
                });
        jdbc.update("delete from sales_register_line where job_instance_id = ?", jobInstanceId);
        contribution.incrementWriteCount(lines[0]);
        step.getExecutionContext().putLong("lekha.artifactId", stored.id());
        return RepeatStatus.FINISHED;
    }

    static SalesRegisterLine line(ResultSet rs) throws SQLException {
        return new SalesRegisterLine(rs.getLong("sales_document_id"), rs.getString("supplier_gstin"),
                rs.getString("doc_type"), rs.getString("doc_number"), rs.getDate("doc_date").toLocalDate(),
                rs.getString("return_period"), rs.getString("supply_type"), rs.getBoolean("reverse_charge"),
                rs.getString("place_of_supply"), rs.getString("buyer_gstin"), rs.getString("buyer_name"),
                rs.getBigDecimal("taxable_value"), rs.getBigDecimal("igst"), rs.getBigDecimal("cgst"),
                rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"), rs.getBigDecimal("other_charges"),
                rs.getBigDecimal("round_off"), rs.getBigDecimal("total_value"));
    }
}

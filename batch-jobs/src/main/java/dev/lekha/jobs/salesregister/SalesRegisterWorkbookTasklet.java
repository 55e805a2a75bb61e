package dev.lekha.jobs.salesregister;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.mappings.salesregister.SalesRegisterHeader;
import dev.lekha.mappings.salesregister.SalesRegisterRow;
import dev.lekha.mappings.salesregister.SalesRegisterWorkbook;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams the staged lines of this job instance into the mappings module's
 * {@link SalesRegisterWorkbook}, stores it as a {@code SALES_REGISTER_XLSX} artifact and removes the
 * staging rows, all in the step's one transaction: either the artifact is recorded and the staging
 * gone, or neither. Credit notes ({@code CRN}) reduce the period's supplies, so their amounts are
 * passed negative and the register's totals are net of them.
 */
class SalesRegisterWorkbookTasklet implements Tasklet {

    static final String KIND = "SALES_REGISTER_XLSX";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What the header's GSTIN line says when the register covers every registration of the company. */
    static final String ALL_REGISTRATIONS = "All registrations";

    private static final String LINES = "select sales_document_id, supplier_gstin, doc_type, doc_number, doc_date,"
            + " return_period, supply_type, reverse_charge, place_of_supply, buyer_gstin, buyer_name, taxable_value,"
            + " igst, cgst, sgst, cess, other_charges, round_off, total_value from sales_register_line"
            + " where job_instance_id = ? order by supplier_gstin, doc_date, doc_number, sales_document_id";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final Clock clock;

    SalesRegisterWorkbookTasklet(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.artifacts = artifacts;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String gstin = params.getString("gstin");
        boolean allRegistrations = gstin == null || gstin.isBlank();
        String period = params.getString("period");
        long jobInstanceId = step.getJobExecution().getJobInstanceId();
        String fileName = "sales-register-" + (allRegistrations ? "ALL" : gstin) + "-" + period + ".xlsx";
        YearMonth month = YearMonth.of(Integer.parseInt(period.substring(2)), Integer.parseInt(period.substring(0, 2)));
        String companyName = jdbc.queryForObject("select legal_name from company where id = ?", String.class, companyId);
        SalesRegisterHeader header = new SalesRegisterHeader(companyName, allRegistrations ? ALL_REGISTRATIONS : gstin,
                month.atDay(1), month.atEndOfMonth(), clock.instant());
        long[] lines = {0};
        StoredArtifact stored = artifacts.store(
                new NewArtifact(companyId, KIND, period, fileName, CONTENT_TYPE, step.getJobExecutionId()),
                out -> {
                    try (SalesRegisterWorkbook register = SalesRegisterWorkbook.begin(header)) {
                        jdbc.query(LINES, rs -> {
                            register.add(row(rs));
                            lines[0]++;
                        }, jobInstanceId);
                        register.finish(out);
                    }
                });
        jdbc.update("delete from sales_register_line where job_instance_id = ?", jobInstanceId);
        contribution.incrementWriteCount(lines[0]);
        step.getExecutionContext().putLong("lekha.artifactId", stored.id());
        return RepeatStatus.FINISHED;
    }

    /** One staged line as a register row; a credit note's amounts negated. */
    static SalesRegisterRow row(ResultSet rs) throws SQLException {
        String type = rs.getString("doc_type");
        boolean creditNote = "CRN".equals(type);
        LocalDate date = rs.getDate("doc_date").toLocalDate();
        List<BigDecimal> amounts = List.of(rs.getBigDecimal("taxable_value"), rs.getBigDecimal("igst"),
                rs.getBigDecimal("cgst"), rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"),
                rs.getBigDecimal("total_value")).stream()
                .map(amount -> creditNote ? amount.negate() : amount)
                .toList();
        return new SalesRegisterRow(date, type, rs.getString("doc_number"), rs.getString("buyer_name"),
                rs.getString("buyer_gstin"), rs.getString("place_of_supply"), rs.getString("supply_type"),
                amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3), amounts.get(4), amounts.get(5),
                List.of());
    }
}

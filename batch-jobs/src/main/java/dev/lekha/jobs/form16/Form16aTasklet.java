package dev.lekha.jobs.form16;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.mappings.incometax.form16.Form16A;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Form 16A (Form 131 from tax year 2026-27) for every vendor deductee and quarter of the year, from
 * {@code tds_deduction} (V23) with the challan each deduction was deposited with; deductions with no tax (reason B)
 * are listed too, as the statement reports them. Streamed deductee by deductee and quarter by quarter.
 */
class Form16aTasklet implements Tasklet {

    static final String KIND = "FORM16A_PDF_ZIP";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;

    Form16aTasklet(JdbcTemplate jdbc, ArtifactStore artifacts) {
        this.jdbc = jdbc;
        this.artifacts = artifacts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        FinancialYear fy = FinancialYear.parse(params.getString("financialYear"));
        String year = fy.toString();
        boolean newAct = fy.startYear() >= 2026;
        Map<String, Object> company = jdbc.queryForMap("select legal_name, pan from company where id = ?", companyId);
        int[] written = {0};
        String name = (newAct ? "Form131" : "Form16A") + "-" + year + ".zip";
        artifacts.store(new NewArtifact(companyId, KIND, year, name, "application/zip", step.getJobExecutionId()), out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            List<Form16A.Deduction> rows = new ArrayList<>();
            String[] key = {null};
            String[][] who = {null};
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(500);
            streaming.query("select d.tan, coalesce(d.deductee_pan, 'PANNOTAVBL') as pan, d.deductee_name, d.payment_date,"
                    + " d.section_code, d.payment_code, d.amount_paid, d.rate_percent, d.tds, d.deduction_date,"
                    + " c.bsr_code, c.challan_serial, c.deposit_date from tds_deduction d"
                    + " left join tds_challan c on c.id = d.challan_id"
                    + " where d.company_id = ? and d.deduction_date between ? and ?"
                    + " order by d.tan, pan, d.deductee_name, d.deduction_date, d.id", rs -> {
                LocalDate deducted = rs.getDate("deduction_date").toLocalDate();
                int quarter = deducted.getMonthValue() >= 4 ? (deducted.getMonthValue() - 4) / 3 + 1 : 4;
                String k = rs.getString("tan") + "|" + rs.getString("pan") + "|" + rs.getString("deductee_name") + "|" + quarter;
                if (key[0] != null && !key[0].equals(k)) {
                    write(zip, year, company, who[0], rows);
                    written[0]++;
                    rows.clear();
                }
                key[0] = k;
                who[0] = new String[] {rs.getString("tan"), rs.getString("pan"), rs.getString("deductee_name"),
                        String.valueOf(quarter)};
                Date deposit = rs.getDate("deposit_date");
                String challan = rs.getString("bsr_code") == null ? null : "BSR " + rs.getString("bsr_code") + " serial "
                        + rs.getString("challan_serial") + " of " + deposit.toLocalDate();
                rows.add(new Form16A.Deduction(rs.getDate("payment_date").toLocalDate(), rs.getString("section_code"),
                        rs.getString("payment_code"), rs.getBigDecimal("amount_paid"), rs.getBigDecimal("rate_percent"),
                        rs.getBigDecimal("tds"), deducted, challan));
            }, companyId, Date.valueOf(fy.start()), Date.valueOf(fy.end()));
            if (!rows.isEmpty()) {
                write(zip, year, company, who[0], rows);
                written[0]++;
            }
            zip.finish();
        });
        contribution.incrementWriteCount(written[0]);
        return RepeatStatus.FINISHED;
    }

    private static void write(ZipOutputStream zip, String year, Map<String, Object> company, String[] who,
                              List<Form16A.Deduction> rows) {
        Form16A form = new Form16A(year, Integer.parseInt(who[3]), (String) company.get("legal_name"), who[0],
                (String) company.get("pan"), who[2], "PANNOTAVBL".equals(who[1]) ? null : who[1], rows);
        try {
            zip.putNextEntry(new ZipEntry(who[0] + "/" + who[1] + "-Q" + who[3] + "-" + year + ".pdf"));
            form.writePdf(zip);
            zip.closeEntry();
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }
}

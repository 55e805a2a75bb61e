package dev.lekha.jobs.salesregister;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RecordingOutbox;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.mappings.salesregister.SalesRegisterWorkbook;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sales-register job end to end against the database: exact counts, the workbook's totals to the
 * paisa, the artifact's SHA-256, and a run made to fail midway that is restarted without duplicates.
 * Chunk size is 10 (src/test/resources/application.yml).
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class SalesRegisterJobIT {

    // columns of dev.lekha.mappings.salesregister.SalesRegisterWorkbook's register sheet
    private static final int COL_NUMBER = 2;
    private static final int COL_TAXABLE = 7;
    private static final int COL_IGST = 8;
    private static final int COL_TOTAL = 12;

    @Autowired
    JobRuns runs;
    @Autowired
    ArtifactStore artifacts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordingOutbox outbox;

    @Test
    void writesOneRegistrationsDocumentsOfThePeriodWithExactTotals() throws Exception {
        // given: 20 invoices of 27AAACR0001A1Z5 in 11/2026 (taxable 100.05 × i, IGST 18.01 × i, i = 1..20),
        // and documents that must stay out: another registration, another period, another company
        SalesDocumentsFixture fixture = new SalesDocumentsFixture(jdbc);
        long company = fixture.company("AAACR0001A", "27AAACR0001A1Z5", "29AAACR0001A1Z1");
        for (int i = 1; i <= 20; i++) {
            fixture.invoice(company, "27AAACR0001A1Z5", "R1-" + i, LocalDate.of(2026, 11, i), "112026",
                    new BigDecimal("100.05").multiply(BigDecimal.valueOf(i)).toPlainString(),
                    new BigDecimal("18.01").multiply(BigDecimal.valueOf(i)).toPlainString());
        }
        fixture.invoice(company, "29AAACR0001A1Z1", "R1-K1", LocalDate.of(2026, 11, 3), "112026", "1000.00", "180.00");
        fixture.invoice(company, "27AAACR0001A1Z5", "R1-O1", LocalDate.of(2026, 10, 3), "102026", "1000.00", "180.00");
        long other = fixture.company("AAACR0009A", "27AAACR0009A1Z5");
        fixture.invoice(other, "27AAACR0009A1Z5", "R1-X1", LocalDate.of(2026, 11, 3), "112026", "1000.00", "180.00");

        // when
        long runId = runs.launch("sales-register", company, Map.of("gstin", "27AAACR0001A1Z5", "period", "112026"),
                "tester");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.summary().params()).containsEntry("gstin", "27AAACR0001A1Z5").containsEntry("period", "112026");
        assertThat(run.summary().companyId()).isEqualTo(company);
        assertThat(run.summary().launchedBy()).isEqualTo("tester");
        assertThat(run.progressPercent()).isEqualTo(100);
        assertThat(run.steps()).extracting(RunDetail.StepDetail::name)
                .containsExactly("stageSalesDocuments", "writeSalesRegister");
        assertThat(run.steps().get(0).readCount()).isEqualTo(20);
        assertThat(run.steps().get(0).writeCount()).isEqualTo(20);
        assertThat(run.steps().get(0).skipCount()).isZero();
        assertThat(run.steps().get(1).writeCount()).isEqualTo(20);
        assertThat(run.artifactIds()).hasSize(1);

        StoredArtifact artifact = artifacts.find(run.artifactIds().get(0)).orElseThrow();
        assertThat(artifact.kind()).isEqualTo("SALES_REGISTER_XLSX");
        assertThat(artifact.period()).isEqualTo("112026");
        assertThat(artifact.companyId()).isEqualTo(company);
        assertThat(artifact.fileName()).isEqualTo("sales-register-27AAACR0001A1Z5-112026.xlsx");
        byte[] content = content(artifact.id());
        assertThat(sha256(content)).isEqualTo(artifact.sha256());
        assertThat((long) content.length).isEqualTo(artifact.sizeBytes());

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet("Sales register");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total (20 documents)");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Test company AAACR0001A");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("27AAACR0001A1Z5");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("01-11-2026 to 30-11-2026");
            // 100.05 × 210 = 21010.50; 18.01 × 210 = 3782.10; sum 24792.60 (210 = 1 + 2 + ... + 20)
            assertThat(amount(total, COL_TAXABLE)).isEqualByComparingTo("21010.50");
            assertThat(amount(total, COL_IGST)).isEqualByComparingTo("3782.10");
            assertThat(amount(total, COL_TOTAL)).isEqualByComparingTo("24792.60");
            assertThat(documentNumbers(sheet)).hasSize(20).allMatch(n -> n.startsWith("R1-") && !n.contains("K")
                    && !n.contains("O") && !n.contains("X"));
        }
        assertThat(stagedRows()).isZero();
        assertThat(outbox.messages()).anySatisfy(m -> {
            assertThat(m.eventType()).isEqualTo("job.completed");
            assertThat(m.aggregateId()).isEqualTo(Long.toString(runId));
            assertThat(m.payloadJson()).contains("\"job\":\"sales-register\"").contains("\"artifactIds\":[" + artifact.id() + "]");
        });
        assertThat(outbox.messages()).anySatisfy(m -> {
            assertThat(m.eventType()).isEqualTo("artifact.created");
            assertThat(m.aggregateId()).isEqualTo(Long.toString(artifact.id()));
        });
        assertThat(runs.recent(50, Set.of(company))).extracting(r -> r.runId()).contains(runId);
        assertThat(runs.recent(50, Set.of(other))).extracting(r -> r.runId()).doesNotContain(runId);
    }

    @Test
    void takesEveryRegistrationWhenNoGstinIsGivenAndCountsCreditNotesNegative() throws Exception {
        // given: 3 invoices in Maharashtra, 2 in Karnataka and a Karnataka credit note, all in 11/2026
        SalesDocumentsFixture fixture = new SalesDocumentsFixture(jdbc);
        long company = fixture.company("AAACR0003A", "27AAACR0003A1Z5", "29AAACR0003A1Z1");
        fixture.invoice(company, "27AAACR0003A1Z5", "A-1", LocalDate.of(2026, 11, 1), "112026", "1000.00", "180.00");
        fixture.invoice(company, "27AAACR0003A1Z5", "A-2", LocalDate.of(2026, 11, 2), "112026", "2000.50", "360.09");
        fixture.invoice(company, "27AAACR0003A1Z5", "A-3", LocalDate.of(2026, 11, 3), "112026", "0.01", "0.00");
        fixture.invoice(company, "29AAACR0003A1Z1", "B-1", LocalDate.of(2026, 11, 4), "112026", "500.00", "90.00");
        fixture.invoice(company, "29AAACR0003A1Z1", "B-2", LocalDate.of(2026, 11, 5), "112026", "750.25", "135.05");
        fixture.document(company, "29AAACR0003A1Z1", "CRN", "C-1", LocalDate.of(2026, 11, 6), "112026",
                new BigDecimal("100.00"), new BigDecimal("18.00"));

        // when
        long runId = runs.launch("sales-register", company, Map.of("period", "112026"), "tester");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then: taxable 1000.00 + 2000.50 + 0.01 + 500.00 + 750.25 − 100.00 = 4150.76;
        // IGST 180.00 + 360.09 + 0.00 + 90.00 + 135.05 − 18.00 = 747.14; total 4897.90
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps().get(0).readCount()).isEqualTo(6);
        assertThat(run.steps().get(0).writeCount()).isEqualTo(6);
        StoredArtifact artifact = artifacts.find(run.artifactIds().get(0)).orElseThrow();
        assertThat(artifact.fileName()).isEqualTo("sales-register-ALL-112026.xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content(artifact.id())))) {
            Row total = workbook.getSheet("Sales register").getRow(workbook.getSheet("Sales register").getLastRowNum());
            assertThat(workbook.getSheet("Sales register").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("All registrations");
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total (6 documents)");
            assertThat(amount(total, COL_TAXABLE)).isEqualByComparingTo("4150.76");
            assertThat(amount(total, COL_IGST)).isEqualByComparingTo("747.14");
            assertThat(amount(total, COL_TOTAL)).isEqualByComparingTo("4897.90");
        }
    }

    @Test
    void runMadeToFailMidwayRestartsFromLastCommittedChunkWithoutDuplicates() throws Exception {
        // given: 25 invoices of 10.00 + IGST 1.80; the writer fails before the chunk that passes 15 items
        SalesDocumentsFixture fixture = new SalesDocumentsFixture(jdbc);
        long company = fixture.company("AAACR0002A", "27AAACR0002A1Z5");
        for (int i = 1; i <= 25; i++) {
            fixture.invoice(company, "27AAACR0002A1Z5", "F-" + i, LocalDate.of(2026, 11, 1 + i % 28), "112026",
                    "10.00", "1.80");
        }

        // when: the first run fails after one committed chunk of 10
        long first = runs.launch("sales-register", company,
                Map.of("gstin", "27AAACR0002A1Z5", "period", "112026", "failAfterItems", "15"), "tester");
        RunDetail failed = RunsAwait.finished(runs, first);

        // then
        assertThat(failed.summary().status()).isEqualTo("FAILED");
        assertThat(failed.steps()).hasSize(1);
        assertThat(failed.steps().get(0).writeCount()).isEqualTo(10);
        assertThat(failed.steps().get(0).rollbackCount()).isEqualTo(1);
        assertThat(failed.errors()).anyMatch(e -> e.contains("Injected fault"));
        assertThat(failed.restartable()).isTrue();
        assertThat(failed.artifactIds()).isEmpty();
        assertThat(failed.progressPercent()).as("20 of 25 read (the failed chunk included)").isEqualTo(80);
        assertThat(outbox.messages()).anySatisfy(m -> {
            assertThat(m.eventType()).isEqualTo("job.failed");
            assertThat(m.aggregateId()).isEqualTo(Long.toString(first));
        });
        long instance = jdbc.queryForObject("select job_instance_id from batch_job_execution where job_execution_id = ?",
                Long.class, first);
        assertThat(jdbc.queryForObject("select count(*) from sales_register_line where job_instance_id = ?",
                Integer.class, instance)).isEqualTo(10);

        // when: restarted
        long second = runs.restart(first, "tester");
        RunDetail completed = RunsAwait.finished(runs, second);

        // then: the remaining 15 only, and the register has each of the 25 documents once
        assertThat(second).isNotEqualTo(first);
        assertThat(completed.summary().status()).as("errors: %s", completed.errors()).isEqualTo("COMPLETED");
        assertThat(completed.steps().get(0).readCount()).isEqualTo(15);
        assertThat(completed.steps().get(0).writeCount()).isEqualTo(15);
        assertThat(completed.steps().get(1).writeCount()).isEqualTo(25);
        assertThat(runs.run(first).orElseThrow().restartable()).isFalse();
        StoredArtifact artifact = artifacts.find(completed.artifactIds().get(0)).orElseThrow();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content(artifact.id())))) {
            Sheet sheet = workbook.getSheet("Sales register");
            assertThat(documentNumbers(sheet)).hasSize(25).doesNotHaveDuplicates();
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(amount(total, COL_TAXABLE)).isEqualByComparingTo("250.00");
            assertThat(amount(total, COL_IGST)).isEqualByComparingTo("45.00");
            assertThat(amount(total, COL_TOTAL)).isEqualByComparingTo("295.00");
        }
        assertThat(jdbc.queryForObject("select count(*) from sales_register_line where job_instance_id = ?",
                Integer.class, instance)).isZero();
    }

    private byte[] content(long artifactId) throws Exception {
        try (InputStream in = artifacts.open(artifactId)) {
            return in.readAllBytes();
        }
    }

    private int stagedRows() {
        return jdbc.queryForObject("select count(*) from sales_register_line", Integer.class);
    }

    private static java.util.List<String> documentNumbers(Sheet sheet) {
        java.util.List<String> numbers = new java.util.ArrayList<>();
        for (int r = SalesRegisterWorkbook.COLUMN_HEADER_ROW + 1; r < sheet.getLastRowNum(); r++) {
            numbers.add(sheet.getRow(r).getCell(COL_NUMBER).getStringCellValue());
        }
        return numbers;
    }

    private static BigDecimal amount(Row row, int col) {
        return BigDecimal.valueOf(row.getCell(col).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

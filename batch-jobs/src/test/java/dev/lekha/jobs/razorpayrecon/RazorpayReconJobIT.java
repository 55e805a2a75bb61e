package dev.lekha.jobs.razorpayrecon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RecordingOutbox;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * razorpay-recon on three settlements whose rows follow Razorpay's documented recon example (a payment of
 * 1000.00 with fee 29.00 credited 971.00, a refund of 2425.00) plus a payment of 5000.00 with a fee of 118.00
 * of which 18.00 is GST: 1000.00 + 5000.00 - 2425.00 - 147.00 = 3428.00.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class RazorpayReconJobIT {

    @Autowired JobRuns runs;
    @Autowired JdbcTemplate jdbc;
    @Autowired ArtifactStore artifacts;
    @Autowired RecordingOutbox outbox;

    @Test
    void cleanSettlementsAreAnnouncedOnceAndDiscrepanciesListedWithTheirRows() throws Exception {
        var r = ThreadLocalRandom.current();
        String pan = "AA" + (char) ('A' + r.nextInt(26)) + "CZ" + String.format("%04d", r.nextInt(10_000)) + "R";
        long company = new SalesDocumentsFixture(jdbc).company(pan);
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?, '50100099887766',"
                + " 'HDFC0000001', 'HDFC Bank')", company);
        long account = jdbc.queryForObject("select id from bank_account where company_id = ?", Long.class, company);
        jdbc.update("insert into bank_statement (company_id, bank_account_id, format, file_name, file_sha256,"
                + " lines_in_file, lines_added, imported_at) values (?,?,'CSV','june.csv',?,2,2,?)", company, account,
                String.format("%064d", company), Timestamp.from(Instant.now()));
        long statement = jdbc.queryForObject("select id from bank_statement where company_id = ?", Long.class, company);

        settlement(company, "setl_CleanJune10a", "3428.00", "AXISCN0000000101", "2026-06-10");
        settlement(company, "setl_ShortJune11b", "3410.00", "AXISCN0000000102", "2026-06-11");
        settlement(company, "setl_NoBankJun12c", "3428.00", "AXISCN0000000103", "2026-06-12");
        bankCredit(company, account, statement, 1, "2026-06-11", "3428.00", "AXISCN0000000101");
        bankCredit(company, account, statement, 2, "2026-06-12", "3410.00", "AXISCN0000000102");

        RunDetail run = RunsAwait.finished(runs, runs.launch("razorpay-recon", company,
                Map.of("from", "2026-06-01", "to", "2026-06-30"), "tester"));

        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        var issues = jdbc.queryForList("select settlement_id, kind, expected, actual, detail from razorpay_recon_issue"
                + " where company_id = ? order by settlement_id, kind", company);
        assertThat(issues).extracting(m -> m.get("settlement_id") + " " + m.get("kind"))
                .containsExactly("setl_NoBankJun12c NOT_IN_BANK", "setl_ShortJune11b TOTAL");
        assertThat((BigDecimal) issues.get(1).get("actual")).isEqualByComparingTo("3428.00");
        assertThat((String) issues.get(1).get("detail")).contains("difference -18.00", "rfnd_DGRcGzZSLyEdg1 2425.00");
        assertThat(events(company)).containsExactly("setl_CleanJune10a");
        String payload = outbox.messages().stream().filter(m -> Long.valueOf(company).equals(m.companyId())
                && "settlement.reconciled".equals(m.eventType())).findFirst().orElseThrow().payloadJson();
        assertThat(payload).contains("\"amount\":\"3428.00\"", "\"utr\":\"AXISCN0000000101\"");

        try (InputStream in = artifacts.open(run.artifactIds().get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Settlements");
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("setl_CleanJune10a");
            assertThat(s.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(147.0);
            assertThat(s.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(18.0);
            assertThat(s.getRow(2).getCell(13).getStringCellValue()).isEqualTo("CLEAN");
            assertThat(s.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(-18.0);
            assertThat(wb.getSheet("Issues").getLastRowNum()).isEqualTo(2);
        }

        // a second run announces nothing new
        RunDetail again = RunsAwait.finished(runs, runs.launch("razorpay-recon", company,
                Map.of("from", "2026-06-01", "to", "2026-06-30"), "tester"));
        assertThat(again.summary().status()).isEqualTo("COMPLETED");
        assertThat(events(company)).containsExactly("setl_CleanJune10a");
    }

    private java.util.List<String> events(long company) {
        return outbox.messages().stream().filter(m -> Long.valueOf(company).equals(m.companyId())
                && "settlement.reconciled".equals(m.eventType())).map(m -> m.aggregateId()).toList();
    }

    private void settlement(long company, String id, String amount, String utr, String on) {
        jdbc.update("insert into razorpay_settlement (company_id, settlement_id, status, amount, fees, tax, utr, settled_on,"
                + " updated_at) values (?,?,'processed',?,0,0,?,?,?)", company, id, new BigDecimal(amount), utr,
                Date.valueOf(LocalDate.parse(on)), Timestamp.from(Instant.now()));
        item(company, id, "pay_DEXrnipqTmWVGE", "payment", "1000.00", "29.00", "0.00", "971.00", "0.00", utr);
        item(company, id, "pay_Gst5000xxxxxx", "payment", "5000.00", "118.00", "18.00", "4882.00", "0.00", utr);
        item(company, id, "rfnd_DGRcGzZSLyEdg1", "refund", "2425.00", "0.00", "0.00", "0.00", "2425.00", utr);
    }

    private void item(long company, String setl, String entity, String type, String amount, String fee, String tax,
                      String credit, String debit, String utr) {
        jdbc.update("insert into razorpay_settlement_item (company_id, settlement_id, entity_id, entity_type, amount, credit,"
                + " debit, fee, tax, settlement_utr, source) values (?,?,?,?,?,?,?,?,?,?,'API')", company, setl, entity, type,
                new BigDecimal(amount), new BigDecimal(credit), new BigDecimal(debit), new BigDecimal(fee),
                new BigDecimal(tax), utr);
    }

    private void bankCredit(long company, long account, long statement, int no, String date, String amount, String utr) {
        jdbc.update("insert into bank_statement_line (company_id, bank_account_id, statement_id, line_no, value_date, amount,"
                + " direction, narration, utr, line_key) values (?,?,?,?,?,?,'CR',?,?,?)", company, account, statement, no,
                Date.valueOf(LocalDate.parse(date)), new BigDecimal(amount), "NEFT CR-UTIB0000004-RAZORPAY SOFTWARE PVT LTD-"
                        + utr, utr, "k" + no);
    }
}

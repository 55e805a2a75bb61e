package dev.lekha.jobs.bankrecon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.jobs.BenchHeap;
import dev.lekha.jobs.BenchRuns;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (never run by {@code ./mvnw verify}; ops/bench/bank-recon.sh): generates
 * {@code lekha.bench.invoices} sales invoices (default 1,000,000) with bills, settlements and a June statement
 * with known truth ({@link ReconMonthGenerator}, seed 42), runs {@code bank-recon} and reports wall time, peak heap
 * (sampled every 50 ms; the generator's truth, kept for the precision count, is in the baseline), the auto-match
 * rate and the precision of the automatic matches against the truth.
 */
@SpringBootTest(properties = "logging.level.dev.lekha=WARN")
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class BankReconBench {

    @Autowired JobRuns runs;
    @Autowired JdbcTemplate jdbc;

    @Test
    void bankReconOfAGeneratedMonth() throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        Assumptions.assumeTrue("PostgreSQL".equals(product), "the bank-recon benchmark needs PostgreSQL");
        int invoices = Integer.getInteger("lekha.bench.invoices", 1_000_000);
        String pan = "AABCB" + String.format("%04d", (int) (System.currentTimeMillis() % 10000)) + "K";

        long loadStart = System.nanoTime();
        var month = new ReconMonthGenerator(jdbc, 42).generate(pan, invoices);
        jdbc.execute("analyze sales_document");
        jdbc.execute("analyze purchase_invoice");
        jdbc.execute("analyze bank_statement_line");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long items = month.salesInvoices() + month.bills() + month.settlements();
        Map<Long, Integer> lineNo = new HashMap<>();
        for (int i = 0; i < month.lineIds().length; i++) {
            lineNo.put(month.lineIds()[i], i + 1);
        }

        RunDetail run;
        double seconds;
        BenchHeap heap = BenchHeap.start();
        try (heap) {
            long start = System.nanoTime();
            long runId = runs.launch("bank-recon", month.companyId(), Map.of("bankAccount", month.accountNumber(),
                    "from", ReconMonthGenerator.FROM.toString(), "to", ReconMonthGenerator.TO.toString()), "bench");
            run = BenchRuns.await(runs, runId, Duration.ofHours(3));
            seconds = (System.nanoTime() - start) / 1e9;
        }

        long[] counts = new long[2];
        jdbc.query("select statement_line_id, target_type, target_id from bank_recon_match where company_id = ?"
                + " and status = 'CONFIRMED'", rs -> {
                    counts[0]++;
                    if (month.truthOf(rs.getLong(1), lineNo).contains(rs.getString(2) + ":" + rs.getLong(3))) {
                        counts[1]++;
                    }
                }, month.companyId());
        long lines = month.lineIds().length;
        long matchable = month.truth().stream().filter(t -> !t.isEmpty()).count();
        long matched = jdbc.queryForObject("select count(*) from bank_statement_line where company_id = ?"
                + " and recon_status = 'MATCHED'", Long.class, month.companyId());
        long suggested = jdbc.queryForObject("select count(*) from bank_statement_line where company_id = ?"
                + " and recon_status = 'SUGGESTED'", Long.class, month.companyId());
        String steps = BenchRuns.steps(run);
        String report = String.format(Locale.ROOT, "bank-recon benchmark: %d bank lines (%d with a truth) against %d open"
                        + " items (%d invoices, %d bills, %d settlements); generated in %.1f s%n"
                        + "bank-recon job: %s in %.1f s (%.0f lines/s); peak heap used %d MB (before the run %d MB, max %d MB)%n%s"
                        + "auto-matched lines: %d = %.1f%% of lines, %.1f%% of lines with a truth; suggested: %d%n"
                        + "automatic match pairs: %d, of which in the truth %d: precision %.4f%n"
                        + "%d cores, Java %s, %s%n",
                lines, matchable, items, month.salesInvoices(), month.bills(), month.settlements(), loadSeconds,
                run.summary().status(), seconds, lines / seconds, heap.peakMb(), heap.baselineMb(),
                BenchHeap.maxMb(), steps, matched, 100.0 * matched / lines,
                100.0 * matched / matchable, suggested, counts[0], counts[1],
                counts[0] == 0 ? 0.0 : (double) counts[1] / counts[0], Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), jdbc.queryForObject("select version()", String.class));
        System.out.print(report);
        Path out = Path.of("target", "bench", "bank-recon.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
    }
}

package dev.lekha.jobs.rfm;

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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (never run by {@code ./mvnw verify}; ops/bench/rfm.sh, ops/bench/README.md "RFM"): loads
 * {@code lekha.bench.orders} orders (default 10,000,000) for {@code lekha.bench.customers} customers (default
 * 1,000,000) into PostgreSQL with one INSERT ... SELECT over generate_series, runs the {@code rfm} job (as of
 * 2026-11-30, 12 months) and reports its wall time and peak heap (heap pools sampled every 50 ms); then times
 * PostgreSQL computing the same R, F and M scores in one statement with NTILE window functions (written into a
 * table, so both sides write their million rows), counts the customers on which the two disagree, and reports the
 * ratio job time / SQL time.
 *
 * <p>Data: order i belongs to customer {@code i mod customers} (so 10 orders each by default), dated
 * {@code (i * 7919) mod 400} days before the as-of date (some fall before the look-back), net amount
 * {@code 100 + (i * 104729) mod 9900} rupees and paise; every 25th row is a return of a tenth of that.
 */
@SpringBootTest(properties = "logging.level.dev.lekha=WARN")
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class RfmBench {

    private final JobRuns runs;
    private final JdbcTemplate jdbc;

    RfmBench(JobRuns runs, JdbcTemplate jdbc) {
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @Test
    void rfmOverTenMillionOrders() throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        Assumptions.assumeTrue("PostgreSQL".equals(product), "the RFM benchmark needs PostgreSQL");
        long orders = Long.getLong("lekha.bench.orders", 10_000_000L);
        long customers = Long.getLong("lekha.bench.customers", 1_000_000L);

        // given
        long loadStart = System.nanoTime();
        long company = load(orders, customers);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        // when: the job
        RunDetail run;
        double jobSeconds;
        BenchHeap heap = BenchHeap.start();
        try (heap) {
            long start = System.nanoTime();
            long runId = runs.launch("rfm", company, Map.of("asOf", "2026-11-30", "periodMonths", "12"), "bench");
            run = BenchRuns.await(runs, runId, Duration.ofHours(3));
            jobSeconds = (System.nanoTime() - start) / 1e9;
        }
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");

        // when: PostgreSQL alone, one statement with the documented tie rule (docs/rfm.md)
        long sqlStart = System.nanoTime();
        jdbc.execute("create table bench_rfm_sql as select customer_key,"
                + " ntile(5) over (order by last_order, orders, net_amount, customer_key) as r_score,"
                + " ntile(5) over (order by orders, last_order, net_amount, customer_key) as f_score,"
                + " ntile(5) over (order by net_amount, orders, last_order, customer_key) as m_score"
                + " from (select customer_key, sum(case when is_return then 0 else 1 end) as orders,"
                + " sum(net_amount) as net_amount,"
                + " coalesce(max(case when is_return then null else order_date end), date '2025-11-30') as last_order"
                + " from customer_order where company_id = " + company
                + " and order_date > date '2025-11-30' and order_date <= date '2026-11-30' group by customer_key) a");
        double sqlSeconds = (System.nanoTime() - sqlStart) / 1e9;

        // then
        long runRow = jdbc.queryForObject("select id from rfm_run where company_id = ?", Long.class, company);
        long scored = jdbc.queryForObject("select count(*) from rfm_customer_score where run_id = ?", Long.class, runRow);
        long bySql = jdbc.queryForObject("select count(*) from bench_rfm_sql", Long.class);
        long disagreements = jdbc.queryForObject("select count(*) from bench_rfm_sql s full join"
                + " (select * from rfm_customer_score where run_id = ?) c on c.customer_key = s.customer_key"
                + " where c.customer_key is null or s.customer_key is null or c.r_score <> s.r_score"
                + " or c.f_score <> s.f_score or c.m_score <> s.m_score", Long.class, runRow);
        String steps = BenchRuns.steps(run);
        String report = String.format(Locale.ROOT, "RFM benchmark: %d orders for %d customers (loaded in %.1f s)%n"
                        + "rfm job: %s in %.1f s; %d customers scored; peak heap used %d MB (before the run %d MB,"
                        + " max %d MB)%n%s"
                        + "PostgreSQL alone, one NTILE statement into a table: %.1f s (%d customers)%n"
                        + "ratio job / SQL: %.1f%n"
                        + "customers on which job and SQL disagree (R, F or M, or missing on one side): %d%n"
                        + "%d cores, Java %s, %s%n",
                orders, customers, loadSeconds, run.summary().status(), jobSeconds, scored, heap.peakMb(),
                heap.baselineMb(), BenchHeap.maxMb(), steps, sqlSeconds, bySql,
                jobSeconds / sqlSeconds, disagreements, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), jdbc.queryForObject("select version()", String.class));
        System.out.print(report);
        Path out = Path.of("target", "bench", "rfm.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(disagreements).isZero();
    }

    private long load(long orders, long customers) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at)"
                + " values ('RFM bench company', 'AAKCF9999B', true, false, ?)", Timestamp.from(Instant.now()));
        long company = jdbc.queryForObject("select id from company where pan = 'AAKCF9999B'", Long.class);
        jdbc.update("insert into customer_order (company_id, order_id, order_date, customer_key, net_amount, is_return,"
                + " source_file, imported_at)"
                + " select ?, 'B' || i, date '2026-11-30' - cast((i * 7919) % 400 as integer), 'C' || (i % ?),"
                + " case when i % 25 = 0 then -(10 + ((i * 104729) % 990000) / 1000.0)"
                + " else 100 + ((i * 104729) % 990000) / 100.0 end, i % 25 = 0, 'bench', now()"
                + " from generate_series(cast(1 as bigint), ?) as g(i)", company, customers, orders);
        jdbc.execute("analyze customer_order");
        return company;
    }
}

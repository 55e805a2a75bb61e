package dev.lekha.jobs.gstr1;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (never run by {@code ./mvnw verify}; see ops/bench/README.md, "GSTR-1"): loads
 * {@code lekha.bench.invoices} (default 1,000,000) invoices of 5 lines each for one GSTIN and August 2024 into
 * PostgreSQL with two INSERT ... SELECT over generate_series, runs the {@code gstr1} job and reports its wall time
 * and the peak heap in use (heap memory pools sampled every 50 ms), beside PostgreSQL's own time for one SQL
 * statement that aggregates the same rows the way b2cs and the HSN summary do.
 *
 * <p>Data: 40% B2B inter-state (27 to 29, 1,000 buyers), 50% B2C intra-state, 10% B2C inter-state of which one in
 * a hundred above Rs 1,00,000 (b2cl); 5 lines at 18% over 20 HSN codes; the company is a sandbox company (GSTINs
 * checked for shape). Run with -Xmx512m (ops/bench/gstr1.sh).
 */
@SpringBootTest(properties = "logging.level.dev.lekha=WARN")
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class Gstr1Bench {

    private static final String GSTIN = "27AABCB1234B1ZB";

    @Autowired
    JobRuns runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gstr1OfAMillionInvoices() throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        Assumptions.assumeTrue("PostgreSQL".equals(product), "the GSTR-1 benchmark needs PostgreSQL");
        int count = Integer.getInteger("lekha.bench.invoices", 1_000_000);

        // given
        long loadStart = System.nanoTime();
        long company = load(count);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        // PostgreSQL alone: one statement aggregating the same rows (b2cs-style by pos/rate, HSN by code/rate)
        long sqlStart = System.nanoTime();
        List<Map<String, Object>> groups = jdbc.queryForList("select d.place_of_supply, l.hsn, l.gst_rate,"
                + " case when d.buyer_gstin is null then 'B2C' else 'B2B' end as kind, count(*) as lines,"
                + " sum(l.quantity) as qty, sum(l.taxable_value) as txval, sum(l.igst) as iamt, sum(l.cgst) as camt,"
                + " sum(l.sgst) as samt, sum(l.cess) as csamt from sales_document d"
                + " join sales_document_line l on l.sales_document_id = d.id"
                + " where d.company_id = ? and d.supplier_gstin = ? and d.return_period = '082024'"
                + " group by d.place_of_supply, l.hsn, l.gst_rate, case when d.buyer_gstin is null then 'B2C' else 'B2B' end",
                company, GSTIN);
        double sqlSeconds = (System.nanoTime() - sqlStart) / 1e9;

        // when
        RunDetail run;
        double seconds;
        BenchHeap heap = BenchHeap.start();
        try (heap) {
            long start = System.nanoTime();
            long runId = runs.launch("gstr1", company, Map.of("gstin", GSTIN, "period", "082024"), "bench");
            run = BenchRuns.await(runs, runId, Duration.ofHours(3));
            seconds = (System.nanoTime() - start) / 1e9;
        }

        // then
        String steps = BenchRuns.steps(run);
        String report = String.format(Locale.ROOT, "GSTR-1 benchmark: %d invoices x 5 lines (loaded in %.1f s)%n"
                        + "gstr1 job: %s in %.1f s (%.0f invoices/s); peak heap used %d MB (before the run %d MB,"
                        + " max %d MB)%n%s"
                        + "PostgreSQL alone, one GROUP BY statement over the same %d lines: %.1f s (%d groups)%n"
                        + "%d cores, Java %s, %s%n",
                count, loadSeconds, run.summary().status(), seconds, count / seconds, heap.peakMb(),
                heap.baselineMb(), BenchHeap.maxMb(), steps, count * 5L,
                sqlSeconds, groups.size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), jdbc.queryForObject("select version()", String.class));
        System.out.print(report);
        Path out = Path.of("target", "bench", "gstr1.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
    }

    /** The company, its registration, {@code count} invoices and 5 lines each; returns the company id. */
    private long load(int count) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at)"
                + " values ('Bench company', 'AABCB1234B', true, false, ?)", Timestamp.from(Instant.now()));
        long company = jdbc.queryForObject("select id from company where pan = 'AABCB1234B'", Long.class);
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, '27', true)",
                company, GSTIN);
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, GSTIN);
        // kind by i % 10: 0-3 B2B to Karnataka (29), 4-8 B2C in Maharashtra (27), 9 B2C to Delhi (07);
        // lines: taxable 100.00 x line number (x 100 for one in a hundred Delhi invoices: above Rs 1 lakh)
        jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number,"
                + " doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply, buyer_gstin,"
                + " buyer_legal_name, buyer_state_code, taxable_value, igst, cgst, sgst, cess, other_charges, round_off,"
                + " total, content_sha256, source_channel, received_at, einvoice_status, cancelled)"
                + " select ?, ?, ?, 'INV', 'B/' || i, date '2024-08-01' + (i % 31), '2024-25', '082024',"
                + " case when i % 10 < 4 then 'B2B' else 'B2C' end, false,"
                + " case when i % 10 < 4 then '29' when i % 10 < 9 then '27' else '07' end,"
                + " case when i % 10 < 4 then '29AABCR' || lpad(cast(i % 1000 as varchar), 4, '0') || 'E1ZL' end,"
                + " case when i % 10 < 4 then 'Buyer ' || (i % 1000) end, case when i % 10 < 4 then '29' end,"
                + " 1500.00 * m, case when i % 10 < 4 or i % 10 = 9 then 270.00 * m else 0 end,"
                + " case when i % 10 between 4 and 8 then 135.00 * m else 0 end,"
                + " case when i % 10 between 4 and 8 then 135.00 * m else 0 end, 0, 0, 0, 1770.00 * m, md5(cast(i as varchar)),"
                + " 'BENCH', now(), 'NOT_APPLICABLE', false"
                + " from (select i, case when i % 1000 = 9 then 100 else 1 end as m from generate_series(1, ?) as g(i)) s",
                company, registration, GSTIN, count);
        jdbc.update("insert into sales_document_line (company_id, sales_document_id, line_no, description, hsn,"
                + " is_service, quantity, uqc, unit_price, discount, taxable_value, gst_rate, igst, cgst, sgst, cess,"
                + " tax_category)"
                + " select d.company_id, d.id, n, 'Bench item ' || n, '847130' || lpad(cast((d.id + n) % 20 as varchar), 2, '0'),"
                + " false, n, 'NOS', d.taxable_value / 15, 0, d.taxable_value / 15 * n, 18,"
                + " d.igst / 15 * n, d.cgst / 15 * n, d.sgst / 15 * n, 0, 'TAXABLE'"
                + " from sales_document d cross join generate_series(1, 5) as g(n) where d.company_id = ?", company);
        jdbc.execute("analyze sales_document");
        jdbc.execute("analyze sales_document_line");
        return company;
    }
}

package dev.lekha.jobs.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.mrp.BomLine;
import dev.lekha.domain.mrp.DemandKind;
import dev.lekha.domain.mrp.IndependentDemand;
import dev.lekha.domain.mrp.ItemSource;
import dev.lekha.domain.mrp.LotSizeRule;
import dev.lekha.domain.mrp.MastersUpload;
import dev.lekha.domain.mrp.MrpItemMaster;
import dev.lekha.domain.mrp.MrpMasters;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.ScheduledReceipt;
import dev.lekha.domain.mrp.StockBalance;
import dev.lekha.jobs.BenchHeap;
import dev.lekha.jobs.BenchRuns;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (never run by {@code ./mvnw verify}; ops/bench/mrp.sh): generates {@code lekha.bench.items}
 * items (default 20,000) in 5 BOM levels (10%, 15%, 20%, 25%, 30% of the items; every made item has 2 components
 * from the next level and one in four a third from two levels down, so components sit at two levels), stock,
 * open orders for one item in five, 4 sales orders and 52 weekly forecasts per finished good, lot rules mixed
 * (LFL, FOQ, POQ, EOQ, MIN_MAX), seed 7; runs {@code mrp} over a one-year weekly horizon (364 days) and reports wall
 * time, peak heap (sampled every 50 ms), planned orders, pegs and exceptions.
 */
@SpringBootTest(properties = "logging.level.dev.lekha=WARN")
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class MrpBench {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final JobRuns runs;
    private final JdbcTemplate jdbc;
    private final MrpMasters masters;

    MrpBench(JobRuns runs, JdbcTemplate jdbc, MrpMasters masters) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.masters = masters;
    }

    @Test
    void mrpOfAGeneratedFactory() throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        Assumptions.assumeTrue("PostgreSQL".equals(product), "the mrp benchmark needs PostgreSQL");
        int n = Integer.getInteger("lekha.bench.items", 20_000);
        String pan = "AAKCM" + String.format("%04d", (int) (System.currentTimeMillis() % 10000)) + "B";
        long company = new SalesDocumentsFixture(jdbc).company(pan);

        long loadStart = System.nanoTime();
        MastersUpload upload = generate(n, new Random(7));
        masters.store(company, upload);
        for (String t : List.of("mrp_item", "mrp_bom_line", "mrp_stock", "mrp_demand", "mrp_scheduled_receipt")) {
            jdbc.execute("analyze " + t);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        RunDetail run;
        double seconds;
        BenchHeap heap = BenchHeap.start();
        try (heap) {
            long start = System.nanoTime();
            long runId = runs.launch("mrp", company, Map.of("horizonDays", "364", "bucket", "WEEK", "planDate",
                    TODAY.toString()), "bench");
            run = BenchRuns.await(runs, runId, Duration.ofHours(3));
            seconds = (System.nanoTime() - start) / 1e9;
        }

        long mrpRun = jdbc.queryForObject("select max(id) from mrp_run where company_id = ?", Long.class, company);
        long orders = jdbc.queryForObject("select count(*) from mrp_planned_order where run_id = ?", Long.class, mrpRun);
        long pegs = jdbc.queryForObject("select count(*) from mrp_peg p join mrp_planned_order o on o.id ="
                + " p.planned_order_id where o.run_id = ?", Long.class, mrpRun);
        long exceptions = jdbc.queryForObject("select count(*) from mrp_exception where run_id = ?", Long.class, mrpRun);
        String report = String.format(Locale.ROOT, "mrp benchmark: %d items in 5 levels, %d BOM lines, %d stock rows,"
                        + " %d scheduled receipts, %d demand rows; generated and stored in %.1f s%n"
                        + "mrp job (364 days, weekly = 52 buckets): %s in %.1f s; %d planned orders, %d pegs, %d exceptions%n"
                        + "peak heap used %d MB (before the run %d MB, max %d MB)%n%d cores, Java %s, %s%n",
                upload.items().size(), upload.bom().size(), upload.stock().size(), upload.receipts().size(),
                upload.demands().size(), loadSeconds, run.summary().status(), seconds, orders, pegs, exceptions,
                heap.peakMb(), heap.baselineMb(), BenchHeap.maxMb(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                jdbc.queryForObject("select version()", String.class));
        System.out.print(report);
        Path out = Path.of("target", "bench", "mrp.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
    }

    static MastersUpload generate(int n, Random random) {
        double[] shares = {0.10, 0.15, 0.20, 0.25, 0.30};
        List<List<String>> levels = new ArrayList<>();
        List<MrpItemMaster> items = new ArrayList<>();
        int made = 0;
        for (int level = 0; level < 5; level++) {
            int size = level == 4 ? n - made : (int) Math.round(n * shares[level]);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String code = "L" + level + "-" + String.format("%06d", i);
                codes.add(code);
                items.add(item(code, level == 4 ? ItemSource.BUY : ItemSource.MAKE, random));
            }
            made += size;
            levels.add(codes);
        }
        List<BomLine> bom = new ArrayList<>();
        for (int level = 0; level < 4; level++) {
            for (String parent : levels.get(level)) {
                Set<String> used = new HashSet<>();
                int count = 2 + (level < 3 && random.nextInt(4) == 0 ? 1 : 0);
                for (int c = 0; c < count; c++) {
                    List<String> from = levels.get(c == 2 ? level + 2 : level + 1);
                    String component = from.get(random.nextInt(from.size()));
                    if (used.add(component)) {
                        bom.add(new BomLine(parent, component, BigDecimal.valueOf(1 + random.nextInt(4)),
                                random.nextInt(5) == 0 ? new BigDecimal("2.5") : null));
                    }
                }
            }
        }
        List<StockBalance> stock = new ArrayList<>();
        List<ScheduledReceipt> receipts = new ArrayList<>();
        for (MrpItemMaster i : items) {
            stock.add(new StockBalance(i.code(), random.nextBoolean() ? "PUNE" : "CHAKAN",
                    BigDecimal.valueOf(random.nextInt(200))));
            if (random.nextInt(5) == 0) {
                receipts.add(new ScheduledReceipt(i.code(), "OPEN-" + i.code(), i.source().orderType() == OrderType.PURCHASE
                        ? OrderType.PURCHASE : OrderType.MANUFACTURING, TODAY.plusDays(random.nextInt(21)),
                        BigDecimal.valueOf(50 + random.nextInt(200))));
            }
        }
        List<IndependentDemand> demands = new ArrayList<>();
        for (String fg : levels.get(0)) {
            for (int s = 0; s < 4; s++) {
                demands.add(new IndependentDemand(fg, DemandKind.SALES_ORDER, "SO-" + fg + "-" + s,
                        TODAY.plusDays(random.nextInt(84)), BigDecimal.valueOf(5 + random.nextInt(40))));
            }
            for (int w = 0; w < 52; w++) {
                demands.add(new IndependentDemand(fg, DemandKind.FORECAST, "FC-" + fg + "-W" + w, TODAY.plusWeeks(w),
                        BigDecimal.valueOf(10 + random.nextInt(30))));
            }
        }
        return new MastersUpload(items, bom, stock, receipts, demands);
    }

    private static MrpItemMaster item(String code, ItemSource source, Random random) {
        int lead = 7 * (1 + random.nextInt(4));
        BigDecimal cost = BigDecimal.valueOf(10 + random.nextInt(990));
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> new MrpItemMaster(code, code, source, lead, LotSizeRule.LOT_FOR_LOT, null, null, null,
                    null, null, BigDecimal.ZERO, cost, null, null);
            case 4, 5 -> new MrpItemMaster(code, code, source, lead, LotSizeRule.FIXED_ORDER_QUANTITY,
                    BigDecimal.valueOf(100 + random.nextInt(400)), null, null, null, null, BigDecimal.ZERO, cost, null, null);
            case 6, 7 -> new MrpItemMaster(code, code, source, lead, LotSizeRule.PERIOD_ORDER_QUANTITY, null,
                    2 + random.nextInt(3), null, null, null, BigDecimal.TEN, cost, null, null);
            case 8 -> new MrpItemMaster(code, code, source, lead, LotSizeRule.EOQ, null, null, null, null,
                    BigDecimal.TEN, BigDecimal.ZERO, cost, new BigDecimal("1500"), new BigDecimal("24"));
            default -> new MrpItemMaster(code, code, source, lead, LotSizeRule.MIN_MAX, null, null,
                    new BigDecimal("500"), null, null, new BigDecimal("50"), cost, null, null);
        };
    }
}

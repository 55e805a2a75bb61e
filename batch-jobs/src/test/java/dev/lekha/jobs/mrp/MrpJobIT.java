package dev.lekha.jobs.mrp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.mrp.BomLine;
import dev.lekha.domain.mrp.DemandKind;
import dev.lekha.domain.mrp.IndependentDemand;
import dev.lekha.domain.mrp.ItemSource;
import dev.lekha.domain.mrp.MastersUpload;
import dev.lekha.domain.mrp.MrpItemMaster;
import dev.lekha.domain.mrp.MrpMasters;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.ScheduledReceipt;
import dev.lekha.domain.mrp.StockBalance;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mrp job on the two-level structure worked by hand in MaterialRequirementsPlanningTest.MultiLevel (A uses 2 B
 * and 1 C; B uses 1 C at 20% scrap), stored through MrpMasters as the manufacturing drop would: 7 planned orders
 * (A 2, B 2, C 3), 11 pegs, 1 past-due exception, and an MRP_PLAN_XLSX whose records match the hand-worked table.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class MrpJobIT {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    private final JobRuns runs;
    private final JdbcTemplate jdbc;
    private final MrpMasters masters;
    private final ArtifactStore artifacts;

    MrpJobIT(JobRuns runs, JdbcTemplate jdbc, MrpMasters masters, ArtifactStore artifacts) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.masters = masters;
        this.artifacts = artifacts;
    }

    static String pan() {
        return "AAKCM" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "J";
    }

    static LocalDate week(int w) {
        return TODAY.plusWeeks(w - 1);
    }

    /** The masters of the hand-worked two-level example. */
    static MastersUpload twoLevels() {
        return new MastersUpload(
                List.of(MrpItemMaster.lotForLot("A", ItemSource.MAKE, 7, new BigDecimal("100")),
                        MrpItemMaster.lotForLot("B", ItemSource.MAKE, 7, new BigDecimal("10")),
                        MrpItemMaster.lotForLot("C", ItemSource.BUY, 14, new BigDecimal("2.50"))),
                List.of(new BomLine("A", "B", new BigDecimal("2"), null), new BomLine("A", "C", BigDecimal.ONE, null),
                        new BomLine("B", "C", BigDecimal.ONE, new BigDecimal("20"))),
                List.of(new StockBalance("A", "MAIN", BigDecimal.TEN), new StockBalance("C", "MAIN", new BigDecimal("30")),
                        new StockBalance("C", "STORES", BigDecimal.TEN)),
                List.of(new ScheduledReceipt("B", "MO-9", OrderType.MANUFACTURING, week(2), new BigDecimal("15"))),
                List.of(new IndependentDemand("A", DemandKind.SALES_ORDER, "SO-1", week(3), new BigDecimal("30")),
                        new IndependentDemand("A", DemandKind.SALES_ORDER, "SO-2", week(5), new BigDecimal("20")),
                        new IndependentDemand("A", DemandKind.FORECAST, "FC-1", week(5), new BigDecimal("25"))));
    }

    @Test
    void plansTheTwoLevelExampleAndWritesItsRecord() throws Exception {
        long company = new SalesDocumentsFixture(jdbc).company(pan());
        masters.store(company, twoLevels());

        RunDetail run = RunsAwait.finished(runs, runs.launch("mrp", company,
                Map.of("horizonDays", "42", "bucket", "WEEK", "planDate", TODAY.toString()), "tester"));

        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps()).singleElement().satisfies(s -> {
            assertThat(s.readCount()).isEqualTo(3);
            assertThat(s.writeCount()).isEqualTo(7);
        });
        long runId = jdbc.queryForObject("select id from mrp_run where company_id = ?", Long.class, company);
        assertThat(jdbc.queryForList("select order_number || ' ' || i.code || ' ' || o.order_type || ' '"
                + " || cast(o.release_date as varchar(10)) || ' ' || o.status || ' ' || cast(o.past_due as varchar(5))"
                + " from mrp_planned_order o join mrp_item i on i.id = o.item_id where o.run_id = ?"
                + " order by o.order_number", String.class, runId)).containsExactly(
                "MRP-000001 A MANUFACTURING 2026-01-12 PLANNED false",
                "MRP-000002 A MANUFACTURING 2026-01-26 PLANNED false",
                "MRP-000003 B MANUFACTURING 2026-01-05 PLANNED false",
                "MRP-000004 B MANUFACTURING 2026-01-19 PLANNED false",
                "MRP-000005 C PURCHASE 2025-12-29 PLANNED true",
                "MRP-000006 C PURCHASE 2026-01-05 PLANNED false",
                "MRP-000007 C PURCHASE 2026-01-12 PLANNED false");
        assertThat(jdbc.queryForObject("select count(*) from mrp_peg p join mrp_planned_order o on o.id = p.planned_order_id"
                + " where o.run_id = ?", Integer.class, runId)).isEqualTo(11);
        assertThat(jdbc.queryForObject("select sum(estimated_cost) from mrp_planned_order where run_id = ?",
                BigDecimal.class, runId)).isEqualByComparingTo("5496.88"); // 2000 + 2500 + 250 + 500 + 28.13 + 156.25 + 62.50
        assertThat(jdbc.queryForList("select kind || ' ' || order_number from mrp_exception where run_id = ?",
                String.class, runId)).containsExactly("PAST_DUE_RELEASE MRP-000005");

        assertThat(run.artifactIds()).hasSize(1);
        try (InputStream in = artifacts.open(run.artifactIds().get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Records");
            Sheet records = wb.getSheet("Records");
            assertThat(records.getLastRowNum()).isEqualTo(1 + 3 * 6);
            assertThat(records.getRow(1).getCell(9).getStringCellValue()).isEqualTo("2026-01-05");
            // C's gross requirements: row 2 + 2 × 6 = 14
            assertThat(records.getRow(14).getCell(0).getStringCellValue()).isEqualTo("C");
            assertThat(records.getRow(14).getCell(8).getStringCellValue()).isEqualTo("Gross requirements");
            assertThat(records.getRow(14).getCell(9).getNumericCellValue()).isEqualTo(31.25);
            assertThat(records.getRow(14).getCell(11).getNumericCellValue()).isEqualTo(62.5);
            // C's planned releases: 73.75 in week 1
            assertThat(records.getRow(19).getCell(8).getStringCellValue()).isEqualTo("Planned releases");
            assertThat(records.getRow(19).getCell(9).getNumericCellValue()).isEqualTo(73.75);
            assertThat(wb.getSheet("Planned orders").getLastRowNum()).isEqualTo(7);
            assertThat(wb.getSheet("Pegging").getLastRowNum()).isEqualTo(11);
            assertThat(wb.getSheet("Exceptions").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void aBucketOtherThanDayOrWeekFailsTheRunSayingSo() throws Exception {
        long company = new SalesDocumentsFixture(jdbc).company(pan());
        RunDetail run = RunsAwait.finished(runs, runs.launch("mrp", company,
                Map.of("horizonDays", "42", "bucket", "MONTH"), "tester"));
        assertThat(run.summary().status()).isEqualTo("FAILED");
        assertThat(String.join("\n", run.errors())).contains("bucket: MONTH is not DAY or WEEK");
    }
}

package dev.lekha.jobs.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rfm job end to end on a hand-worked order history of seven customers (docs/rfm.md, "Worked example"): exact
 * quintiles with ties at the edges, segments, churn figures, the CSV, the movement to a second run, an empty period.
 *
 * <p>As of 2026-11-30 over 12 months (orders after 2025-11-30 up to 2026-11-30):
 * <pre>
 * customer  orders (date: net)                                     R: last    F  M (net)
 * C1        2026-11-20: 100 (also 2025-11-30 and 2026-12-01: out)  2026-11-20 1  100.00
 * C2        2026-11-20: 100                                        2026-11-20 1  100.00
 * C3        2026-09-01, 10-01, 11-20: 100 each                     2026-11-20 3  300.00
 * C4        2026-06-01, 08-01: 500 each                            2026-08-01 2  1000.00
 * C5        2025-12-01: 50                                         2025-12-01 1  50.00
 * C6        a return of 80 on 2026-05-05, nothing else             (none)     0  -80.00
 * C7        10th of Jan, Mar, May, Jul, Sep 2026: 200 each         2026-09-10 5  1000.00
 * </pre>
 * NTILE(5) over 7 customers makes quintiles of 2, 2, 1, 1, 1 from the worst. R, worst first (last order, then
 * orders, net, key; C6 counts from 2025-11-30): C6 C5 | C4 C7 | C1 | C2 | C3 — C1 and C2 tie on every figure and
 * the key puts them on either side of a quintile edge. F (orders, last, net, key): C6 C5 | C1 C2 | C4 | C3 | C7.
 * M (net, orders, last, key): C6 C5 | C1 C2 | C3 | C4 | C7 — C4 and C7 tie at 1000.00 and frequency breaks it.
 * Segments by the map: C1 R3F2 About to Sleep, C2 R4F2 Potential Loyalist, C3 R5F4 Champions, C4 R2F3 At Risk,
 * C5 R1F1 Lost, C6 R1F1 Lost, C7 R2F5 Can't Lose.
 *
 * <p>Churn: own intervals C3 80 days / 2 = 40, C4 61 / 1 = 61, C7 243 / 4 = 60.75; median 60.75 for the others.
 * P = 1 - exp(-d/m): C1 d=10 -> 0.1518, C3 10/40 -> 0.2212, C4 121/61 -> 0.8624, C5 364/60.75 -> 0.9975,
 * C6 365/60.75 -> 0.9975, C7 81/60.75 -> 0.7364.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class RfmJobIT {

    private final JobRuns runs;
    private final ArtifactStore artifacts;
    private final JdbcTemplate jdbc;

    RfmJobIT(JobRuns runs, ArtifactStore artifacts, JdbcTemplate jdbc) {
        this.runs = runs;
        this.artifacts = artifacts;
        this.jdbc = jdbc;
    }

    @Test
    void scoresTheHandWorkedHistoryThenShowsMovementsInTheNextRun() throws Exception {
        // given
        long company = company("AAKCF0001A");
        order(company, "O-1", "2026-11-20", "C1", "100.00");
        order(company, "O-1a", "2025-11-30", "C1", "999.00");
        order(company, "O-1b", "2026-12-01", "C1", "100.00");
        order(company, "O-2", "2026-11-20", "C2", "100.00");
        order(company, "O-3a", "2026-09-01", "C3", "100.00");
        order(company, "O-3b", "2026-10-01", "C3", "100.00");
        order(company, "O-3c", "2026-11-20", "C3", "100.00");
        order(company, "O-4a", "2026-06-01", "C4", "500.00");
        order(company, "O-4b", "2026-08-01", "C4", "500.00");
        order(company, "O-5", "2025-12-01", "C5", "50.00");
        order(company, "R-6", "2026-05-05", "C6", "-80.00");
        for (int month = 1; month <= 9; month += 2) {
            order(company, "O-7-" + month, LocalDate.of(2026, month, 10).toString(), "C7", "200.00");
        }
        long other = company("AAKCF0009A");
        order(other, "X-1", "2026-11-20", "C1", "5000.00");

        // when
        RunDetail run = RunsAwait.finished(runs, runs.launch("rfm", company,
                Map.of("asOf", "2026-11-30", "periodMonths", "12"), "tester"));

        // then
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps()).extracting(RunDetail.StepDetail::name)
                .containsExactly("startRfmRun", "scoreCustomers", "writeRfmSegments");
        assertThat(run.steps().get(1).readCount()).isEqualTo(7);
        assertThat(run.steps().get(1).writeCount()).isEqualTo(7);
        assertThat(run.steps().get(2).writeCount()).isEqualTo(7);
        assertThat(run.progressPercent()).isEqualTo(100);
        StoredArtifact artifact = artifacts.find(run.artifactIds().get(0)).orElseThrow();
        assertThat(artifact.kind()).isEqualTo("RFM_SEGMENTS_CSV");
        assertThat(artifact.fileName()).isEqualTo("rfm-segments-2026-11-30-12m.csv");
        assertThat(csv(artifact)).containsExactly(
                "customer_id,customer_name,last_order_date,recency_days,frequency,monetary,r_score,f_score,m_score,rfm,"
                        + "segment,previous_segment,mean_interval_days,churn_probability,churn_level",
                "C1,,2026-11-20,10,1,100.00,3,2,2,322,About to Sleep,,60.7500,0.1518,LOW",
                "C2,,2026-11-20,10,1,100.00,4,2,2,422,Potential Loyalist,,60.7500,0.1518,LOW",
                "C3,,2026-11-20,10,3,300.00,5,4,3,543,Champions,,40.0000,0.2212,LOW",
                "C4,,2026-08-01,121,2,1000.00,2,3,4,234,At Risk,,61.0000,0.8624,HIGH",
                "C5,,2025-12-01,364,1,50.00,1,1,1,111,Lost,,60.7500,0.9975,HIGH",
                "C6,,,365,0,-80.00,1,1,1,111,Lost,,60.7500,0.9975,HIGH",
                "C7,,2026-09-10,81,5,1000.00,2,5,5,255,Can't Lose,,60.7500,0.7364,MEDIUM");
        assertThat(jdbc.queryForMap("select customers, median_interval, previous_run_id from rfm_run"
                + " where company_id = ?", company)).containsEntry("customers", 7L)
                .containsEntry("previous_run_id", null)
                .satisfies(m -> assertThat(m.get("median_interval").toString()).isEqualTo("60.7500"));

        // when: a month later, C5's only order has left the look-back and C1's December order has come in
        RunDetail next = RunsAwait.finished(runs, runs.launch("rfm", company,
                Map.of("asOf", "2026-12-31", "periodMonths", "12"), "tester"));

        // then: 6 customers, NTILE 2,1,1,1,1. R worst first: C6 C4 | C7 | C2 | C3 | C1; F: C6 C2 | C4 | C1 | C3 | C7
        assertThat(next.summary().status()).as("errors: %s", next.errors()).isEqualTo("COMPLETED");
        assertThat(csv(artifacts.find(next.artifactIds().get(0)).orElseThrow())).extracting(l -> l.split(",")[0] + " "
                        + l.split(",")[6] + l.split(",")[7] + " " + l.split(",")[10] + " <- " + l.split(",", -1)[11])
                .containsExactly("customer_id r_scoref_score segment <- previous_segment",
                        "C1 53 Potential Loyalist <- About to Sleep",
                        "C2 31 About to Sleep <- Potential Loyalist",
                        "C3 44 Loyal <- Champions",
                        "C4 12 Hibernating <- At Risk",
                        "C6 11 Lost <- Lost",
                        "C7 25 Can't Lose <- Can't Lose");
        long nextRun = jdbc.queryForObject("select id from rfm_run where company_id = ? and as_of = ?", Long.class,
                company, LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForList("select previous_segment || '>' || segment || '=' || customers from rfm_run_segment"
                + " where run_id = ? order by previous_segment, segment", String.class, nextRun)).containsExactly(
                "ABOUT_TO_SLEEP>POTENTIAL_LOYALIST=1", "AT_RISK>HIBERNATING=1", "CANT_LOSE>CANT_LOSE=1",
                "CHAMPIONS>LOYAL=1", "LOST>LOST=1", "POTENTIAL_LOYALIST>ABOUT_TO_SLEEP=1");
    }

    @Test
    void anEmptyPeriodCompletesWithZeroCustomersAndAHeaderOnlyCsv() throws Exception {
        // given: orders only after the look-back
        long company = company("AAKCF0002A");
        order(company, "O-1", "2026-11-20", "C1", "100.00");

        // when
        RunDetail run = RunsAwait.finished(runs, runs.launch("rfm", company,
                Map.of("asOf", "2025-03-31", "periodMonths", "6"), "tester"));

        // then
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps().get(1).readCount()).isZero();
        assertThat(run.steps().get(2).writeCount()).isZero();
        assertThat(csv(artifacts.find(run.artifactIds().get(0)).orElseThrow())).containsExactly(
                "customer_id,customer_name,last_order_date,recency_days,frequency,monetary,r_score,f_score,m_score,rfm,"
                        + "segment,previous_segment,mean_interval_days,churn_probability,churn_level");
        assertThat(jdbc.queryForObject("select customers from rfm_run where company_id = ?", Long.class, company))
                .isZero();
    }

    @Test
    void aLookBackOutsideOneToHundredTwentyMonthsFailsTheRunSayingSo() throws Exception {
        long company = company("AAKCF0003A");
        RunDetail run = RunsAwait.finished(runs, runs.launch("rfm", company,
                Map.of("asOf", "2026-11-30", "periodMonths", "0"), "tester"));
        assertThat(run.summary().status()).isEqualTo("FAILED");
        assertThat(String.join("\n", run.errors())).contains("periodMonths is 0; give a look-back of 1 to 120 months");
    }

    private long company(String pan) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at)"
                + " values (?, ?, true, false, ?)", "RFM test " + pan, pan, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
    }

    private void order(long company, String orderId, String date, String customer, String amount) {
        jdbc.update("insert into customer_order (company_id, order_id, order_date, customer_key, net_amount, is_return,"
                + " source_file, imported_at) values (?, ?, ?, ?, ?, ?, 'test.csv', ?)", company, orderId,
                LocalDate.parse(date), customer, new java.math.BigDecimal(amount), amount.startsWith("-"),
                Timestamp.from(Instant.now()));
    }

    private List<String> csv(StoredArtifact artifact) throws Exception {
        try (InputStream in = artifacts.open(artifact.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}

package dev.lekha.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.statutory.StatutoryRate;
import dev.lekha.domain.statutory.StatutoryRates;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class MigrationsIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatutoryRates rates;

    @Test
    void migrationsRanAndEntitiesMatchTheSchema() {
        // the context started with ddl-auto=validate, so every entity matched its table
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where success = true and version is not null order by installed_rank", String.class);
        assertThat(versions).startsWith("1", "2", "3"); // later slices add V4, V6, ... after these
        for (String table : List.of("company", "gst_registration", "bank_account", "party", "item", "sales_document",
                "sales_document_line", "purchase_invoice", "purchase_invoice_line", "ledger_account", "journal_entry",
                "journal_line", "statutory_rate", "outbox_event")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where 1 = 0", Long.class)).as(table).isZero();
        }
    }

    @Test
    void gstRatesAreDatedAroundGst20() {
        // Notification 9/2025-Central Tax (Rate): from 22 Sep 2025, 40% added and 12% withdrawn
        LocalDate before = LocalDate.of(2025, 9, 21);
        LocalDate from = LocalDate.of(2025, 9, 22);
        assertThat(rates.valueOn(StatutoryRate.GST_RATE, "40", before)).isEmpty();
        assertThat(rates.valueOn(StatutoryRate.GST_RATE, "40", from)).get().asString().startsWith("40");
        assertThat(rates.valueOn(StatutoryRate.GST_RATE, "12", before)).get().asString().startsWith("12");
        assertThat(rates.valueOn(StatutoryRate.GST_RATE, "12", from)).isEmpty();
        assertThat(rates.valueOn(StatutoryRate.GST_RATE, "18", LocalDate.of(2017, 7, 1))).isPresent();
        assertThat(rates.valueOn(StatutoryRate.GST_RATE, "18", LocalDate.of(2017, 6, 30))).isEmpty();
        assertThat(rates.isGstRateOn(new java.math.BigDecimal("0.25"), from)).isTrue();
        assertThat(rates.isGstRateOn(new java.math.BigDecimal("18.00"), from)).isTrue();
        assertThat(rates.findAllInForce(StatutoryRate.GST_RATE, from)).extracting(StatutoryRate::getCode)
                .containsExactlyInAnyOrder("0", "0.1", "0.25", "3", "5", "18", "28", "40");
    }
}

package dev.lekha.domain.gstadvance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.company.Companies;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.Pan;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@LekhaIntegrationTest
class GstAdvancesIT {

    static final String PAN = "AABCV3333Q";

    @Autowired GstAdvances advances;
    @Autowired Companies companies;
    @Autowired GstRegistrations registrations;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    String gstin;

    @BeforeEach
    void aCompanyInMaharashtra() {
        String first14 = "27" + PAN + "1Z";
        gstin = first14 + Gstin.checkCharacter(first14);
        if (companies.findByPan(PAN).isEmpty()) {
            Company c = companies.save(new Company("Advance Test Industries Limited", Pan.of(PAN), false, false,
                    clock.instant()));
            registrations.save(new GstRegistration(c.getId(), Gstin.of(gstin), null, null, "Mumbai", "400001"));
        }
    }

    @Test
    void taxOnAnAdvanceFollowsThePlaceOfSupplyAndTheSameVoucherIsRecordedOnce() {
        // 10,000.00 at 18%: inter-state (27 -> 29) IGST 1,800.00; intra-state CGST = SGST = 900.00
        GstAdvances.Advance inter = advances.record(new NewAdvance(gstin, "received", "RV-1", LocalDate.of(2026, 10, 5),
                "29", new BigDecimal("18"), new BigDecimal("10000.00"), null));
        GstAdvances.Advance intra = advances.record(new NewAdvance(gstin, "RECEIVED", "RV-2", LocalDate.of(2026, 10, 6),
                "27", new BigDecimal("18"), new BigDecimal("10000.00"), null));

        assertThat(inter.returnPeriod()).isEqualTo("102026");
        assertThat(inter.igst()).isEqualByComparingTo("1800.00");
        assertThat(inter.cgst()).isEqualByComparingTo("0.00");
        assertThat(intra.cgst()).isEqualByComparingTo("900.00");
        assertThat(intra.sgst()).isEqualByComparingTo("900.00");
        assertThat(intra.igst()).isEqualByComparingTo("0.00");

        GstAdvances.Advance again = advances.record(new NewAdvance(gstin, "RECEIVED", "RV-1", LocalDate.of(2026, 10, 5),
                "29", new BigDecimal("18.00"), new BigDecimal("10000"), BigDecimal.ZERO));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.id()).isEqualTo(inter.id());
        assertThat(advances.inPeriod(inter.companyId(), gstin, "102026")).hasSize(2);
        assertThatThrownBy(() -> advances.record(new NewAdvance(gstin, "RECEIVED", "RV-1", LocalDate.of(2026, 10, 5),
                "29", new BigDecimal("18"), new BigDecimal("12000.00"), null)))
                .isInstanceOf(InvalidAdvanceException.class).hasMessageContaining("already recorded with other values");
    }

    @Test
    void everyBadFieldIsNamed() {
        // 12% was withdrawn from 22 Sep 2025 (Notification 9/2025-Central Tax (Rate))
        assertThatThrownBy(() -> advances.record(new NewAdvance("27AAAAA0000A1Z5", "PAID", "", LocalDate.of(2026, 10, 5),
                "96", new BigDecimal("12"), new BigDecimal("-1"), null)))
                .isInstanceOf(InvalidAdvanceException.class)
                .satisfies(e -> assertThat(((InvalidAdvanceException) e).problems()).extracting(p -> p.split(":")[0])
                        .containsExactly("supplierGstin", "kind", "reference", "placeOfSupply", "gstRate", "amount"));
    }
}

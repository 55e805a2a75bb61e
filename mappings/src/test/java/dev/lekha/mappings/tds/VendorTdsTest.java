package dev.lekha.mappings.tds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lekha.domain.tds.DeducteeKind;
import dev.lekha.domain.tds.TdsSectionRule;
import dev.lekha.mappings.tds.VendorTds.Payment;
import dev.lekha.mappings.tds.VendorTds.Reason;
import dev.lekha.mappings.tds.VendorTds.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threshold edges of each section, worked by hand from the sections' text: 194C s.194C(5) (Rs 30,000 single /
 * Rs 1,00,000 aggregate), 194J/194H/194A/194-I as amended by the Finance Act, 2025 (memorandum's threshold table),
 * 194H at 2% from 1 Oct 2024 (Finance (No. 2) Act, 2024), 194Q s.194Q(1) (0.1% above Rs 50 lakh), s.206AA (20%,
 * 5% for 194Q). The rules are the rows V23 inserts.
 */
class VendorTdsTest {

    private static final List<TdsSectionRule> RULES = TdsRulesFromMigration.load();
    private static final LocalDate FY26_DAY = LocalDate.of(2025, 8, 14);
    private static final String IND_PAN = "AAKPT1234F";
    private static final String CO_PAN = "AAKCT1234F";

    private static Result tds(String section, String nature, String pan, String amount, String paidSoFar,
                              String taxedSoFar, LocalDate date) {
        return VendorTds.determine(RULES, new Payment(section, nature, pan, DeducteeKind.OTHER, new BigDecimal(amount),
                new BigDecimal(paidSoFar), new BigDecimal(taxedSoFar), date, null));
    }

    private static void assertTds(String expected, Result r) {
        assertEquals(new BigDecimal(expected), r.tds(), r.explanation());
    }

    @Test
    void contractorSinglePaymentEdge() {
        // 30,000 is not "exceeding 30,000": nothing; 30,001 to a company at 2% = 600.02 -> 600
        Result at = tds("194C", "CONTRACT", CO_PAN, "30000", "0", "0", FY26_DAY);
        assertEquals(Reason.THRESHOLD_NOT_CROSSED, at.reason());
        assertTds("0.00", at);
        assertTds("600.00", tds("194C", "CONTRACT", CO_PAN, "30001", "0", "0", FY26_DAY));
        // individual (4th letter P): 1% of 30,001 = 300.01 -> 300
        Result ind = tds("194C", "CONTRACT", IND_PAN, "30001", "0", "0", FY26_DAY);
        assertEquals(DeducteeKind.IND_HUF, ind.kind());
        assertTds("300.00", ind);
    }

    @Test
    void contractorAggregateEdgeCatchesUpEarlierSums() {
        // 75,000 paid before (three bills of 25,000, none taxed); 25,000 more makes exactly 1,00,000: nothing
        assertTds("0.00", tds("194C", "CONTRACT", CO_PAN, "25000", "75000", "0", FY26_DAY));
        // 25,001 makes 1,00,001: the whole 1,00,001 is taxed at 2% = 2,000.02 -> 2,000
        Result crossed = tds("194C", "CONTRACT", CO_PAN, "25001", "75000", "0", FY26_DAY);
        assertEquals(new BigDecimal("100001.00"), crossed.base());
        assertTds("2000.00", crossed);
        // after the crossing, only the new sum: 10,000 at 2% = 200
        assertTds("200.00", tds("194C", "CONTRACT", CO_PAN, "10000", "100001", "100001", FY26_DAY));
    }

    @Test
    void professionalFeesThresholdRoseTo50000InFy2025_26() {
        // FY 2024-25: aggregate 30,001 > 30,000 -> 10% = 3,000.10 -> 3,000
        assertTds("3000.00", tds("194J", "PROFESSIONAL", CO_PAN, "30001", "0", "0", LocalDate.of(2025, 3, 31)));
        // FY 2025-26: 50,000 is within, 50,001 is over -> 5,000.10 -> 5,000
        assertTds("0.00", tds("194J", "PROFESSIONAL", CO_PAN, "50000", "0", "0", FY26_DAY));
        assertTds("5000.00", tds("194J", "PROFESSIONAL", CO_PAN, "50001", "0", "0", FY26_DAY));
        // technical services at 2%: 60,000 -> 1,200
        assertTds("1200.00", tds("194J", "TECHNICAL", CO_PAN, "60000", "0", "0", FY26_DAY));
        assertTds("1200.00", tds("194J", "CALL_CENTRE", CO_PAN, "60000", "0", "0", FY26_DAY));
        assertTds("1200.00", tds("194J", "ROYALTY_FILM", CO_PAN, "60000", "0", "0", FY26_DAY));
    }

    @Test
    void commissionRateFellTo2PercentOn1October2024AndThresholdRoseTo20000() {
        assertTds("1000.00", tds("194H", "COMMISSION", CO_PAN, "20000", "0", "0", LocalDate.of(2024, 9, 30)));
        assertTds("400.00", tds("194H", "COMMISSION", CO_PAN, "20000", "0", "0", LocalDate.of(2024, 10, 1)));
        assertTds("0.00", tds("194H", "COMMISSION", CO_PAN, "20000", "0", "0", FY26_DAY));
        assertTds("400.00", tds("194H", "COMMISSION", CO_PAN, "20001", "0", "0", FY26_DAY));
    }

    @Test
    void rentIsJudgedPerMonthFromFy2025_26() {
        assertTds("0.00", tds("194-I", "RENT_LAND", CO_PAN, "50000", "500000", "0", FY26_DAY));
        assertTds("5000.00", tds("194-I", "RENT_LAND", CO_PAN, "50001", "0", "0", FY26_DAY));
        assertTds("1000.00", tds("194-I", "RENT_PLANT", CO_PAN, "50001", "0", "0", FY26_DAY));
        // FY 2024-25 the yearly 2,40,000 applied: 40,000 after 2,00,000 is exactly 2,40,000 -> nothing
        assertTds("0.00", tds("194-I", "RENT_LAND", CO_PAN, "40000", "200000", "0", LocalDate.of(2025, 2, 1)));
    }

    @Test
    void purchaseOfGoodsTaxesOnlyTheExcessOver50Lakh() {
        // 45 lakh before, 10 lakh now: 5 lakh above 50 lakh at 0.1% = 500
        Result r = tds("194Q", "GOODS", CO_PAN, "1000000", "4500000", "0", FY26_DAY);
        assertEquals(new BigDecimal("500000.00"), r.base());
        assertTds("500.00", r);
        // exactly 50 lakh: nothing
        assertTds("0.00", tds("194Q", "GOODS", CO_PAN, "500000", "4500000", "0", FY26_DAY));
        // after crossing: the whole new sum, 2 lakh -> 200
        assertTds("200.00", tds("194Q", "GOODS", CO_PAN, "200000", "5500000", "500000", FY26_DAY));
        // no PAN: 5%, not 20% (s.206AA proviso): 5 lakh excess -> 25,000
        Result noPan = tds("194Q", "GOODS", null, "1000000", "4500000", "0", FY26_DAY);
        assertTds("25000.00", noPan);
        assertEquals("C", noPan.reasonCode());
    }

    @Test
    void interestThresholdsByPayerAndSeniorCitizen() {
        assertTds("0.00", tds("194A", "INTEREST_OTHER", IND_PAN, "10000", "0", "0", FY26_DAY));
        assertTds("1000.00", tds("194A", "INTEREST_OTHER", IND_PAN, "10001", "0", "0", FY26_DAY));
        assertTds("0.00", tds("194A", "INTEREST_BANK", IND_PAN, "50000", "0", "0", FY26_DAY));
        assertTds("5000.00", tds("194A", "INTEREST_BANK", IND_PAN, "50001", "0", "0", FY26_DAY));
        assertTds("0.00", tds("194A", "INTEREST_BANK_SENIOR", IND_PAN, "100000", "0", "0", FY26_DAY));
        assertTds("10000.00", tds("194A", "INTEREST_BANK_SENIOR", IND_PAN, "100001", "0", "0", FY26_DAY));
        // FY 2024-25: 5,001 other interest crossed 5,000 -> 500.10 -> 500
        assertTds("500.00", tds("194A", "INTEREST_OTHER", IND_PAN, "5001", "0", "0", LocalDate.of(2025, 1, 10)));
    }

    @Test
    void withoutValidPanTwentyPercentAndRemarkC() {
        for (String pan : new String[] {null, "", "PANNOTAVBL", "PANINVALID", "AAKXT1234F", "AAKCT12345"}) {
            Result r = tds("194C", "CONTRACT", pan, "40000", "0", "0", FY26_DAY);
            assertTds("8000.00", r);
            assertEquals(Reason.NO_PAN_HIGHER_RATE, r.reason());
            assertEquals("C", r.reasonCode());
        }
        // below the threshold nothing is deducted even without PAN
        assertNull(tds("194C", "CONTRACT", null, "30000", "0", "0", FY26_DAY).reasonCode());
    }

    @Test
    void roundingToTheRupeeHalfUp() {
        // 194C company 2%: 30,025 -> 600.50 -> 601; 30,024 -> 600.48 -> 600
        assertTds("601.00", tds("194C", "CONTRACT", CO_PAN, "30025", "0", "0", FY26_DAY));
        assertTds("600.00", tds("194C", "CONTRACT", CO_PAN, "30024", "0", "0", FY26_DAY));
    }

    @Test
    void lowerDeductionCertificateGivesRemarkA() {
        Result r = VendorTds.determine(RULES, new Payment("194J", "PROFESSIONAL", CO_PAN, DeducteeKind.OTHER,
                new BigDecimal("100000"), BigDecimal.ZERO, BigDecimal.ZERO, FY26_DAY, new BigDecimal("2")));
        assertTds("2000.00", r);
        assertEquals("A", r.reasonCode());
    }

    @Test
    void taxYear2026_27CarriesTheS393PaymentCode() {
        Result r = tds("194-I", "RENT_PLANT", CO_PAN, "60000", "0", "0", LocalDate.of(2026, 5, 2));
        assertEquals("1008", r.rule().paymentCode()); // the code Protean's sample Form 140 (140RQ1) uses
        assertTds("1200.00", r);
        assertEquals("1023", tds("194C", "CONTRACT", CO_PAN, "40000", "0", "0", LocalDate.of(2026, 4, 1))
                .rule().paymentCode());
    }

    @Test
    void unknownSectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> tds("194Z", "CONTRACT", CO_PAN, "1", "0", "0", FY26_DAY));
    }
}

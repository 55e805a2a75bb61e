package dev.lekha.mappings.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.SalaryTdsProjection;
import dev.lekha.mappings.incometax.SurchargeBand;
import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.mappings.incometax.TaxSlab;
import dev.lekha.mappings.incometax.TdsProjection;
import dev.lekha.mappings.incometax.TdsProjectionInput;
import dev.lekha.mappings.payroll.EmployeeMonth.PaidMonth;
import dev.lekha.mappings.payroll.EmployeeMonth.TaxTreatment;
import dev.lekha.mappings.payroll.EmployeeMonth.Terms;
import dev.lekha.mappings.payroll.EmployeeMonth.VariablePay;
import dev.lekha.mappings.payroll.EmployeeMonth.YearToDate;
import dev.lekha.mappings.payroll.PayComponent.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine's own arithmetic (days, proration, arrears, TDS projection, totals) with figures worked by hand in the
 * comments. The statutory contributions come from {@link FlatStatutory}, a fixed set of rates written out here so
 * that the expected PF/ESI/PT figures can be checked by hand too; the dated rules behind the real ones are tested
 * with their own calculators.
 */
class PayrollCalculatorTest {

    private static final PayrollCalculator ENGINE = new PayrollCalculator(List.of(
            new PayComponent("BASIC", "Basic", Kind.EARNING, true, false, true, true, true, 1),
            new PayComponent("HRA", "House rent allowance", Kind.EARNING, false, true, true, true, true, 2),
            new PayComponent("SPECIAL", "Special allowance", Kind.EARNING, false, true, true, true, true, 3),
            new PayComponent("BONUS", "Bonus", Kind.VARIABLE, false, false, false, true, false, 10),
            new PayComponent("CANTEEN", "Canteen", Kind.DEDUCTION, false, false, false, false, false, 20)));

    /** New regime, tax year 2026-27 (Finance Act 2025 figures, carried into the Income-tax Act, 2025). */
    private static final RegimeRules NEW_REGIME = new RegimeRules(TaxRegime.NEW, bd("75000"), List.of(
            slab("0", "400000", "0"), slab("400000", "800000", "5"), slab("800000", "1200000", "10"),
            slab("1200000", "1600000", "15"), slab("1600000", "2000000", "20"), slab("2000000", "2400000", "25"),
            slab("2400000", null, "30")), false, bd("1200000"), bd("60000"), true,
            List.of(new SurchargeBand(bd("5000000"), bd("10")), new SurchargeBand(bd("10000000"), bd("15")),
                    new SurchargeBand(bd("20000000"), bd("25"))), bd("4"), bd("20"));

    @Test
    void joinerMidMonthIsPaidForTheDaysFromJoining() {
        // given: joined 15 Dec 2026 → 17 of 31 days; structure 30,000 / 12,000 / 18,000
        EmployeeMonth in = month(employee(LocalDate.of(2026, 12, 15), null), YearMonth.of(2026, 12), "0",
                structure("2026-12-15", "30000", "12000", "18000"), null, List.of(), List.of(), YearToDate.NONE,
                false);

        Payslip p = ENGINE.compute(in, new FlatStatutory(12), NEW_REGIME);

        // 30000×17/31 = 16451.61 → 16452; 12000×17/31 = 6580.65 → 6581; 18000×17/31 = 9870.97 → 9871
        assertThat(p.earnings()).containsExactly(amount("BASIC", "Basic", "16452.00"),
                amount("HRA", "House rent allowance", "6581.00"), amount("SPECIAL", "Special allowance", "9871.00"));
        assertThat(p.daysInMonth()).isEqualTo(31);
        assertThat(p.paidDays()).isEqualByComparingTo("17");
        assertThat(p.ncpDays()).isEqualByComparingTo("14");
        assertThat(p.grossEarnings()).isEqualByComparingTo("32904.00");
        // PF wages 16452 (allowances 16452 are not above half of 32904); 12% = 1974.24 → 1974;
        // EPS 8.33% = 1370.45 → 1370; employer EPF 1974 − 1370 = 604; EDLI and admin 0.5% = 82.26 → 82
        assertThat(p.pfWages()).isEqualByComparingTo("16452.00");
        assertThat(p.epfEmployee()).isEqualByComparingTo("1974.00");
        assertThat(p.epsEmployer()).isEqualByComparingTo("1370.00");
        assertThat(p.epfEmployer()).isEqualByComparingTo("604.00");
        assertThat(p.edliEmployer()).isEqualByComparingTo("82.00");
        assertThat(p.pfAdminEmployer()).isEqualByComparingTo("82.00");
        assertThat(p.professionalTax()).isEqualByComparingTo("200.00");
        assertThat(p.lwfEmployee()).isEqualByComparingTo("25.00");
        assertThat(p.lwfEmployer()).isEqualByComparingTo("75.00");
        // year: 32,904 + 3 × 60,000 = 2,12,904 − 75,000 = 1,37,904 → 1,37,900: below 4 lakh, no tax
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("137900.00");
        assertThat(p.tds()).isEqualByComparingTo("0.00");
        // 32904 − 1974 − 200 − 25
        assertThat(p.totalDeductions()).isEqualByComparingTo("2199.00");
        assertThat(p.netPay()).isEqualByComparingTo("30705.00");
    }

    @Test
    void leaverWithLossOfPayIsPaidForDaysEmployedLessLop() {
        // given: left 20 Nov 2026 (20 of 30 days), 2 LOP days → 18 paid; canteen 500 a month, not prorated;
        // ESI coverage decided in October (start of the Oct–Mar period) carries on though wages are now above
        // the ceiling
        EmployeeMonth in = month(employee(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 11, 20)),
                YearMonth.of(2026, 11), "2", structure("2024-06-01", "20000", "8000", "4000", "CANTEEN", "500"), null,
                List.of(), List.of(), new YearToDate(bd("224000"), bd("0"), bd("1400"), true), true);

        Payslip p = ENGINE.compute(in, new FlatStatutory(11), NEW_REGIME);

        // 20000×18/30 = 12000; 8000×18/30 = 4800; 4000×18/30 = 2400
        assertThat(p.grossEarnings()).isEqualByComparingTo("19200.00");
        assertThat(p.paidDays()).isEqualByComparingTo("18");
        assertThat(p.lopDays()).isEqualByComparingTo("2");
        assertThat(p.ncpDays()).isEqualByComparingTo("12");
        // PF on 12000: 1440; EPS 999.60 → 1000; employer EPF 440
        assertThat(p.epfEmployee()).isEqualByComparingTo("1440.00");
        assertThat(p.epsEmployer()).isEqualByComparingTo("1000.00");
        assertThat(p.epfEmployer()).isEqualByComparingTo("440.00");
        // ESI on 19200: 0.75% = 144; 3.25% = 624
        assertThat(p.esiWages()).isEqualByComparingTo("19200.00");
        assertThat(p.esiEmployee()).isEqualByComparingTo("144.00");
        assertThat(p.esiEmployer()).isEqualByComparingTo("624.00");
        assertThat(p.otherDeductions()).containsExactly(amount("CANTEEN", "Canteen", "500.00"));
        assertThat(p.lwfEmployee()).isEqualByComparingTo("0.00");
        // the year ends with the leaving month: 2,24,000 + 19,200 − 75,000 = 1,68,200: no tax
        assertThat(p.tds()).isEqualByComparingTo("0.00");
        // 19200 − 1440 − 144 − 200 − 500
        assertThat(p.netPay()).isEqualByComparingTo("16916.00");
    }

    @Test
    void backDatedRevisionPaysArrearsForTheMonthsAlreadyPaid() {
        // given: 80,000 a month from April; a revision to 88,000 from 1 Oct 2026 entered after October (31 of 31
        // days paid) and November (28 of 30 paid) were locked
        EmployeeMonth in = month(employee(LocalDate.of(2020, 1, 1), null), YearMonth.of(2026, 12), "0",
                structure("2026-10-01", "44000", "17600", "26400"), structure("2026-04-01", "40000", "16000", "24000"),
                List.of(new PaidMonth(YearMonth.of(2026, 10), bd("31")), new PaidMonth(YearMonth.of(2026, 11), bd("28"))),
                List.of(), new YearToDate(bd("634666"), bd("0"), bd("1600"), null), false);

        Payslip p = ENGINE.compute(in, new FlatStatutory(12), NEW_REGIME);

        // BASIC +4000: 4000 + 4000×28/30 = 7733.33 → 7733; HRA +1600: 1600 + 1493.33 → 3093;
        // SPECIAL +2400: 2400 + 2240 = 4640
        assertThat(p.earnings()).containsExactly(amount("BASIC", "Basic", "44000.00"),
                amount("HRA", "House rent allowance", "17600.00"), amount("SPECIAL", "Special allowance", "26400.00"),
                amount("ARREAR_BASIC", "Arrears Basic", "7733.00"),
                amount("ARREAR_HRA", "Arrears House rent allowance", "3093.00"),
                amount("ARREAR_SPECIAL", "Arrears Special allowance", "4640.00"));
        assertThat(p.grossEarnings()).isEqualByComparingTo("103466.00");
        assertThat(p.taxableEarnings()).isEqualByComparingTo("103466.00");
        // PF wages without arrears: 44000, capped at 25,000: 3000; EPS 2082.50 → 2083; EPF 917; EDLI/admin 125
        assertThat(p.pfWages()).isEqualByComparingTo("25000.00");
        assertThat(p.epfEmployee()).isEqualByComparingTo("3000.00");
        assertThat(p.epsEmployer()).isEqualByComparingTo("2083.00");
        assertThat(p.epfEmployer()).isEqualByComparingTo("917.00");
        // year: 6,34,666 + 1,03,466 + 3 × 88,000 = 10,02,132 − 75,000 = 9,27,132 → 9,27,130; tax 32,713 all rebated
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("927130.00");
        assertThat(p.projectedAnnualTax()).isEqualByComparingTo("0.00");
        assertThat(p.tds()).isEqualByComparingTo("0.00");
        // 103466 − 3000 − 200 − 25
        assertThat(p.netPay()).isEqualByComparingTo("100241.00");
    }

    @Test
    void midYearBonusTaxedInItsMonthTakesTheWholeExtraTaxNow() {
        // given: 2,00,000 a month; April–September paid 12,00,000 with 6 × 24,375 = 1,46,250 TDS (24,00,000 a
        // year → 23,25,000 taxable → 2,81,250 + 4% cess = 2,92,500 ÷ 12); a 3,00,000 bonus in October
        Payslip p = ENGINE.compute(bonusMonth(TaxTreatment.IN_MONTH), new FlatStatutory(10), NEW_REGIME);

        // without the bonus: (2,92,500 − 1,46,250) ÷ 6 = 24,375; with it 27,00,000 → 26,25,000 taxable →
        // 3,00,000 + 30% × 2,25,000 = 3,67,500 + 4% = 3,82,200; the bonus adds 89,700 now
        assertThat(p.grossEarnings()).isEqualByComparingTo("500000.00");
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("2625000.00");
        assertThat(p.projectedAnnualTax()).isEqualByComparingTo("382200.00");
        assertThat(p.tds()).isEqualByComparingTo("114075.00");
        // 5,00,000 − 3,000 PF − 200 PT − 1,14,075
        assertThat(p.netPay()).isEqualByComparingTo("382725.00");
    }

    @Test
    void midYearBonusSpreadIsTaxedOverTheRemainingMonths() {
        Payslip p = ENGINE.compute(bonusMonth(TaxTreatment.SPREAD), new FlatStatutory(10), NEW_REGIME);

        // (3,82,200 − 1,46,250) ÷ 6 = 39,325
        assertThat(p.projectedAnnualTax()).isEqualByComparingTo("382200.00");
        assertThat(p.tds()).isEqualByComparingTo("39325.00");
        assertThat(p.netPay()).isEqualByComparingTo("457475.00");
        assertThat(p.earnings()).extracting(PayslipAmount::code).containsExactly("BASIC", "HRA", "SPECIAL", "BONUS");
    }

    @ParameterizedTest
    @CsvSource({"IN_MONTH, true, 114075", "SPREAD, true, 39325", "IN_MONTH, false, 114075", "SPREAD, false, 100000"})
    void midYearBonusTdsIsTheSalaryTdsProjections(TaxTreatment treatment, boolean withPan, String tds) {
        // given the bonus month above (October, 6 months remaining), with or without a PAN
        EmployeeMonth in = bonusMonth(treatment, withPan ? "AAKCP0001A" : null);

        Payslip p = ENGINE.compute(in, new FlatStatutory(10), NEW_REGIME);

        // the same figures straight from the projection: paid 12,00,000; this month 2,00,000 regular + 3,00,000 bonus;
        // 2,00,000 expected a month; 1,46,250 deducted; PT 1,200 + 6 x 200 (not counted in the new regime); age 36
        BigDecimal bonus = bd("300000");
        TdsProjection expected = SalaryTdsProjection.forMonth(new TdsProjectionInput(NEW_REGIME, 6, bd("1200000"),
                bd("200000"), bd("200000"), treatment == TaxTreatment.SPREAD ? bonus : null,
                treatment == TaxTreatment.IN_MONTH ? bonus : null, bd("146250"), null, null, null, null, bd("2400"), 36,
                withPan));
        assertThat(p.tds()).isEqualByComparingTo(expected.tdsThisMonth()).isEqualByComparingTo(tds);
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo(expected.projectedTaxableIncome())
                .isEqualByComparingTo("2625000");
        assertThat(p.projectedAnnualTax()).isEqualByComparingTo(expected.annualTax()).isEqualByComparingTo("382200");
        // without PAN: SPREAD's average 39,325 is below 20% of the month's 5,00,000 = 1,00,000; IN_MONTH's 1,14,075
        // is above it
        assertThat(expected.basis()).isEqualTo(!withPan && treatment == TaxTreatment.SPREAD
                ? TdsProjection.Basis.WITHOUT_PAN : TdsProjection.Basis.AVERAGE_RATE);
    }

    @Test
    void withoutPanAboveTheTaxableLimitTwentyPercentOfTheMonthIsDeducted() {
        // given: 2,00,000 a month, no PAN; April–September paid 12,00,000 with 1,46,250 TDS; October without bonus
        EmployeeMonth in = month(employee(LocalDate.of(2020, 1, 1), null, null), YearMonth.of(2026, 10), "0",
                structure("2020-01-01", "100000", "40000", "60000"), null, List.of(), List.of(),
                new YearToDate(bd("1200000"), bd("146250"), bd("1200"), null), false);

        Payslip p = ENGINE.compute(in, new FlatStatutory(10), NEW_REGIME);

        // year 24,00,000 → tax 2,92,500 (above); average (2,92,500 − 1,46,250) ÷ 6 = 24,375;
        // 20% of 2,00,000 = 40,000 without cess is higher (s.206AA(1)(iii); s.397(2)(b) of the 2025 Act)
        assertThat(p.projectedAnnualTax()).isEqualByComparingTo("292500.00");
        assertThat(p.tds()).isEqualByComparingTo("40000.00");
        // 2,00,000 − 3,000 PF − 200 PT − 40,000
        assertThat(p.netPay()).isEqualByComparingTo("156800.00");
    }

    @Test
    void withoutPanBelowTheTaxableLimitNothingIsDeducted() {
        // given: 1,00,000 a month from April, PAN malformed (four digits missing)
        EmployeeMonth in = month(employee(LocalDate.of(2020, 1, 1), null, "AAKCP"), YearMonth.of(2026, 4), "0",
                structure("2020-01-01", "50000", "20000", "30000"), null, List.of(), List.of(), YearToDate.NONE, false);

        Payslip p = ENGINE.compute(in, new FlatStatutory(4), NEW_REGIME);

        // 12,00,000 − 75,000 = 11,25,000: tax 20,000 + 32,500 = 52,500 all rebated (s.156; income up to 12 lakh),
        // so the income is not chargeable and the 20% (20,000) does not apply
        assertThat(p.projectedTaxableIncome()).isEqualByComparingTo("1125000.00");
        assertThat(p.projectedAnnualTax()).isEqualByComparingTo("0.00");
        assertThat(p.tds()).isEqualByComparingTo("0.00");
        // 1,00,000 − 3,000 PF − 200 PT
        assertThat(p.netPay()).isEqualByComparingTo("96800.00");
    }

    @Test
    void revisionDuringTheMonthPaysTheDaysBeforeItAtTheOldStructure() {
        // given: BASIC 30,000 until 10 Nov 2026, 36,000 from 11 Nov; 30 days, no LOP
        EmployeeMonth in = month(employee(LocalDate.of(2020, 1, 1), null), YearMonth.of(2026, 11), "0",
                structure("2026-11-11", "36000", "0", "0"), structure("2020-01-01", "30000", "0", "0"), List.of(),
                List.of(), YearToDate.NONE, false);

        Payslip p = ENGINE.compute(in, new FlatStatutory(11), NEW_REGIME);

        // 30000 × 10/30 + 36000 × 20/30 = 10000 + 24000
        assertThat(p.earnings()).containsExactly(amount("BASIC", "Basic", "34000.00"));
    }

    @Test
    void lossOfPayBeyondTheDaysEmployedIsRefusedWithWhatToFix() {
        EmployeeMonth in = month(employee(LocalDate.of(2026, 11, 25), null), YearMonth.of(2026, 11), "7",
                structure("2026-11-25", "30000", "0", "0"), null, List.of(), List.of(), YearToDate.NONE, false);

        assertThatThrownBy(() -> ENGINE.compute(in, new FlatStatutory(11), NEW_REGIME))
                .isInstanceOf(PayrollCalculationException.class)
                .hasMessage("E1: 7 loss-of-pay days in 2026-11 but only 6 days employed; correct the attendance for"
                        + " the month")
                .extracting(e -> ((PayrollCalculationException) e).code()).isEqualTo("LOP_EXCEEDS_DAYS");
    }

    @Test
    void aComponentTheCompanyDoesNotDefineIsRefused() {
        EmployeeMonth in = month(employee(LocalDate.of(2020, 1, 1), null), YearMonth.of(2026, 11), "0",
                structure("2020-01-01", "30000", "0", "0", "LTA", "1000"), null, List.of(), List.of(),
                YearToDate.NONE, false);

        assertThatThrownBy(() -> ENGINE.compute(in, new FlatStatutory(11), NEW_REGIME))
                .hasMessageContaining("salary component LTA is not defined for the company");
    }

    private static EmployeeMonth bonusMonth(TaxTreatment treatment) {
        return bonusMonth(treatment, "AAKCP0001A");
    }

    private static EmployeeMonth bonusMonth(TaxTreatment treatment, String pan) {
        return month(employee(LocalDate.of(2020, 1, 1), null, pan), YearMonth.of(2026, 10), "0",
                structure("2020-01-01", "100000", "40000", "60000"), null, List.of(),
                List.of(new VariablePay("BONUS", bd("300000"), treatment)),
                new YearToDate(bd("1200000"), bd("146250"), bd("1200"), null), false);
    }

    private static EmployeeMonth month(PayslipEmployee e, YearMonth month, String lop, SalaryStructureAmounts structure,
                                       SalaryStructureAmounts previous, List<PaidMonth> arrears,
                                       List<VariablePay> inputs, YearToDate ytd, boolean esi) {
        return new EmployeeMonth(e, new Terms(true, false, true, esi, TaxRegime.NEW), month, bd(lop), structure,
                previous, arrears, inputs, ytd, null);
    }

    private static PayslipEmployee employee(LocalDate joined, LocalDate left) {
        return employee(joined, left, "AAKCP0001A");
    }

    private static PayslipEmployee employee(LocalDate joined, LocalDate left, String pan) {
        return new PayslipEmployee("E1", "Asha Menon", "M", LocalDate.of(1990, 5, 1), pan, "100000000001",
                null, "50100012345678", "HDFC0001234", "MH", "Engineer", "R&D", joined, left);
    }

    private static SalaryStructureAmounts structure(String from, String basic, String hra, String special,
                                                    String... more) {
        Map<String, BigDecimal> amounts = new java.util.LinkedHashMap<>();
        amounts.put("BASIC", bd(basic));
        if (bd(hra).signum() != 0) {
            amounts.put("HRA", bd(hra));
        }
        if (bd(special).signum() != 0) {
            amounts.put("SPECIAL", bd(special));
        }
        for (int i = 0; i < more.length; i += 2) {
            amounts.put(more[i], bd(more[i + 1]));
        }
        return new SalaryStructureAmounts(LocalDate.parse(from), amounts);
    }

    private static PayslipAmount amount(String code, String name, String amount) {
        return new PayslipAmount(code, name, bd(amount));
    }

    private static TaxSlab slab(String from, String to, String rate) {
        return new TaxSlab(bd(from), to == null ? null : bd(to), bd(rate));
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    /**
     * Fixed contributions for the engine's tests: PF 12% employee, EPS 8.33% and EDLI/admin 0.5% on wages up to a
     * ₹25,000 ceiling (the ceiling from 17 Sep 2026), with allowances above half of remuneration added back; ESI
     * 0.75%/3.25% rounded up, covered up to ₹21,000; Maharashtra PT ₹200 for men above ₹10,000; LWF ₹25/₹75 in
     * June and December. Each rounded to the rupee.
     */
    private record FlatStatutory(int monthValue) implements PayrollStatutory {

        private static final BigDecimal CEILING = new BigDecimal("25000");

        @Override
        public PfShares pf(PfBasis b) {
            BigDecimal half = b.totalRemuneration().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            BigDecimal wages = b.pfWageComponents().add(b.excludedAllowances().subtract(half).max(BigDecimal.ZERO));
            BigDecimal capped = b.onActualWages() ? wages : wages.min(CEILING);
            BigDecimal employee = pct(capped, "12");
            BigDecimal eps = b.epsMember() ? pct(capped.min(CEILING), "8.33") : BigDecimal.ZERO;
            return new PfShares(capped, capped.min(CEILING), capped.min(CEILING), employee, eps, employee.subtract(eps),
                    pct(capped.min(CEILING), "0.5"), pct(capped, "0.5"));
        }

        @Override
        public boolean esiCovered(BigDecimal wagesAtPeriodStart) {
            return wagesAtPeriodStart.compareTo(new BigDecimal("21000")) <= 0;
        }

        @Override
        public EsiShares esi(BigDecimal esiWages, boolean covered, BigDecimal averageDailyWage) {
            if (!covered) {
                return new EsiShares(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            }
            return new EsiShares(esiWages, up(esiWages, "0.75"), up(esiWages, "3.25"));
        }

        @Override
        public BigDecimal professionalTax(String gender, BigDecimal monthlyGross) {
            return "M".equals(gender) && monthlyGross.compareTo(new BigDecimal("10000")) > 0 ? new BigDecimal("200")
                    : BigDecimal.ZERO;
        }

        @Override
        public LwfShares lwf(BigDecimal monthlyGross) {
            return monthValue == 6 || monthValue == 12 ? new LwfShares(new BigDecimal("25"), new BigDecimal("75"))
                    : new LwfShares(BigDecimal.ZERO, BigDecimal.ZERO);
        }

        private static BigDecimal pct(BigDecimal v, String rate) {
            return v.multiply(new BigDecimal(rate)).divide(new BigDecimal("100"), 0, RoundingMode.HALF_UP);
        }

        private static BigDecimal up(BigDecimal v, String rate) {
            return v.multiply(new BigDecimal(rate)).divide(new BigDecimal("100"), 0, RoundingMode.CEILING);
        }
    }
}

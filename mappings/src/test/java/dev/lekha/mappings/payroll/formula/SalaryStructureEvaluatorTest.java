package dev.lekha.mappings.payroll.formula;

import static dev.lekha.mappings.payroll.formula.StructureLine.fixed;
import static dev.lekha.mappings.payroll.formula.StructureLine.formula;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalaryStructureEvaluatorTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void linesAreComputedAfterWhatTheyReferToAndReturnedInTheirOwnOrder() {
        // CTC 9,00,000: a month is 75,000; BASIC 40% = 30,000; HRA 50% of basic = 15,000;
        // SPECIAL = 75,000 - 30,000 - 15,000 - 1,600 = 28,400
        LinkedHashMap<String, BigDecimal> m = SalaryStructureEvaluator.monthlyAmounts(List.of(
                formula("SPECIAL", "CTC/12 - BASIC - HRA - CONVEYANCE"),
                formula("HRA", "50% of BASIC"),
                formula("BASIC", "40% of CTC / 12"),
                fixed("CONVEYANCE", d("1600"))), d("900000"));
        assertThat(m.keySet()).containsExactly("SPECIAL", "HRA", "BASIC", "CONVEYANCE");
        assertThat(m.values()).containsExactly(d("28400.00"), d("15000.00"), d("30000.00"), d("1600.00"));
    }

    @Test
    void laterFormulasUseTheRoundedAmountsOfEarlierOnesSoTheLinesAddUpToTheMonth() {
        // CTC 10,00,000: a month is 83,333.333...; BASIC = 4,00,000/12 = 33,333.33; HRA = 50% of 33,333.33
        // = 16,666.665 -> 16,666.67; SPECIAL = 83,333.333... - 33,333.33 - 16,666.67 = 33,333.333... -> 33,333.33;
        // 33,333.33 + 16,666.67 + 33,333.33 = 83,333.33 = CTC/12 rounded
        LinkedHashMap<String, BigDecimal> m = SalaryStructureEvaluator.monthlyAmounts(List.of(
                formula("BASIC", "40% of CTC / 12"),
                formula("HRA", "50% of BASIC"),
                formula("SPECIAL", "CTC/12 - BASIC - HRA")), d("1000000"));
        assertThat(m.values()).containsExactly(d("33333.33"), d("16666.67"), d("33333.33"));
    }

    @Test
    void fixedAmountsWithoutCtc() {
        LinkedHashMap<String, BigDecimal> m = SalaryStructureEvaluator.monthlyAmounts(List.of(
                fixed("BASIC", d("12000")), fixed("DA", d("1500.5")), formula("HRA", "40% of (BASIC + DA)")), null);
        // 40% of 13,500.50 = 5,400.20
        assertThat(m.values()).containsExactly(d("12000.00"), d("1500.50"), d("5400.20"));
    }

    @Test
    void unknownReferenceIsNamed() {
        assertThatThrownBy(() -> SalaryStructureEvaluator.monthlyAmounts(List.of(
                fixed("BASIC", d("10000")), formula("HRA", "50% of BASIK")), null))
                .isInstanceOf(InvalidSalaryStructureException.class)
                .hasMessage("HRA refers to BASIK ('50% of BASIK'), which is not a component of this structure");
    }

    @Test
    void cycleIsNamedInFull() {
        assertThatThrownBy(() -> SalaryStructureEvaluator.monthlyAmounts(List.of(
                fixed("BASIC", d("10000")),
                formula("HRA", "50% of SPECIAL"),
                formula("SPECIAL", "CTC/12 - BASIC - LTA"),
                formula("LTA", "HRA / 2")), d("600000")))
                .isInstanceOf(InvalidSalaryStructureException.class)
                .hasMessage("the formulas refer to each other in a cycle: HRA -> SPECIAL -> LTA -> HRA");
        assertThatThrownBy(() -> SalaryStructureEvaluator.monthlyAmounts(List.of(formula("BASIC", "BASIC + 1")), null))
                .hasMessage("the formulas refer to each other in a cycle: BASIC -> BASIC");
    }

    @Test
    void ctcWithoutAnnualCtc() {
        assertThatThrownBy(() -> SalaryStructureEvaluator.monthlyAmounts(List.of(formula("BASIC", "CTC/24")), null))
                .hasMessage("BASIC uses CTC ('CTC/24') but the structure has no annual CTC");
    }

    @Test
    void negativeBalancingComponentIsRejected() {
        // 3,60,000 / 12 = 30,000 - 20,000 - 12,000 = -2,000
        assertThatThrownBy(() -> SalaryStructureEvaluator.monthlyAmounts(List.of(
                fixed("BASIC", d("20000")), fixed("HRA", d("12000")),
                formula("SPECIAL", "CTC/12 - BASIC - HRA")), d("360000")))
                .hasMessage("SPECIAL = 'CTC/12 - BASIC - HRA' comes to -2000.00, a negative amount: the other components"
                        + " exceed what the formula leaves");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        InvalidSalaryStructureException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidSalaryStructureException.class, () -> SalaryStructureEvaluator.monthlyAmounts(List.of(
                        fixed("BASIC", d("10000")),
                        fixed("BASIC", d("11000")),
                        new StructureLine("HRA", d("100"), "50% of BASIC"),
                        new StructureLine("LTA", null, null),
                        formula("SPECIAL", "40% BASIC"),
                        fixed("bonus", d("1")),
                        fixed("CTC", d("1")),
                        fixed("DA", d("-5"))), null));
        assertThat(e.problems()).containsExactly(
                "BASIC appears more than once in the structure",
                "HRA needs either a monthly amount or a formula, not both",
                "LTA needs either a monthly amount or a formula, not neither",
                "SPECIAL: Invalid formula '40% BASIC': expected 'of' after '40%' (write e.g. '40% of BASIC'),"
                        + " found 'BASIC' at column 5",
                "component code 'bonus' is not a code (upper case letters, digits and '_', starting with a letter)",
                "CTC is the annual CTC and cannot be a component of the structure",
                "DA has a negative monthly amount -5");
    }
}

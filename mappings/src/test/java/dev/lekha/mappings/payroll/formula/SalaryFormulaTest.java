package dev.lekha.mappings.payroll.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every expected value worked by hand; results are rounded once, at the end, to paise half up. */
class SalaryFormulaTest {

    private static BigDecimal eval(String formula, Map<String, BigDecimal> values) {
        return SalaryFormula.parse(formula).evaluate(values);
    }

    private static BigDecimal eval(String formula) {
        return eval(formula, Map.of());
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void percentOfAComponent() {
        // 40% of 50,000 = 20,000.00
        assertThat(eval("40% of BASIC", Map.of("BASIC", d("50000")))).isEqualTo(d("20000.00"));
        // 8.33% of 15,000 = 1,249.50 (the EPS share written as a formula)
        assertThat(eval("8.33% of BASIC", Map.of("BASIC", d("15000")))).isEqualTo(d("1249.50"));
    }

    @Test
    void percentOfAParenthesisedSum() {
        // 50% of (12,000 + 3,000) = 7,500.00
        assertThat(eval("50% of (BASIC + DA)", Map.of("BASIC", d("12000"), "DA", d("3000")))).isEqualTo(d("7500.00"));
    }

    @Test
    void percentBindsToTheOperandRightAfterOf() {
        // (40% of 1,000) + 100 = 500, not 40% of 1,100 = 440
        assertThat(eval("40% of BASIC + 100", Map.of("BASIC", d("1000")))).isEqualTo(d("500.00"));
        // (40% of 6,00,000) / 12 = 20,000
        assertThat(eval("40% of CTC / 12", Map.of("CTC", d("600000")))).isEqualTo(d("20000.00"));
    }

    @Test
    void resultIsRoundedToPaiseHalfUpOnlyAtTheEnd() {
        // 7,00,000 / 12 = 58,333.333... -> 58,333.33
        assertThat(eval("CTC/12", Map.of("CTC", d("700000")))).isEqualTo(d("58333.33"));
        // 50% of 333.33 = 166.665 -> 166.67 (half up)
        assertThat(eval("50% of HRA", Map.of("HRA", d("333.33")))).isEqualTo(d("166.67"));
        // 1/3 * 3 = 1.00 exactly when kept at 34 digits (0.999...9 rounds to 1.00)
        assertThat(eval("1/3*3")).isEqualTo(d("1.00"));
    }

    @Test
    void precedenceAndAssociativity() {
        assertThat(eval("2 + 3 * 4")).isEqualTo(d("14.00"));
        assertThat(eval("(2 + 3) * 4")).isEqualTo(d("20.00"));
        assertThat(eval("10 - 2 - 3")).isEqualTo(d("5.00"));
        assertThat(eval("100 / 4 / 5")).isEqualTo(d("5.00"));
        assertThat(eval("-BASIC + 100", Map.of("BASIC", d("30")))).isEqualTo(d("70.00"));
        assertThat(eval("2 * -3")).isEqualTo(d("-6.00"));
    }

    @Test
    void minMaxAndRound() {
        // PF wages capped: min(12,000 + 2,000, 15,000) = 14,000; min(20,000 + 2,000, 15,000) = 15,000
        assertThat(eval("min(BASIC + DA, 15000)", Map.of("BASIC", d("12000"), "DA", d("2000")))).isEqualTo(d("14000.00"));
        assertThat(eval("MIN(BASIC + DA, 15000)", Map.of("BASIC", d("20000"), "DA", d("2000")))).isEqualTo(d("15000.00"));
        assertThat(eval("max(1, 7, 3)")).isEqualTo(d("7.00"));
        // 15,000 x 0.0833 = 1,249.50 -> round -> 1,250
        assertThat(eval("round(BASIC * 0.0833)", Map.of("BASIC", d("15000")))).isEqualTo(d("1250.00"));
        assertThat(eval("round(1249.49)")).isEqualTo(d("1249.00"));
    }

    @Test
    void typographicOperatorsAreAccepted() {
        // 1,000 x 2 - 100 = 1,900; 1,000 / 4 = 250
        assertThat(eval("BASIC \u00D7 2 \u2212 100", Map.of("BASIC", d("1000")))).isEqualTo(d("1900.00"));
        assertThat(eval("BASIC \u00F7 4", Map.of("BASIC", d("1000")))).isEqualTo(d("250.00"));
    }

    @Test
    void referencesInOrderOfFirstAppearance() {
        assertThat(SalaryFormula.parse("CTC/12 - BASIC - 50% of (HRA + BASIC)").references())
                .containsExactly("CTC", "BASIC", "HRA");
        assertThat(SalaryFormula.parse("round(1500 * 2)").references()).isEmpty();
        assertThat(SalaryFormula.parse("ARREAR_BASIC + 1").references()).containsExactly("ARREAR_BASIC");
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertError("40% BASIC", 5, "expected 'of' after '40%'");
        assertError("40% of", 7, "expected a number, a component code, a function or '('");
        assertError("BASIC +", 8, "found the end of the formula");
        assertError("basic * 2", 1, "'basic' is not a component code");
        assertError("min(BASIC)", 1, "min takes two or more arguments");
        assertError("round(BASIC, 2)", 1, "round takes one argument");
        assertError("avg(BASIC, HRA)", 1, "unknown function 'avg'");
        assertError("BASIC $ 2", 7, "unexpected character '$'");
        assertError("(BASIC + 2", 11, "expected ')' to close the '(' at column 1");
        assertError("BASIC HRA", 7, "expected an operator");
        assertError("% of BASIC", 1, "'%' must follow a number");
        assertError("15,000", 3, "expected an operator");
        assertError("2BASIC", 2, "a number runs into a name");
        assertError("   ", 1, "the formula is empty");
    }

    private static void assertError(String formula, int column, String text) {
        assertThatThrownBy(() -> SalaryFormula.parse(formula))
                .isInstanceOf(InvalidFormulaException.class)
                .hasMessageContaining(text)
                .satisfies(e -> assertThat(((InvalidFormulaException) e).column()).isEqualTo(column));
    }

    @Test
    void evaluationErrors() {
        assertThatThrownBy(() -> eval("BASIC + HRA", Map.of("BASIC", d("1"))))
                .isInstanceOf(FormulaEvaluationException.class)
                .hasMessage("Formula 'BASIC + HRA' needs a value for HRA, none was given");
        assertThatThrownBy(() -> eval("CTC / (BASIC - 5)", Map.of("CTC", d("1"), "BASIC", d("5"))))
                .isInstanceOf(FormulaEvaluationException.class)
                .hasMessage("Formula 'CTC / (BASIC - 5)' divides by zero at column 5");
    }
}

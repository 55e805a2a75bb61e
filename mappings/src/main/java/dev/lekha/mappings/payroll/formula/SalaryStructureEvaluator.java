package dev.lekha.mappings.payroll.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a salary structure's lines (fixed amounts and formulas) into the monthly amount of every component.
 *
 * <p>Formulas may refer to other components of the same structure and to {@code CTC} (the annual CTC) in any
 * order of the lines: each line is computed after the lines it refers to. A reference to a component that is not
 * in the structure, a cycle of references (reported as {@code HRA -> SPECIAL -> HRA}), a formula that cannot be
 * read, {@code CTC} used without an annual CTC, and a negative result (e.g. {@code CTC/12 - BASIC - HRA} when the
 * other components exceed a twelfth of the CTC) are all rejected with every problem listed.
 */
public final class SalaryStructureEvaluator {

    private static final String CODE = "[A-Z][A-Z0-9_]*";

    private SalaryStructureEvaluator() {
    }

    /**
     * Computes the monthly amount of each component.
     *
     * @param lines     the structure's lines, must not be null; each code once
     * @param annualCtc the annual CTC, or null when no formula uses {@code CTC}
     * @return component code to monthly amount (scale 2), in the order of {@code lines}
     * @throws InvalidSalaryStructureException listing every problem found
     */
    public static LinkedHashMap<String, BigDecimal> monthlyAmounts(List<StructureLine> lines, BigDecimal annualCtc) {
        Objects.requireNonNull(lines, "lines");
        List<String> problems = new ArrayList<>();
        Map<String, StructureLine> byCode = new LinkedHashMap<>();
        Map<String, SalaryFormula> formulas = new HashMap<>();
        if (lines.isEmpty()) {
            problems.add("the structure has no components");
        }
        if (annualCtc != null && annualCtc.signum() < 0) {
            problems.add("the annual CTC " + annualCtc.toPlainString() + " is negative");
        }
        for (StructureLine line : lines) {
            String code = line.componentCode();
            if (code == null || !code.matches(CODE)) {
                problems.add("component code '" + code + "' is not a code (upper case letters, digits and '_',"
                        + " starting with a letter)");
                continue;
            }
            if (code.equals(SalaryFormula.CTC)) {
                problems.add("CTC is the annual CTC and cannot be a component of the structure");
                continue;
            }
            if (byCode.putIfAbsent(code, line) != null) {
                problems.add(code + " appears more than once in the structure");
                continue;
            }
            boolean hasFormula = line.formula() != null && !line.formula().isBlank();
            if (hasFormula == (line.monthlyAmount() != null)) {
                problems.add(code + " needs either a monthly amount or a formula, not "
                        + (hasFormula ? "both" : "neither"));
            } else if (hasFormula) {
                try {
                    formulas.put(code, SalaryFormula.parse(line.formula().strip()));
                } catch (InvalidFormulaException e) {
                    problems.add(code + ": " + e.getMessage());
                }
            } else if (line.monthlyAmount().signum() < 0) {
                problems.add(code + " has a negative monthly amount " + line.monthlyAmount().toPlainString());
            }
        }
        formulas.forEach((code, f) -> {
            for (String ref : f.references()) {
                if (ref.equals(SalaryFormula.CTC)) {
                    if (annualCtc == null) {
                        problems.add(code + " uses CTC ('" + f.text() + "') but the structure has no annual CTC");
                    }
                } else if (!byCode.containsKey(ref)) {
                    problems.add(code + " refers to " + ref + " ('" + f.text() + "'), which is not a component of"
                            + " this structure");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidSalaryStructureException(problems);
        }
        List<String> order = evaluationOrder(byCode, formulas, problems);
        if (!problems.isEmpty()) {
            throw new InvalidSalaryStructureException(problems);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        if (annualCtc != null) {
            values.put(SalaryFormula.CTC, annualCtc);
        }
        for (String code : order) {
            SalaryFormula f = formulas.get(code);
            BigDecimal amount;
            if (f == null) {
                amount = byCode.get(code).monthlyAmount().setScale(2, RoundingMode.HALF_UP);
            } else {
                try {
                    amount = f.evaluate(values);
                } catch (FormulaEvaluationException e) {
                    problems.add(code + ": " + e.getMessage());
                    continue;
                }
                if (amount.signum() < 0) {
                    problems.add(code + " = '" + f.text() + "' comes to " + amount.toPlainString()
                            + ", a negative amount: the other components exceed what the formula leaves");
                }
            }
            values.put(code, amount);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSalaryStructureException(problems);
        }
        LinkedHashMap<String, BigDecimal> result = new LinkedHashMap<>();
        for (String code : byCode.keySet()) {
            result.put(code, values.get(code));
        }
        return result;
    }

    /** Depth-first topological order; each cycle found is added to {@code problems} once, named in full. */
    private static List<String> evaluationOrder(Map<String, StructureLine> byCode, Map<String, SalaryFormula> formulas,
                                                List<String> problems) {
        List<String> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String code : byCode.keySet()) {
            visit(code, formulas, state, new ArrayDeque<>(), order, problems);
        }
        return order;
    }

    private static void visit(String code, Map<String, SalaryFormula> formulas, Map<String, Integer> state,
                              Deque<String> path, List<String> order, List<String> problems) {
        Integer s = state.get(code);
        if (s != null && s == 2) {
            return;
        }
        if (s != null) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String c = it.next();
                in = in || c.equals(code);
                if (in) {
                    cycle.add(c);
                }
            }
            cycle.add(code);
            problems.add("the formulas refer to each other in a cycle: " + String.join(" -> ", cycle));
            return;
        }
        state.put(code, 1);
        path.push(code);
        SalaryFormula f = formulas.get(code);
        if (f != null) {
            for (String ref : f.references()) {
                if (!ref.equals(SalaryFormula.CTC)) {
                    visit(ref, formulas, state, path, order, problems);
                }
            }
        }
        path.pop();
        state.put(code, 2);
        order.add(code);
    }
}

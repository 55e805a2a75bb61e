package dev.lekha.mappings.payroll.formula;

import java.util.List;

/**
 * A salary structure whose lines cannot be turned into monthly amounts; {@link #problems()} lists every problem
 * found (each naming the component), not only the first, so a sheet can be fixed in one pass.
 */
public class InvalidSalaryStructureException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidSalaryStructureException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per problem, never empty. */
    public List<String> problems() {
        return problems;
    }
}

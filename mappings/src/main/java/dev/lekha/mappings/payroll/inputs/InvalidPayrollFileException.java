package dev.lekha.mappings.payroll.inputs;

import java.util.List;

/**
 * A dropped employees or payroll-inputs file that cannot be stored; {@link #problems()} lists every problem found,
 * each naming the file, sheet, row and column and saying what is expected, so the file can be fixed in one pass.
 */
public class InvalidPayrollFileException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidPayrollFileException(List<String> problems) {
        super(problems.size() + " problem(s): " + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid file needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Never empty. */
    public List<String> problems() {
        return problems;
    }
}

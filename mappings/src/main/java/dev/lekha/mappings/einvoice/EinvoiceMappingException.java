package dev.lekha.mappings.einvoice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document cannot be turned into an IRP e-invoice as it stands: the IRP would refuse it. Permanent for
 * this content; a person must correct the document. {@link #problems()} lists every problem found, not
 * only the first.
 */
public class EinvoiceMappingException extends RuntimeException {

    private final List<MappingProblem> problems;

    public EinvoiceMappingException(List<MappingProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " prevent the e-invoice: "
                + problems.stream().map(MappingProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in document order; never empty. */
    public List<MappingProblem> problems() {
        return problems;
    }
}

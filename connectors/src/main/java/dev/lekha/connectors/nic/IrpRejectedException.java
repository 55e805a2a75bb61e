package dev.lekha.connectors.nic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The IRP answered and refused the request ({@code Status 0} with {@code ErrorDetails}): a permanent
 * outcome for this content. Retrying the same payload cannot succeed; a corrected document can.
 * For error 2150 (duplicate IRN) {@link #duplicate()} carries the {@code DUPIRN} details.
 */
public class IrpRejectedException extends RuntimeException {

    private final List<IrpError> errors;
    private final DuplicateIrn duplicate;

    public IrpRejectedException(List<IrpError> errors, DuplicateIrn duplicate) {
        super("IRP rejected the request: " + errors.stream().map(IrpError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
        this.duplicate = duplicate;
    }

    /** The IRP's errors, in its order; never empty. */
    public List<IrpError> errors() {
        return errors;
    }

    /** True when one of the errors has this code (e.g. {@code "2150"}). */
    public boolean has(String errorCode) {
        return errors.stream().anyMatch(e -> errorCode.equals(e.errorCode()));
    }

    /** The already-registered IRN for error 2150, or null. */
    public DuplicateIrn duplicate() {
        return duplicate;
    }
}

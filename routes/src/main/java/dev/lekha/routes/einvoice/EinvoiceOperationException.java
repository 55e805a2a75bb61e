package dev.lekha.routes.einvoice;

import dev.lekha.connectors.nic.IrpRejectedException;
import dev.lekha.connectors.nic.IrpUnavailableException;
import dev.lekha.routes.einvoice.EinvoiceOutcomes.ErrorEntry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An e-invoice operation a person asked for (cancel, e-way bill, retry) could not be done; {@link #kind()}
 * tells the caller how to answer (bad request, wrong state, refused by the IRP, IRP unreachable).
 */
public class EinvoiceOperationException extends RuntimeException {

    public enum Kind {
        /** The request itself is wrong (reason code, remark, transport details). */
        INVALID_REQUEST,
        /** No such document, or it has no e-invoice. */
        NOT_FOUND,
        /** The e-invoice is not in a state that allows it (e.g. cancel before an IRN exists). */
        WRONG_STATE,
        /** The IRP answered and refused, with its codes. */
        REFUSED_BY_IRP,
        /** The IRP could not be reached or timed out: try again later. */
        IRP_UNAVAILABLE
    }

    private final Kind kind;
    private final List<ErrorEntry> errors;

    public EinvoiceOperationException(Kind kind, List<ErrorEntry> errors) {
        super(errors.stream().map(e -> e.code() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public EinvoiceOperationException(Kind kind, String code, String message) {
        this(kind, List.of(new ErrorEntry(code, message)));
    }

    /** The IRP refused: its codes and messages. */
    static EinvoiceOperationException refusedBy(IrpRejectedException rejected) {
        return new EinvoiceOperationException(Kind.REFUSED_BY_IRP, rejected.errors().stream()
                .map(e -> new ErrorEntry(e.errorCode(), e.errorMessage())).toList());
    }

    /** The IRP could not be reached or timed out. */
    static EinvoiceOperationException unreachable(IrpUnavailableException unavailable) {
        return new EinvoiceOperationException(Kind.IRP_UNAVAILABLE, List.of(new ErrorEntry(
                unavailable.timedOut() ? EinvoiceOutcomes.TIMEOUT : EinvoiceOutcomes.UNAVAILABLE,
                unavailable.getMessage())));
    }

    public Kind kind() {
        return kind;
    }

    public List<ErrorEntry> errors() {
        return errors;
    }
}

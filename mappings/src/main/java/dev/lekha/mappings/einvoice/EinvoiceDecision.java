package dev.lekha.mappings.einvoice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a document must be sent to the IRP, from {@link EinvoiceApplicability}.
 *
 * @param verdict          never null
 * @param reason           why, in words for a person; null only for {@link Verdict#APPLICABLE}
 * @param lastReportingDay the last day the IRP accepts the document when a reporting time limit
 *                         applies (for APPLICABLE and BLOCKED), otherwise null
 */
public record EinvoiceDecision(Verdict verdict, String reason, LocalDate lastReportingDay) {

    public enum Verdict {
        /** Needs an IRN: send it to the IRP. */
        APPLICABLE,
        /** Needs no IRN; {@link #reason()} says why. */
        NOT_APPLICABLE,
        /** Needs an IRN but the IRP will refuse it (reporting time limit passed); a person must act. */
        BLOCKED
    }

    public EinvoiceDecision {
        Objects.requireNonNull(verdict, "verdict must not be null");
        if (verdict != Verdict.APPLICABLE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(verdict + " needs a reason");
        }
    }

    static EinvoiceDecision applicable(LocalDate lastReportingDay) {
        return new EinvoiceDecision(Verdict.APPLICABLE, null, lastReportingDay);
    }

    static EinvoiceDecision notApplicable(String reason) {
        return new EinvoiceDecision(Verdict.NOT_APPLICABLE, reason, null);
    }

    static EinvoiceDecision blocked(String reason, LocalDate lastReportingDay) {
        return new EinvoiceDecision(Verdict.BLOCKED, reason, lastReportingDay);
    }

    public boolean isApplicable() {
        return verdict == Verdict.APPLICABLE;
    }
}

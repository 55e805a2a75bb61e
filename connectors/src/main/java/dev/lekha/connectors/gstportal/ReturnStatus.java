package dev.lekha.connectors.gstportal;

import java.util.List;

/**
 * The portal's answer to RETSTATUS for a reference id.
 *
 * @param referenceId     the reference id asked about
 * @param state           processed, processed with errors, error, or still in progress
 * @param formType        the portal's {@code form_typ}, e.g. {@code R1}; may be null
 * @param action          the portal's {@code action}, e.g. {@code SAVE}; may be null
 * @param errors          one entry per rejected document (PE) or for the whole request (ER); empty otherwise
 * @param errorReportJson the portal's {@code error_report} as JSON, or null
 */
public record ReturnStatus(String referenceId, State state, String formType, String action,
                           List<DocumentError> errors, String errorReportJson) {

    public ReturnStatus {
        errors = List.copyOf(errors);
    }

    /** The portal's {@code status_cd} of a processed request. */
    public enum State {
        /** {@code P}: every document accepted. */
        PROCESSED,
        /** {@code PE}: accepted except the documents in {@code errors}. */
        PROCESSED_WITH_ERRORS,
        /** {@code ER}: nothing accepted. */
        ERROR,
        /** {@code IP}: not processed yet, ask again later. */
        IN_PROGRESS;

        static State of(String code) {
            return switch (code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT)) {
                case "P" -> PROCESSED;
                case "PE" -> PROCESSED_WITH_ERRORS;
                case "ER" -> ERROR;
                case "IP" -> IN_PROGRESS;
                default -> throw new IllegalArgumentException("unknown RETSTATUS status_cd '" + code + "'");
            };
        }
    }

    /**
     * One error of the report.
     *
     * @param section           e.g. {@code b2b}; null for a request-level error
     * @param counterpartyGstin {@code ctin} of the document, or null
     * @param documentNumber    {@code inum} (or {@code nt_num}) of the document, or null
     * @param code              the portal's {@code error_cd}
     * @param message           the portal's {@code error_msg}
     */
    public record DocumentError(String section, String counterpartyGstin, String documentNumber, String code,
                                String message) {
    }
}

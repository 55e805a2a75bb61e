package dev.lekha.routes.gstfiling;

import java.util.List;

/**
 * A filing step that could not be done, with what the person should do about it. {@link #kind()} tells the caller
 * how to answer (the API maps it to an HTTP status).
 */
public class GstFilingException extends RuntimeException {

    /** Why the step failed. */
    public enum Kind {
        /** The return is not in a state for this step (409). */
        WRONG_STATE,
        /** No live portal session for the GSTIN: request an OTP and log in (401 from the portal's side; 409 here). */
        SESSION_REQUIRED,
        /** A wrong or expired OTP, or a refused login (422). */
        AUTH_REFUSED,
        /** The portal refused the request or documents in it; {@link #errors()} lists them (422). */
        REFUSED_BY_PORTAL,
        /** The portal could not be reached, or its answer failed the integrity check (503). */
        PORTAL_UNAVAILABLE
    }

    private final Kind kind;
    private final List<String> errors;

    public GstFilingException(Kind kind, String message, List<String> errors, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public GstFilingException(Kind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    public List<String> errors() {
        return errors;
    }
}

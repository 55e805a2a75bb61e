package dev.lekha.hub.gstreturns;

import dev.lekha.routes.gstfiling.GstFilingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** How a failed GST portal step is answered over REST: one mapping for every controller that talks to the portal. */
public final class GstFilingProblems {

    private GstFilingProblems() {
    }

    /** 409 wrong state or no portal session, 422 refused login or refused by the portal, 503 portal unavailable. */
    public static ProblemDetail of(GstFilingException e) {
        HttpStatus status = switch (e.kind()) {
            case WRONG_STATE, SESSION_REQUIRED -> HttpStatus.CONFLICT;
            case AUTH_REFUSED, REFUSED_BY_PORTAL -> HttpStatus.UNPROCESSABLE_CONTENT;
            case PORTAL_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(switch (e.kind()) {
            case WRONG_STATE -> "Not possible in the return's status";
            case SESSION_REQUIRED -> "Log in to the GST portal first";
            case AUTH_REFUSED -> "The GST portal refused the login";
            case REFUSED_BY_PORTAL -> "Refused by the GST portal";
            case PORTAL_UNAVAILABLE -> "GST portal unavailable; try again later";
        });
        p.setProperty("errors", e.errors());
        return p;
    }
}

package dev.lekha.hub.gstrecon;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.domain.gstr2b.GstReconciliations;
import dev.lekha.domain.gstr2b.ReconDecisionException;
import dev.lekha.domain.gstr2b.ReconLine;
import dev.lekha.hub.gstreturns.GstFilingProblems;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.gstfiling.GstFilingException;
import dev.lekha.routes.gstr2b.Gstr2bDownloads;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GSTR-2B reconciliation over REST: the lines of a GSTIN's financial year up to a period (both sides, rule,
 * reason, decision), and the decisions people take on them — accept or reject a suggestion, match two documents by
 * hand, undo a match — each recorded with who and when and kept by every later {@code gstr2b-recon} run. Also the
 * GSTR-2B download from the GST portal. Errors: 400 bad parameter, 404/409 a line that is unknown or in the wrong
 * state, 409 no portal session, 422 refused by the portal.
 */
@RestController
@RequestMapping("/api")
public class GstReconApi {

    private final ReconView view;
    private final GstReconciliations reconciliations;
    private final Gstr2bDownloads downloads;
    private final CompanyScope scope;

    public GstReconApi(ReconView view, GstReconciliations reconciliations, Gstr2bDownloads downloads,
                       CompanyScope scope) {
        this.view = view;
        this.reconciliations = reconciliations;
        this.downloads = downloads;
        this.scope = scope;
    }

    @GetMapping("/gst-recon")
    public List<ReconView.Row> lines(@RequestParam long companyId, @RequestParam String gstin,
                                     @RequestParam String period, @RequestParam(required = false) String outcome) {
        scope.check(companyId);
        return view.rows(companyId, gstin(gstin), period(period), outcome(outcome));
    }

    @PostMapping("/gst-recon/lines/{lineId}/accept")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public ReconLine accept(@PathVariable long lineId, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        return reconciliations.accept(companyId, lineId, caller.getName());
    }

    @PostMapping("/gst-recon/lines/{lineId}/reject")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public ReconLine reject(@PathVariable long lineId, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        return reconciliations.reject(companyId, lineId, caller.getName());
    }

    @PostMapping("/gst-recon/lines/{lineId}/unmatch")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public ReconLine unmatch(@PathVariable long lineId, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        return reconciliations.unmatch(companyId, lineId, caller.getName());
    }

    /** {@code {"companyId":1,"purchaseInvoiceId":12,"gstr2bDocumentId":34}}. */
    @PostMapping("/gst-recon/manual-matches")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public ReconLine matchByHand(@RequestBody ManualMatch match, Principal caller) {
        scope.check(match.companyId());
        return reconciliations.matchByHand(match.companyId(), match.purchaseInvoiceId(), match.gstr2bDocumentId(),
                caller.getName());
    }

    /** {@code {"companyId":1,"gstin":"27…","period":"112026"}}: GET2B from the portal, imported like the drop. */
    @PostMapping("/gstr2b/download")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public Map<String, Object> download(@RequestBody Download request) {
        scope.check(request.companyId());
        Gstin gstin = gstin(request.gstin());
        DropOutcome outcome = downloads.download(gstin.value(), period(request.period()).toString());
        if (outcome.companyId() != null && outcome.companyId() != request.companyId()) {
            throw new BadParameter("gstin " + gstin.value() + " belongs to another company");
        }
        return Map.of("gstin", gstin.value(), "period", request.period(), "documents", outcome.documentsCount());
    }

    public record ManualMatch(long companyId, long purchaseInvoiceId, long gstr2bDocumentId) {
    }

    public record Download(long companyId, String gstin, String period) {
    }

    static Gstin gstin(String value) {
        try {
            return Gstin.of(value == null ? "" : value.trim().toUpperCase(Locale.ROOT), true);
        } catch (InvalidGstValueException e) {
            throw new BadParameter("gstin: " + e.getMessage());
        }
    }

    static GstReturnPeriod period(String value) {
        try {
            return GstReturnPeriod.parse(value);
        } catch (InvalidGstValueException e) {
            throw new BadParameter("period: " + e.getMessage());
        }
    }

    static String outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!List.of("EXACT_MATCH", "SUGGESTED_MATCH", "MISMATCH", "MISSING_IN_2B", "MISSING_IN_BOOKS", "MANUAL_MATCH")
                .contains(upper)) {
            throw new BadParameter("outcome '" + value + "' is not one of EXACT_MATCH, SUGGESTED_MATCH, MISMATCH,"
                    + " MISSING_IN_2B, MISSING_IN_BOOKS, MANUAL_MATCH");
        }
        return upper;
    }

    @ExceptionHandler(ReconDecisionException.class)
    ProblemDetail decision(ReconDecisionException e) {
        HttpStatus status = e.getMessage().contains("does not exist") || e.getMessage().contains("not found")
                ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setTitle(status == HttpStatus.NOT_FOUND ? "Not found" : "Not possible for this line");
        return p;
    }

    @ExceptionHandler(BadParameter.class)
    ProblemDetail bad(BadParameter e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        return p;
    }

    @ExceptionHandler(GstFilingException.class)
    ProblemDetail portal(GstFilingException e) {
        return GstFilingProblems.of(e);
    }

    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }
}

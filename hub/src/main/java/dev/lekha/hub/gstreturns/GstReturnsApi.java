package dev.lekha.hub.gstreturns;

import dev.lekha.domain.gstreturn.GstReturn;
import dev.lekha.domain.gstreturn.GstReturnEvent;
import dev.lekha.domain.gstreturn.GstReturnStateException;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.InvalidArnException;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.domain.gstreturn.UnknownGstReturnException;
import dev.lekha.connectors.gstportal.GstPortalSession;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.gstfiling.GstFilingException;
import dev.lekha.routes.gstfiling.GstReturnFiling;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * The filing workflow over REST. Generated returns (the {@code gstr1} and {@code gstr3b} jobs) arrive as DRAFT;
 * FINANCE submits a draft for review; COMPLIANCE approves it (READY_TO_FILE) or sends it back with a reason, and
 * records the filing with the portal's ARN. ADMIN may do everything. Errors: 400 bad ARN or type, 404 unknown
 * return, 409 a step the return's status does not allow.
 */
@RestController
@RequestMapping("/api/gst-returns")
public class GstReturnsApi {

    private final GstReturns returns;
    private final GstReturnFiling filing;
    private final CompanyScope scope;

    public GstReturnsApi(GstReturns returns, GstReturnFiling filing, CompanyScope scope) {
        this.returns = returns;
        this.filing = filing;
        this.scope = scope;
    }

    /** Returns of the caller's companies, newest first; every filter optional. */
    @GetMapping
    public List<GstReturnView> list(@RequestParam(required = false) Long companyId,
                                    @RequestParam(required = false) String gstin,
                                    @RequestParam(required = false) String type,
                                    @RequestParam(required = false) String period) {
        List<Long> companies = visible(companyId);
        return returns.list(companies, gstin, returnType(type), period, 500).stream()
                .map(r -> GstReturnView.of(r, null)).toList();
    }

    @GetMapping("/{id}")
    public GstReturnView detail(@PathVariable long id) {
        GstReturn ret = checked(id);
        return GstReturnView.of(ret, returns.history(id));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public GstReturnView submit(@PathVariable long id, @RequestBody(required = false) StepRequest step, Principal caller) {
        checked(id);
        return GstReturnView.of(returns.submitForReview(id, caller.getName(), note(step)), returns.history(id));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public GstReturnView approve(@PathVariable long id, @RequestBody(required = false) StepRequest step, Principal caller) {
        checked(id);
        return GstReturnView.of(returns.approve(id, caller.getName(), note(step)), returns.history(id));
    }

    @PostMapping("/{id}/send-back")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public GstReturnView sendBack(@PathVariable long id, @RequestBody(required = false) StepRequest step,
                                  Principal caller) {
        checked(id);
        return GstReturnView.of(returns.sendBack(id, caller.getName(), note(step)), returns.history(id));
    }

    /** Records a filing done on the portal: {@code {"arn":"AA2711260001234","filedAt":"2026-12-11T10:15:00Z"}}. */
    @PostMapping("/{id}/filed")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public GstReturnView filed(@PathVariable long id, @RequestBody FiledRequest filed, Principal caller) {
        checked(id);
        return GstReturnView.of(returns.markFiled(id, caller.getName(), filed.arn(), filed.filedAt(), null),
                returns.history(id));
    }

    /** Step 1 of filing on the portal: the portal texts an OTP to the GSTIN's user {@code {"username":…}}. */
    @PostMapping("/{id}/portal/otp")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public Map<String, Object> requestOtp(@PathVariable long id, @RequestBody PortalLogin login) {
        checked(id);
        filing.requestOtp(id, login.username());
        return Map.of("returnId", id, "otpRequested", true);
    }

    /** Step 2: log in with the OTP {@code {"username":…,"otp":…}}; the session serves the GSTIN until it expires. */
    @PostMapping("/{id}/portal/login")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public Map<String, Object> login(@PathVariable long id, @RequestBody PortalLogin login) {
        checked(id);
        GstPortalSession session = filing.login(id, login.username(), login.otp());
        return Map.of("returnId", id, "gstin", session.gstin(), "sessionExpiry", session.expiry().toString());
    }

    /** Step 3: save on the portal, wait until processed, submit (and offset a GSTR-3B's liability). */
    @PostMapping("/{id}/portal/submit")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public GstReturnView saveAndSubmit(@PathVariable long id, Principal caller) {
        checked(id);
        return GstReturnView.of(filing.saveAndSubmit(id, caller.getName()), returns.history(id));
    }

    /** Step 4: the EVC OTP to the authorised signatory {@code {"pan":…}}. */
    @PostMapping("/{id}/portal/evc-otp")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public Map<String, Object> requestEvcOtp(@PathVariable long id, @RequestBody PortalFiling evc) {
        checked(id);
        filing.requestEvcOtp(id, evc.pan());
        return Map.of("returnId", id, "evcOtpRequested", true);
    }

    /** Step 5: file with EVC {@code {"pan":…,"otp":…}}; the ARN is recorded and the return is FILED. */
    @PostMapping("/{id}/portal/file")
    @PreAuthorize("hasAnyRole('ADMIN', 'COMPLIANCE')")
    public GstReturnView file(@PathVariable long id, @RequestBody PortalFiling evc, Principal caller) {
        checked(id);
        return GstReturnView.of(filing.file(id, caller.getName(), evc.pan(), evc.otp()), returns.history(id));
    }

    @ExceptionHandler(GstFilingException.class)
    ProblemDetail filingFailed(GstFilingException e) {
        return GstFilingProblems.of(e);
    }

    private GstReturn checked(long id) {
        GstReturn ret = returns.get(id);
        scope.check(ret.companyId());
        return ret;
    }

    private List<Long> visible(Long companyId) {
        if (companyId != null) {
            scope.check(companyId);
            return List.of(companyId);
        }
        Set<Long> ids = scope.visibleCompanyIds();
        if (ids == null) {
            return allCompanies();
        }
        return new ArrayList<>(ids);
    }

    /** Unrestricted users see every company: the list query takes explicit ids, so ask for them. */
    private List<Long> allCompanies() {
        return returns.companyIds();
    }

    private static ReturnType returnType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ReturnType.valueOf(type.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new BadParameter("type '" + type + "' is not a return type: use GSTR1 or GSTR3B");
        }
    }

    private static String note(StepRequest step) {
        return step == null ? null : step.note();
    }

    @ExceptionHandler(GstReturnStateException.class)
    ProblemDetail conflict(GstReturnStateException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Not possible in the return's status");
        return p;
    }

    @ExceptionHandler({InvalidArnException.class, BadParameter.class})
    ProblemDetail badRequest(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        return p;
    }

    @ExceptionHandler(UnknownGstReturnException.class)
    ProblemDetail notFound(UnknownGstReturnException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    public record StepRequest(String note) {
    }

    public record FiledRequest(String arn, Instant filedAt) {
    }

    public record PortalLogin(String username, String otp) {
    }

    public record PortalFiling(String pan, String otp) {
    }

    /** A return version as the API shows it, with download paths of its files. */
    public record GstReturnView(long id, long companyId, String gstin, String period, String type, int version,
                                String status, Long runId, Long jsonArtifactId, String jsonContent,
                                Long reportArtifactId, String reportContent, String summary, Instant createdAt,
                                String createdBy, Instant submittedAt, String submittedBy, Instant approvedAt,
                                String approvedBy, Instant filedAt, String filedBy, String arn, String portalReference,
                                String portalState, String portalErrors, Long supersededBy,
                                List<Map<String, Object>> history) {

        static GstReturnView of(GstReturn r, List<GstReturnEvent> history) {
            return new GstReturnView(r.id(), r.companyId(), r.gstin(), r.period(), r.type().name(), r.version(),
                    r.status().name(), r.jobExecutionId(), r.jsonArtifactId(), content(r.jsonArtifactId()),
                    r.reportArtifactId(), content(r.reportArtifactId()), r.summaryJson(), r.createdAt(), r.createdBy(),
                    r.submittedAt(), r.submittedBy(), r.approvedAt(), r.approvedBy(), r.filedAt(), r.filedBy(), r.arn(),
                    r.portalReference(), r.portalState(), r.portalErrors(), r.supersededBy(), history == null ? null : history.stream().map(e -> {
                        Map<String, Object> m = new java.util.LinkedHashMap<>();
                        m.put("from", e.from() == null ? null : e.from().name());
                        m.put("to", e.to().name());
                        m.put("actor", e.actor());
                        m.put("at", e.occurredAt().toString());
                        m.put("note", e.note());
                        return m;
                    }).toList());
        }

        private static String content(Long artifactId) {
            return artifactId == null ? null : "/api/artifacts/" + artifactId + "/content";
        }
    }
}

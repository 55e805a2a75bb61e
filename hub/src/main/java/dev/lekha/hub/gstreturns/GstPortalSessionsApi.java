package dev.lekha.hub.gstreturns;

import dev.lekha.connectors.gstportal.GstPortalSession;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.gstfiling.GstFilingException;
import dev.lekha.routes.gstfiling.GstReturnFiling;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Logging in to the GST portal for one of the company's GSTINs, outside a return (e.g. before downloading a
 * GSTR-2B): {@code POST /api/gst-portal/{gstin}/otp {"username":…}}, {@code POST /api/gst-portal/{gstin}/login
 * {"username":…,"otp":…}}, {@code GET /api/gst-portal/{gstin}/session}. The session is the same one the filing steps
 * use. 404 for a GSTIN that is not a registration of the caller's companies.
 */
@RestController
@RequestMapping("/api/gst-portal/{gstin}")
public class GstPortalSessionsApi {

    private final GstReturnFiling filing;
    private final GstRegistrations registrations;
    private final CompanyScope scope;

    public GstPortalSessionsApi(GstReturnFiling filing, GstRegistrations registrations, CompanyScope scope) {
        this.filing = filing;
        this.registrations = registrations;
        this.scope = scope;
    }

    @PostMapping("/otp")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public Map<String, Object> requestOtp(@PathVariable String gstin, @RequestBody GstReturnsApi.PortalLogin login) {
        String g = ours(gstin);
        filing.requestOtp(g, login.username());
        return Map.of("gstin", g, "otpRequested", true);
    }

    @PostMapping("/login")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'COMPLIANCE')")
    public Map<String, Object> login(@PathVariable String gstin, @RequestBody GstReturnsApi.PortalLogin login) {
        String g = ours(gstin);
        GstPortalSession session = filing.login(g, login.username(), login.otp());
        return Map.of("gstin", g, "sessionExpiry", session.expiry().toString());
    }

    @GetMapping("/session")
    public Map<String, Object> session(@PathVariable String gstin) {
        String g = ours(gstin);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gstin", g);
        body.put("loggedIn", filing.session(g).isPresent());
        body.put("sessionExpiry", filing.session(g).map(s -> s.expiry().toString()).orElse(null));
        return body;
    }

    private String ours(String gstin) {
        String g = gstin == null ? "" : gstin.trim().toUpperCase(Locale.ROOT);
        GstRegistration registration = registrations.findByGstin(g).orElseThrow(() -> new UnknownGstin(g));
        scope.check(registration.getCompanyId());
        return g;
    }

    @ExceptionHandler(UnknownGstin.class)
    ProblemDetail unknown(UnknownGstin e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(GstFilingException.class)
    ProblemDetail refused(GstFilingException e) {
        return GstFilingProblems.of(e);
    }

    static final class UnknownGstin extends RuntimeException {
        UnknownGstin(String gstin) {
            super("GSTIN " + gstin + " is not a registration of your companies in Lekha");
        }
    }
}

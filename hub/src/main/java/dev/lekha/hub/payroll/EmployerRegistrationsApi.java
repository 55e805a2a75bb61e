package dev.lekha.hub.payroll;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.domain.employee.EmployerRegistrations.Registrations;
import dev.lekha.domain.employee.EmployerRegistrations.Scheme;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.hub.security.CurrentActor;
import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer's registration numbers the payroll files carry (docs/payroll.md): read them, and record one
 * (FINANCE or ADMIN): {@code PUT /api/payroll/registrations/EPF} with {@code {"number": "MHBAN0012345000"}},
 * {@code .../ESIC} with the 17-digit employer code, {@code .../PT} or {@code .../LWF} with {@code "state": "MH"} too.
 * A number of the wrong shape answers 400 naming the field and the shape expected.
 */
@RestController
@RequestMapping("/api/payroll/registrations")
public class EmployerRegistrationsApi {

    private final EmployerRegistrations registrations;
    private final CompanyScope scope;
    private final AuditTrail audit;

    EmployerRegistrationsApi(EmployerRegistrations registrations, CompanyScope scope, AuditTrail audit) {
        this.registrations = registrations;
        this.scope = scope;
        this.audit = audit;
    }

    /** What {@code PUT} takes: the number, and the two-letter state for PT and LWF. */
    public record RegistrationRequest(String number, String state) {
    }

    @GetMapping
    public Registrations get(@RequestParam long companyId) {
        scope.check(companyId);
        return registrations.forCompany(companyId);
    }

    @PutMapping("/{scheme}")
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    @Transactional
    public Registrations put(@PathVariable String scheme, @RequestParam long companyId,
                             @RequestBody RegistrationRequest request, Principal caller) {
        scope.check(companyId);
        Scheme s;
        try {
            s = Scheme.valueOf(scheme.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scheme '" + scheme + "' is not one of "
                    + Arrays.toString(Scheme.values()));
        }
        registrations.register(companyId, s, request == null ? null : request.state(),
                request == null ? null : request.number());
        audit.record(new AuditRecord(caller.getName(), "EMPLOYER_REGISTRATION", "employer_registration:" + s, companyId,
                s + (s.perState() ? " " + request.state().trim().toUpperCase(Locale.ROOT) : "") + " "
                        + request.number().trim().toUpperCase(Locale.ROOT), CurrentActor.remoteAddress()));
        return registrations.forCompany(companyId);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}

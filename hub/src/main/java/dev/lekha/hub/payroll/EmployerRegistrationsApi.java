package dev.lekha.hub.payroll;

import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.domain.employee.EmployerRegistrations.Registrations;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final EmployerRegistrationChanges changes;
    private final CompanyScope scope;

    EmployerRegistrationsApi(EmployerRegistrations registrations, EmployerRegistrationChanges changes,
                             CompanyScope scope) {
        this.registrations = registrations;
        this.changes = changes;
        this.scope = scope;
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
    public Registrations put(@PathVariable String scheme, @RequestParam long companyId,
                             @RequestBody RegistrationRequest request, Principal caller) {
        scope.check(companyId);
        changes.record(companyId, scheme, request == null ? null : request.state(),
                request == null ? null : request.number(), caller.getName());
        return registrations.forCompany(companyId);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}

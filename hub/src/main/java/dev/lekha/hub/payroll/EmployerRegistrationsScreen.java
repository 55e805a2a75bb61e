package dev.lekha.hub.payroll;

import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /payroll/registrations}: the employer's EPF establishment code, ESIC employer code, and PT and LWF numbers
 * for each state its employees work in (or it already has a number for), which the payroll files carry. FINANCE and
 * ADMIN change them here through the same checks and audit entry as {@code PUT /api/payroll/registrations/{scheme}};
 * a number of the wrong shape comes back as the error, the way the other screens report a refused action.
 */
@Controller
public class EmployerRegistrationsScreen {

    private final EmployerRegistrations registrations;
    private final EmployerRegistrationChanges changes;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    EmployerRegistrationsScreen(EmployerRegistrations registrations, EmployerRegistrationChanges changes,
                                CompanyChoices companies, CompanyScope scope) {
        this.registrations = registrations;
        this.changes = changes;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/payroll/registrations")
    public String show(@RequestParam(required = false) Long companyId, Model model) {
        long company = companies.select(companyId, model);
        model.addAttribute("registrations", registrations.forCompany(company));
        model.addAttribute("states", changes.states(company));
        return "payroll/registrations";
    }

    @PostMapping("/payroll/registrations/{scheme}")
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    public String save(@PathVariable String scheme, @RequestParam long companyId,
                       @RequestParam(required = false) String state, @RequestParam(required = false) String number,
                       Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        try {
            flash.addFlashAttribute("message", "Saved: " + changes.record(companyId, scheme, state, number,
                    caller.getName()));
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/payroll/registrations?companyId=" + companyId;
    }
}

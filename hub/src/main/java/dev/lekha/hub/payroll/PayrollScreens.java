package dev.lekha.hub.payroll;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.payroll.PayrollRun;
import dev.lekha.domain.payroll.PayrollRunLockedException;
import dev.lekha.domain.payroll.PayrollRuns;
import dev.lekha.domain.payroll.UnknownPayrollRunException;
import dev.lekha.hub.jobs.CompanyChoices;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /payroll}: a company's payroll runs with their totals, and one run with its employees' lines (a page of
 * {@code size}, default 100, searchable by code or name), the employees it could not compute, a correction's
 * differences, its files, and the Lock button (FINANCE, ADMIN).
 */
@Controller
public class PayrollScreens {

    private final PayrollRuns runs;
    private final PayrollRunLines lines;
    private final ArtifactStore artifacts;
    private final CompanyChoices companies;
    private final CompanyScope scope;

    PayrollScreens(PayrollRuns runs, PayrollRunLines lines, ArtifactStore artifacts, CompanyChoices companies,
                   CompanyScope scope) {
        this.runs = runs;
        this.lines = lines;
        this.artifacts = artifacts;
        this.companies = companies;
        this.scope = scope;
    }

    @GetMapping("/payroll")
    public String list(@RequestParam(required = false) Long companyId, @RequestParam(required = false) String month,
                       Model model) {
        long company = companies.select(companyId, model);
        model.addAttribute("month", month);
        model.addAttribute("runs", runs.list(company, month == null || month.isBlank() ? null : month));
        return "payroll/list";
    }

    @GetMapping("/payroll/{id}")
    public String detail(@PathVariable long id, @RequestParam long companyId,
                         @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset,
                         @RequestParam(defaultValue = "100") int size, Model model) {
        scope.check(companyId);
        PayrollRunLines.checkWindow(offset, size, "size");
        PayrollRun run = runs.find(companyId, id);
        PayrollRunLines.Page page = lines.page(id, q, offset, size);
        model.addAttribute("detail", PayrollRunsApi.view(runs, artifacts, run, page));
        model.addAttribute("page", page);
        model.addAttribute("differences", runs.differences(id));
        return "payroll/detail";
    }

    @PostMapping("/payroll/{id}/lock")
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    public String lock(@PathVariable long id, @RequestParam long companyId, Principal caller, RedirectAttributes flash) {
        scope.check(companyId);
        try {
            runs.lock(companyId, id, caller.getName());
            flash.addFlashAttribute("message", "Locked.");
        } catch (PayrollRunLockedException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/payroll/" + id + "?companyId=" + companyId;
    }

    /** A page size or offset out of range (a hand-edited address): 400 saying which and what is allowed. */
    @ExceptionHandler(PayrollRunLines.InvalidPageException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String badRequest(PayrollRunLines.InvalidPageException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "payroll/bad-request";
    }

    /** A run that does not exist, or not in the company asked for: 404 with what was looked for, not a 500. */
    @ExceptionHandler(UnknownPayrollRunException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(UnknownPayrollRunException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "payroll/not-found";
    }
}

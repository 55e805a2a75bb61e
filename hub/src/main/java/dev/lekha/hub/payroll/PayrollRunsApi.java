package dev.lekha.hub.payroll;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.payroll.PayrollRun;
import dev.lekha.domain.payroll.PayrollRunDifference;
import dev.lekha.domain.payroll.PayrollRunError;
import dev.lekha.domain.payroll.PayrollRunLockedException;
import dev.lekha.domain.payroll.PayrollRuns;
import dev.lekha.domain.payroll.UnknownPayrollRunException;
import dev.lekha.hub.security.CompanyScope;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payroll runs over HTTP: list a company's runs (of a month), a run with its lines, errors and files, lock a DRAFT run
 * (FINANCE; a locked run answers 409), and a correction's differences against the run it corrects. Runs are made by
 * launching the {@code payroll} job ({@code POST /api/jobs/payroll/runs}).
 */
@RestController
@RequestMapping("/api/payroll/runs")
public class PayrollRunsApi {

    private final PayrollRuns runs;
    private final PayrollRunLines lines;
    private final ArtifactStore artifacts;
    private final CompanyScope scope;

    PayrollRunsApi(PayrollRuns runs, PayrollRunLines lines, ArtifactStore artifacts, CompanyScope scope) {
        this.runs = runs;
        this.lines = lines;
        this.artifacts = artifacts;
        this.scope = scope;
    }

    /** A run with its employees' lines, what it could not compute and the files its job made. */
    public record RunDetailView(PayrollRun run, List<PayrollRunLines.Line> lines, List<PayrollRunError> errors,
                                List<StoredArtifact> artifacts) {
    }

    @GetMapping
    public List<PayrollRun> list(@RequestParam long companyId, @RequestParam(required = false) String month) {
        scope.check(companyId);
        return runs.list(companyId, month == null || month.isBlank() ? null : month);
    }

    @GetMapping("/{id}")
    public RunDetailView detail(@PathVariable long id, @RequestParam long companyId) {
        scope.check(companyId);
        return view(runs, lines, artifacts, companyId, id);
    }

    @PostMapping("/{id}/lock")
    @PreAuthorize("hasAnyRole('FINANCE', 'ADMIN')")
    public PayrollRun lock(@PathVariable long id, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        return runs.lock(companyId, id, caller.getName());
    }

    @GetMapping("/{id}/differences")
    public List<PayrollRunDifference> differences(@PathVariable long id, @RequestParam long companyId) {
        scope.check(companyId);
        runs.find(companyId, id);
        return runs.differences(id);
    }

    static RunDetailView view(PayrollRuns runs, PayrollRunLines lines, ArtifactStore artifacts, long companyId,
                              long id) {
        PayrollRun run = runs.find(companyId, id);
        List<StoredArtifact> files = run.jobExecutionId() == null ? List.of()
                : artifacts.forJobExecution(run.jobExecutionId());
        return new RunDetailView(run, lines.of(id), runs.errors(id), files);
    }

    @ExceptionHandler(PayrollRunLockedException.class)
    ProblemDetail locked(PayrollRunLockedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(UnknownPayrollRunException.class)
    ProblemDetail unknown(UnknownPayrollRunException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}

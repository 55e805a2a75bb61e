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
 * Payroll runs over HTTP: list a company's runs (of a month), a run with a page of its lines, its errors and files,
 * lock a DRAFT run (FINANCE; a locked run answers 409), and a correction's differences against the run it corrects.
 * Runs are made by launching the {@code payroll} job ({@code POST /api/jobs/payroll/runs}).
 *
 * <p>The lines are paged on the run itself ({@code q}, {@code offset}, {@code limit}) rather than on a separate
 * {@code /lines} resource: callers that read a small run in one request keep working, and the errors and files, which
 * are short, come with every page.
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

    /**
     * A run with a page of its employees' lines, what it could not compute and the files its job made.
     *
     * @param lines     the page's lines by employee code
     * @param lineCount how many lines match the search in all (every line of the run without one)
     * @param offset    how many matching lines come before this page
     * @param limit     the most lines a page holds
     */
    public record RunDetailView(PayrollRun run, List<PayrollRunLines.Line> lines, List<PayrollRunError> errors,
                                List<StoredArtifact> artifacts, long lineCount, int offset, int limit) {
    }

    @GetMapping
    public List<PayrollRun> list(@RequestParam long companyId, @RequestParam(required = false) String month) {
        scope.check(companyId);
        return runs.list(companyId, month == null || month.isBlank() ? null : month);
    }

    /**
     * The run with lines {@code offset + 1} to {@code offset + limit} of those whose employee code begins with
     * {@code q} or whose name contains it (case ignored); 400 if limit is not 1 to 500 or offset is negative.
     */
    @GetMapping("/{id}")
    public RunDetailView detail(@PathVariable long id, @RequestParam long companyId,
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "100") int limit) {
        scope.check(companyId);
        PayrollRunLines.checkWindow(offset, limit, "limit");
        PayrollRun run = runs.find(companyId, id);
        return view(runs, artifacts, run, lines.page(id, q, offset, limit));
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

    /** The run (already found in its company) with the page of lines, its errors and files. */
    static RunDetailView view(PayrollRuns runs, ArtifactStore artifacts, PayrollRun run, PayrollRunLines.Page page) {
        List<StoredArtifact> files = run.jobExecutionId() == null ? List.of()
                : artifacts.forJobExecution(run.jobExecutionId());
        return new RunDetailView(run, page.lines(), runs.errors(run.id()), files, page.total(), page.offset(),
                page.limit());
    }

    @ExceptionHandler(PayrollRunLockedException.class)
    ProblemDetail locked(PayrollRunLockedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(PayrollRunLines.InvalidPageException.class)
    ProblemDetail invalidPage(PayrollRunLines.InvalidPageException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(UnknownPayrollRunException.class)
    ProblemDetail unknown(UnknownPayrollRunException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}

package dev.lekha.hub.jobs;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.jobs.runs.InvalidJobParametersException;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.jobs.runs.RunStateConflictException;
import dev.lekha.jobs.runs.UnknownJobException;
import dev.lekha.jobs.runs.UnknownRunException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Screens for launching a job ({@code /jobs/{name}/launch}), the recent runs ({@code /runs}) and one
 * run ({@code /runs/{id}}: steps, progress while running, errors, artifacts, restart and stop).
 */
@Controller
public class JobScreens {

    static final String PARAM_PREFIX = "param.";

    private final JobRuns runs;
    private final ArtifactStore artifacts;
    private final CompanyScope scope;
    private final CompanyChoices companies;

    public JobScreens(JobRuns runs, ArtifactStore artifacts, CompanyScope scope, CompanyChoices companies) {
        this.runs = runs;
        this.artifacts = artifacts;
        this.scope = scope;
        this.companies = companies;
    }

    @GetMapping("/jobs/{name}/launch")
    public String launchForm(@PathVariable String name, Model model) {
        return form(descriptor(name), null, Map.of(), Map.of(), model);
    }

    @PostMapping("/jobs/{name}/launch")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String launch(@PathVariable String name, @RequestParam Map<String, String> form, Principal caller,
                         Model model) {
        JobDescriptor job = descriptor(name);
        Map<String, String> params = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(PARAM_PREFIX) && value != null && !value.isBlank()) {
                params.put(key.substring(PARAM_PREFIX.length()), value.trim());
            }
        });
        Long companyId = parseLong(form.get("companyId"));
        if (companyId == null) {
            return form(job, null, params, Map.of("companyId", "choose a company"), model);
        }
        scope.check(companyId);
        try {
            long runId = runs.launch(name, companyId, params, caller.getName());
            return "redirect:/runs/" + runId;
        } catch (InvalidJobParametersException e) {
            return form(job, companyId, params, e.problems(), model);
        }
    }

    @GetMapping("/runs")
    public String recent(Model model) {
        model.addAttribute("runs", runs.recent(100, scope.visibleCompanyIds()));
        return "runs/list";
    }

    @GetMapping("/runs/{id}")
    public String run(@PathVariable long id, Model model) {
        RunDetail run = visibleRun(id);
        List<StoredArtifact> made = artifacts.forJobExecution(id);
        model.addAttribute("run", run);
        model.addAttribute("artifacts", made);
        model.addAttribute("running", run.stoppable() || "STOPPING".equals(run.summary().status()));
        return "runs/detail";
    }

    @PostMapping("/runs/{id}/restart")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String restart(@PathVariable long id, Principal caller, RedirectAttributes flash) {
        visibleRun(id);
        try {
            return "redirect:/runs/" + runs.restart(id, caller.getName());
        } catch (RunStateConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/runs/" + id;
        }
    }

    @PostMapping("/runs/{id}/stop")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public String stop(@PathVariable long id, Principal caller, RedirectAttributes flash) {
        visibleRun(id);
        try {
            runs.stop(id, caller.getName());
            flash.addFlashAttribute("message", "Stop requested; the run stops after its current chunk.");
        } catch (RunStateConflictException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/runs/" + id;
    }

    @ExceptionHandler({UnknownJobException.class, UnknownRunException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(RuntimeException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "runs/not-found";
    }

    private String form(JobDescriptor job, Long companyId, Map<String, String> values, Map<String, String> errors,
                        Model model) {
        model.addAttribute("job", job);
        model.addAttribute("companies", companies.visible());
        model.addAttribute("companyId", companyId);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "jobs/launch";
    }

    private JobDescriptor descriptor(String name) {
        return runs.jobs().stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownJobException(name));
    }

    private RunDetail visibleRun(long id) {
        RunDetail run = runs.run(id).orElseThrow(() -> new UnknownRunException(id));
        if (run.summary().companyId() != null) {
            scope.check(run.summary().companyId());
        }
        return run;
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

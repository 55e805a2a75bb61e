package dev.lekha.hub.jobs;

import dev.lekha.hub.schedules.Schedule;
import dev.lekha.hub.schedules.Schedules;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.InvalidJobParametersException;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.jobs.runs.UnknownRunException;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jobs and runs over REST (CONTRACTS.md): list jobs (with their schedules), launch, look at a run,
 * restart, stop. Launch, restart and stop need ADMIN or FINANCE; everything is limited to the caller's
 * companies.
 */
@RestController
@RequestMapping("/api")
public class JobsApi {

    private final JobRuns runs;
    private final CompanyScope companies;
    private final ObjectProvider<Schedules> schedules;

    /** @param schedules resolved per request: the schedules feature itself calls the job registry */
    public JobsApi(JobRuns runs, CompanyScope companies, ObjectProvider<Schedules> schedules) {
        this.runs = runs;
        this.companies = companies;
        this.schedules = schedules;
    }

    /** Every job with its parameters, artifact kinds and the schedules of the caller's companies that launch it. */
    @GetMapping("/jobs")
    public List<JobListing> jobs() {
        List<Schedule> all = schedules.getObject().list().stream()
                .filter(schedule -> companies.canSee(schedule.companyId())).toList();
        return runs.jobs().stream().map(job -> new JobListing(job.name(), job.description(), job.parameters(),
                job.artifactKinds(), all.stream().filter(schedule -> schedule.jobName().equals(job.name()))
                        .map(ScheduleSummary::of).toList())).toList();
    }

    /** {@code {"companyId":1,"params":{"period":"112026"}}} → 202 {@code {"runId":…}}. */
    @PostMapping("/jobs/{job}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Long> launch(@PathVariable String job, @RequestBody LaunchRequest request, Principal caller) {
        if (request.companyId() == null) {
            throw new InvalidJobParametersException(job, Map.of("companyId", "is required: the company to run for"));
        }
        companies.check(request.companyId());
        Map<String, String> params = new LinkedHashMap<>();
        if (request.params() != null) {
            request.params().forEach((name, value) -> params.put(name, value == null ? null : String.valueOf(value)));
        }
        return Map.of("runId", runs.launch(job, request.companyId(), params, caller.getName()));
    }

    @GetMapping("/runs/{runId}")
    public RunDetail run(@PathVariable long runId) {
        return visibleRun(runId);
    }

    @PostMapping("/runs/{runId}/restart")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Long> restart(@PathVariable long runId, Principal caller) {
        visibleRun(runId);
        return Map.of("runId", runs.restart(runId, caller.getName()));
    }

    @PostMapping("/runs/{runId}/stop")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    public Map<String, Long> stop(@PathVariable long runId, Principal caller) {
        visibleRun(runId);
        runs.stop(runId, caller.getName());
        return Map.of("runId", runId);
    }

    private RunDetail visibleRun(long runId) {
        RunDetail run = runs.run(runId).orElseThrow(() -> new UnknownRunException(runId));
        if (run.summary().companyId() != null) {
            companies.check(run.summary().companyId());
        }
        return run;
    }

    /** A job as {@code GET /api/jobs} lists it: its {@link JobDescriptor} and its schedules. */
    public record JobListing(String name, String description, List<ParamSpec> parameters, List<String> artifactKinds,
                             List<ScheduleSummary> schedules) {
    }

    /**
     * @param timeZone     the zone the cron is read in, e.g. {@code Asia/Kolkata}
     * @param nextFireTime null while disabled
     */
    public record ScheduleSummary(String name, String cron, String timeZone, boolean enabled, long companyId,
                                  Map<String, String> params, Instant nextFireTime) {

        static ScheduleSummary of(Schedule schedule) {
            return new ScheduleSummary(schedule.name(), schedule.cron(), schedule.timeZone().getId(),
                    schedule.enabled(), schedule.companyId(), schedule.params(), schedule.nextFireTime());
        }
    }

    /** @param params the job's parameters by name; values may be JSON strings or numbers */
    public record LaunchRequest(Long companyId, Map<String, Object> params) {
    }
}

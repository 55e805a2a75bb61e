package dev.lekha.hub.schedules;

import dev.lekha.hub.security.CompanyScope;
import dev.lekha.jobs.runs.JobRuns;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The jobs and schedules screen ({@code /jobs}): every launchable job with a link to its launch page,
 * and the schedules with their next fire times and forms to add, edit, enable, disable and delete
 * (ADMIN or FINANCE).
 */
@Controller
public class JobsScreen {

    private static final int FIRE_TIMES = 3;
    private static final DateTimeFormatter FIRE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Schedules schedules;
    private final JobRuns jobRuns;
    private final CompanyScope companyScope;

    public JobsScreen(Schedules schedules, @Lazy JobRuns jobRuns, @Lazy CompanyScope companyScope) {
        this.schedules = schedules;
        this.jobRuns = jobRuns;
        this.companyScope = companyScope;
    }

    /** One schedule as the table shows it; fire times in the schedule's own zone. */
    public record Row(Schedule schedule, String params, List<String> nextFireTimes) {
    }

    @GetMapping("/jobs")
    public String page(@RequestParam(required = false) String edit, Model model) {
        ScheduleForm form = ScheduleForm.blank();
        if (edit != null) {
            form = schedules.find(edit).filter(s -> companyScope.canSee(s.companyId()))
                    .map(ScheduleForm::of).orElse(form);
        }
        return render(model, form, edit != null && !form.name().isEmpty() ? edit : null, Map.of());
    }

    @PostMapping("/jobs/schedules")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public String create(@ModelAttribute ScheduleForm form, Model model, RedirectAttributes redirect) {
        try {
            ScheduleRequest request = form.toRequest();
            checkCompany(request);
            schedules.create(request);
        } catch (InvalidScheduleException e) {
            return render(model, form, null, e.problems());
        } catch (ScheduleAlreadyExistsException e) {
            return render(model, form, null, Map.of("name", e.getMessage()));
        }
        redirect.addFlashAttribute("message", "Schedule " + form.name() + " added.");
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/schedules/{name}")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public String update(@PathVariable String name, @ModelAttribute ScheduleForm form, Model model,
                         RedirectAttributes redirect) {
        visible(name);
        try {
            ScheduleRequest request = form.toRequest();
            checkCompany(request);
            schedules.update(name, request);
        } catch (InvalidScheduleException e) {
            return render(model, form, name, e.problems());
        }
        redirect.addFlashAttribute("message", "Schedule " + name + " saved.");
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/schedules/{name}/enable")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public String enable(@PathVariable String name, RedirectAttributes redirect) {
        visible(name);
        schedules.enable(name);
        redirect.addFlashAttribute("message", "Schedule " + name + " enabled.");
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/schedules/{name}/disable")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public String disable(@PathVariable String name, RedirectAttributes redirect) {
        visible(name);
        schedules.disable(name);
        redirect.addFlashAttribute("message", "Schedule " + name + " disabled.");
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/schedules/{name}/delete")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public String delete(@PathVariable String name, RedirectAttributes redirect) {
        visible(name);
        schedules.delete(name);
        redirect.addFlashAttribute("message", "Schedule " + name + " deleted.");
        return "redirect:/jobs";
    }

    @ExceptionHandler(UnknownScheduleException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String unknown(UnknownScheduleException e, Model model) {
        return render(model, ScheduleForm.blank(), null, Map.of("name", e.getMessage()));
    }

    private String render(Model model, ScheduleForm form, String editing, Map<String, String> errors) {
        Instant now = Instant.now();
        List<Row> rows = schedules.list().stream()
                .filter(s -> companyScope.canSee(s.companyId()))
                .map(s -> new Row(s, paramsText(s.params()), fireTimes(s, now)))
                .toList();
        model.addAttribute("jobs", jobRuns.jobs());
        model.addAttribute("schedules", rows);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        return "jobs";
    }

    private static List<String> fireTimes(Schedule schedule, Instant now) {
        if (!schedule.enabled()) {
            return List.of();
        }
        ZoneId zone = schedule.timeZone();
        return CronTimes.next(schedule.cron(), zone, now, FIRE_TIMES).stream()
                .map(t -> FIRE_TIME.format(t.atZone(zone)))
                .toList();
    }

    private static String paramsText(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private void visible(String name) {
        if (!companyScope.canSee(schedules.get(name).companyId())) {
            throw new UnknownScheduleException(name);
        }
    }

    private void checkCompany(ScheduleRequest request) {
        if (request.companyId() != null) {
            companyScope.check(request.companyId());
        }
    }
}

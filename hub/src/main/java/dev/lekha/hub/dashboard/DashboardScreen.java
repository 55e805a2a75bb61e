package dev.lekha.hub.dashboard;

import dev.lekha.hub.security.CompanyScope;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard ({@code /}): the latest runs of the companies the caller may see, failed runs in the
 * last 7 days, dead letters waiting and rejected files. Counts that cannot be known show "n/a".
 */
@Controller
public class DashboardScreen {

    static final int RECENT_RUNS = 20;
    static final Duration FAILURE_WINDOW = Duration.ofDays(7);
    /** Run times are shown in India time, the zone of the business. */
    static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRuns jobRuns;
    private final CompanyScope companyScope;
    private final DashboardCounts counts;

    public DashboardScreen(@Lazy JobRuns jobRuns, @Lazy CompanyScope companyScope, DashboardCounts counts) {
        this.jobRuns = jobRuns;
        this.companyScope = companyScope;
        this.counts = counts;
    }

    /** A run as the table shows it. */
    public record RunRow(RunSummary run, String params, String startedAt, String endedAt) {
    }

    @GetMapping("/")
    public String dashboard(Model model) {
        Set<Long> companies = companyScope.visibleCompanyIds();
        List<RunRow> runs = jobRuns.recent(RECENT_RUNS, companies).stream()
                .map(r -> new RunRow(r, paramsText(r.params()), time(r.startedAt()), time(r.endedAt())))
                .toList();
        model.addAttribute("runs", runs);
        model.addAttribute("failedRuns", text(counts.failedRuns(Instant.now(), FAILURE_WINDOW, companies)));
        model.addAttribute("deadLetters", text(counts.deadLetters()));
        model.addAttribute("rejectedFiles", text(counts.rejectedFiles(companies)));
        return "dashboard";
    }

    private static String text(OptionalLong count) {
        return count.isPresent() ? Long.toString(count.getAsLong()) : "n/a";
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(DISPLAY_ZONE));
    }

    private static String paramsText(Map<String, String> params) {
        return params == null ? "" : new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

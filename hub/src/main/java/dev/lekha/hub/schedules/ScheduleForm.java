package dev.lekha.hub.schedules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The add/edit form on the jobs screen, as typed: parameters one {@code name=value} per line, the
 * company id as text so a typo comes back as a field message rather than a binding error.
 */
public record ScheduleForm(String name, String jobName, String companyId, String params, String cron,
                           String timeZone, String enabled) {

    static ScheduleForm blank() {
        return new ScheduleForm("", "", "", "", "0 0 2 * * ?", Schedules.DEFAULT_TIME_ZONE.getId(), "true");
    }

    static ScheduleForm of(Schedule schedule) {
        String params = new TreeMap<>(schedule.params()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        return new ScheduleForm(schedule.name(), schedule.jobName(), Long.toString(schedule.companyId()), params,
                schedule.cron(), schedule.timeZone().getId(), Boolean.toString(schedule.enabled()));
    }

    public boolean isEnabled() {
        return "true".equalsIgnoreCase(enabled) || "on".equalsIgnoreCase(enabled);
    }

    /**
     * The request this form asks for.
     *
     * @throws InvalidScheduleException when the company id is not a number or a parameter line is not {@code name=value}
     */
    ScheduleRequest toRequest() {
        Map<String, String> problems = new LinkedHashMap<>();
        Long company = null;
        if (companyId != null && !companyId.isBlank()) {
            try {
                company = Long.parseLong(companyId.trim());
            } catch (NumberFormatException e) {
                problems.put("companyId", "company id '" + companyId + "' is not a number");
            }
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        String[] lines = params == null ? new String[0] : params.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.put("params", "parameter line " + (i + 1) + " '" + line + "' is not name=value");
            } else {
                parsed.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(name, problems);
        }
        return new ScheduleRequest(name == null ? null : name.trim(), jobName, company, parsed, cron, timeZone,
                isEnabled());
    }
}

package dev.lekha.hub.schedules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A schedule as the API returns it, with its next fire times (none while disabled). */
public record ScheduleView(String name, String jobName, long companyId, Map<String, String> params, String cron,
                           String timeZone, boolean enabled, List<Instant> nextFireTimes) {

    static ScheduleView of(Schedule schedule, int fireTimes, Instant now) {
        List<Instant> next = schedule.enabled()
                ? CronTimes.next(schedule.cron(), schedule.timeZone(), now, fireTimes)
                : List.of();
        return new ScheduleView(schedule.name(), schedule.jobName(), schedule.companyId(), schedule.params(),
                schedule.cron(), schedule.timeZone().getId(), schedule.enabled(), next);
    }
}

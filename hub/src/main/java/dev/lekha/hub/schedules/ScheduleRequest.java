package dev.lekha.hub.schedules;

import java.util.Map;

/**
 * What a person or script sends to create or change a schedule.
 *
 * @param name     unique, used in URLs: letters, digits, '.', '_' and '-', at most 80 characters
 * @param timeZone IANA zone id; null means {@link Schedules#DEFAULT_TIME_ZONE}
 * @param enabled  null means enabled
 * @param params   job parameters besides companyId; null means none
 */
public record ScheduleRequest(String name, String jobName, Long companyId, Map<String, String> params, String cron,
                              String timeZone, Boolean enabled) {
}

package dev.lekha.hub.schedules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A stored schedule: launch {@code jobName} for {@code companyId} with {@code params} whenever
 * {@code cron} fires in {@code timeZone}. Held by Quartz (a durable job and its cron trigger).
 *
 * @param nextFireTime the next instant Quartz will fire it; null while disabled
 */
public record Schedule(String name, String jobName, long companyId, Map<String, String> params, String cron,
                       ZoneId timeZone, boolean enabled, Instant nextFireTime) {
}

package dev.lekha.hub.schedules;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Quartz cron expressions: checking them with a message a person can act on, and the instants they
 * fire at. Pure: the caller passes the instant to count from.
 */
public final class CronTimes {

    static final String CRON_HELP = "Quartz cron has 6 or 7 fields: second minute hour day-of-month month "
            + "day-of-week [year], with '?' in one of the two day fields; e.g. '0 0 2 * * ?' is 02:00 every day, "
            + "'0 30 9 ? * MON-FRI' is 09:30 on weekdays.";

    private CronTimes() {
    }

    /**
     * Why {@code cron} cannot be used as a schedule, or empty when it can: it must parse and fire at
     * least once after {@code now}.
     */
    public static Optional<String> problem(String cron, ZoneId zone, Instant now) {
        if (cron == null || cron.isBlank()) {
            return Optional.of("cron is required. " + CRON_HELP);
        }
        CronExpression expression;
        try {
            expression = parse(cron, zone);
        } catch (ParseException e) {
            return Optional.of("'" + cron + "' is not a valid cron expression: " + e.getMessage() + ". " + CRON_HELP);
        }
        if (expression.getNextValidTimeAfter(Date.from(now)) == null) {
            return Optional.of("'" + cron + "' never fires after " + now + " (its year lies in the past). " + CRON_HELP);
        }
        return Optional.empty();
    }

    /**
     * The next {@code count} instants strictly after {@code after} at which {@code cron} fires in
     * {@code zone}; fewer when the expression stops firing (a year field). Never returns null.
     *
     * @throws IllegalArgumentException when {@code cron} does not parse
     */
    public static List<Instant> next(String cron, ZoneId zone, Instant after, int count) {
        CronExpression expression;
        try {
            expression = parse(cron, zone);
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + cron + "' is not a valid cron expression: " + e.getMessage(), e);
        }
        List<Instant> times = new ArrayList<>(count);
        Date cursor = Date.from(after);
        while (times.size() < count) {
            cursor = expression.getNextValidTimeAfter(cursor);
            if (cursor == null) {
                break;
            }
            times.add(cursor.toInstant());
        }
        return times;
    }

    private static CronExpression parse(String cron, ZoneId zone) throws ParseException {
        CronExpression expression = new CronExpression(cron.trim());
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        return expression;
    }
}

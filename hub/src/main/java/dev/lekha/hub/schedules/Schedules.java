package dev.lekha.hub.schedules;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.hub.security.CurrentActor;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobRuns;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job schedules, kept by Quartz in its JDBC store: each schedule is a durable job of group
 * {@value #GROUP} (class {@link LaunchScheduledJob}, data: job name, company id, parameters as JSON)
 * with one cron trigger of the same name. Quartz is clustered, so a schedule fires on one node only.
 *
 * <p>Changes run in a Spring transaction because Boot's Quartz store joins it: a job and its trigger
 * are written together or not at all, and so is the change's audit entry ({@code SCHEDULE_CREATE},
 * {@code _UPDATE}, {@code _ENABLE}, {@code _DISABLE}, {@code _DELETE}; target {@code schedule:<name>},
 * actor the signed-in user or token).
 */
@Service
public class Schedules {

    public static final String GROUP = "lekha";
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Kolkata");

    static final String JOB_NAME = "jobName";
    static final String COMPANY_ID = "companyId";
    static final String PARAMS = "params";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final Scheduler scheduler;
    private final JobRuns jobRuns;
    private final JsonMapper json;
    private final AuditTrail audit;

    /**
     * @param jobRuns resolved on first use: the job registry lives in another module and may itself
     *                want to show schedules
     */
    public Schedules(Scheduler scheduler, @Lazy JobRuns jobRuns, JsonMapper json, AuditTrail audit) {
        this.scheduler = scheduler;
        this.jobRuns = jobRuns;
        this.json = json;
        this.audit = audit;
    }

    /** Every schedule, in name order. Never returns null. */
    public List<Schedule> list() {
        try {
            List<Schedule> all = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                read(key.getName()).ifPresent(all::add);
            }
            all.sort(Comparator.comparing(Schedule::name));
            return all;
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not list schedules", e);
        }
    }

    /** The schedule named {@code name}, or empty. */
    public Optional<Schedule> find(String name) {
        try {
            return read(name);
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not read schedule '" + name + "'", e);
        }
    }

    /** @throws UnknownScheduleException when there is none */
    public Schedule get(String name) {
        return find(name).orElseThrow(() -> new UnknownScheduleException(name));
    }

    /**
     * Stores a new schedule.
     *
     * @throws InvalidScheduleException       naming each bad field (cron, time zone, job, company, name)
     * @throws ScheduleAlreadyExistsException when the name is taken
     */
    @Transactional
    public Schedule create(ScheduleRequest request) {
        Valid valid = validate(request.name(), request);
        try {
            if (scheduler.checkExists(JobKey.jobKey(valid.name(), GROUP))) {
                throw new ScheduleAlreadyExistsException(valid.name());
            }
            scheduler.scheduleJob(jobDetail(valid), Set.of(trigger(valid)), false);
            if (!valid.enabled()) {
                scheduler.pauseTrigger(TriggerKey.triggerKey(valid.name(), GROUP));
            }
            return audited("SCHEDULE_CREATE", get(valid.name()));
        } catch (ObjectAlreadyExistsException e) {
            throw new ScheduleAlreadyExistsException(valid.name());
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not store schedule '" + valid.name() + "'", e);
        }
    }

    /**
     * Replaces everything about the schedule {@code name} (its name stays; {@code request.name()} is
     * ignored). The next fire time is computed afresh from the new cron.
     *
     * @throws UnknownScheduleException when there is none
     * @throws InvalidScheduleException naming each bad field
     */
    @Transactional
    public Schedule update(String name, ScheduleRequest request) {
        Valid valid = validate(name, request);
        try {
            if (!scheduler.checkExists(JobKey.jobKey(name, GROUP))) {
                throw new UnknownScheduleException(name);
            }
            scheduler.scheduleJob(jobDetail(valid), Set.of(trigger(valid)), true);
            if (!valid.enabled()) {
                scheduler.pauseTrigger(TriggerKey.triggerKey(name, GROUP));
            }
            return audited("SCHEDULE_UPDATE", get(name));
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not update schedule '" + name + "'", e);
        }
    }

    /**
     * Lets the schedule fire again, from now on: runs it missed while disabled are not made up for
     * (a fresh trigger replaces the paused one, so Quartz sees no misfire).
     */
    @Transactional
    public Schedule enable(String name) {
        Schedule schedule = get(name);
        if (schedule.enabled()) {
            return schedule;
        }
        Valid valid = new Valid(name, schedule.jobName(), schedule.companyId(), schedule.params(), schedule.cron(),
                schedule.timeZone(), true);
        try {
            scheduler.rescheduleJob(TriggerKey.triggerKey(name, GROUP), trigger(valid));
            return audited("SCHEDULE_ENABLE", get(name));
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not enable schedule '" + name + "'", e);
        }
    }

    /** Stops the schedule firing until it is enabled again; it stays stored. */
    @Transactional
    public Schedule disable(String name) {
        get(name);
        try {
            scheduler.pauseTrigger(TriggerKey.triggerKey(name, GROUP));
            return audited("SCHEDULE_DISABLE", get(name));
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not disable schedule '" + name + "'", e);
        }
    }

    /** Removes the schedule and its trigger. @throws UnknownScheduleException when there is none */
    @Transactional
    public void delete(String name) {
        Schedule schedule = get(name);
        try {
            if (!scheduler.deleteJob(JobKey.jobKey(name, GROUP))) {
                throw new UnknownScheduleException(name);
            }
            audited("SCHEDULE_DELETE", schedule);
        } catch (SchedulerException e) {
            throw new ScheduleStoreException("Could not delete schedule '" + name + "'", e);
        }
    }

    /** Records {@code action} on {@code schedule} in the audit log (joining the change's transaction). */
    private Schedule audited(String action, Schedule schedule) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("jobName", schedule.jobName());
        detail.put("cron", schedule.cron());
        detail.put("timeZone", schedule.timeZone().getId());
        detail.put("enabled", schedule.enabled());
        detail.put("params", schedule.params());
        audit.record(new AuditRecord(CurrentActor.name(), action, "schedule:" + schedule.name(), schedule.companyId(),
                json.writeValueAsString(detail), CurrentActor.remoteAddress()));
        return schedule;
    }

    /** The next {@code count} instants the schedule's cron fires after {@code after}, whether enabled or not. */
    public List<Instant> nextFireTimes(String name, int count, Instant after) {
        Schedule schedule = get(name);
        return CronTimes.next(schedule.cron(), schedule.timeZone(), after, count);
    }

    private Optional<Schedule> read(String name) throws SchedulerException {
        JobDetail detail = scheduler.getJobDetail(JobKey.jobKey(name, GROUP));
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(name, GROUP));
        if (detail == null || !(trigger instanceof CronTrigger cron)) {
            return Optional.empty();
        }
        JobDataMap data = detail.getJobDataMap();
        boolean enabled = scheduler.getTriggerState(trigger.getKey()) != Trigger.TriggerState.PAUSED;
        Date next = cron.getNextFireTime();
        return Optional.of(new Schedule(name, data.getString(JOB_NAME), Long.parseLong(data.getString(COMPANY_ID)),
                params(data, json), cron.getCronExpression(), cron.getTimeZone().toZoneId(), enabled,
                enabled && next != null ? next.toInstant() : null));
    }

    /** The parameters stored in a schedule's job data. */
    static Map<String, String> params(JobDataMap data, JsonMapper json) {
        String stored = data.getString(PARAMS);
        return stored == null || stored.isBlank() ? Map.of() : Map.copyOf(json.readValue(stored, STRING_MAP));
    }

    private JobDetail jobDetail(Valid valid) {
        return JobBuilder.newJob(LaunchScheduledJob.class)
                .withIdentity(valid.name(), GROUP)
                .withDescription("Launches job " + valid.jobName() + " for company " + valid.companyId())
                .storeDurably()
                .usingJobData(JOB_NAME, valid.jobName())
                .usingJobData(COMPANY_ID, Long.toString(valid.companyId()))
                .usingJobData(PARAMS, json.writeValueAsString(new TreeMap<>(valid.params())))
                .build();
    }

    private static Trigger trigger(Valid valid) {
        return TriggerBuilder.newTrigger()
                .withIdentity(valid.name(), GROUP)
                .forJob(valid.name(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(valid.cron())
                        .inTimeZone(TimeZone.getTimeZone(valid.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    private Valid validate(String name, ScheduleRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.put("name", "name '" + name + "' must be 1–80 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit (e.g. gstr1-monthly)");
        }
        if (request.jobName() == null || request.jobName().isBlank()) {
            problems.put("jobName", "jobName is required; one of " + jobNames());
        } else if (!jobNames().contains(request.jobName())) {
            problems.put("jobName", "no job named '" + request.jobName() + "'; use one of " + jobNames());
        }
        if (request.companyId() == null || request.companyId() <= 0) {
            problems.put("companyId", "companyId is required and must be a positive company id (GET /api/companies)");
        }
        ZoneId zone = DEFAULT_TIME_ZONE;
        if (request.timeZone() != null && !request.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(request.timeZone().trim());
            } catch (DateTimeException e) {
                problems.put("timeZone", "unknown time zone '" + request.timeZone()
                        + "'; use an IANA zone id such as Asia/Kolkata or UTC");
            }
        }
        CronTimes.problem(request.cron(), zone, Instant.now()).ifPresent(p -> problems.put("cron", p));
        Map<String, String> params = request.params() == null ? Map.of() : request.params();
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getKey() == null || param.getKey().isBlank()) {
                problems.put("params", "parameter names must not be blank");
            } else if (COMPANY_ID.equals(param.getKey())) {
                problems.put("params", "companyId goes in its own field, not among the parameters");
            } else if (param.getValue() == null) {
                problems.put("params", "parameter '" + param.getKey() + "' has no value");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScheduleException(name, problems);
        }
        return new Valid(name, request.jobName(), request.companyId(), Map.copyOf(params), request.cron().trim(), zone,
                request.enabled() == null || request.enabled());
    }

    private List<String> jobNames() {
        return jobRuns.jobs().stream().map(JobDescriptor::name).sorted().collect(Collectors.toList());
    }

    private record Valid(String name, String jobName, long companyId, Map<String, String> params, String cron,
                         ZoneId timeZone, boolean enabled) {
    }
}

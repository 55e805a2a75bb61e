package dev.lekha.hub.schedules;

import dev.lekha.jobs.runs.InvalidJobParametersException;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.UnknownJobException;
import java.util.Map;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.scheduling.quartz.QuartzJobBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Quartz runs when a schedule fires: launches the schedule's job through {@link JobRuns}, as
 * {@code schedule:<name>}. Boot's job factory creates it per firing and injects the constructor.
 * A launch the job registry refuses (unknown job, bad parameters) is logged and not retried: the
 * schedule needs fixing, and the next firing tries again.
 */
public class LaunchScheduledJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(LaunchScheduledJob.class);

    private final JobRuns jobRuns;
    private final JsonMapper json;

    public LaunchScheduledJob(JobRuns jobRuns, JsonMapper json) {
        this.jobRuns = jobRuns;
        this.json = json;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        String schedule = context.getJobDetail().getKey().getName();
        JobDataMap data = context.getJobDetail().getJobDataMap();
        String jobName = data.getString(Schedules.JOB_NAME);
        String companyId = data.getString(Schedules.COMPANY_ID);
        Map<String, String> params = Schedules.params(data, json);
        try (MDC.MDCCloseable company = MDC.putCloseable("companyId", companyId)) {
            long runId = jobRuns.launch(jobName, Long.parseLong(companyId), params, "schedule:" + schedule);
            try (MDC.MDCCloseable run = MDC.putCloseable("runId", Long.toString(runId))) {
                log.info("Schedule {} launched job {} as run {}", schedule, jobName, runId);
            }
        } catch (UnknownJobException | InvalidJobParametersException e) {
            log.error("Schedule {} could not launch job {}: {}. Fix the schedule on the jobs screen.",
                    schedule, jobName, e.getMessage());
            throw new JobExecutionException(e, false);
        }
    }
}

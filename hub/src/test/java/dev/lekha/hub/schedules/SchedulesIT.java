package dev.lekha.hub.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.hub.support.RecordingJobRuns;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
@Import(HubTestDoubles.class)
class SchedulesIT {

    @Autowired
    Schedules schedules;
    @Autowired
    Scheduler scheduler;
    @Autowired
    RecordingJobRuns jobRuns;

    @BeforeEach
    void noSchedules() {
        schedules.list().forEach(s -> schedules.delete(s.name()));
        jobRuns.reset();
    }

    @Test
    void createdScheduleIsAQuartzJobWithACronTrigger() throws Exception {
        // when
        Schedule created = schedules.create(new ScheduleRequest("gstr1-monthly", "gstr1", 1L,
                Map.of("gstin", "27AAACL1234C1Z5", "period", "112025"), "0 0 2 1 * ?", null, null));

        // then: defaults are Asia/Kolkata and enabled
        assertThat(created).usingRecursiveComparison().ignoringFields("nextFireTime").isEqualTo(new Schedule(
                "gstr1-monthly", "gstr1", 1L, Map.of("gstin", "27AAACL1234C1Z5", "period", "112025"),
                "0 0 2 1 * ?", ZoneId.of("Asia/Kolkata"), true, null));
        assertThat(created.nextFireTime()).isAfter(Instant.now());
        assertThat(schedules.list()).containsExactly(created);

        JobDetail job = scheduler.getJobDetail(JobKey.jobKey("gstr1-monthly", "lekha"));
        assertThat(job.isDurable()).isTrue();
        assertThat(job.getJobClass()).isEqualTo(LaunchScheduledJob.class);
        assertThat(job.getJobDataMap().getString("params")).isEqualTo(
                "{\"gstin\":\"27AAACL1234C1Z5\",\"period\":\"112025\"}");
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("gstr1-monthly", "lekha"));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Kolkata");
    }

    @Test
    void updateReplacesCronTimeZoneParamsAndCompany() {
        schedules.create(new ScheduleRequest("sr", "sales-register", 1L, Map.of("period", "102025"),
                "0 0 2 * * ?", null, true));

        Schedule updated = schedules.update("sr", new ScheduleRequest("ignored", "gstr1", 2L,
                Map.of("period", "112025", "gstin", "29AAACL1234C1Z1"), "0 15 6 ? * MON", "UTC", true));

        assertThat(updated).usingRecursiveComparison().ignoringFields("nextFireTime").isEqualTo(new Schedule("sr",
                "gstr1", 2L, Map.of("period", "112025", "gstin", "29AAACL1234C1Z1"), "0 15 6 ? * MON",
                ZoneId.of("UTC"), true, null));
        assertThat(updated.nextFireTime()).isEqualTo(
                CronTimes.next("0 15 6 ? * MON", ZoneId.of("UTC"), Instant.now(), 1).get(0));
        assertThat(schedules.list()).extracting(Schedule::name).containsExactly("sr");
    }

    @Test
    void disableAndEnablePauseAndResumeTheTrigger() throws Exception {
        schedules.create(new ScheduleRequest("sr", "sales-register", 1L, Map.of(), "0 0 2 * * ?", null, true));

        Schedule disabled = schedules.disable("sr");
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.nextFireTime()).isNull();
        assertThat(scheduler.getTriggerState(TriggerKey.triggerKey("sr", "lekha")))
                .isEqualTo(org.quartz.Trigger.TriggerState.PAUSED);

        Schedule enabled = schedules.enable("sr");
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.nextFireTime()).isAfter(Instant.now());
        assertThat(scheduler.getTriggerState(TriggerKey.triggerKey("sr", "lekha")))
                .isEqualTo(org.quartz.Trigger.TriggerState.NORMAL);
    }

    @Test
    void aScheduleCanBeCreatedDisabledAndStaysDisabledWhenUpdated() {
        schedules.create(new ScheduleRequest("off", "sales-register", 1L, Map.of(), "0 0 2 * * ?", null, false));
        assertThat(schedules.get("off").enabled()).isFalse();

        schedules.update("off", new ScheduleRequest(null, "sales-register", 1L, Map.of(), "0 0 3 * * ?", null, false));

        assertThat(schedules.get("off").enabled()).isFalse();
        assertThat(schedules.get("off").cron()).isEqualTo("0 0 3 * * ?");
    }

    @Test
    void deleteRemovesJobAndTrigger() throws Exception {
        schedules.create(new ScheduleRequest("gone", "sales-register", 1L, Map.of(), "0 0 2 * * ?", null, true));

        schedules.delete("gone");

        assertThat(schedules.find("gone")).isEmpty();
        assertThat(scheduler.checkExists(TriggerKey.triggerKey("gone", "lekha"))).isFalse();
        assertThatThrownBy(() -> schedules.delete("gone")).isInstanceOf(UnknownScheduleException.class)
                .hasMessage("No schedule named 'gone'; GET /api/schedules lists the existing ones");
    }

    @Test
    void nextFireTimesComeFromTheStoredCronAndZone() {
        schedules.create(new ScheduleRequest("nightly", "sales-register", 1L, Map.of(), "0 0 2 * * ?",
                "Asia/Kolkata", true));

        // 02:00 IST = 20:30 UTC the day before (IST is UTC+05:30)
        assertThat(schedules.nextFireTimes("nightly", 3, Instant.parse("2025-11-23T10:00:00Z"))).containsExactly(
                Instant.parse("2025-11-23T20:30:00Z"), Instant.parse("2025-11-24T20:30:00Z"),
                Instant.parse("2025-11-25T20:30:00Z"));
    }

    @Test
    void duplicateNameIsRefused() {
        schedules.create(new ScheduleRequest("twice", "sales-register", 1L, Map.of(), "0 0 2 * * ?", null, true));

        assertThatThrownBy(() -> schedules.create(new ScheduleRequest("twice", "gstr1", 1L, Map.of(),
                "0 0 3 * * ?", null, true)))
                .isInstanceOf(ScheduleAlreadyExistsException.class)
                .hasMessageContaining("A schedule named 'twice' exists already");
        assertThat(schedules.get("twice").jobName()).isEqualTo("sales-register");
    }

    @Test
    void invalidRequestIsRefusedFieldByFieldAndNothingIsStored() {
        assertThatThrownBy(() -> schedules.create(new ScheduleRequest("bad name", "payroll", 0L,
                Map.of("companyId", "2"), "0 0 2 * *", "India/Pune", true)))
                .isInstanceOfSatisfying(InvalidScheduleException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("name", "jobName", "companyId", "timeZone", "cron",
                            "params");
                    assertThat(e.problems().get("jobName")).isEqualTo(
                            "no job named 'payroll'; use one of [gstr1, sales-register]");
                    assertThat(e.problems().get("timeZone")).isEqualTo(
                            "unknown time zone 'India/Pune'; use an IANA zone id such as Asia/Kolkata or UTC");
                    assertThat(e.problems().get("cron")).startsWith("'0 0 2 * *' is not a valid cron expression");
                    assertThat(e.problems().get("params")).isEqualTo(
                            "companyId goes in its own field, not among the parameters");
                });
        assertThat(schedules.list()).isEmpty();
    }

    @Test
    void invalidCronOnUpdateLeavesTheScheduleAsItWas() {
        schedules.create(new ScheduleRequest("keep", "sales-register", 1L, Map.of(), "0 0 2 * * ?", null, true));

        assertThatThrownBy(() -> schedules.update("keep", new ScheduleRequest(null, "sales-register", 1L, Map.of(),
                "61 * * * * ?", null, true)))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("'61 * * * * ?' is not a valid cron expression");
        assertThat(schedules.get("keep").cron()).isEqualTo("0 0 2 * * ?");
    }

    @Test
    void aScheduleFiringEverySecondLaunchesItsJobThroughJobRuns() throws Exception {
        // given a schedule firing every second, and the scheduler (not auto-started in tests) running
        schedules.create(new ScheduleRequest("every-second", "sales-register", 1L, Map.of("period", "112025"),
                "* * * * * ?", null, true));
        scheduler.start();
        try {
            // when it has fired at least once
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (jobRuns.launches().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            scheduler.standby();
            schedules.delete("every-second");
        }

        // then each firing launched the job with the schedule's company and parameters
        assertThat(jobRuns.launches()).isNotEmpty().allSatisfy(launch -> assertThat(launch).isEqualTo(
                new RecordingJobRuns.Launch("sales-register", 1L, Map.of("period", "112025"), "schedule:every-second")));
    }
}

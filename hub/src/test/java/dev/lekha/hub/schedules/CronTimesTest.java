package dev.lekha.hub.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronTimesTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void dailyAtTwoInIndiaFiresAtTwentyThirtyUtcThePreviousDay() {
        // given 23 Nov 2025 15:30 IST; India Standard Time is UTC+05:30 all year (IANA tz database,
        // Asia/Kolkata, no daylight saving), so 02:00 IST is 20:30 UTC of the day before
        Instant after = Instant.parse("2025-11-23T10:00:00Z");

        // when
        var next = CronTimes.next("0 0 2 * * ?", KOLKATA, after, 3);

        // then
        assertThat(next).containsExactly(
                Instant.parse("2025-11-23T20:30:00Z"),
                Instant.parse("2025-11-24T20:30:00Z"),
                Instant.parse("2025-11-25T20:30:00Z"));
    }

    @Test
    void nextFireTimesAreStrictlyAfterTheGivenInstant() {
        var next = CronTimes.next("0 0 2 * * ?", KOLKATA, Instant.parse("2025-11-23T20:30:00Z"), 1);

        assertThat(next).containsExactly(Instant.parse("2025-11-24T20:30:00Z"));
    }

    @Test
    void sameCronInUtcFiresAtTwoUtc() {
        var next = CronTimes.next("0 0 2 * * ?", ZoneId.of("UTC"), Instant.parse("2025-11-23T10:00:00Z"), 2);

        assertThat(next).containsExactly(Instant.parse("2025-11-24T02:00:00Z"), Instant.parse("2025-11-25T02:00:00Z"));
    }

    @Test
    void aCronEndingInAPastYearYieldsNoTimes() {
        assertThat(CronTimes.next("0 0 2 * * ? 2020", KOLKATA, Instant.parse("2025-11-23T10:00:00Z"), 3)).isEmpty();
    }

    @Test
    void validCronHasNoProblem() {
        assertThat(CronTimes.problem("0 30 9 ? * MON-FRI", KOLKATA, Instant.parse("2025-11-23T10:00:00Z"))).isEmpty();
    }

    @Test
    void unixStyleFiveFieldCronIsRejectedWithTheQuartzFormatExplained() {
        var problem = CronTimes.problem("0 2 * * *", KOLKATA, Instant.parse("2025-11-23T10:00:00Z"));

        assertThat(problem).hasValueSatisfying(p -> assertThat(p)
                .startsWith("'0 2 * * *' is not a valid cron expression: ")
                .contains("Quartz cron has 6 or 7 fields: second minute hour day-of-month month day-of-week [year]")
                .contains("'0 0 2 * * ?' is 02:00 every day"));
    }

    @Test
    void bothDayFieldsSetIsRejectedWithQuartzReason() {
        var problem = CronTimes.problem("0 0 2 * * *", KOLKATA, Instant.parse("2025-11-23T10:00:00Z"));

        assertThat(problem).hasValueSatisfying(p -> assertThat(p)
                .contains("day-of-week AND a day-of-month")
                .contains("with '?' in one of the two day fields"));
    }

    @Test
    void hourOutOfRangeIsRejected() {
        var problem = CronTimes.problem("0 0 25 * * ?", KOLKATA, Instant.parse("2025-11-23T10:00:00Z"));

        assertThat(problem).hasValueSatisfying(p -> assertThat(p)
                .startsWith("'0 0 25 * * ?' is not a valid cron expression: ")
                .containsIgnoringCase("hour"));
    }

    @Test
    void cronThatNeverFiresAgainIsRejected() {
        var problem = CronTimes.problem("0 0 2 * * ? 2020", KOLKATA, Instant.parse("2025-11-23T10:00:00Z"));

        assertThat(problem).hasValue("'0 0 2 * * ? 2020' never fires after 2025-11-23T10:00:00Z (its year lies in "
                + "the past). " + CronTimes.CRON_HELP);
    }

    @Test
    void blankCronIsRequired() {
        assertThat(CronTimes.problem(" ", KOLKATA, Instant.EPOCH)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("cron is required."));
    }

    @Test
    void nextRefusesAnUnparsableCron() {
        assertThatThrownBy(() -> CronTimes.next("nonsense", KOLKATA, Instant.EPOCH, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'nonsense' is not a valid cron expression");
    }
}

package dev.lekha.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The dashboard's counts on a bare H2 database: what happens without providers, tables or rows. */
class DashboardCountsIT {

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:dashboard-counts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final DashboardCounts counts = new DashboardCounts(beans.getBeanProvider(DeadLetterCount.class),
            beans.getBeanProvider(RejectedFileCount.class), jdbc);

    @AfterEach
    void dropEverything() {
        jdbc.execute("drop all objects");
    }

    @Test
    void withoutProvidersOrTablesEveryCountIsUnknownAndNothingThrows() {
        assertThat(counts.deadLetters()).isEmpty();
        assertThat(counts.rejectedFiles(null)).isEmpty();
        assertThat(counts.failedRuns(Instant.now(), Duration.ofDays(7), null)).isEmpty();
    }

    @Test
    void aFailingProviderCountsAsUnknown() {
        beans.registerSingleton("broker", (DeadLetterCount) () -> {
            throw new IllegalStateException("broker down");
        });

        assertThat(counts.deadLetters()).isEmpty();
    }

    @Test
    void providersAreUsedWhenPresent() {
        beans.registerSingleton("broker", (DeadLetterCount) () -> 3);
        beans.registerSingleton("drops", (RejectedFileCount) ids -> ids == null ? 9 : ids.size());

        assertThat(counts.deadLetters()).isEqualTo(OptionalLong.of(3));
        assertThat(counts.rejectedFiles(null)).isEqualTo(OptionalLong.of(9));
        assertThat(counts.rejectedFiles(Set.of(1L, 2L))).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void rejectedFilesAreCountedFromInboundFileWhenNoProviderExists() {
        jdbc.execute("create table inbound_file (id bigint primary key, company_id bigint, status varchar(20))");
        jdbc.update("insert into inbound_file values (1, 1, 'REJECTED'), (2, 1, 'ARCHIVED'), (3, 2, 'REJECTED'),"
                + " (4, 2, 'REJECTED')");

        assertThat(counts.rejectedFiles(null)).isEqualTo(OptionalLong.of(3));
        assertThat(counts.rejectedFiles(Set.of(1L))).isEqualTo(OptionalLong.of(1));
        assertThat(counts.rejectedFiles(Set.of())).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void failedRunsCountFailuresStartedInTheWindowOfTheGivenCompanies() {
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/h2/V2__spring_batch.sql")).execute(dataSource);
        Instant now = Instant.parse("2025-11-23T10:00:00Z");
        run(1, "FAILED", now.minus(Duration.ofDays(6)), 1);
        run(2, "FAILED", now.minus(Duration.ofDays(8)), 1);
        run(3, "COMPLETED", now.minus(Duration.ofHours(1)), 1);
        run(4, "FAILED", now.minus(Duration.ofHours(1)), 2);

        assertThat(counts.failedRuns(now, Duration.ofDays(7), null)).isEqualTo(OptionalLong.of(2));
        assertThat(counts.failedRuns(now, Duration.ofDays(7), Set.of(1L))).isEqualTo(OptionalLong.of(1));
        assertThat(counts.failedRuns(now, Duration.ofDays(7), Set.of(3L))).isEqualTo(OptionalLong.of(0));
        assertThat(counts.failedRuns(now, Duration.ofDays(7), Set.of())).isEqualTo(OptionalLong.of(0));
    }

    private void run(long id, String status, Instant started, long companyId) {
        Timestamp start = Timestamp.valueOf(LocalDateTime.ofInstant(started, ZoneId.systemDefault()));
        jdbc.update("insert into batch_job_instance (job_instance_id, version, job_name, job_key) values (?, 0, 'j', ?)",
                id, "k" + id);
        jdbc.update("insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, "
                + "start_time, status) values (?, 1, ?, ?, ?, ?)", id, id, start, start, status);
        jdbc.update("insert into batch_job_execution_params (job_execution_id, parameter_name, parameter_type, "
                + "parameter_value, identifying) values (?, 'companyId', 'java.lang.Long', ?, 'Y')",
                id, Long.toString(companyId));
    }
}

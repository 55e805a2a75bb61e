package dev.lekha.hub.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counts on the dashboard and in the gauges. Each is empty ("n/a") when it cannot be known, and
 * none of them ever throws: a missing provider or table must not take the dashboard down.
 */
@Component
public class DashboardCounts {

    private static final Logger log = LoggerFactory.getLogger(DashboardCounts.class);

    private final ObjectProvider<DeadLetterCount> deadLetterCount;
    private final ObjectProvider<RejectedFileCount> rejectedFileCount;
    private final JdbcTemplate jdbc;

    public DashboardCounts(ObjectProvider<DeadLetterCount> deadLetterCount,
                           ObjectProvider<RejectedFileCount> rejectedFileCount, JdbcTemplate jdbc) {
        this.deadLetterCount = deadLetterCount;
        this.rejectedFileCount = rejectedFileCount;
        this.jdbc = jdbc;
    }

    /** Messages on the dead-letter queues, when a {@link DeadLetterCount} is available. */
    public OptionalLong deadLetters() {
        DeadLetterCount provider = deadLetterCount.getIfUnique();
        if (provider == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(provider.deadLetters());
        } catch (RuntimeException e) {
            log.warn("Could not count dead letters: {}", e.getMessage());
            return OptionalLong.empty();
        }
    }

    /**
     * Rejected dropped files of the given companies (null: all), from the {@link RejectedFileCount}
     * bean or else the {@code inbound_file} table.
     */
    public OptionalLong rejectedFiles(Set<Long> companyIds) {
        RejectedFileCount provider = rejectedFileCount.getIfUnique();
        try {
            if (provider != null) {
                return OptionalLong.of(provider.rejectedFiles(companyIds));
            }
            return OptionalLong.of(count("select count(*) from inbound_file where status = 'REJECTED'",
                    companyIds, "company_id", List.of()));
        } catch (RuntimeException e) {
            log.debug("Rejected files not countable: {}", e.getMessage());
            return OptionalLong.empty();
        }
    }

    /**
     * Job runs that ended FAILED and started within {@code window} before {@code now}, of the given
     * companies (null: all; a run's company is its {@code companyId} job parameter).
     */
    public OptionalLong failedRuns(Instant now, Duration window, Set<Long> companyIds) {
        // Spring Batch keeps start times as local date-times in the JVM's zone
        LocalDateTime since = LocalDateTime.ofInstant(now.minus(window), ZoneId.systemDefault());
        try {
            String sql = "select count(*) from batch_job_execution e where e.status = 'FAILED' and e.start_time >= ?";
            if (companyIds == null) {
                return OptionalLong.of(count(sql, null, null, List.of(Timestamp.valueOf(since))));
            }
            if (companyIds.isEmpty()) {
                return OptionalLong.of(0);
            }
            List<Object> args = new ArrayList<>();
            args.add(Timestamp.valueOf(since));
            companyIds.forEach(id -> args.add(Long.toString(id)));
            String in = companyIds.stream().map(id -> "?").collect(Collectors.joining(","));
            Long n = jdbc.queryForObject(sql + " and exists (select 1 from batch_job_execution_params p"
                    + " where p.job_execution_id = e.job_execution_id and p.parameter_name = 'companyId'"
                    + " and p.parameter_value in (" + in + "))", Long.class, args.toArray());
            return OptionalLong.of(n == null ? 0 : n);
        } catch (DataAccessException e) {
            log.warn("Could not count failed runs: {}", e.getMessage());
            return OptionalLong.empty();
        }
    }

    private long count(String sql, Set<Long> companyIds, String companyColumn, List<Object> args) {
        List<Object> all = new ArrayList<>(args);
        String where = "";
        if (companyIds != null) {
            if (companyIds.isEmpty()) {
                return 0;
            }
            where = " and " + companyColumn + " in ("
                    + companyIds.stream().map(id -> "?").collect(Collectors.joining(",")) + ")";
            all.addAll(companyIds);
        }
        Long n = jdbc.queryForObject(sql + where, Long.class, all.toArray());
        return n == null ? 0 : n;
    }
}

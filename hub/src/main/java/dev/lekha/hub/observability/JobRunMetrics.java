package dev.lekha.hub.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Lekha's job-run meters, scraped at {@code /actuator/prometheus}:
 * <ul>
 *   <li>{@code lekha_job_runs_total{job,status}}: finished runs by job and final Batch status;</li>
 *   <li>{@code lekha_job_run_duration_seconds{job,status}}: how long they took (count, sum, max);</li>
 *   <li>{@code lekha_job_runs_active}: runs executing on this node now.</li>
 * </ul>
 */
@Component
public class JobRunMetrics {

    static final String RUNS = "lekha.job.runs";
    static final String DURATION = "lekha.job.run.duration";
    static final String ACTIVE = "lekha.job.runs.active";

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();

    public JobRunMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(ACTIVE, active, AtomicInteger::get)
                .description("Job runs executing on this node")
                .register(registry);
    }

    /** A run began on this node. */
    public void started() {
        active.incrementAndGet();
    }

    /** A run that {@link #started()} ended with {@code status} after {@code duration}. */
    public void finished(String jobName, String status, Duration duration) {
        active.updateAndGet(n -> Math.max(0, n - 1));
        Counter.builder(RUNS)
                .description("Finished job runs by job and final status")
                .tag("job", jobName)
                .tag("status", status)
                .register(registry)
                .increment();
        Timer.builder(DURATION)
                .description("Job run durations by job and final status")
                .tag("job", jobName)
                .tag("status", status)
                .register(registry)
                .record(duration);
    }
}

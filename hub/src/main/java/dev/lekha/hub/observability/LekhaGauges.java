package dev.lekha.hub.observability;

import dev.lekha.hub.dashboard.DashboardCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Gauges read at each scrape: {@code lekha_dead_letters} (messages on the DLQs) and
 * {@code lekha_files_rejected} (rejected dropped files, all companies). NaN while not knowable,
 * the same "n/a" the dashboard shows. Each is one count query.
 */
@Component
public class LekhaGauges implements MeterBinder {

    private final DashboardCounts counts;

    public LekhaGauges(DashboardCounts counts) {
        this.counts = counts;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lekha.dead.letters", counts, c -> value(c.deadLetters()))
                .description("Messages waiting on the dead-letter queues")
                .register(registry);
        Gauge.builder("lekha.files.rejected", counts, c -> value(c.rejectedFiles(null)))
                .description("Dropped files rejected, all companies")
                .register(registry);
    }

    private static double value(OptionalLong count) {
        return count.isPresent() ? count.getAsLong() : Double.NaN;
    }
}

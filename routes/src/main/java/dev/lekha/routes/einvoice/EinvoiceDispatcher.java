package dev.lekha.routes.einvoice;

import dev.lekha.domain.einvoice.Einvoices;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due pending e-invoices and submits them to the IRP, {@code lekha.einvoice.concurrency} at a
 * time. A claim is a conditional update of the row, so several hub nodes share the work without
 * sending a document twice at once; a node that dies mid-call loses its claim after
 * {@code lekha.einvoice.claim-for} and another node takes the document again (the IRN rule makes the
 * resend safe: the IRP answers 2150 and the IRN is adopted).
 */
@Component
@EnableConfigurationProperties(EinvoiceSettings.class)
public class EinvoiceDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EinvoiceDispatcher.class);

    private final Einvoices einvoices;
    private final EinvoiceSubmission submission;
    private final EinvoiceSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService executor;
    private final String node;

    public EinvoiceDispatcher(Einvoices einvoices, EinvoiceSubmission submission, EinvoiceSettings settings,
                              PlatformTransactionManager transactions, Clock clock) {
        this.einvoices = einvoices;
        this.submission = submission;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), r -> {
            Thread t = new Thread(r, "einvoice-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Sends every e-invoice due now (up to {@code batch-size}), waiting until all have an outcome.
     *
     * @return how many were submitted
     */
    public int dispatchDue() {
        int total = 0;
        int claimed;
        do {
            Instant now = clock.instant();
            List<Long> due = transaction.execute(s -> einvoices.findDue(now, PageRequest.of(0, settings.batchSize())));
            List<Future<?>> running = new ArrayList<>();
            for (Long id : due) {
                Instant until = now.plus(settings.claimFor());
                Integer won = transaction.execute(s -> einvoices.claim(id, node, now, until));
                if (won != null && won == 1) {
                    running.add(executor.submit(() -> submission.submit(id)));
                }
            }
            claimed = running.size();
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // submit() records its own outcomes; reaching here is a bug or the database being down
                    log.error("E-invoice submission failed unexpectedly; the claim expires and it is retried",
                            e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return total;
                }
            }
            total += claimed;
        } while (claimed == settings.batchSize());
        return total;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

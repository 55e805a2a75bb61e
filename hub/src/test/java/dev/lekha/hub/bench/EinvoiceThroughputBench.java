package dev.lekha.hub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.routes.queues.LekhaQueues;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (never run by {@code ./mvnw verify}; see ops/bench/README.md): pushes
 * {@code lekha.bench.invoices} (default 10,000) B2B invoices through {@code lekha.invoices.in}, lets the
 * dispatcher register them with the sandbox IRP over real HTTP with the real encryption and signatures,
 * and reports invoices per second (first message sent to last IRN stored) and the peak heap in use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lekha.einvoice.enabled=true", "lekha.einvoice.poll-interval=100ms", "lekha.einvoice.concurrency=8",
        "lekha.einvoice.batch-size=200", "lekha.queues.concurrent-consumers=4", "lekha.nic.request-timeout=20s",
        "logging.level.dev.lekha=WARN"})
@ActiveProfiles("test")
@LekhaIntegrationTest
@DirtiesContext
class EinvoiceThroughputBench {

    @Autowired JmsTemplate jms;
    @Autowired JdbcTemplate jdbc;

    @Test
    void tenThousandInvoicesThroughTheQueueIntoTheSandbox() throws Exception {
        int count = Integer.getInteger("lekha.bench.invoices", 10_000);
        String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        String prefix = "BN" + run;
        HeapPeak heap = new HeapPeak();
        heap.start();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            jms.convertAndSend(LekhaQueues.INVOICES_IN, invoice(prefix + String.format("%06d", i), today));
        }
        long sent = System.nanoTime();
        long deadline = start + Duration.ofMinutes(30).toNanos();
        long done;
        while ((done = generated(prefix)) < count && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        long end = System.nanoTime();
        heap.interrupt();
        double seconds = (end - start) / 1e9;
        String report = String.format(Locale.ROOT, "e-invoice throughput: %d invoices queued in %.1f s; %d IRNs"
                        + " stored in %.1f s = %.1f invoices/s; peak heap used %d MB (max %d MB); %d cores, Java %s%n",
                count, (sent - start) / 1e9, done, seconds, done / seconds, heap.peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.print(report);
        Path out = Path.of("target", "bench", "einvoice-throughput.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(done).isEqualTo(count);
    }

    /** IRNs stored for this run's documents (the demo company's own documents are registered meanwhile too). */
    private long generated(String prefix) {
        return jdbc.queryForObject("select count(*) from einvoice e join sales_document d on d.id = e.sales_document_id"
                + " where e.status = 'GENERATED' and d.doc_number like ?", Long.class, prefix + "%");
    }

    /** 3 lines, inter-state 27 -> 29 at 18%: 12 x 250.00 + 5 x 89.50 + 2 x 2450.00 = 8347.50; IGST 1502.55. */
    private static String invoice(String number, LocalDate date) {
        return """
                {"messageId":"%s","documentType":"INV","documentNumber":"%s","documentDate":"%s",
                 "supplierGstin":"27AAACL1234C1Z5","supplyType":"B2B","reverseCharge":false,"placeOfSupply":"29",
                 "buyer":{"gstin":"29AAFCK4321M1ZA","legalName":"Kaveri Foods Private Limited","stateCode":"29",
                          "address":"Peenya Industrial Area, Bengaluru","pincode":"560058"},
                 "lines":[
                  {"lineNo":1,"description":"Steel bottle","hsn":"73239390","service":false,"quantity":12,"uqc":"NOS",
                   "unitPrice":250.00,"discount":0,"taxableValue":3000.00,"gstRate":18,"igst":540.00,"cgst":0,"sgst":0,"cess":0},
                  {"lineNo":2,"description":"LED bulb","hsn":"85395000","service":false,"quantity":5,"uqc":"NOS",
                   "unitPrice":89.50,"discount":0,"taxableValue":447.50,"gstRate":18,"igst":80.55,"cgst":0,"sgst":0,"cess":0},
                  {"lineNo":3,"description":"Detergent 5 kg","hsn":"34022010","service":false,"quantity":2,"uqc":"NOS",
                   "unitPrice":2450.00,"discount":0,"taxableValue":4900.00,"gstRate":18,"igst":882.00,"cgst":0,"sgst":0,"cess":0}]}
                """.formatted("bench-" + number, number, date);
    }

    /** Samples the heap in use every 100 ms and keeps the highest. */
    private static final class HeapPeak extends Thread {
        volatile long peak;

        HeapPeak() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                peak = Math.max(peak, used);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}

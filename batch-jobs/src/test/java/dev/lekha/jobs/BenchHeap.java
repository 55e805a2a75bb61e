package dev.lekha.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The peak heap in use while a benchmark runs: the heap memory pools are sampled every 50 ms on a daemon thread
 * and the highest total kept. One sampler for every bench so their "peak heap" figures are measured alike.
 *
 * <pre>{@code
 * BenchHeap heap = BenchHeap.start();
 * try (heap) {
 *     ... the work measured ...
 * }
 * report(heap.peakMb(), heap.baselineMb());
 * }</pre>
 */
public final class BenchHeap implements AutoCloseable {

    private static final long MB = 1024 * 1024;
    private static final long EVERY_MS = 50;

    private final long baseline;
    private final Thread sampler;
    private volatile long peak;

    private BenchHeap(long baseline) {
        this.baseline = baseline;
        this.peak = baseline;
        this.sampler = new Thread(this::sample, "bench-heap");
        this.sampler.setDaemon(true);
    }

    /**
     * Collects garbage, notes the heap in use as the baseline and starts sampling.
     *
     * @return the running sampler; never null
     */
    public static BenchHeap start() {
        System.gc();
        BenchHeap heap = new BenchHeap(used());
        heap.sampler.start();
        return heap;
    }

    /** Bytes in use across the heap memory pools now. */
    public static long used() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** The heap in use just before sampling started, after a garbage collection, in MiB. */
    public long baselineMb() {
        return baseline / MB;
    }

    /** The highest heap in use sampled so far (final once closed), in MiB. */
    public long peakMb() {
        return peak / MB;
    }

    /** The largest heap the JVM may use ({@code -Xmx}), in MiB. */
    public static long maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    /** Stops sampling, taking one last sample, and waits for the sampler to end. */
    @Override
    public void close() {
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        record();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            record();
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record() {
        peak = Math.max(peak, used());
    }
}

package dev.lekha.connectors.nic.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults a test queues to make the sandbox misbehave the way the real IRP does. Each queued fault applies
 * to the next {@code count} matching requests, in the order queued. Thread-safe.
 *
 * <ul>
 *   <li>{@link Kind#SERVER_ERROR}: answer HTTP 503 without processing the request;</li>
 *   <li>{@link Kind#TIMEOUT}: process the request normally (e.g. really register the IRN) but answer only
 *       after {@code delay}, so a client with a shorter timeout gives up: "timeout, then 2150 on resend".</li>
 * </ul>
 */
public final class IrpSandboxFaults {

    /** What a fault does. */
    public enum Kind { SERVER_ERROR, TIMEOUT }

    /**
     * One queued fault.
     *
     * @param kind      what it does, never null
     * @param count     how many requests it still applies to (positive)
     * @param operation the operation it is limited to (see {@link IrpSandbox} operation names), or null for any
     * @param delay     for TIMEOUT, how long to hold the answer; ignored for SERVER_ERROR
     */
    public record Fault(Kind kind, int count, String operation, Duration delay) {
        public Fault {
            Objects.requireNonNull(kind, "kind");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive, was " + count);
            }
            delay = delay == null ? Duration.ZERO : delay;
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
        }
    }

    private final List<Fault> queue = new ArrayList<>();

    /** Queues {@code fault}. */
    public void inject(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        synchronized (queue) {
            queue.add(fault);
        }
    }

    /** Queues {@code count} HTTP 503 answers for {@code operation} (null: any). */
    public void serverError(int count, String operation) {
        inject(new Fault(Kind.SERVER_ERROR, count, operation, Duration.ZERO));
    }

    /** Queues {@code count} answers held back by {@code delay} for {@code operation} (null: any). */
    public void timeout(int count, String operation, Duration delay) {
        inject(new Fault(Kind.TIMEOUT, count, operation, Objects.requireNonNull(delay, "delay")));
    }

    /** Forgets every queued fault. */
    public void clear() {
        synchronized (queue) {
            queue.clear();
        }
    }

    /** The faults still queued, with their remaining counts. */
    public List<Fault> pending() {
        synchronized (queue) {
            return List.copyOf(queue);
        }
    }

    /** Takes one use of the first fault matching {@code operation}; empty when none applies. */
    Optional<Fault> claim(String operation) {
        synchronized (queue) {
            for (Iterator<Fault> it = queue.iterator(); it.hasNext(); ) {
                Fault fault = it.next();
                if (fault.operation() == null || fault.operation().equals(operation)) {
                    int index = queue.indexOf(fault);
                    if (fault.count() == 1) {
                        it.remove();
                    } else {
                        queue.set(index, new Fault(fault.kind(), fault.count() - 1, fault.operation(), fault.delay()));
                    }
                    return Optional.of(fault);
                }
            }
            return Optional.empty();
        }
    }
}

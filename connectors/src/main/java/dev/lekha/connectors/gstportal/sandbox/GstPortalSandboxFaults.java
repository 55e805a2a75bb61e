package dev.lekha.connectors.gstportal.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults a test queues to make the sandbox misbehave as a real portal (or a tampering proxy) would; each applies
 * to the next {@code count} matching requests. Thread-safe.
 * <ul>
 *   <li>{@link Kind#SERVER_ERROR}: HTTP 503, the request not processed;</li>
 *   <li>{@link Kind#TIMEOUT}: processed, answered only after {@code delay};</li>
 *   <li>{@link Kind#TAMPER_RESPONSE}: processed, but the answer's {@code hmac} no longer matches its data.</li>
 * </ul>
 */
public final class GstPortalSandboxFaults {

    public enum Kind { SERVER_ERROR, TIMEOUT, TAMPER_RESPONSE }

    /**
     * @param kind      never null
     * @param count     positive
     * @param operation the operation (the request's action in lower case, e.g. {@code retsave}, {@code get2b},
     *                  {@code otprequest}), or null for any
     * @param delay     TIMEOUT only
     */
    public record Fault(Kind kind, int count, String operation, Duration delay) {
        public Fault {
            Objects.requireNonNull(kind, "kind");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive, was " + count);
            }
            delay = delay == null ? Duration.ZERO : delay;
        }
    }

    private final List<Fault> queue = new ArrayList<>();

    public void inject(Fault fault) {
        synchronized (queue) {
            queue.add(Objects.requireNonNull(fault, "fault"));
        }
    }

    public void serverError(int count, String operation) {
        inject(new Fault(Kind.SERVER_ERROR, count, operation, Duration.ZERO));
    }

    public void timeout(int count, String operation, Duration delay) {
        inject(new Fault(Kind.TIMEOUT, count, operation, delay));
    }

    public void tamperResponse(int count, String operation) {
        inject(new Fault(Kind.TAMPER_RESPONSE, count, operation, Duration.ZERO));
    }

    public void clear() {
        synchronized (queue) {
            queue.clear();
        }
    }

    public List<Fault> pending() {
        synchronized (queue) {
            return List.copyOf(queue);
        }
    }

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

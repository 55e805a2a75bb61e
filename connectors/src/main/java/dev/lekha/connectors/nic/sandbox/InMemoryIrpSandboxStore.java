package dev.lekha.connectors.nic.sandbox;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link IrpSandboxStore} in a concurrent map; for tests and throw-away demos. */
public class InMemoryIrpSandboxStore implements IrpSandboxStore {

    private final ConcurrentMap<String, RegisteredIrn> byIrn = new ConcurrentHashMap<>();

    @Override
    public Optional<RegisteredIrn> find(String irn) {
        return irn == null ? Optional.empty() : Optional.ofNullable(byIrn.get(irn));
    }

    @Override
    public RegisteredIrn putIfAbsent(RegisteredIrn registration) {
        Objects.requireNonNull(registration, "registration");
        return byIrn.putIfAbsent(registration.irn(), registration);
    }

    @Override
    public void replace(RegisteredIrn registration) {
        Objects.requireNonNull(registration, "registration");
        byIrn.put(registration.irn(), registration);
    }

    @Override
    public long maxAckNo() {
        return byIrn.values().stream().mapToLong(RegisteredIrn::ackNo).max().orElse(0);
    }

    @Override
    public long maxEwbNo() {
        return byIrn.values().stream().filter(r -> r.ewbNo() != null).mapToLong(RegisteredIrn::ewbNo).max().orElse(0);
    }
}

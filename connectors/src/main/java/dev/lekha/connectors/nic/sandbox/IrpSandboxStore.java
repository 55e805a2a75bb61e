package dev.lekha.connectors.nic.sandbox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the sandbox keeps registered IRNs. Implementations must be thread-safe and make
 * {@link #putIfAbsent} atomic: it is what turns two concurrent registrations of one document into one
 * IRN and one 2150 Duplicate IRN.
 */
public interface IrpSandboxStore {

    /** The registration of {@code irn}, or empty. */
    Optional<RegisteredIrn> find(String irn);

    /** Stores {@code registration} unless its IRN is known; returns the one already stored, or null. */
    RegisteredIrn putIfAbsent(RegisteredIrn registration);

    /** Replaces the stored registration of the same IRN (cancel, e-way bill). */
    void replace(RegisteredIrn registration);

    /** The highest acknowledgement number stored, 0 when empty: numbering continues after a restart. */
    long maxAckNo();

    /** The highest e-way bill number stored, 0 when none. */
    long maxEwbNo();

    /** A store that forgets everything when the JVM stops. */
    static IrpSandboxStore inMemory() {
        return new InMemoryIrpSandboxStore();
    }

    /** A store keeping one JSON file per IRN in {@code dir} (created if missing), loaded at start. */
    static IrpSandboxStore directory(Path dir) {
        return new DirectoryIrpSandboxStore(dir);
    }
}

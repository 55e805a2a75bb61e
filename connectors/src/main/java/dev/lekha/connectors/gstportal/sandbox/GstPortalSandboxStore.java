package dev.lekha.connectors.gstportal.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the sandbox portal keeps saved returns and the GSTR-2Bs it serves. Thread-safe.
 */
public interface GstPortalSandboxStore {

    Optional<SavedReturn> findReturn(String gstin, String returnType, String period);

    void putReturn(SavedReturn saved);

    /** The 2B files of {@code gstin} for {@code period} (one JSON document each, in file order), or empty. */
    Optional<List<String>> findGstr2b(String gstin, String period);

    /** Serves {@code files} (at least one 2B JSON document) as the 2B of {@code gstin} for {@code period}. */
    void putGstr2b(String gstin, String period, List<String> files);

    /** Every ARN issued so far (numbering continues after a restart). */
    List<String> arns();

    static GstPortalSandboxStore inMemory() {
        return new InMemoryGstPortalSandboxStore();
    }

    /**
     * Files under {@code dir}: {@code returns/<gstin>_<type>_<MMYYYY>.json}, and 2Bs as
     * {@code gstr2b/<gstin>_<MMYYYY>.json} or, split, {@code gstr2b/<gstin>_<MMYYYY>_<n>.json} (n from 1), which an
     * operator may also drop there by hand.
     */
    static GstPortalSandboxStore directory(Path dir) {
        return new DirectoryGstPortalSandboxStore(dir);
    }
}

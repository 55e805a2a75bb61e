package dev.lekha.connectors.gstportal.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@link GstPortalSandboxStore} in memory; for tests. */
final class InMemoryGstPortalSandboxStore implements GstPortalSandboxStore {

    private final ConcurrentMap<String, SavedReturn> returns = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, List<String>> gstr2b = new ConcurrentHashMap<>();

    @Override
    public Optional<SavedReturn> findReturn(String gstin, String returnType, String period) {
        return Optional.ofNullable(returns.get(gstin + "_" + returnType + "_" + period));
    }

    @Override
    public void putReturn(SavedReturn saved) {
        returns.put(saved.gstin() + "_" + saved.returnType() + "_" + saved.period(), saved);
    }

    @Override
    public Optional<List<String>> findGstr2b(String gstin, String period) {
        return Optional.ofNullable(gstr2b.get(gstin + "_" + period));
    }

    @Override
    public void putGstr2b(String gstin, String period, List<String> files) {
        if (Objects.requireNonNull(files, "files").isEmpty()) {
            throw new IllegalArgumentException("a GSTR-2B needs at least one file");
        }
        gstr2b.put(gstin + "_" + period, List.copyOf(files));
    }

    @Override
    public List<String> arns() {
        return returns.values().stream().map(SavedReturn::arn).filter(Objects::nonNull).toList();
    }
}

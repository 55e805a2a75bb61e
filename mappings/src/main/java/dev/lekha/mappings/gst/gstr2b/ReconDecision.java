package dev.lekha.mappings.gst.gstr2b;

import java.util.Objects;

/**
 * A person's decision about a pair, which every later run respects: a {@code MANUAL} pair is kept as a
 * manual match, an {@code ACCEPTED} pair is kept, a {@code REJECTED} pair is never proposed again.
 *
 * @param bookId   purchase invoice id
 * @param portalId GSTR-2B document id
 */
public record ReconDecision(Kind kind, long bookId, long portalId) {

    public enum Kind { MANUAL, ACCEPTED, REJECTED }

    public ReconDecision {
        Objects.requireNonNull(kind, "kind must not be null");
    }
}

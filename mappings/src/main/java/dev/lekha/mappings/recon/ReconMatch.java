package dev.lekha.mappings.recon;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the matcher decided for one line.
 *
 * @param allocations for a match, the items and how much of the line goes to each (summing to the line's
 *                    amount); for a suggestion, each candidate with the amount it would take
 * @param suggestion  true when a person must choose (ambiguous, or below the auto-confirm threshold)
 * @param confidence  0..1, see {@link BankReconciliation}
 */
public record ReconMatch(StatementLine line, ReconRule rule, BigDecimal confidence, boolean suggestion,
                         List<Allocation> allocations, String reason) {

    public ReconMatch {
        allocations = List.copyOf(allocations);
    }

    /** An amount of the line applied to an item. */
    public record Allocation(OpenItem item, BigDecimal amount) {
    }
}

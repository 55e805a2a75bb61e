package dev.lekha.mappings.gst.gstr2b;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the reconciliation: a book invoice and a 2B document paired, or one of them alone.
 *
 * @param book        the purchase invoice, null for {@link ReconOutcome#MISSING_IN_BOOKS}
 * @param portal      the 2B document, null for {@link ReconOutcome#MISSING_IN_2B}
 * @param rule        the rule that paired them, {@link ReconRule#NONE} when alone
 * @param reason      why they were paired, or why the lone document found no partner; never null
 * @param differences the fields that differ (empty for an exact match or a lone document)
 * @param decision    the person's decision that holds for this pair, or null when none
 */
public record ReconPair(ReconDocument book, ReconDocument portal, ReconOutcome outcome, ReconRule rule,
                        String reason, List<FieldDifference> differences, ReconDecision.Kind decision) {

    public ReconPair {
        differences = List.copyOf(differences);
    }

    /** The differences as one line: {@code taxable_value: books 1000.00, 2B 1100.00; igst: …}. */
    public String differencesText() {
        return differences.stream().map(FieldDifference::toString).collect(Collectors.joining("; "));
    }
}

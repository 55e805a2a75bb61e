package dev.lekha.domain.openitem;

import dev.lekha.domain.ledger.JournalEntry.Posting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Money applied to one open item, with the journal postings that record it (balanced; may be empty when
 * the ledger was already posted elsewhere).
 *
 * @param sourceType what moved the money: {@code BANK_LINE}, {@code RAZORPAY_PAYMENT}, {@code PAYMENT} ...
 * @param sourceId   its id in that source; with the item, the key that makes settling idempotent
 */
public record Settlement(long companyId, OpenItemType itemType, long itemId, BigDecimal amount, LocalDate settledOn,
                         String sourceType, String sourceId, String narration, List<Posting> postings) {

    public Settlement {
        Objects.requireNonNull(itemType, "itemType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settledOn, "settledOn");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a settlement's amount must be positive, was " + amount);
        }
        postings = postings == null ? List.of() : List.copyOf(postings);
    }
}

package dev.lekha.mappings.recon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank statement line as the matcher sees it.
 *
 * @param credit true for money in (CR), false for money out (DR)
 * @param utr    the UTR the importer extracted, or null
 */
public record StatementLine(long id, LocalDate valueDate, BigDecimal amount, boolean credit, String narration,
                            String bankReference, String utr) {

    public StatementLine {
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("line " + id + ": amount must be positive, was " + amount);
        }
    }
}

package dev.lekha.mappings.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One movement on the account, normalised from any format.
 *
 * @param sourceRow      the row (CSV/XLSX, 1-based as a spreadsheet shows it), line (MT940, 1-based) or entry
 *                       number (camt, 1-based) it came from, for error messages
 * @param valueDate      the value date; never null
 * @param bookingDate    the booking (entry / transaction) date; may be null
 * @param amount         positive, scale 2
 * @param direction      CR or DR
 * @param narration      the bank's text, lines joined; may be empty, never null
 * @param bankReference  cheque number, the bank's reference or end-to-end id; may be null
 * @param utr            the NEFT/RTGS UTR or IMPS/UPI RRN found in the narration or reference; may be null
 * @param runningBalance the balance after this line when the file gives it; may be null
 */
public record BankStatementLine(int sourceRow, LocalDate valueDate, LocalDate bookingDate, BigDecimal amount,
                                Direction direction, String narration, String bankReference, String utr,
                                BigDecimal runningBalance) {

    public BankStatementLine {
        Objects.requireNonNull(valueDate, "valueDate must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(direction, "direction must not be null");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        narration = narration == null ? "" : narration;
    }

    /** The amount with the sign of its effect on the balance. */
    public BigDecimal signedAmount() {
        return direction == Direction.CR ? amount : amount.negate();
    }
}

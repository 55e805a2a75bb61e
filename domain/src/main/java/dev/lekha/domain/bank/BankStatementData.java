package dev.lekha.domain.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A parsed, balance-checked statement ready to store (mappings' BankStatementFile in the domain's terms).
 *
 * @param format         MT940, CAMT053, HDFC_CSV, GENERIC_XLSX, ...
 * @param statementRef   the bank's statement reference; may be null
 * @param fileName       the dropped file's name
 * @param fileSha256     the file's SHA-256 (hex)
 * @param openingBalance null when the format has none (MT942, camt.054, tables without a balance column)
 * @param closingBalance null when the format has none
 * @param lines          the movements in file order, each with its line key
 */
public record BankStatementData(String format, String statementRef, String fileName, String fileSha256,
                                LocalDate fromDate, LocalDate toDate, BigDecimal openingBalance,
                                BigDecimal closingBalance, List<Line> lines) {

    public BankStatementData {
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(fileName, "fileName must not be null");
        Objects.requireNonNull(fileSha256, "fileSha256 must not be null");
        lines = List.copyOf(lines);
    }

    /**
     * One movement. {@code direction} is CR or DR, {@code amount} positive; {@code lineKey} identifies the
     * movement across overlapping statements (see mappings.bank.LineKeys).
     */
    public record Line(LocalDate valueDate, LocalDate bookingDate, BigDecimal amount, String direction,
                       String narration, String bankReference, String utr, BigDecimal runningBalance, String lineKey) {

        public Line {
            Objects.requireNonNull(valueDate, "valueDate must not be null");
            Objects.requireNonNull(amount, "amount must not be null");
            Objects.requireNonNull(lineKey, "lineKey must not be null");
            if (!"CR".equals(direction) && !"DR".equals(direction)) {
                throw new IllegalArgumentException("direction must be CR or DR, was " + direction);
            }
        }
    }
}

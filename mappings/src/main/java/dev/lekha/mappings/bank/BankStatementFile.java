package dev.lekha.mappings.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A bank statement read from a file, in one shape whatever the format.
 *
 * @param format         the format it was read from
 * @param layout         the CSV/XLSX layout; null for MT940/MT942/camt
 * @param accountId      the account as written in the file (MT940 :25:, camt Acct/Id, the CSV header's account
 *                       number); may be null when the file does not say
 * @param statementRef   MT940 :20:, camt Stmt/Id or Ntfctn/Id; may be null
 * @param currency       ISO currency when the file says; may be null
 * @param fromDate       first day covered (earliest line, else the closing balance date); may be null
 * @param toDate         last day covered (closing balance date or latest line); may be null
 * @param openingBalance balance before the first line (negative when overdrawn); null when the format has none (MT942, camt.054)
 * @param closingBalance balance after the last line; null when the format has none
 * @param lines          the movements in file order
 */
public record BankStatementFile(StatementFormat format, BankLayout layout, String accountId, String statementRef,
                                String currency, LocalDate fromDate, LocalDate toDate, BigDecimal openingBalance,
                                BigDecimal closingBalance, List<BankStatementLine> lines) {

    public BankStatementFile {
        Objects.requireNonNull(format, "format must not be null");
        lines = List.copyOf(lines);
    }

    /** {@code bank_statement.format}: MT940, CAMT053, ... or layout and format as HDFC_CSV, GENERIC_XLSX. */
    public String formatName() {
        return layout == null ? format.name() : layout.name() + "_" + format.name();
    }

    public BigDecimal credits() {
        return lines.stream().filter(l -> l.direction() == Direction.CR).map(BankStatementLine::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal debits() {
        return lines.stream().filter(l -> l.direction() == Direction.DR).map(BankStatementLine::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

package dev.lekha.domain.recon;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A bank statement line as reconciliation reads it; {@code direction} is CR (money in) or DR. */
public record BankLine(long id, long companyId, long bankAccountId, LocalDate valueDate, BigDecimal amount,
                       String direction, String narration, String bankReference, String utr, String reconStatus) {

    public boolean credit() {
        return "CR".equals(direction);
    }
}

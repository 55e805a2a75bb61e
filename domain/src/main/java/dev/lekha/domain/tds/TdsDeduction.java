package dev.lekha.domain.tds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * TDS on a vendor payment or credit as recorded: what was paid, the base taxed, rate, tax, and why it differs from
 * the normal (reasonCode A lower deduction, B no deduction, C higher rate for no PAN; null when normal).
 */
public record TdsDeduction(Long id, long companyId, String tan, Long partyId, String deducteePan,
                           String deducteeName, DeducteeKind deducteeKind, String sectionCode, String nature,
                           String paymentCode, LocalDate paymentDate, BigDecimal amountPaid, BigDecimal tdsBase,
                           BigDecimal ratePercent, BigDecimal tds, String reasonCode, String reason, Long challanId,
                           LocalDate deductionDate) {
}

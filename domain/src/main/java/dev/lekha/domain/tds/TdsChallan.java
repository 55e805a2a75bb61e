package dev.lekha.domain.tds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A challan of TDS deposited for a TAN: BSR code of the bank branch (7 digits), date of deposit, challan serial
 * (5 digits), the section or payment code deposited under, minor head (200 paid by deductor, 400 regular
 * assessment) and the amounts; total is their sum. formKind: SALARY (24Q/138) or NON_SALARY (26Q/140).
 */
public record TdsChallan(Long id, long companyId, String tan, String formKind, String bsrCode, LocalDate depositDate,
                         String challanSerial, String sectionCode, String minorHead, BigDecimal tax,
                         BigDecimal surcharge, BigDecimal cess, BigDecimal interest, BigDecimal fee,
                         BigDecimal others, BigDecimal total) {
}

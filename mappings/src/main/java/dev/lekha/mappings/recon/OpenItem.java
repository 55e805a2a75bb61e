package dev.lekha.mappings.recon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a bank line can pay: an open receivable or payable (its outstanding amount), a Razorpay
 * settlement (its settled amount) or a journal entry on the bank account (its bank-side amount).
 *
 * @param credit    true when it is expected as money in (receivables, settlements, bank debits)
 * @param number    document number, settlement id... (R1 looks for it in narrations); may be null
 * @param reference UTR or payment reference (settlement UTR, journal source id); may be null
 * @param party     party name, for R3/R4; may be null
 */
public record OpenItem(ReconTarget type, long id, boolean credit, LocalDate date, BigDecimal outstanding,
                       String number, String reference, String party) {

    public OpenItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outstanding, "outstanding");
    }
}

package dev.lekha.domain.payment;

import java.math.BigDecimal;

/**
 * An open purchase invoice to pay in a vendor batch, with the supplier's bank details (the vendor bank master is
 * not in Lekha yet).
 *
 * @param amount          null pays what is still open on the bill (outstanding less what other batches already carry)
 * @param beneficiaryName null uses the bill's supplier name
 * @param mode            null picks NEFT, or RTGS from its minimum up
 */
public record BillToPay(long purchaseInvoiceId, BigDecimal amount, String beneficiaryName, String accountNumber,
                        String ifsc, PaymentMode mode, String beneficiaryEmail) {
}

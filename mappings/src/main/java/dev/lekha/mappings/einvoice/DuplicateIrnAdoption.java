package dev.lekha.mappings.einvoice;

import dev.lekha.domain.invoice.SalesDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * After a timeout the retry of Generate IRN may be answered with error 2150 (duplicate IRN): the IRP
 * registered a document with our supplier GSTIN, type, number and financial year. It may be ours
 * (the timed-out request got through) or an earlier, different document with the same number. The
 * caller fetches the registered document and adopts its IRN only when it is ours, as this decides.
 *
 * <p>The comparison is on the buyer GSTIN (ignoring case; {@code URP} for exports) and the total
 * invoice value to the paisa. No tolerance: the IRP's ±1 tolerance is for the internal arithmetic of
 * one payload, while here the question is identity, and we always send our own total unchanged as
 * {@code TotInvVal}. A value one paisa off is therefore a different payload — an edited document —
 * and adopting it would pin to our document an IRN whose signed content differs from it.
 */
public final class DuplicateIrnAdoption {

    private DuplicateIrnAdoption() {
    }

    /**
     * @param adopt  true when the registered IRN is ours
     * @param reason why not, naming each differing field with both values; null when adopted
     */
    public record Decision(boolean adopt, String reason) {
    }

    /**
     * @param ours                        our document; must not be null
     * @param registeredBuyerGstin        {@code BuyerDtls.Gstin} of the registered document
     * @param registeredTotalInvoiceValue {@code ValDtls.TotInvVal} of the registered document
     */
    public static Decision decide(SalesDocument ours, String registeredBuyerGstin, BigDecimal registeredTotalInvoiceValue) {
        Objects.requireNonNull(ours, "ours must not be null");
        String ourGstin = ours.getSupplyType().isExport() || ours.getBuyerGstin() == null
                ? IrpInvoiceMapper.UNREGISTERED : ours.getBuyerGstin();
        List<String> differences = new ArrayList<>();
        if (registeredBuyerGstin == null || !ourGstin.equalsIgnoreCase(registeredBuyerGstin.trim())) {
            differences.add("buyer GSTIN: ours " + ourGstin + ", registered " + registeredBuyerGstin);
        }
        if (registeredTotalInvoiceValue == null || ours.getTotal().compareTo(registeredTotalInvoiceValue) != 0) {
            differences.add("total invoice value: ours " + ours.getTotal().toPlainString() + ", registered "
                    + (registeredTotalInvoiceValue == null ? null : registeredTotalInvoiceValue.toPlainString()));
        }
        if (differences.isEmpty()) {
            return new Decision(true, null);
        }
        return new Decision(false, ours.getDocumentType() + " " + ours.getDocumentNumber() + " of "
                + IrpInvoiceMapper.day(ours.getDocumentDate()) + " is already registered on the IRP with different"
                + " content (" + String.join("; ", differences) + "); not adopting that IRN: check which document"
                + " the IRP holds and renumber ours or cancel theirs");
    }
}

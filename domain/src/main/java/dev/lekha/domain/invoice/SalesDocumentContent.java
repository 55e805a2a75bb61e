package dev.lekha.domain.invoice;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of a document's content, independent of the channel it came by: everything except the
 * message id, with text trimmed, codes upper-cased and numbers compared by value ({@code 100} and
 * {@code 100.00} hash alike). Two sends of the same document give the same hash.
 */
final class SalesDocumentContent {

    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';

    private SalesDocumentContent() {
    }

    static String sha256(IncomingSalesDocument d) {
        StringBuilder s = new StringBuilder(512);
        code(s, d.documentType());
        text(s, d.documentNumber());
        s.append(d.documentDate()).append(FIELD);
        code(s, d.supplierGstin());
        code(s, d.supplyType());
        s.append(d.reverseCharge()).append(FIELD);
        code(s, d.placeOfSupply());
        s.append(RECORD);
        IncomingSalesDocument.Buyer b = d.buyer();
        if (b != null) {
            code(s, b.gstin());
            text(s, b.legalName());
            code(s, b.stateCode());
            text(s, b.address());
            text(s, b.pincode());
            text(s, b.email());
            text(s, b.phone());
        }
        s.append(RECORD);
        if (d.precedingDocument() != null) {
            text(s, d.precedingDocument().number());
            s.append(d.precedingDocument().date()).append(FIELD);
        }
        for (IncomingSalesDocument.Line l : d.lines()) {
            s.append(RECORD);
            if (l == null) {
                continue;
            }
            s.append(l.lineNo()).append(FIELD);
            text(s, l.description());
            code(s, l.hsn());
            s.append(l.service()).append(FIELD);
            number(s, l.quantity());
            code(s, l.uqc());
            number(s, l.unitPrice());
            number(s, l.discount());
            number(s, l.taxableValue());
            number(s, l.gstRate());
            number(s, l.igst());
            number(s, l.cgst());
            number(s, l.sgst());
            number(s, l.cess());
        }
        s.append(RECORD);
        // the other totals are sums of the lines (checked on intake), so sent or derived they hash alike
        IncomingSalesDocument.Totals t = d.totals();
        number(s, t == null ? null : t.otherCharges());
        number(s, t == null ? null : t.roundOff());
        // only when given, so documents without transport keep the hashes they were stored with
        IncomingSalesDocument.Transport tr = d.transport();
        if (tr != null) {
            s.append(RECORD);
            code(s, tr.transporterId());
            text(s, tr.transporterName());
            code(s, tr.mode());
            s.append(tr.distanceKm() == null ? 0 : tr.distanceKm()).append(FIELD);
            text(s, tr.documentNumber());
            s.append(tr.documentDate()).append(FIELD);
            code(s, tr.vehicleNumber());
            s.append(tr.overDimensionalCargo()).append(FIELD);
        }
        // likewise only when given: GST reporting details and non-taxable line categories
        IncomingSalesDocument.GstReporting g = d.gstReporting();
        if (g != null) {
            s.append(RECORD).append("gst").append(FIELD);
            code(s, g.ecommerceGstin());
            code(s, g.portCode());
            text(s, g.shippingBillNumber());
            s.append(g.shippingBillDate()).append(FIELD);
        }
        for (IncomingSalesDocument.Line l : d.lines()) {
            String category = l == null || l.taxCategory() == null ? "" : l.taxCategory().trim().toUpperCase(Locale.ROOT);
            if (!category.isEmpty() && !"TAXABLE".equals(category)) {
                s.append(RECORD).append(l.lineNo()).append(FIELD).append(category).append(FIELD);
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static void text(StringBuilder s, String v) {
        s.append(v == null ? "" : v.trim()).append(FIELD);
    }

    private static void code(StringBuilder s, String v) {
        s.append(v == null ? "" : v.trim().toUpperCase(Locale.ROOT)).append(FIELD);
    }

    private static void number(StringBuilder s, BigDecimal v) {
        s.append(v == null || v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString()).append(FIELD);
    }
}

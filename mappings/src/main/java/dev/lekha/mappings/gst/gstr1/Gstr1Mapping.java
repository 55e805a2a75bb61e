package dev.lekha.mappings.gst.gstr1;

import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2bInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2clInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.ExportInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnTable;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Item;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Note;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Original;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.UnregisteredNote;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a sales document goes in GSTR-1 and what its row looks like (pure functions; the statutory numbers come
 * in {@link Gstr1Rules}).
 *
 * <ul>
 *   <li>B2B, SEZ with/without payment and deemed exports go to b2b with {@code inv_typ} R / SEWP / SEWOP / DE
 *       (GSTR-1 tables 4A, 6B, 6C);</li>
 *   <li>to an unregistered person: b2cl when inter-state and the invoice value is ABOVE the threshold in force on
 *       the invoice date (rule 59(4)(a)(ii) CGST Rules; Rs 1,00,000 from 1 Aug 2024 by Notification 12/2024-Central
 *       Tax, Rs 2,50,000 before), else b2cs (table 7; intra-state is always b2cs);</li>
 *   <li>exports go to exp with {@code exp_typ} WPAY / WOPAY (table 6A);</li>
 *   <li>credit/debit notes: cdnr to registered persons; cdnur {@code typ} EXPWP/EXPWOP for exports and B2CL when the
 *       note adjusts an inter-state B2C invoice above the threshold; any other B2C note nets into b2cs (table 9B);</li>
 *   <li>nil-rated, exempt and non-GST lines go to nil (table 8) only; a document without taxable lines appears in
 *       no invoice section;</li>
 *   <li>items are rate-wise: the portal accepts one item per rate in an invoice, so lines are summed by rate.</li>
 * </ul>
 * Sources: CGST Rules rule 59(4); GSTR-1 table layout of Form GSTR-1 (Notification 71/2019-Central Tax); the
 * section mapping of resilient-tech/india-compliance {@code gst_india/utils/gstr_1/__init__.py} and
 * {@code sections/*.py} (B2C limit by date, HSN description limit 30, UQC NA for services).
 */
public final class Gstr1Mapping {

    /** The portal's limit on an HSN summary description. */
    public static final int HSN_DESCRIPTION_LIMIT = 30;

    private Gstr1Mapping() {
    }

    /**
     * The section a document of the period is reported in.
     *
     * @param supplierState the supplier GSTIN's state code (two digits)
     */
    public static Gstr1Section classify(Gstr1Document doc, String supplierState, Gstr1Rules rules) {
        if (doc.cancelled() || !doc.hasTaxableLines()) {
            return Gstr1Section.NONE;
        }
        SupplyType type = doc.supplyType();
        if (doc.isNote()) {
            if (type.requiresBuyerGstin()) {
                return Gstr1Section.CDNR;
            }
            if (type.isExport()) {
                return Gstr1Section.CDNUR;
            }
            BigDecimal invoiceValue = doc.originalInvoiceValue() != null ? doc.originalInvoiceValue() : doc.value();
            return interState(doc, supplierState) && invoiceValue.compareTo(rules.b2clThreshold(
                    doc.date())) > 0 ? Gstr1Section.CDNUR : Gstr1Section.B2CS;
        }
        if (type.requiresBuyerGstin()) {
            return Gstr1Section.B2B;
        }
        if (type.isExport()) {
            return Gstr1Section.EXP;
        }
        return interState(doc, supplierState) && doc.value().compareTo(rules.b2clThreshold(doc.date())) > 0
                ? Gstr1Section.B2CL : Gstr1Section.B2CS;
    }

    /** Inter-state: place of supply outside the supplier's state; exports and SEZ supplies always (IGST Act s.7(5)). */
    public static boolean interState(Gstr1Document doc, String supplierState) {
        SupplyType t = doc.supplyType();
        return t.isExport() || t.isSez() || !supplierState.equals(doc.placeOfSupply());
    }

    /** {@code inv_typ}: R, SEWP, SEWOP or DE. */
    public static String invoiceType(SupplyType type) {
        return switch (type) {
            case SEZWP -> "SEWP";
            case SEZWOP -> "SEWOP";
            case DEXP -> "DE";
            default -> "R";
        };
    }

    /** True for a recipient with a GSTIN (B2B, SEZ, deemed export): hsn_b2b and the nil {@code *B2B} rows. */
    public static boolean registeredRecipient(Gstr1Document doc) {
        return doc.supplyType().requiresBuyerGstin();
    }

    /** b2cs {@code sply_ty} / at {@code sply_ty}: INTER or INTRA. */
    public static String supplyKind(boolean interState) {
        return interState ? "INTER" : "INTRA";
    }

    /** The nil {@code sply_ty}: INTRB2B, INTRAB2B, INTRB2C or INTRAB2C. */
    public static String nilSupplyType(Gstr1Document doc, String supplierState) {
        return (interState(doc, supplierState) ? "INTR" : "INTRA") + (registeredRecipient(doc) ? "B2B" : "B2C");
    }

    /** b2cs {@code typ}: E when supplied through an e-commerce operator, OE otherwise. */
    public static String b2csType(String ecommerceGstin) {
        return ecommerceGstin == null || ecommerceGstin.isBlank() ? "OE" : "E";
    }

    /** The HSN table a document's lines are summarised in for the period. */
    public static HsnTable hsnTable(Gstr1Document doc, boolean split) {
        return !split ? HsnTable.DATA : registeredRecipient(doc) ? HsnTable.B2B : HsnTable.B2C;
    }

    /** The HSN summary's UQC: {@code NA} for services. */
    public static String hsnUqc(boolean service, String uqc) {
        return service || uqc == null || uqc.isBlank() ? "NA" : uqc;
    }

    /** An HSN description cut to the portal's 30 characters. */
    public static String hsnDescription(String description) {
        String d = description == null ? "" : description.strip();
        return d.length() <= HSN_DESCRIPTION_LIMIT ? d : d.substring(0, HSN_DESCRIPTION_LIMIT).stripTrailing();
    }

    /**
     * The document's taxable lines summed by rate (ascending), numbered from 1. A cancelled document (reported as an
     * amendment to nil) keeps its rates with zero amounts.
     */
    public static List<Item> items(Gstr1Document doc) {
        Map<BigDecimal, Gstr1Amounts> byRate = new TreeMap<>();
        for (Gstr1Line line : doc.lines()) {
            if (line.category() == TaxCategory.TAXABLE) {
                Gstr1Amounts a = doc.cancelled() ? Gstr1Amounts.ZERO : line.amounts();
                byRate.merge(Gstr1Amounts.money(line.rate()), a, Gstr1Amounts::plus);
            }
        }
        List<Item> items = new ArrayList<>();
        int num = 1;
        for (var e : byRate.entrySet()) {
            items.add(new Item(num++, e.getKey(), e.getValue()));
        }
        return items;
    }

    /** The document's taxable amounts (sum of its TAXABLE lines), not signed. */
    public static Gstr1Amounts taxableAmounts(Gstr1Document doc) {
        return doc.lines().stream().filter(l -> l.category() == TaxCategory.TAXABLE).map(Gstr1Line::amounts)
                .reduce(Gstr1Amounts.ZERO, Gstr1Amounts::plus);
    }

    /**
     * Writes one document of an invoice-wise section (b2b, b2cl, cdnr, cdnur, exp or, for a document with
     * {@link Gstr1Document#reported()}, its amendment) to {@code sink}. B2CS documents are summarised by the caller
     * and NONE documents not written: for those this does nothing and returns false.
     */
    public static boolean write(Gstr1Document doc, Gstr1Section section, String supplierState, Gstr1Sink sink) {
        Gstr1Document.Reported reported = doc.reported();
        Original original = reported == null ? null : new Original(reported.number(), reported.date());
        boolean amend = reported != null;
        BigDecimal value = doc.cancelled() ? BigDecimal.ZERO : doc.value();
        List<Item> items = items(doc);
        switch (section) {
            case B2B -> {
                var inv = new B2bInvoice(doc.buyerGstin(), original, doc.number(), doc.date(), value,
                        doc.placeOfSupply(), doc.reverseCharge(), blankToNull(doc.ecommerceGstin()),
                        invoiceType(doc.supplyType()), items, null);
                if (amend) {
                    sink.b2ba(inv);
                } else {
                    sink.b2b(inv);
                }
            }
            case B2CL -> {
                var inv = new B2clInvoice(doc.placeOfSupply(), original, doc.number(), doc.date(), value,
                        blankToNull(doc.ecommerceGstin()), items, null);
                if (amend) {
                    sink.b2cla(inv);
                } else {
                    sink.b2cl(inv);
                }
            }
            case CDNR -> {
                var note = new Note(doc.buyerGstin(), original, doc.isCreditNote() ? "C" : "D", doc.number(),
                        doc.date(), value, doc.placeOfSupply(), doc.reverseCharge(), invoiceType(doc.supplyType()),
                        items, null);
                if (amend) {
                    sink.cdnra(note);
                } else {
                    sink.cdnr(note);
                }
            }
            case CDNUR -> {
                String typ = doc.supplyType().isExport() ? doc.supplyType().name() : "B2CL";
                var note = new UnregisteredNote(typ, original, doc.isCreditNote() ? "C" : "D", doc.number(),
                        doc.date(), value, "B2CL".equals(typ) ? doc.placeOfSupply() : null, items, null);
                if (amend) {
                    sink.cdnura(note);
                } else {
                    sink.cdnur(note);
                }
            }
            case EXP -> {
                var inv = new ExportInvoice(exportType(doc.supplyType()), original, doc.number(), doc.date(), value,
                        blankToNull(doc.portCode()), blankToNull(doc.shippingBillNumber()), doc.shippingBillDate(),
                        items, null);
                if (amend) {
                    sink.expa(inv);
                } else {
                    sink.exp(inv);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code exp_typ}: WPAY for exports with payment of IGST, WOPAY under bond/LUT. */
    public static String exportType(SupplyType type) {
        return type == SupplyType.EXPWP ? "WPAY" : "WOPAY";
    }

    /** The supplier's state code from its GSTIN. */
    public static String stateOf(String gstin) {
        return StateCode.of(gstin.substring(0, 2)).code();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package dev.lekha.mappings.gst.gstr1;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks documents and section totals against what the GST portal accepts, collecting EVERY problem rather than
 * stopping at the first (the caller refuses the whole file if the list is not empty).
 *
 * <p>Rules checked, each from the GSTR-1 offline tool / portal validations: GSTINs (recipient, e-commerce operator)
 * of the right shape with a valid check character ({@link Gstin}); recipient GSTIN present for b2b/SEZ/deemed
 * exports and not the supplier's own; place of supply a GST state code, {@code 96} exactly for exports; document
 * number at most 16 characters of letters, digits, {@code /} and {@code -} (CGST rule 46(b)) and not all zeros;
 * document dated on or before the period's last day; rates in force on the document date (GST_RATE data);
 * nil/exempt/non-GST lines at rate 0; IGST only for inter-state, CGST = SGST only for intra-state; export of goods
 * with a 6-character port code and a shipping bill number of 3-7 digits and date; HSN of at least 4 or 6 digits by
 * AATO (Notification 78/2020-Central Tax), SAC starting 99 for services; section totals equal to the books.
 */
public final class Gstr1Validator {

    private static final Pattern DOC_NUMBER = Pattern.compile("[A-Za-z0-9/-]{1,16}");
    private static final Pattern ALL_ZEROS = Pattern.compile("[0/-]+");
    private static final Pattern PORT_CODE = Pattern.compile("[A-Z0-9]{6}");
    private static final Pattern SHIPPING_BILL = Pattern.compile("[0-9]{3,7}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private Gstr1Validator() {
    }

    /**
     * Every problem of one document reported in {@code period} by {@code supplierGstin}; empty when fine. A cancelled
     * document of the period is checked for its number only (it is reported in doc_issue alone); a cancelled
     * amendment is checked in full (it is reported, amended to zero).
     */
    public static List<Gstr1Problem> validate(Gstr1Document doc, String supplierGstin, GstReturnPeriod period,
                                              Gstr1Rules rules) {
        List<Gstr1Problem> p = new ArrayList<>();
        String no = doc.number();
        if (!DOC_NUMBER.matcher(no).matches() || ALL_ZEROS.matcher(no).matches()) {
            p.add(new Gstr1Problem(no, null, doc.isNote() ? "nt_num" : "inum", "'" + no
                    + "' is not a document number the portal accepts: at most 16 letters, digits, '/' or '-', not all zeros"));
        }
        if (doc.cancelled() && doc.reported() == null) {
            // a cancelled document reaches the portal only as a number in doc_issue
            return p;
        }
        if (doc.date().isAfter(period.lastDay())) {
            p.add(new Gstr1Problem(no, null, doc.isNote() ? "nt_dt" : "idt", "dated " + doc.date()
                    + ", after the last day of return period " + period + ": report it in its own period"));
        }
        SupplyType type = doc.supplyType();
        if (type == null) {
            p.add(new Gstr1Problem(no, null, "inv_typ", "the supply type is missing or not one of "
                    + "B2B, B2C, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP"));
            return p;
        }
        if (type.requiresBuyerGstin()) {
            if (doc.buyerGstin() == null || doc.buyerGstin().isBlank()) {
                p.add(new Gstr1Problem(no, null, "ctin", type + " supply without the recipient's GSTIN: add it, or"
                        + " mark the document B2C"));
            } else if (!Gstin.isValid(doc.buyerGstin(), rules.sandbox())) {
                p.add(new Gstr1Problem(no, null, "ctin", "recipient GSTIN '" + doc.buyerGstin() + "' is invalid: "
                        + reason(doc.buyerGstin(), rules.sandbox())));
            } else if (doc.buyerGstin().equalsIgnoreCase(supplierGstin)) {
                p.add(new Gstr1Problem(no, null, "ctin", "recipient GSTIN is the supplier's own GSTIN"));
            }
        }
        if (doc.ecommerceGstin() != null && !doc.ecommerceGstin().isBlank()
                && !Gstin.isValid(doc.ecommerceGstin(), rules.sandbox())) {
            p.add(new Gstr1Problem(no, null, "etin", "e-commerce operator GSTIN '" + doc.ecommerceGstin()
                    + "' is invalid: " + reason(doc.ecommerceGstin(), rules.sandbox())));
        }
        String pos = doc.placeOfSupply();
        if (StateCode.tryOf(pos).isEmpty()) {
            p.add(new Gstr1Problem(no, null, "pos", "place of supply '" + pos
                    + "' is not a GST state code (01-38, 97; 96 for exports)"));
        } else if (type.isExport() != StateCode.FOREIGN.equals(pos)) {
            p.add(new Gstr1Problem(no, null, "pos", type.isExport()
                    ? "an export's place of supply must be 96 (foreign country), not " + pos
                    : "place of supply 96 (foreign country) is only for exports; this is a " + type + " supply"));
        }
        boolean inter = Gstr1Mapping.interState(doc, Gstr1Mapping.stateOf(supplierGstin));
        boolean goods = false;
        for (Gstr1Line line : doc.lines()) {
            goods |= !line.service();
            checkLine(doc, line, inter, rules, p);
        }
        if (type.isExport() && goods && !doc.cancelled()) {
            if (doc.portCode() == null || !PORT_CODE.matcher(doc.portCode()).matches()) {
                p.add(new Gstr1Problem(no, null, "sbpcode", "export of goods needs the 6-character port code, got '"
                        + doc.portCode() + "'"));
            }
            if (doc.shippingBillNumber() == null || !SHIPPING_BILL.matcher(doc.shippingBillNumber()).matches()) {
                p.add(new Gstr1Problem(no, null, "sbnum", "export of goods needs the shipping bill number (3 to 7"
                        + " digits), got '" + doc.shippingBillNumber() + "'"));
            }
            if (doc.shippingBillDate() == null) {
                p.add(new Gstr1Problem(no, null, "sbdt", "export of goods needs the shipping bill date"));
            } else if (doc.shippingBillDate().isBefore(doc.date())) {
                p.add(new Gstr1Problem(no, null, "sbdt", "shipping bill date " + doc.shippingBillDate()
                        + " is before the invoice date " + doc.date()));
            }
        }
        return p;
    }

    private static void checkLine(Gstr1Document doc, Gstr1Line line, boolean inter, Gstr1Rules rules,
                                  List<Gstr1Problem> p) {
        String no = doc.number();
        int n = line.lineNo();
        if (line.category() == TaxCategory.TAXABLE) {
            if (!rules.rateAllowed(line.rate(), doc.date())) {
                p.add(new Gstr1Problem(no, n, "rt", "rate " + line.rate().stripTrailingZeros().toPlainString()
                        + "% is not a GST rate in force on " + doc.date()));
            }
        } else if (line.rate().signum() != 0 || line.amounts().tax().signum() != 0) {
            p.add(new Gstr1Problem(no, n, "rt", line.category() + " line carries rate " + line.rate()
                    .stripTrailingZeros().toPlainString() + "% or tax: nil-rated, exempt and non-GST lines have none"));
        }
        Gstr1Amounts a = line.amounts();
        if (inter && (a.cgst().signum() != 0 || a.sgst().signum() != 0)) {
            p.add(new Gstr1Problem(no, n, "camt", "inter-state supply charged CGST/SGST (" + a.cgst() + "/"
                    + a.sgst() + "): charge IGST"));
        }
        if (!inter && (a.igst().signum() != 0 || a.cgst().compareTo(a.sgst()) != 0)) {
            p.add(new Gstr1Problem(no, n, "iamt", "intra-state supply must have CGST = SGST and no IGST, has IGST "
                    + a.igst() + ", CGST " + a.cgst() + ", SGST " + a.sgst()));
        }
        String hsn = line.hsn();
        if (hsn == null || !DIGITS.matcher(hsn).matches() || hsn.length() > 8) {
            p.add(new Gstr1Problem(no, n, "hsn_sc", "HSN/SAC '" + hsn + "' is not 4 to 8 digits"));
        } else if (hsn.length() < rules.hsnMinDigits()) {
            p.add(new Gstr1Problem(no, n, "hsn_sc", "HSN/SAC '" + hsn + "' has " + hsn.length()
                    + " digits; at this turnover at least " + rules.hsnMinDigits() + " are required"));
        } else if (line.service() && !hsn.startsWith("99")) {
            p.add(new Gstr1Problem(no, n, "hsn_sc", "service line with '" + hsn + "': a SAC starts with 99"));
        }
    }

    /** Every problem of an advance (table 11): place of supply and rate. */
    public static List<Gstr1Problem> validate(Gstr1Advance advance, Gstr1Rules rules) {
        List<Gstr1Problem> p = new ArrayList<>();
        String ref = (advance.adjusted() ? "txpd " : "at ") + advance.reference();
        if (StateCode.tryOf(advance.placeOfSupply()).isEmpty() || StateCode.FOREIGN.equals(advance.placeOfSupply())) {
            p.add(new Gstr1Problem(ref, null, "pos", "place of supply '" + advance.placeOfSupply()
                    + "' is not a GST state code"));
        }
        if (!rules.rateAllowed(advance.rate(), advance.date())) {
            p.add(new Gstr1Problem(ref, null, "rt", "rate " + advance.rate().stripTrailingZeros().toPlainString()
                    + "% is not a GST rate in force on " + advance.date()));
        }
        return p;
    }

    /**
     * One problem per section whose reported totals differ from the books (taxable value or any tax head), naming
     * the difference. Both maps are keyed by section name; a section missing from one side counts as zero.
     */
    public static List<Gstr1Problem> tieToBooks(Map<String, Gstr1Amounts> reported, Map<String, Gstr1Amounts> books) {
        List<Gstr1Problem> p = new ArrayList<>();
        TreeSet<String> sections = new TreeSet<>(books.keySet());
        sections.addAll(reported.keySet());
        sections.removeAll(Gstr1Totals.AMENDMENTS);
        for (String s : sections) {
            Gstr1Amounts r = reported.getOrDefault(s, Gstr1Amounts.ZERO);
            Gstr1Amounts b = books.getOrDefault(s, Gstr1Amounts.ZERO);
            Gstr1Amounts d = r.minus(b);
            if (!d.isZero()) {
                p.add(new Gstr1Problem(s, null, "txval", "section total " + describe(r) + " differs from the books "
                        + describe(b) + " by " + describe(d)));
            }
        }
        return p;
    }

    private static String describe(Gstr1Amounts a) {
        return "(taxable " + a.taxable() + ", IGST " + a.igst() + ", CGST " + a.cgst() + ", SGST " + a.sgst()
                + ", cess " + a.cess() + ")";
    }

    private static String reason(String gstin, boolean sandbox) {
        try {
            Gstin.of(gstin, sandbox);
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}

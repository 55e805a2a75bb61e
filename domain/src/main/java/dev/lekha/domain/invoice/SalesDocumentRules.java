package dev.lekha.domain.invoice;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.GstAmounts;
import dev.lekha.domain.gst.GstTaxRule;
import dev.lekha.domain.gst.GstTaxRule.DocumentTax;
import dev.lekha.domain.gst.GstTaxRule.TaxableLine;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxJurisdiction;
import dev.lekha.domain.invoice.IncomingSalesDocument.Line;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.domain.invoice.InvalidSalesDocumentException.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The checks a sales document must pass before it is stored, collecting every problem rather than
 * stopping at the first. Pure: the company's sandbox flag, the supplier's state, today's date and the
 * GST rates in force come in through {@link Context}.
 *
 * <p>Field names follow the JSON ({@code lines[2].cgst} is the third line in the array, 0-based);
 * each problem also carries the line's own {@code lineNo}.
 *
 * <p>Amounts: a line's taxable value must equal {@code round(quantity × unitPrice) − discount} to the
 * paisa. Its taxes are recomputed with {@link GstTaxRule#documentTax}; a tax head the supply does not
 * bear (IGST on an intra-state supply, CGST/SGST on an inter-state one, any tax on a supply
 * "without payment") must be exactly zero, and the heads it does bear must be within one paisa of the
 * recomputed amount, because an ERP that rounds per line differs from the document-level allocation
 * by at most a paisa per line. Totals, when sent, must be the exact sums of the lines.
 */
final class SalesDocumentRules {

    /** IRP rule for {@code DocDtls.No}: 1-16 of letters, digits, '/' and '-', not starting with 0, '/' or '-'. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z1-9][A-Za-z0-9/-]{0,15}");
    static final Set<String> TRANSPORT_MODES = Set.of("ROAD", "RAIL", "AIR", "SHIP");
    /** The e-way bill system's longest distance. */
    static final int MAX_EWB_DISTANCE_KM = 4000;
    private static final Pattern TRANSPORTER_ID = Pattern.compile("[0-9]{2}[0-9A-Z]{13}");
    private static final Pattern VEHICLE_NUMBER = Pattern.compile("[A-Z0-9]{7,15}");
    private static final Pattern HSN = Pattern.compile("[0-9]{4}|[0-9]{6}|[0-9]{8}");
    private static final Pattern UQC = Pattern.compile("[A-Z]{3}");
    private static final Set<String> TAX_CATEGORIES = Set.of("TAXABLE", "NIL", "EXEMPT", "NON_GST");
    /** Port codes of the Customs EDI (ICEGATE) list: six characters such as INBOM1, INMAA1, INDEL4. */
    private static final Pattern PORT_CODE = Pattern.compile("[A-Z0-9]{6}");
    /** GSTR-1 table 6A accepts a shipping bill number of 3 to 7 digits. */
    private static final Pattern SHIPPING_BILL = Pattern.compile("[0-9]{3,7}");
    private static final LocalDate GST_START = LocalDate.of(2017, 7, 1);
    private static final BigDecimal PAISA = new BigDecimal("0.01");
    private static final BigDecimal ONE_RUPEE = BigDecimal.ONE;
    static final String UNREGISTERED_EXPORT_BUYER = "URP";

    private SalesDocumentRules() {
    }

    /**
     * What the checks need to know beyond the document.
     *
     * @param sandbox       the company accepts NIC sandbox GSTINs
     * @param supplierState the state of the issuing registration; null when the registration is unknown
     * @param today         today in Asia/Kolkata
     * @param gstRateOn     whether a rate (percent) is a GST rate on a date
     * @param ratesHint     the rates in force, for messages (e.g. {@code 0, 5, 18, 40})
     */
    record Context(boolean sandbox, StateCode supplierState, String supplierGstin, LocalDate today,
                   BiPredicate<BigDecimal, LocalDate> gstRateOn, String ratesHint) {
    }

    /** Every problem of the document; empty when it may be stored. */
    static List<Problem> check(IncomingSalesDocument doc, Context ctx) {
        Checker c = new Checker(doc, ctx);
        c.run();
        return c.problems;
    }

    private static final class Checker {
        private final IncomingSalesDocument doc;
        private final Context ctx;
        private final List<Problem> problems = new ArrayList<>();
        private final String number;
        private DocumentType type;
        private SupplyType supplyType;
        private StateCode placeOfSupply;
        private boolean dateOk;

        Checker(IncomingSalesDocument doc, Context ctx) {
            this.doc = doc;
            this.ctx = ctx;
            this.number = blankToNull(doc.documentNumber());
        }

        void run() {
            header();
            buyer();
            preceding();
            transport();
            gstReporting();
            List<Line> lines = doc.lines();
            if (lines.isEmpty()) {
                add(null, "lines", "a document needs at least one line");
                return;
            }
            boolean linesOk = lineFields(lines);
            if (linesOk) {
                taxes(lines);
            }
            totals(lines);
        }

        private void header() {
            String t = doc.documentType();
            if (blank(t)) {
                add(null, "documentType", "missing: use INV (invoice), CRN (credit note) or DBN (debit note)");
            } else {
                type = DocumentType.fromCode(t.trim()).orElse(null);
                if (type == null) {
                    add(null, "documentType", "'" + t + "' is not a document type: use INV, CRN or DBN");
                }
            }
            if (number == null) {
                add(null, "documentNumber", "missing: give the document number (1-16 letters, digits, '/' or '-')");
            } else if (!DOCUMENT_NUMBER.matcher(number).matches()) {
                add(null, "documentNumber", "'" + number + "' must be 1-16 letters, digits, '/' or '-' and must not"
                        + " start with 0, '/' or '-' (IRP rule for document numbers)");
            }
            LocalDate date = doc.documentDate();
            if (date == null) {
                add(null, "documentDate", "missing: give the document date as YYYY-MM-DD");
            } else if (date.isAfter(ctx.today())) {
                add(null, "documentDate", date + " is in the future (today is " + ctx.today()
                        + " in Asia/Kolkata); a document cannot be dated after the day it is received");
            } else if (date.isBefore(GST_START)) {
                add(null, "documentDate", date + " is before GST began on 2017-07-01");
            } else {
                dateOk = true;
            }
            String st = doc.supplyType();
            if (blank(st)) {
                add(null, "supplyType", "missing: use B2B, B2C, SEZWP, SEZWOP, EXPWP, EXPWOP or DEXP");
            } else {
                supplyType = SupplyType.fromCode(st.trim()).orElse(null);
                if (supplyType == null) {
                    add(null, "supplyType", "'" + st + "' is not a supply type: use B2B, B2C, SEZWP, SEZWOP, EXPWP,"
                            + " EXPWOP or DEXP");
                }
            }
            String pos = doc.placeOfSupply();
            if (blank(pos)) {
                add(null, "placeOfSupply", "missing: give the two-digit state code of the place of supply (96 for exports)");
            } else {
                placeOfSupply = StateCode.tryOf(pos.trim()).orElse(null);
                if (placeOfSupply == null) {
                    add(null, "placeOfSupply", "'" + pos + "' is not a GST state code (01-38, 96, 97, 99)");
                } else if (supplyType != null && supplyType.isExport() && !placeOfSupply.isForeign()) {
                    add(null, "placeOfSupply", "is " + placeOfSupply + " but an export (" + supplyType
                            + ") has place of supply 96 (foreign country)");
                    placeOfSupply = null;
                } else if (supplyType != null && !supplyType.isExport() && placeOfSupply.isForeign()) {
                    add(null, "placeOfSupply", "96 (foreign country) is only for exports (EXPWP, EXPWOP), not "
                            + supplyType);
                    placeOfSupply = null;
                }
            }
        }

        private void buyer() {
            IncomingSalesDocument.Buyer buyer = doc.buyer();
            String gstin = buyer == null ? null : blankToNull(buyer.gstin());
            if (supplyType == null) {
                return;
            }
            if (supplyType.requiresBuyerGstin()) {
                if (buyer == null || gstin == null) {
                    add(null, "buyer.gstin", "missing: a " + supplyType + " document needs the buyer's GSTIN"
                            + " (use B2C for unregistered buyers)");
                } else {
                    checkBuyerGstin(gstin, buyer.stateCode());
                }
                if (buyer != null && blank(buyer.legalName())) {
                    add(null, "buyer.legalName", "missing: a " + supplyType + " document needs the buyer's legal name");
                }
            } else if (supplyType.isExport()) {
                if (gstin != null && !UNREGISTERED_EXPORT_BUYER.equalsIgnoreCase(gstin)) {
                    add(null, "buyer.gstin", "'" + gstin + "': a foreign buyer has no GSTIN; leave it empty or use URP");
                }
                if (buyer != null && !blank(buyer.stateCode()) && !StateCode.FOREIGN.equals(buyer.stateCode().trim())) {
                    add(null, "buyer.stateCode", "'" + buyer.stateCode() + "': a foreign buyer's state code is 96");
                }
                if (buyer == null || blank(buyer.legalName())) {
                    add(null, "buyer.legalName", "missing: an export document needs the buyer's name");
                }
            } else {
                if (gstin != null) {
                    add(null, "buyer.gstin", "'" + gstin + "' given on a B2C document: a buyer with a GSTIN is B2B;"
                            + " change supplyType to B2B or leave the GSTIN out");
                }
                if (buyer != null && !blank(buyer.stateCode()) && StateCode.tryOf(buyer.stateCode().trim()).isEmpty()) {
                    add(null, "buyer.stateCode", "'" + buyer.stateCode() + "' is not a GST state code (01-38, 96, 97, 99)");
                }
            }
        }

        private void checkBuyerGstin(String gstin, String stateCode) {
            try {
                Gstin parsed = Gstin.of(gstin, ctx.sandbox());
                if (parsed.value().equals(ctx.supplierGstin())) {
                    add(null, "buyer.gstin", "'" + gstin + "' is the supplier's own GSTIN");
                }
                if (!blank(stateCode) && !parsed.stateCode().code().equals(stateCode.trim())) {
                    add(null, "buyer.stateCode", "'" + stateCode + "' differs from the state of the buyer's GSTIN ("
                            + parsed.stateCode() + ")");
                }
            } catch (InvalidGstValueException e) {
                add(null, "buyer.gstin", e.getMessage());
            }
        }

        private void preceding() {
            if (type == null || !type.isNote()) {
                return;
            }
            IncomingSalesDocument.PrecedingDocument p = doc.precedingDocument();
            if (p == null || blank(p.number())) {
                add(null, "precedingDocument.number", "missing: a " + type + " must name the invoice it adjusts");
            }
            if (p == null || p.date() == null) {
                add(null, "precedingDocument.date", "missing: give the date of the invoice this " + type + " adjusts");
            } else if (doc.documentDate() != null && p.date().isAfter(doc.documentDate())) {
                add(null, "precedingDocument.date", p.date() + " is after the " + type + "'s own date "
                        + doc.documentDate());
            }
        }

        /** The e-way bill's transport block: mode, distance and the identifiers each mode needs (EWB rules). */
        private void transport() {
            IncomingSalesDocument.Transport t = doc.transport();
            if (t == null) {
                return;
            }
            String mode = blankToNull(t.mode());
            if (mode != null && !TRANSPORT_MODES.contains(mode.toUpperCase(Locale.ROOT))) {
                add(null, "transport.mode", "'" + mode + "' is not a mode of transport: use ROAD, RAIL, AIR or SHIP");
                mode = null;
            }
            if (t.distanceKm() != null && (t.distanceKm() < 0 || t.distanceKm() > MAX_EWB_DISTANCE_KM)) {
                add(null, "transport.distanceKm", t.distanceKm() + " km is outside 0-" + MAX_EWB_DISTANCE_KM
                        + " (0 lets the IRP compute the distance from the PIN codes)");
            }
            String transporter = blankToNull(t.transporterId());
            if (transporter != null && !TRANSPORTER_ID.matcher(transporter.toUpperCase(Locale.ROOT)).matches()) {
                add(null, "transport.transporterId", "'" + transporter + "' must be the transporter's 15-character"
                        + " GSTIN or TRANSIN");
            }
            String vehicle = blankToNull(t.vehicleNumber());
            if (vehicle != null && !VEHICLE_NUMBER.matcher(vehicle.toUpperCase(Locale.ROOT)).matches()) {
                add(null, "transport.vehicleNumber", "'" + vehicle + "' is not a vehicle registration number such as"
                        + " MH12AB1234 (letters and digits, 7-15 characters, no spaces)");
            }
            if (mode == null && transporter == null) {
                add(null, "transport", "give a transporterId (Part A) or a mode with its vehicle or document number"
                        + " (Part B)");
            } else if ("ROAD".equalsIgnoreCase(mode) && vehicle == null && transporter == null) {
                add(null, "transport.vehicleNumber", "missing: road transport needs the vehicle number"
                        + " (or a transporterId for Part A only)");
            } else if (mode != null && !"ROAD".equalsIgnoreCase(mode)
                    && (blank(t.documentNumber()) || t.documentDate() == null)) {
                add(null, "transport.documentNumber", "missing: " + mode.toUpperCase(Locale.ROOT)
                        + " transport needs the transport document number and date");
            }
            if (t.documentNumber() != null && t.documentNumber().trim().length() > 15) {
                add(null, "transport.documentNumber", "'" + t.documentNumber() + "' is longer than 15 characters");
            }
        }

        /** Field checks of every line; true when amounts and rates are usable for the tax check. */
        private boolean lineFields(List<Line> lines) {
            boolean usable = true;
            Set<Integer> lineNumbers = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                String f = "lines[" + i + "].";
                if (line == null) {
                    add(null, "lines[" + i + "]", "is empty");
                    usable = false;
                    continue;
                }
                Integer no = line.lineNo();
                if (line.lineNo() < 1) {
                    add(no, f + "lineNo", line.lineNo() + " must be 1 or more");
                } else if (!lineNumbers.add(line.lineNo())) {
                    add(no, f + "lineNo", line.lineNo() + " appears twice; line numbers must be unique");
                }
                hsn(line, no, f);
                if (blank(line.uqc()) || !UQC.matcher(line.uqc().trim()).matches()) {
                    add(no, f + "uqc", "'" + line.uqc() + "' must be a three-letter GST unit code (NOS, KGS, ... OTH)");
                }
                boolean amountsOk = nonNegative(line.quantity(), no, f + "quantity", 3, true)
                        & nonNegative(line.unitPrice(), no, f + "unitPrice", 2, true)
                        & nonNegative(line.discount(), no, f + "discount", 2, false)
                        & nonNegative(line.taxableValue(), no, f + "taxableValue", 2, true)
                        & nonNegative(line.igst(), no, f + "igst", 2, false)
                        & nonNegative(line.cgst(), no, f + "cgst", 2, false)
                        & nonNegative(line.sgst(), no, f + "sgst", 2, false)
                        & nonNegative(line.cess(), no, f + "cess", 2, false);
                if (amountsOk) {
                    BigDecimal discount = Money.orZero(line.discount());
                    BigDecimal expected = Money.of(line.quantity().multiply(line.unitPrice())).subtract(discount);
                    if (expected.compareTo(line.taxableValue()) != 0) {
                        add(no, f + "taxableValue", "is " + line.taxableValue().toPlainString() + " but quantity "
                                + line.quantity().stripTrailingZeros().toPlainString() + " × unit price "
                                + line.unitPrice().toPlainString() + " − discount " + discount.toPlainString()
                                + " = " + expected.toPlainString());
                        usable = false;
                    }
                } else {
                    usable = false;
                }
                if (!rate(line, no, f)) {
                    usable = false;
                }
                taxCategory(line, no, f);
            }
            return usable;
        }

        /** Nil-rated, exempt and non-GST lines carry no tax: rate 0 and every tax amount 0. */
        private void taxCategory(Line line, Integer no, String f) {
            String category = blankToNull(line.taxCategory());
            if (category == null) {
                return;
            }
            String upper = category.toUpperCase(Locale.ROOT);
            if (!TAX_CATEGORIES.contains(upper)) {
                add(no, f + "taxCategory", "'" + category + "' is not a tax category: use TAXABLE, NIL (nil-rated),"
                        + " EXEMPT or NON_GST");
                return;
            }
            if (!"TAXABLE".equals(upper)) {
                boolean taxed = (line.gstRate() != null && line.gstRate().signum() != 0)
                        || Money.orZero(line.igst()).signum() != 0 || Money.orZero(line.cgst()).signum() != 0
                        || Money.orZero(line.sgst()).signum() != 0 || Money.orZero(line.cess()).signum() != 0;
                if (taxed) {
                    add(no, f + "taxCategory", upper + " supplies carry no GST: the line needs gstRate 0 and no tax"
                            + " amounts (or taxCategory TAXABLE)");
                }
            }
        }

        /** E-commerce operator GSTIN and the shipping bill of exports (GSTR-1 etin and exp). */
        private void gstReporting() {
            IncomingSalesDocument.GstReporting g = doc.gstReporting();
            if (g == null) {
                return;
            }
            String eco = blankToNull(g.ecommerceGstin());
            if (eco != null) {
                try {
                    Gstin.of(eco, ctx.sandbox());
                } catch (InvalidGstValueException e) {
                    add(null, "ecommerceGstin", e.getMessage());
                }
            }
            boolean shipping = !blank(g.portCode()) || !blank(g.shippingBillNumber()) || g.shippingBillDate() != null;
            if (shipping && supplyType != null && !supplyType.isExport()) {
                add(null, "export", "port code and shipping bill belong to exports (EXPWP, EXPWOP), not " + supplyType);
            }
            if (!blank(g.portCode()) && !PORT_CODE.matcher(g.portCode().trim().toUpperCase(Locale.ROOT)).matches()) {
                add(null, "export.portCode", "'" + g.portCode() + "' is not a port code: 6 letters and digits, e.g. INBOM1");
            }
            if (!blank(g.shippingBillNumber()) && !SHIPPING_BILL.matcher(g.shippingBillNumber().trim()).matches()) {
                add(null, "export.shippingBillNumber", "'" + g.shippingBillNumber() + "' must be 3 to 7 digits");
            }
            if (!blank(g.shippingBillNumber()) != (g.shippingBillDate() != null)) {
                add(null, "export.shippingBillDate", "give the shipping bill number and its date together");
            }
            if (g.shippingBillDate() != null && doc.documentDate() != null
                    && g.shippingBillDate().isBefore(doc.documentDate())) {
                add(null, "export.shippingBillDate", g.shippingBillDate() + " is before the invoice date "
                        + doc.documentDate());
            }
        }

        private void hsn(Line line, Integer no, String f) {
            String hsn = line.hsn() == null ? null : line.hsn().trim();
            if (blank(hsn) || !HSN.matcher(hsn).matches()) {
                add(no, f + "hsn", "'" + line.hsn() + "' must be 4, 6 or 8 digits (HSN for goods, SAC for services)");
            } else if (line.service() && !hsn.startsWith("99")) {
                add(no, f + "hsn", "'" + hsn + "' is marked as a service but a SAC starts with 99;"
                        + " give the SAC or mark the line as goods");
            } else if (!line.service() && hsn.startsWith("99")) {
                add(no, f + "hsn", "'" + hsn + "' is a SAC (starts with 99) but the line is marked as goods;"
                        + " set service to true or give the HSN");
            }
        }

        private boolean rate(Line line, Integer no, String f) {
            BigDecimal rate = line.gstRate();
            if (rate == null) {
                add(no, f + "gstRate", "missing: give the GST rate in percent");
                return false;
            }
            if (rate.signum() < 0) {
                add(no, f + "gstRate", rate.toPlainString() + " must not be negative");
                return false;
            }
            if (dateOk && !ctx.gstRateOn().test(rate, doc.documentDate())) {
                add(no, f + "gstRate", rate.stripTrailingZeros().toPlainString() + "% is not a GST rate on "
                        + doc.documentDate() + "; rates in force then: " + ctx.ratesHint());
                return false;
            }
            return true;
        }

        private void taxes(List<Line> lines) {
            if (supplyType == null || placeOfSupply == null || ctx.supplierState() == null) {
                return;
            }
            TaxJurisdiction jurisdiction = GstTaxRule.jurisdiction(ctx.supplierState(), placeOfSupply, supplyType);
            boolean withoutPayment = supplyType == SupplyType.EXPWOP || supplyType == SupplyType.SEZWOP;
            List<TaxableLine> taxable = lines.stream()
                    .map(l -> new TaxableLine(l.taxableValue(), l.gstRate())).toList();
            DocumentTax expected = GstTaxRule.documentTax(taxable, jurisdiction);
            String how = (jurisdiction == TaxJurisdiction.INTRA_STATE ? "intra-state" : "inter-state")
                    + " supply " + ctx.supplierState() + "→" + placeOfSupply
                    + (supplyType == SupplyType.B2B || supplyType == SupplyType.B2C ? "" : " (" + supplyType + ")");
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                GstAmounts want = withoutPayment ? GstAmounts.NONE : expected.lines().get(i);
                GstAmounts got = new GstAmounts(line.igst(), line.cgst(), line.sgst());
                String head = mismatch(want, got, jurisdiction, withoutPayment);
                if (head != null) {
                    add(line.lineNo(), "lines[" + i + "]." + head, "expected " + want + " for " + how + " at "
                            + line.gstRate().stripTrailingZeros().toPlainString() + "%"
                            + (withoutPayment ? " without payment of tax" : "") + "; got " + got);
                }
            }
        }

        /** The first wrong head ({@code igst}, {@code cgst}, {@code sgst}) or null when all are acceptable. */
        private static String mismatch(GstAmounts want, GstAmounts got, TaxJurisdiction jurisdiction, boolean exact) {
            boolean inter = jurisdiction == TaxJurisdiction.INTER_STATE;
            if (!close(want.igst(), got.igst(), inter && !exact)) {
                return "igst";
            }
            if (!close(want.cgst(), got.cgst(), !inter && !exact)) {
                return "cgst";
            }
            if (!close(want.sgst(), got.sgst(), !inter && !exact)) {
                return "sgst";
            }
            return null;
        }

        private static boolean close(BigDecimal want, BigDecimal got, boolean paisaTolerance) {
            BigDecimal diff = want.subtract(got).abs();
            return paisaTolerance ? diff.compareTo(PAISA) <= 0 : diff.signum() == 0;
        }

        private void totals(List<Line> lines) {
            Totals t = doc.totals();
            if (t == null || lines.stream().anyMatch(l -> l == null)) {
                return;
            }
            total("totals.taxableValue", t.taxableValue(), lines.stream().map(Line::taxableValue).toList());
            total("totals.igst", t.igst(), lines.stream().map(Line::igst).toList());
            total("totals.cgst", t.cgst(), lines.stream().map(Line::cgst).toList());
            total("totals.sgst", t.sgst(), lines.stream().map(Line::sgst).toList());
            total("totals.cess", t.cess(), lines.stream().map(Line::cess).toList());
            nonNegative(t.otherCharges(), null, "totals.otherCharges", 2, false);
            BigDecimal roundOff = Money.orZero(t.roundOff());
            if (roundOff.abs().compareTo(ONE_RUPEE) >= 0) {
                add(null, "totals.roundOff", roundOff.toPlainString() + " must be less than one rupee either way");
            }
            if (t.total() == null) {
                add(null, "totals.total", "missing: give the document total");
                return;
            }
            BigDecimal expected = Money.orZero(t.taxableValue()).add(Money.orZero(t.igst())).add(Money.orZero(t.cgst()))
                    .add(Money.orZero(t.sgst())).add(Money.orZero(t.cess())).add(Money.orZero(t.otherCharges()))
                    .add(roundOff);
            if (expected.compareTo(t.total()) != 0) {
                add(null, "totals.total", "is " + t.total().toPlainString() + " but taxable value + taxes + other"
                        + " charges + round-off = " + expected.toPlainString());
            }
        }

        private void total(String field, BigDecimal sent, List<BigDecimal> lineAmounts) {
            BigDecimal sum = Money.sum(lineAmounts);
            if (sent != null && sent.compareTo(sum) != 0) {
                add(null, field, "is " + sent.toPlainString() + " but the lines add up to " + sum.toPlainString());
            }
        }

        private boolean nonNegative(BigDecimal value, Integer lineNo, String field, int maxScale, boolean required) {
            if (value == null) {
                if (required) {
                    add(lineNo, field, "missing");
                    return false;
                }
                return true;
            }
            if (value.signum() < 0) {
                add(lineNo, field, value.toPlainString() + " must not be negative (credit notes carry positive amounts)");
                return false;
            }
            if (value.stripTrailingZeros().scale() > maxScale) {
                add(lineNo, field, value.toPlainString() + " has more than " + maxScale + " decimals");
                return false;
            }
            return true;
        }

        private void add(Integer lineNo, String field, String message) {
            problems.add(new Problem(number, lineNo, field, message));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    static String upper(String s) {
        return blank(s) ? null : s.trim().toUpperCase(Locale.ROOT);
    }
}

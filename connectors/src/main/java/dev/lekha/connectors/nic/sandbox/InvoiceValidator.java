package dev.lekha.connectors.nic.sandbox;

import static dev.lekha.connectors.nic.sandbox.IrpErrorCodes.format;

import dev.lekha.connectors.nic.IrpError;
import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.IrpInvoice.Item;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The IRP's checks of a Generate IRN request, in its two stages: schema (every field-level violation,
 * all listed in one answer under {@link IrpErrorCodes#SCHEMA_VALIDATION}) and then the business rules
 * (tax placement, HSN, totals, buyer GSTIN) with their own codes. Pure: the caller passes today's date
 * and what GSTINs the sandbox knows.
 */
final class InvoiceValidator {

    static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Document number pattern of schema 1.1. */
    static final Pattern DOC_NO = Pattern.compile("^([A-Za-z1-9]{1}[A-Za-z0-9/-]{0,15})$");
    static final Pattern GSTIN = Pattern.compile("^([0-9]{2}[0-9A-Z]{13})$");
    static final Pattern BUYER_GSTIN = Pattern.compile("^(([0-9]{2}[0-9A-Z]{13})|URP)$");
    static final Pattern HSN = Pattern.compile("^[0-9]{4,8}$");
    static final Pattern DATE = Pattern.compile("^[0-3][0-9]/[0-1][0-9]/[2][0][1-2][0-9]$");
    static final Pattern PHONE = Pattern.compile("^[0-9]{6,12}$");

    static final Set<String> SUPPLY_TYPES = Set.of("B2B", "SEZWP", "SEZWOP", "EXPWP", "EXPWOP", "DEXP");
    static final Set<String> EXPORTS = Set.of("EXPWP", "EXPWOP");
    /** Supplies that are inter-state by law whatever the state codes (IGST Act s.7(5)). */
    static final Set<String> ALWAYS_INTER_STATE = Set.of("SEZWP", "SEZWOP", "EXPWP", "EXPWOP");
    static final Set<String> DOC_TYPES = Set.of("INV", "CRN", "DBN");
    static final Set<String> YES_NO = Set.of("Y", "N");
    /** GST rates schema 1.1 accepts (40 since the 2025 rate rationalisation). */
    static final Set<BigDecimal> GST_RATES = Set.of("0", "0.1", "0.25", "1", "1.5", "3", "5", "6", "7.5", "12", "18",
            "28", "40").stream().map(BigDecimal::new).map(BigDecimal::stripTrailingZeros).collect(java.util.stream.Collectors.toSet());

    static final BigDecimal ONE = BigDecimal.ONE;
    static final BigDecimal MAX_ROUND_OFF = new BigDecimal("99.99");
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private InvoiceValidator() {
    }

    /** State codes of the GST state master: 01-38, 96 other country, 97 other territory. */
    static boolean isStateCode(String code) {
        if (code == null || !code.matches("[0-9]{2}")) {
            return false;
        }
        int value = Integer.parseInt(code);
        return (value >= 1 && value <= 38) || value == 96 || value == 97;
    }

    // ------------------------------------------------------------------ schema

    /** Every schema violation of {@code invoice}, in document order; empty when it conforms. */
    static List<String> schemaViolations(IrpInvoice invoice, LocalDate today) {
        Violations v = new Violations();
        v.oneOf(invoice.version(), "Version", Set.of(IrpInvoice.SCHEMA_VERSION), true);

        IrpInvoice.TranDtls tran = invoice.tranDtls();
        String supTyp = null;
        if (v.required(tran, "TranDtls")) {
            v.oneOf(tran.taxSch(), "TranDtls.TaxSch", Set.of("GST"), true);
            v.oneOf(tran.supTyp(), "TranDtls.SupTyp", SUPPLY_TYPES, true);
            supTyp = tran.supTyp();
            v.oneOf(tran.regRev(), "TranDtls.RegRev", YES_NO, false);
            v.oneOf(tran.igstOnIntra(), "TranDtls.IgstOnIntra", YES_NO, false);
            v.pattern(tran.ecmGstin(), "TranDtls.EcmGstin", GSTIN, false);
        }

        IrpInvoice.DocDtls doc = invoice.docDtls();
        if (v.required(doc, "DocDtls")) {
            v.oneOf(doc.typ(), "DocDtls.Typ", DOC_TYPES, true);
            v.length(doc.no(), "DocDtls.No", 1, 16, true);
            v.pattern(doc.no(), "DocDtls.No", DOC_NO, false);
            v.date(doc.dt(), "DocDtls.Dt", today);
        }

        IrpInvoice.SellerDtls seller = invoice.sellerDtls();
        if (v.required(seller, "SellerDtls")) {
            v.length(seller.gstin(), "SellerDtls.Gstin", 15, 15, true);
            v.pattern(seller.gstin(), "SellerDtls.Gstin", GSTIN, false);
            v.length(seller.lglNm(), "SellerDtls.LglNm", 3, 100, true);
            v.length(seller.trdNm(), "SellerDtls.TrdNm", 3, 100, false);
            v.length(seller.addr1(), "SellerDtls.Addr1", 1, 100, true);
            v.length(seller.addr2(), "SellerDtls.Addr2", 3, 100, false);
            v.length(seller.loc(), "SellerDtls.Loc", 3, 50, true);
            v.pin(seller.pin(), "SellerDtls.Pin", true);
            v.state(seller.stcd(), "SellerDtls.Stcd", true);
            v.pattern(seller.ph(), "SellerDtls.Ph", PHONE, false);
            v.length(seller.em(), "SellerDtls.Em", 6, 100, false);
        }

        IrpInvoice.BuyerDtls buyer = invoice.buyerDtls();
        if (v.required(buyer, "BuyerDtls")) {
            v.length(buyer.gstin(), "BuyerDtls.Gstin", 3, 15, true);
            v.pattern(buyer.gstin(), "BuyerDtls.Gstin", BUYER_GSTIN, false);
            if ("URP".equals(buyer.gstin()) && supTyp != null && !EXPORTS.contains(supTyp)) {
                v.add("The field BuyerDtls.Gstin can be URP only for exports (SupTyp EXPWP or EXPWOP).");
            }
            v.length(buyer.lglNm(), "BuyerDtls.LglNm", 3, 100, true);
            v.length(buyer.trdNm(), "BuyerDtls.TrdNm", 3, 100, false);
            v.state(buyer.pos(), "BuyerDtls.Pos", true);
            v.length(buyer.addr1(), "BuyerDtls.Addr1", 1, 100, true);
            v.length(buyer.addr2(), "BuyerDtls.Addr2", 3, 100, false);
            v.length(buyer.loc(), "BuyerDtls.Loc", 3, 100, true);
            v.pin(buyer.pin(), "BuyerDtls.Pin", false);
            v.state(buyer.stcd(), "BuyerDtls.Stcd", true);
            v.pattern(buyer.ph(), "BuyerDtls.Ph", PHONE, false);
            v.length(buyer.em(), "BuyerDtls.Em", 6, 100, false);
        }

        IrpInvoice.DispDtls disp = invoice.dispDtls();
        if (disp != null) {
            v.length(disp.nm(), "DispDtls.Nm", 3, 100, true);
            v.length(disp.addr1(), "DispDtls.Addr1", 1, 100, true);
            v.length(disp.loc(), "DispDtls.Loc", 3, 100, true);
            v.pin(disp.pin(), "DispDtls.Pin", true);
            v.state(disp.stcd(), "DispDtls.Stcd", true);
        }
        IrpInvoice.ShipDtls ship = invoice.shipDtls();
        if (ship != null) {
            v.pattern(ship.gstin(), "ShipDtls.Gstin", BUYER_GSTIN, false);
            v.length(ship.lglNm(), "ShipDtls.LglNm", 3, 100, true);
            v.length(ship.addr1(), "ShipDtls.Addr1", 1, 100, true);
            v.length(ship.loc(), "ShipDtls.Loc", 3, 100, true);
            v.pin(ship.pin(), "ShipDtls.Pin", true);
            v.state(ship.stcd(), "ShipDtls.Stcd", true);
        }

        List<Item> items = invoice.itemList();
        if (v.required(items, "ItemList")) {
            if (items.isEmpty() || items.size() > 1000) {
                v.add("The field ItemList must have a minimum of 1 and a maximum of 1000 items.");
            }
            Set<String> serials = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                String at = "ItemList[" + i + "]";
                if (!v.required(item, at)) {
                    continue;
                }
                if (v.length(item.slNo(), at + ".SlNo", 1, 6, true) && !serials.add(item.slNo())) {
                    v.add("The field " + at + ".SlNo must be unique in ItemList; " + item.slNo() + " repeats.");
                }
                v.length(item.prdDesc(), at + ".PrdDesc", 3, 300, false);
                v.oneOf(item.isServc(), at + ".IsServc", YES_NO, true);
                v.length(item.hsnCd(), at + ".HsnCd", 4, 8, true);
                v.pattern(item.hsnCd(), at + ".HsnCd", HSN, false);
                v.amount(item.unitPrice(), at + ".UnitPrice", true);
                v.amount(item.totAmt(), at + ".TotAmt", true);
                v.amount(item.discount(), at + ".Discount", false);
                v.amount(item.assAmt(), at + ".AssAmt", true);
                if (v.required(item.gstRt(), at + ".GstRt") && !GST_RATES.contains(item.gstRt().stripTrailingZeros())) {
                    v.add("The field " + at + ".GstRt must be one of the GST rates 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12,"
                            + " 18, 28, 40; was " + item.gstRt().toPlainString() + ".");
                }
                v.amount(item.igstAmt(), at + ".IgstAmt", false);
                v.amount(item.cgstAmt(), at + ".CgstAmt", false);
                v.amount(item.sgstAmt(), at + ".SgstAmt", false);
                v.amount(item.othChrg(), at + ".OthChrg", false);
                v.amount(item.totItemVal(), at + ".TotItemVal", true);
            }
        }

        IrpInvoice.ValDtls val = invoice.valDtls();
        if (v.required(val, "ValDtls")) {
            v.amount(val.assVal(), "ValDtls.AssVal", true);
            v.amount(val.cgstVal(), "ValDtls.CgstVal", false);
            v.amount(val.sgstVal(), "ValDtls.SgstVal", false);
            v.amount(val.igstVal(), "ValDtls.IgstVal", false);
            v.amount(val.discount(), "ValDtls.Discount", false);
            v.amount(val.othChrg(), "ValDtls.OthChrg", false);
            v.range(val.rndOffAmt(), "ValDtls.RndOffAmt", MAX_ROUND_OFF.negate(), MAX_ROUND_OFF);
            v.amount(val.totInvVal(), "ValDtls.TotInvVal", true);
        }
        if (invoice.ewbDtls() != null && invoice.ewbDtls().distance() != null) {
            v.range(BigDecimal.valueOf(invoice.ewbDtls().distance()), "EwbDtls.Distance", BigDecimal.ZERO,
                    BigDecimal.valueOf(EwayBillValidity.MAXIMUM_KM));
        }
        return v.messages;
    }

    /** Accumulates schema violations in the IRP's .NET data-annotation wording. */
    private static final class Violations {
        final List<String> messages = new ArrayList<>();

        void add(String message) {
            messages.add(message);
        }

        boolean required(Object value, String path) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                add("The " + path + " field is required.");
                return false;
            }
            return true;
        }

        boolean length(String value, String path, int min, int max, boolean mandatory) {
            if (value == null) {
                return !mandatory || required(null, path);
            }
            if (value.length() < min || value.length() > max) {
                add("The field " + path + " must be a string with a minimum length of " + min + " and a maximum length of "
                        + max + ".");
                return false;
            }
            return true;
        }

        void pattern(String value, String path, Pattern pattern, boolean mandatory) {
            if (value == null) {
                if (mandatory) {
                    required(null, path);
                }
                return;
            }
            if (!pattern.matcher(value).matches()) {
                add("The field " + path + " must match the regular expression '" + pattern.pattern() + "'.");
            }
        }

        void oneOf(String value, String path, Set<String> allowed, boolean mandatory) {
            if (value == null) {
                if (mandatory) {
                    required(null, path);
                }
                return;
            }
            if (!allowed.contains(value)) {
                add("The field " + path + " must be one of " + new java.util.TreeSet<>(allowed) + "; was '" + value + "'.");
            }
        }

        void pin(Integer value, String path, boolean mandatory) {
            if (value == null) {
                if (mandatory) {
                    required(null, path);
                }
                return;
            }
            if (value < 100000 || value > 999999) {
                add("The field " + path + " must be between 100000 and 999999.");
            }
        }

        void state(String value, String path, boolean mandatory) {
            if (value == null) {
                if (mandatory) {
                    required(null, path);
                }
                return;
            }
            if (!isStateCode(value)) {
                add("The field " + path + " must be a valid state code (01-38, 96, 97); was '" + value + "'.");
            }
        }

        void amount(BigDecimal value, String path, boolean mandatory) {
            if (value == null) {
                if (mandatory) {
                    required(null, path);
                }
                return;
            }
            range(value, path, BigDecimal.ZERO, MAX_AMOUNT);
            if (value.stripTrailingZeros().scale() > 3) {
                add("The field " + path + " must have at most 3 decimal places.");
            }
        }

        void range(BigDecimal value, String path, BigDecimal min, BigDecimal max) {
            if (value != null && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
                add("The field " + path + " must be between " + min.toPlainString() + " and " + max.toPlainString() + ".");
            }
        }

        void date(String value, String path, LocalDate today) {
            if (!required(value, path)) {
                return;
            }
            LocalDate date = parseDate(value);
            if (date == null) {
                add("The field " + path + " must be a date in the format dd/MM/yyyy; was '" + value + "'.");
            } else if (date.isAfter(today)) {
                // The IRP's wording for this check (help.tallysolutions.com, reasons for rejection).
                add("The Document date should not be a future date.");
            }
        }
    }

    /** The date of a dd/MM/yyyy string, or null when it is not one. */
    static LocalDate parseDate(String value) {
        if (value == null || !DATE.matcher(value).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value, DOC_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ business rules

    /**
     * The business-rule errors of a schema-valid invoice, in the IRP's order of checking.
     *
     * @param knownGstin whether the sandbox knows a GSTIN (registered taxpayer or GSTIN master record)
     */
    static List<IrpError> businessErrors(IrpInvoice invoice, Predicate<String> knownGstin) {
        List<IrpError> errors = new ArrayList<>();
        String buyerGstin = invoice.buyerDtls().gstin();
        // 3028: the IRP checks the buyer against the GST common portal's registry; the sandbox stands in
        // with its own records and, for GSTINs it never heard of, the check digit.
        if (!"URP".equals(buyerGstin) && !knownGstin.test(buyerGstin) && !GstinCheckDigit.isValid(buyerGstin)) {
            errors.add(new IrpError(IrpErrorCodes.GSTIN_NOT_PRESENT, format(IrpErrorCodes.GSTIN_NOT_PRESENT_MSG, buyerGstin)));
        }

        Set<String> badHsn = new LinkedHashSet<>();
        for (Item item : invoice.itemList()) {
            if (!isValidHsn(item.hsnCd(), "Y".equals(item.isServc()))) {
                badHsn.add(item.hsnCd());
            }
        }
        if (!badHsn.isEmpty()) {
            errors.add(new IrpError(IrpErrorCodes.INVALID_HSN, format(IrpErrorCodes.INVALID_HSN_MSG, String.join(",", badHsn))));
        }

        String supTyp = invoice.tranDtls().supTyp();
        boolean intraState = !ALWAYS_INTER_STATE.contains(supTyp)
                && invoice.sellerDtls().stcd().equals(invoice.buyerDtls().pos());
        boolean igstOnIntra = "Y".equals(invoice.tranDtls().igstOnIntra());
        for (Item item : invoice.itemList()) {
            if (intraState && !igstOnIntra && positive(item.igstAmt())) {
                errors.add(new IrpError(IrpErrorCodes.IGST_ON_INTRA, format(IrpErrorCodes.IGST_ON_INTRA_MSG, item.hsnCd(), item.slNo())));
            }
            if ((!intraState || igstOnIntra) && (positive(item.cgstAmt()) || positive(item.sgstAmt()))) {
                errors.add(new IrpError(IrpErrorCodes.CGST_SGST_ON_INTER,
                        format(IrpErrorCodes.CGST_SGST_ON_INTER_MSG, item.hsnCd(), item.slNo())));
            }
        }

        BigDecimal sumAssAmt = BigDecimal.ZERO;
        for (Item item : invoice.itemList()) {
            // Exact: AssAmt is defined as TotAmt - Discount, both given by the seller.
            if (item.assAmt().compareTo(item.totAmt().subtract(zero(item.discount()))) != 0) {
                errors.add(new IrpError(IrpErrorCodes.ITEM_ASSESSABLE_MISMATCH,
                        format(IrpErrorCodes.ITEM_ASSESSABLE_MISMATCH_MSG, item.hsnCd(), item.slNo())));
            }
            BigDecimal itemTotal = item.assAmt().add(zero(item.igstAmt())).add(zero(item.cgstAmt())).add(zero(item.sgstAmt()))
                    .add(zero(item.cesAmt())).add(zero(item.cesNonAdvlAmt())).add(zero(item.stateCesAmt()))
                    .add(zero(item.stateCesNonAdvlAmt())).add(zero(item.othChrg()));
            if (itemTotal.subtract(item.totItemVal()).abs().compareTo(ONE) > 0) {
                errors.add(new IrpError(IrpErrorCodes.ITEM_TOTAL_MISMATCH,
                        format(IrpErrorCodes.ITEM_TOTAL_MISMATCH_MSG, item.hsnCd(), item.slNo())));
            }
            sumAssAmt = sumAssAmt.add(item.assAmt());
        }
        IrpInvoice.ValDtls val = invoice.valDtls();
        if (sumAssAmt.compareTo(val.assVal()) != 0) {
            errors.add(new IrpError(IrpErrorCodes.TAXABLE_VALUE_MISMATCH, IrpErrorCodes.TAXABLE_VALUE_MISMATCH_MSG));
        }
        BigDecimal expected = val.assVal().add(zero(val.cgstVal())).add(zero(val.sgstVal())).add(zero(val.igstVal()))
                .add(zero(val.cesVal())).add(zero(val.stCesVal())).add(zero(val.othChrg())).subtract(zero(val.discount()))
                .add(zero(val.rndOffAmt()));
        // The IRP's published tolerance for the invoice total is +/- 1 rupee.
        if (expected.subtract(val.totInvVal()).abs().compareTo(ONE) > 0) {
            errors.add(new IrpError(IrpErrorCodes.INVALID_TOTAL_INVOICE_VALUE, IrpErrorCodes.INVALID_TOTAL_INVOICE_VALUE_MSG));
        }
        return errors;
    }

    /**
     * The sandbox's HSN master: 4, 6 or 8 digits; goods in a real chapter 01-98 except the reserved 77;
     * services in SAC (chapter 99). A service item must carry a SAC, and goods must not.
     */
    static boolean isValidHsn(String hsn, boolean service) {
        if (hsn == null || !hsn.matches("[0-9]{4}|[0-9]{6}|[0-9]{8}")) {
            return false;
        }
        int chapter = Integer.parseInt(hsn.substring(0, 2));
        if (service) {
            return chapter == 99;
        }
        return chapter >= 1 && chapter <= 98 && chapter != 77;
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}

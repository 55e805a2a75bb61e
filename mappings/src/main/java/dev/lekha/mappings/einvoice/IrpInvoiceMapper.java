package dev.lekha.mappings.einvoice;

import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.IrpInvoice.BuyerDtls;
import dev.lekha.connectors.nic.IrpInvoice.DocDtls;
import dev.lekha.connectors.nic.IrpInvoice.EwbDtls;
import dev.lekha.connectors.nic.IrpInvoice.ExpDtls;
import dev.lekha.connectors.nic.IrpInvoice.Item;
import dev.lekha.connectors.nic.IrpInvoice.PrecDocDtls;
import dev.lekha.connectors.nic.IrpInvoice.RefDtls;
import dev.lekha.connectors.nic.IrpInvoice.SellerDtls;
import dev.lekha.connectors.nic.IrpInvoice.TranDtls;
import dev.lekha.connectors.nic.IrpInvoice.ValDtls;
import dev.lekha.domain.common.Money;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.einvoice.TransportDetails;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.GstTaxRule;
import dev.lekha.domain.gst.TaxJurisdiction;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocumentLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a stored sales document into the e-invoice the IRP takes (NIC e-invoice schema 1.1), or says
 * everything the IRP would refuse in it. Pure: no clock, no I/O.
 *
 * <p>What is not a plain copy, and why:
 * <ul>
 * <li>Lines with a negative taxable value (a discount line) are not sent as items, because the IRP
 *     takes no negative items; their value goes to {@code ValDtls.Discount}, a discount after tax, so
 *     {@code TotInvVal} stays the document's total. Such a line must carry no tax: folding a taxed
 *     line would report more tax to the IRP (and so to GSTR-1) than the document charges.</li>
 * <li>{@code IgstOnIntra} is {@code Y} only when a B2B or deemed-export document charges IGST although
 *     the seller's state is the place of supply; SEZ supplies and exports are inter-state by law
 *     (IGST Act section 7(5)), so their IGST is not "on intra".</li>
 * <li>Exports name the buyer as {@code URP} with PIN {@code 999999}, state and place of supply
 *     {@code 96}, as the IRP requires for a foreign recipient.</li>
 * <li>The buyer snapshot has no city; {@code Loc} is the last comma-separated part of the address
 *     ({@code "Baner Road, Pune"} gives {@code Pune}).</li>
 * <li>A supplier whose aggregate turnover is above {@code sixDigitHsnAbove} must give 6- or 8-digit HSN
 *     codes (Notification 78/2020-Central Tax); when the company's turnover is unknown, 6 digits are
 *     required too, since every company on e-invoicing is above the current ₹5 crore.</li>
 * </ul>
 * Amounts are sent at scale 2 and quantities at scale 3, never in exponent notation.
 */
public final class IrpInvoiceMapper {

    /** IRP rule for {@code DocDtls.No}. */
    static final Pattern DOCUMENT_NUMBER = Pattern.compile("^[A-Za-z1-9][A-Za-z0-9/-]{0,15}$");
    static final String UNREGISTERED = "URP";
    private static final Pattern HSN = Pattern.compile("[0-9]{4}|[0-9]{6}|[0-9]{8}");
    private static final Pattern PIN = Pattern.compile("[1-9][0-9]{5}");
    private static final Pattern GSTIN_LIKE = Pattern.compile("[0-9A-Z]{15}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal MAX_ROUND_OFF = new BigDecimal("99.99");
    private static final BigDecimal IRP_TOLERANCE = BigDecimal.ONE;
    private static final int ADDRESS_PART = 100;
    private static final int MAX_DISTANCE_KM = 4000;

    private final BigDecimal sixDigitHsnAbove;

    /**
     * @param sixDigitHsnAbove the aggregate turnover above which 6-digit HSN codes are required
     *                         (₹5 crore from 1 April 2021, Notification 78/2020-CT); must not be null
     */
    public IrpInvoiceMapper(BigDecimal sixDigitHsnAbove) {
        this.sixDigitHsnAbove = Objects.requireNonNull(sixDigitHsnAbove, "sixDigitHsnAbove must not be null");
    }

    /** {@link #map(SalesDocument, GstRegistration, Company, TransportDetails, ExportDetails)} without export details. */
    public IrpInvoice map(SalesDocument document, GstRegistration seller, Company company, TransportDetails transport) {
        return map(document, seller, company, transport, null);
    }

    /**
     * @param document  the document with its lines; must not be null
     * @param seller    the registration that issues it; must not be null
     * @param company   the company holding the registration; must not be null
     * @param transport how the goods travel, for the e-way bill; null for none
     * @param export    destination country and currency of an export; null when not known
     * @return the e-invoice; never null
     * @throws EinvoiceMappingException listing every problem when the IRP would refuse the document
     */
    public IrpInvoice map(SalesDocument document, GstRegistration seller, Company company, TransportDetails transport,
                          ExportDetails export) {
        Objects.requireNonNull(document, "document must not be null");
        Objects.requireNonNull(seller, "seller must not be null");
        Objects.requireNonNull(company, "company must not be null");
        return new Mapping(document, seller, company).run(transport, export);
    }

    private final class Mapping {
        private final SalesDocument doc;
        private final GstRegistration seller;
        private final Company company;
        private final boolean export;
        private final List<MappingProblem> problems = new ArrayList<>();
        private boolean linesLeftOut;

        Mapping(SalesDocument doc, GstRegistration seller, Company company) {
            this.doc = doc;
            this.seller = seller;
            this.company = company;
            this.export = doc.getSupplyType() != null && doc.getSupplyType().isExport();
        }

        IrpInvoice run(TransportDetails transport, ExportDetails exportDetails) {
            TranDtls tran = tranDtls();
            DocDtls docDtls = docDtls();
            SellerDtls sellerDtls = sellerDtls();
            BuyerDtls buyerDtls = buyerDtls();
            List<Item> items = new ArrayList<>();
            BigDecimal discount = items(items);
            ValDtls val = valDtls(items, discount);
            RefDtls ref = refDtls();
            ExpDtls exp = export ? expDtls(exportDetails) : null;
            EwbDtls ewb = transport == null ? null : ewbDtls(transport);
            if (!problems.isEmpty()) {
                throw new EinvoiceMappingException(problems);
            }
            return new IrpInvoice(IrpInvoice.SCHEMA_VERSION, tran, docDtls, sellerDtls, buyerDtls, null, null,
                    List.copyOf(items), val, null, ref, exp, ewb);
        }

        private TranDtls tranDtls() {
            SupplyType type = doc.getSupplyType();
            if (type == SupplyType.B2C) {
                add(null, "TranDtls.SupTyp", "a B2C document gets no IRN; do not send it to the IRP");
            }
            boolean igstOnIntra = (type == SupplyType.B2B || type == SupplyType.DEXP)
                    && seller.getStateCode().code().equals(doc.getPlaceOfSupply())
                    && doc.getLines().stream().anyMatch(l -> l.getIgst().signum() > 0);
            return new TranDtls("GST", type == null ? null : type.name(), yesNo(doc.isReverseCharge()), null,
                    yesNo(igstOnIntra));
        }

        private DocDtls docDtls() {
            String number = doc.getDocumentNumber();
            if (number == null || !DOCUMENT_NUMBER.matcher(number).matches()) {
                add(null, "DocDtls.No", "'" + number + "' must be 1-16 letters, digits, '/' or '-', not starting"
                        + " with 0, '/' or '-' (IRP rule); renumber the document");
            }
            return new DocDtls(doc.getDocumentType().name(), number, day(doc.getDocumentDate()));
        }

        private SellerDtls sellerDtls() {
            String[] address = address(seller.getAddress(), "SellerDtls", "the registration's address");
            String loc = seller.getCity() == null ? null : seller.getCity().trim();
            if (loc == null || loc.length() < 3 || loc.length() > 50) {
                add(null, "SellerDtls.Loc", "the registration's city '" + seller.getCity()
                        + "' must be 3-50 characters; correct the GST registration");
            }
            String legalName = company.getLegalName();
            if (legalName == null || legalName.trim().length() < 3 || legalName.trim().length() > 100) {
                add(null, "SellerDtls.LglNm", "the company's legal name must be 3-100 characters");
            }
            String trade = seller.getTradeName() != null ? seller.getTradeName() : company.getTradeName();
            return new SellerDtls(seller.getGstin(), legalName, length(trade, 3, 100), address[0], address[1], loc,
                    pin(seller.getPincode(), "SellerDtls.Pin", "the registration's PIN code"),
                    seller.getStateCode().code(), null, null);
        }

        private BuyerDtls buyerDtls() {
            String gstin = export ? UNREGISTERED : doc.getBuyerGstin();
            if (gstin == null || gstin.isBlank()) {
                add(null, "BuyerDtls.Gstin", "missing: a " + doc.getSupplyType() + " document needs the buyer's GSTIN");
            }
            String name = doc.getBuyerLegalName();
            if (name == null || name.trim().length() < 3 || name.trim().length() > 100) {
                add(null, "BuyerDtls.LglNm", "the buyer's legal name '" + name + "' must be 3-100 characters");
            }
            String[] address = address(doc.getBuyerAddress(), "BuyerDtls", "the buyer's address");
            String loc = locality(doc.getBuyerAddress());
            Integer pin = export ? Integer.valueOf(999999) : pin(doc.getBuyerPincode(), "BuyerDtls.Pin",
                    "the buyer's PIN code");
            String state = export ? StateCode.FOREIGN
                    : doc.getBuyerStateCode() != null ? doc.getBuyerStateCode()
                    : gstin != null && gstin.length() >= 2 ? gstin.substring(0, 2) : null;
            String pos = export ? StateCode.FOREIGN : doc.getPlaceOfSupply();
            return new BuyerDtls(gstin, name, null, pos, address[0], address[1], loc, pin, state,
                    phone(doc.getBuyerPhone()), length(doc.getBuyerEmail(), 6, 100));
        }

        /** Adds the positive lines to {@code items}; returns the folded negative lines' value. */
        private BigDecimal items(List<Item> items) {
            BigDecimal discount = Money.ZERO;
            TaxJurisdiction jurisdiction = doc.getSupplyType() == null ? null : GstTaxRule.jurisdiction(
                    seller.getStateCode(), StateCode.of(doc.getPlaceOfSupply()), doc.getSupplyType());
            for (SalesDocumentLine line : doc.getLines()) {
                if (line.getTaxableValue().signum() < 0) {
                    if (tax(line).signum() != 0) {
                        linesLeftOut = true;
                        add(line.getLineNo(), "ItemList", "the negative line carries tax " + tax(line).negate()
                                .toPlainString() + "; the IRP takes no negative items and folding it into the"
                                + " document discount would report more tax than charged: spread the reduction over"
                                + " the items as line discounts, or issue a credit note");
                    } else {
                        discount = discount.add(Money.of(line.getTaxableValue().negate()));
                    }
                    continue;
                }
                items.add(item(line, jurisdiction));
            }
            if (items.isEmpty() && !doc.getLines().isEmpty()) {
                add(null, "ItemList", "the document has no line with a positive value; the IRP needs at least one item");
            }
            return discount;
        }

        private Item item(SalesDocumentLine line, TaxJurisdiction jurisdiction) {
            int no = line.getLineNo();
            hsn(line);
            String description = line.getDescription();
            if (description != null && description.length() > 300) {
                add(no, "ItemList.PrdDesc", "the description has " + description.length()
                        + " characters; the IRP takes at most 300");
            }
            BigDecimal qty = scaled(line.getQuantity(), 3, no, "ItemList.Qty", "quantity");
            BigDecimal price = line.getUnitPrice().stripTrailingZeros().scale() > 2
                    ? scaled(line.getUnitPrice(), 3, no, "ItemList.UnitPrice", "unit price")
                    : Money.of(line.getUnitPrice());
            BigDecimal totAmt = Money.of(line.getQuantity().multiply(line.getUnitPrice()));
            BigDecimal discount = Money.orZero(line.getDiscount());
            BigDecimal assAmt = totAmt.subtract(discount);
            if (assAmt.compareTo(line.getTaxableValue()) != 0) {
                add(no, "ItemList.AssAmt", "quantity × unit price − discount = " + totAmt.toPlainString() + " − "
                        + discount.toPlainString() + " = " + assAmt.toPlainString() + " but the line's taxable value is "
                        + line.getTaxableValue().toPlainString() + "; correct the line");
            }
            if (jurisdiction == TaxJurisdiction.INTER_STATE
                    && (line.getCgst().signum() != 0 || line.getSgst().signum() != 0)) {
                add(no, "ItemList.CgstAmt", "an inter-state supply (" + seller.getStateCode() + " to place of supply "
                        + doc.getPlaceOfSupply() + ", " + doc.getSupplyType() + ") bears IGST, not CGST/SGST");
            }
            BigDecimal igst = Money.of(line.getIgst());
            BigDecimal cgst = Money.of(line.getCgst());
            BigDecimal sgst = Money.of(line.getSgst());
            BigDecimal cess = Money.of(line.getCess());
            BigDecimal totItemVal = assAmt.add(igst).add(cgst).add(sgst).add(cess);
            return new Item(String.valueOf(no), description, yesNo(line.isService()), line.getHsn(), qty, null,
                    line.getUqc(), price, totAmt, discount, null, assAmt, rate(line.getGstRate()), igst, cgst, sgst,
                    null, cess, null, null, null, null, null, totItemVal);
        }

        private void hsn(SalesDocumentLine line) {
            String hsn = line.getHsn();
            int no = line.getLineNo();
            if (hsn == null || !HSN.matcher(hsn).matches()) {
                add(no, "ItemList.HsnCd", "'" + hsn + "' must be 4, 6 or 8 digits");
                return;
            }
            if (line.isService() && !hsn.startsWith("99")) {
                add(no, "ItemList.HsnCd", "'" + hsn + "' is on a service line but a SAC starts with 99;"
                        + " give the SAC or mark the line as goods");
            } else if (!line.isService() && hsn.startsWith("99")) {
                add(no, "ItemList.IsServc", "'" + hsn + "' is a SAC (starts with 99) but the line is marked as goods;"
                        + " mark it as a service");
            }
            BigDecimal aato = company.getAggregateTurnover();
            if (hsn.length() == 4 && (aato == null || aato.compareTo(sixDigitHsnAbove) > 0)) {
                add(no, "ItemList.HsnCd", "'" + hsn + "' has 4 digits but a supplier with aggregate turnover "
                        + (aato == null ? "not recorded (taken as above " : "of " + IndianRupees.crore(aato) + " (above ")
                        + IndianRupees.crore(sixDigitHsnAbove) + ") must give 6 or 8 digits"
                        + " (Notification 78/2020-Central Tax); give the full HSN/SAC of the item");
            }
        }

        private ValDtls valDtls(List<Item> items, BigDecimal discount) {
            BigDecimal ass = Money.sum(items.stream().map(Item::assAmt).toList());
            BigDecimal cgst = Money.sum(items.stream().map(Item::cgstAmt).toList());
            BigDecimal sgst = Money.sum(items.stream().map(Item::sgstAmt).toList());
            BigDecimal igst = Money.sum(items.stream().map(Item::igstAmt).toList());
            BigDecimal cess = Money.sum(items.stream().map(Item::cesAmt).toList());
            BigDecimal other = Money.orZero(doc.getOtherCharges());
            BigDecimal roundOff = Money.orZero(doc.getRoundOff());
            if (roundOff.abs().compareTo(MAX_ROUND_OFF) > 0) {
                add(null, "ValDtls.RndOffAmt", "round-off " + roundOff.toPlainString() + " is outside the IRP's"
                        + " ±99.99; correct the document's round-off");
            }
            BigDecimal total = Money.of(doc.getTotal());
            BigDecimal computed = ass.add(cgst).add(sgst).add(igst).add(cess).add(other).subtract(discount).add(roundOff);
            // A line already reported as unusable would only make the totals differ again; say it once.
            if (!linesLeftOut && computed.subtract(total).abs().compareTo(IRP_TOLERANCE) > 0) {
                add(null, "ValDtls.TotInvVal", "the document total " + total.toPlainString() + " differs by more than"
                        + " the IRP's ±1 from assessable value + taxes + other charges − discount + round-off = "
                        + computed.toPlainString() + "; correct the totals");
            }
            return new ValDtls(ass, cgst, sgst, igst, cess, null, discount, other, roundOff, total, null);
        }

        private RefDtls refDtls() {
            if (!doc.getDocumentType().isNote()) {
                return null;
            }
            String number = doc.getPrecedingDocumentNumber();
            LocalDate date = doc.getPrecedingDocumentDate();
            if (number == null || number.isBlank()) {
                add(null, "RefDtls.PrecDocDtls.InvNo", "missing: a " + doc.getDocumentType()
                        + " must name the invoice it adjusts");
            }
            if (date == null) {
                add(null, "RefDtls.PrecDocDtls.InvDt", "missing: give the date of the invoice this "
                        + doc.getDocumentType() + " adjusts");
            }
            return new RefDtls(null, List.of(new PrecDocDtls(number, date == null ? null : day(date), null)));
        }

        private ExpDtls expDtls(ExportDetails details) {
            String country = details == null ? null : details.countryCode();
            String currency = details == null ? null : details.currencyCode();
            if (country != null && !country.matches("[A-Z]{2}")) {
                add(null, "ExpDtls.CntCode", "'" + country + "' is not an ISO 3166 two-letter country code");
            }
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                add(null, "ExpDtls.ForCur", "'" + currency + "' is not an ISO 4217 three-letter currency code");
            }
            // No refund claim is recorded with the document; "N" is the IRP's default and is what we know.
            return new ExpDtls(null, null, null, "N", currency, country, null);
        }

        private EwbDtls ewbDtls(TransportDetails t) {
            if (doc.getLines().stream().allMatch(SalesDocumentLine::isService)) {
                add(null, "EwbDtls", "transport details given for a document of services only; an e-way bill is"
                        + " for goods: leave the transport details out");
            }
            if (t.mode() == null && (t.transporterId() == null || t.transporterId().isBlank())) {
                add(null, "EwbDtls.TransId", "give the transporter's id (Part A) or the mode of transport (Part B)");
            }
            String vehicle = t.vehicleNumber() == null ? null
                    // The IRP takes vehicle numbers without spaces or dashes: MH12AB1234.
                    : t.vehicleNumber().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
            if (t.mode() == TransportDetails.Mode.ROAD && vehicle == null) {
                add(null, "EwbDtls.VehNo", "missing: road transport needs the vehicle number");
            }
            if (t.mode() != null && t.mode() != TransportDetails.Mode.ROAD
                    && (t.documentNumber() == null || t.documentNumber().isBlank())) {
                add(null, "EwbDtls.TransDocNo", "missing: " + t.mode() + " transport needs the transport document number");
            }
            if (t.distanceKm() < 0 || t.distanceKm() > MAX_DISTANCE_KM) {
                add(null, "EwbDtls.Distance", t.distanceKm() + " km must be 0-" + MAX_DISTANCE_KM
                        + " (0 lets the IRP compute it)");
            }
            String transId = t.transporterId() == null ? null : t.transporterId().trim().toUpperCase(Locale.ROOT);
            if (transId != null && !GSTIN_LIKE.matcher(transId).matches()) {
                add(null, "EwbDtls.TransId", "'" + t.transporterId() + "' must be the transporter's 15-character"
                        + " GSTIN or TRANSIN");
            }
            String vehType = t.mode() == TransportDetails.Mode.ROAD ? (t.overDimensionalCargo() ? "O" : "R") : null;
            return new EwbDtls(transId, t.transporterName(), t.mode() == null ? null : t.mode().code(),
                    t.distanceKm(), t.documentNumber(), t.documentDate() == null ? null : day(t.documentDate()),
                    vehicle, vehType);
        }

        /** Addr1 of at most 100 characters and the rest in Addr2, cut at a comma or space. */
        private String[] address(String address, String block, String what) {
            String a = address == null ? "" : address.trim().replaceAll("\\s+", " ");
            if (a.isEmpty()) {
                add(null, block + ".Addr1", "missing: " + what + " is needed");
                return new String[] {null, null};
            }
            if (a.length() <= ADDRESS_PART) {
                return new String[] {a, null};
            }
            int cut = Math.max(a.lastIndexOf(", ", ADDRESS_PART - 1) + 1, a.lastIndexOf(' ', ADDRESS_PART));
            if (cut <= 0) {
                cut = ADDRESS_PART;
            }
            String first = a.substring(0, cut).trim();
            String rest = a.substring(cut).trim();
            if (first.endsWith(",")) {
                first = first.substring(0, first.length() - 1);
            }
            if (rest.length() > ADDRESS_PART) {
                add(null, block + ".Addr2", what + " has " + a.length() + " characters; the IRP takes two lines of 100");
            }
            return new String[] {first, rest.length() < 3 ? null : rest};
        }

        private String locality(String address) {
            if (address == null || address.isBlank()) {
                return null;
            }
            String[] parts = address.split(",");
            String loc = parts[parts.length - 1].trim();
            if (loc.length() < 3 || loc.length() > 50) {
                add(null, "BuyerDtls.Loc", "cannot take the buyer's locality from the address '" + address
                        + "': end the address with ', <city>' of 3-50 characters");
                return null;
            }
            return loc;
        }

        private Integer pin(String pincode, String field, String what) {
            String p = pincode == null ? null : pincode.trim();
            if (p == null || !PIN.matcher(p).matches()) {
                add(null, field, what + " '" + pincode + "' must be 6 digits not starting with 0");
                return null;
            }
            return Integer.valueOf(p);
        }

        private BigDecimal scaled(BigDecimal value, int scale, int lineNo, String field, String what) {
            if (value.stripTrailingZeros().scale() > scale) {
                add(lineNo, field, what + " " + value.toPlainString() + " has more than " + scale
                        + " decimals, which the IRP does not take");
                return value.setScale(scale, RoundingMode.HALF_UP);
            }
            return value.setScale(scale, RoundingMode.UNNECESSARY);
        }

        private void add(Integer lineNo, String field, String message) {
            problems.add(new MappingProblem(doc.getDocumentNumber(), lineNo, field, message));
        }
    }

    private static BigDecimal tax(SalesDocumentLine line) {
        return line.getIgst().add(line.getCgst()).add(line.getSgst()).add(line.getCess());
    }

    /** A GST rate without trailing zeros and without exponent: 18, 0.25, 40 (not 4E+1). */
    static BigDecimal rate(BigDecimal rate) {
        BigDecimal r = rate.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        // The IRP takes 6-12 digits; a number it would refuse is left out rather than failing the invoice.
        return digits.length() >= 6 && digits.length() <= 12 ? digits : null;
    }

    private static String length(String value, int min, int max) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        return v.length() >= min && v.length() <= max ? v : null;
    }

    private static String yesNo(boolean value) {
        return value ? "Y" : "N";
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }
}

package dev.lekha.domain.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales invoice, credit note or debit note as the ERP sends it, before validation: the one shape
 * behind {@code POST /api/invoices}, the {@code lekha.invoices.in} queue and the
 * {@code sales-invoices} drop (JSON, or CSV/XLSX with one row per line).
 *
 * <p>Values are kept as sent (codes as strings) so that validation can say exactly which field of
 * which line is wrong. Amounts are rupees with up to 2 decimals. Tax amounts are those the ERP
 * computed; Lekha recomputes them and rejects a document whose split or amounts differ.
 *
 * @param messageId       the sender's idempotency key; may be null for the API and the drop
 * @param documentType    {@code INV}, {@code CRN} or {@code DBN} (the IRP's codes)
 * @param documentNumber  the supplier's document number, 1–16 characters of {@code [A-Za-z0-9/-]}
 * @param documentDate    the document date (Asia/Kolkata)
 * @param supplierGstin   the GSTIN of the company's registration that issues the document
 * @param supplyType      {@code B2B}, {@code B2C}, {@code SEZWP}, {@code SEZWOP}, {@code EXPWP},
 *                        {@code EXPWOP} or {@code DEXP}
 * @param reverseCharge   whether tax is payable by the recipient
 * @param placeOfSupply   two-digit state code of the place of supply ({@code 96} for exports)
 * @param buyer           the recipient
 * @param precedingDocument for credit and debit notes, the invoice they adjust; null otherwise
 * @param lines           one or more lines, in order
 * @param totals          the document totals as sent; may be null, in which case they are derived
 * @param transport       how the goods travel, for the e-way bill; may be null
 * @param gstReporting    what the GST returns need beyond the invoice (e-commerce operator, shipping bill,
 *                        amendment); may be null
 */
public record IncomingSalesDocument(
        String messageId,
        String documentType,
        String documentNumber,
        LocalDate documentDate,
        String supplierGstin,
        String supplyType,
        boolean reverseCharge,
        String placeOfSupply,
        Buyer buyer,
        PrecedingDocument precedingDocument,
        List<Line> lines,
        Totals totals,
        Transport transport,
        GstReporting gstReporting) {

    public IncomingSalesDocument {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A document without GST reporting details. */
    public IncomingSalesDocument(String messageId, String documentType, String documentNumber, LocalDate documentDate,
                                 String supplierGstin, String supplyType, boolean reverseCharge, String placeOfSupply,
                                 Buyer buyer, PrecedingDocument precedingDocument, List<Line> lines, Totals totals,
                                 Transport transport) {
        this(messageId, documentType, documentNumber, documentDate, supplierGstin, supplyType, reverseCharge,
                placeOfSupply, buyer, precedingDocument, lines, totals, transport, null);
    }

    /** A document without transport details. */
    public IncomingSalesDocument(String messageId, String documentType, String documentNumber, LocalDate documentDate,
                                 String supplierGstin, String supplyType, boolean reverseCharge, String placeOfSupply,
                                 Buyer buyer, PrecedingDocument precedingDocument, List<Line> lines, Totals totals) {
        this(messageId, documentType, documentNumber, documentDate, supplierGstin, supplyType, reverseCharge,
                placeOfSupply, buyer, precedingDocument, lines, totals, null, null);
    }

    /**
     * @param gstin     the buyer's GSTIN; null or blank for unregistered buyers, {@code URP} for exports
     * @param legalName the buyer's legal name
     * @param stateCode the buyer's two-digit state code
     */
    public record Buyer(String gstin, String legalName, String stateCode, String address, String pincode,
                        String email, String phone) {
    }

    public record PrecedingDocument(String number, LocalDate date) {
    }

    /**
     * @param lineNo        1-based position, as sent
     * @param hsn           HSN (goods) or SAC (services, starting {@code 99}) code: 4, 6 or 8 digits
     * @param service       true for a service line
     * @param quantity      quantity in {@code uqc}
     * @param uqc           GST unit quantity code ({@code NOS}, {@code KGS}, ...; {@code OTH} for services)
     * @param unitPrice     price per unit before discount
     * @param discount      line discount in rupees
     * @param taxableValue  quantity × unit price − discount (the assessable value)
     * @param gstRate       GST rate in percent (0, 0.1, 0.25, 1.5, 3, 5, 12, 18, 28, 40)
     * @param igst          IGST amount as sent
     * @param cgst          CGST amount as sent
     * @param sgst          SGST/UTGST amount as sent
     * @param cess          cess amount as sent
     * @param taxCategory   {@code NIL} (nil-rated), {@code EXEMPT}, {@code NON_GST} (outside GST, e.g. petrol,
     *                      alcohol for human consumption), or null / {@code TAXABLE} for everything else; a
     *                      nil, exempt or non-GST line carries rate 0 and no tax (GSTR-1 table 8, GSTR-3B 3.1(c), (e))
     */
    public record Line(int lineNo, String description, String hsn, boolean service, BigDecimal quantity,
                       String uqc, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxableValue,
                       BigDecimal gstRate, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess,
                       String taxCategory) {

        /** A taxable line. */
        public Line(int lineNo, String description, String hsn, boolean service, BigDecimal quantity,
                    String uqc, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxableValue,
                    BigDecimal gstRate, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {
            this(lineNo, description, hsn, service, quantity, uqc, unitPrice, discount, taxableValue, gstRate, igst,
                    cgst, sgst, cess, null);
        }
    }

    /**
     * What the GST returns need beyond the invoice itself.
     *
     * @param ecommerceGstin     GSTIN of the e-commerce operator the supply was made through (GSTR-1 {@code etin},
     *                           GSTR-3B 3.1.1); null when sold directly
     * @param portCode           6-character port code of the shipping bill (exports, GSTR-1 {@code exp.sbpcode})
     * @param shippingBillNumber shipping bill or bill of export number (up to 7 digits)
     * @param shippingBillDate   its date, not before the invoice date
     * @param amends             true when this document deliberately replaces a stored one with the same number
     *                           (reported as an amendment if the original was already in a filed GSTR-1)
     */
    public record GstReporting(String ecommerceGstin, String portCode, String shippingBillNumber,
                               LocalDate shippingBillDate, boolean amends) {
    }

    /** Document totals as sent; {@code total} = taxable + all taxes + other charges + round-off. */
    public record Totals(BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst, BigDecimal sgst,
                         BigDecimal cess, BigDecimal otherCharges, BigDecimal roundOff, BigDecimal total) {
    }

    /**
     * Transport of the goods for the e-way bill, as sent.
     *
     * @param transporterId   GSTIN or TRANSIN of the transporter (Part A); may be null
     * @param mode            {@code ROAD}, {@code RAIL}, {@code AIR} or {@code SHIP}; null with only a transporter
     * @param distanceKm      km, 0 to 4000 (0: the IRP computes it from the PIN codes); null means 0
     * @param documentNumber  LR / RR / airway bill / bill of lading number (rail, air, ship)
     * @param vehicleNumber   registration number for road, e.g. {@code MH12AB1234}
     * @param overDimensionalCargo over-dimensional cargo (validity 1 day per 20 km)
     */
    public record Transport(String transporterId, String transporterName, String mode, Integer distanceKm,
                            String documentNumber, LocalDate documentDate, String vehicleNumber,
                            boolean overDimensionalCargo) {
    }
}

package dev.lekha.mappings.gst.gstr2b;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One document of a GSTR-2B statement, flattened from its section and supplier.
 *
 * <p>Amounts are rupees at scale 2 read exactly from the JSON numbers. Pre-IMS files carry taxable
 * value and taxes per rate in {@code items[]}; they are summed here. 2B names the taxes
 * {@code igst/cgst/sgst/cess} (GSTR-1 says {@code iamt/camt/samt/csamt}).
 *
 * @param section          the section it was listed in
 * @param rejected         true when it came from {@code docRejdata} (rejected by the recipient on IMS)
 * @param path             its JSON path, e.g. {@code data.docdata.b2b[0].inv[2]}
 * @param supplierGstin    {@code ctin}; null for {@code impg} (imports from overseas have no supplier GSTIN)
 * @param supplierName     {@code trdnm}, may be null
 * @param supplierPeriod   {@code supprd} as {@code MMYYYY}, may be null
 * @param supplierFiledOn  {@code supfildt}, may be null
 * @param documentType     {@code INV}, {@code CRN}, {@code DBN}, {@code ISDI}/{@code ISDC} (ISD invoice/credit note)
 *                         or {@code BOE} (bill of entry)
 * @param invoiceType      {@code typ} of an invoice (R regular, SEWP, SEWOP, DE, CBW) or {@code suptyp} of a note; may be null
 * @param number           {@code inum}, {@code ntnum}, {@code docnum} or {@code boenum}
 * @param date             {@code dt}, {@code docdt} or {@code boedt}
 * @param value            {@code val}, the document value; null where the section has none (ISD, imports)
 * @param placeOfSupply    {@code pos}, two digits; may be null
 * @param reverseCharge    {@code rev} = Y
 * @param taxableValue     {@code txval} (zero for ISD documents, which carry none)
 * @param itcAvailability  {@code itcavl} (ISD: {@code itcelg}) Y, N or T (temporary, awaiting an IMS action); null for imports
 * @param reason           {@code rsn}, why ITC is not available (P place of supply, C/D and others); may be null
 * @param imsAction        the IMS action ({@code imsStatus} or {@code action}: A accepted, R rejected, P pending,
 *                         N no action) when the file carries one; may be null
 * @param originalNumber   {@code oinum}/{@code ontnum}/{@code odocnum} of an amended document; null otherwise
 * @param originalDate     {@code oidt}/{@code ontdt}/{@code odocdt}
 * @param portCode         imports: {@code portcode}
 * @param referenceDate    imports: {@code refdt} (date ICEGATE reported the bill of entry)
 * @param amendment        imports: {@code isamd} = Y
 */
public record Gstr2bDocument(Gstr2bSection section, boolean rejected, String path,
                             String supplierGstin, String supplierName, String supplierPeriod,
                             LocalDate supplierFiledOn, String documentType, String invoiceType, String number,
                             LocalDate date, BigDecimal value, String placeOfSupply, boolean reverseCharge,
                             BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst, BigDecimal sgst,
                             BigDecimal cess, String itcAvailability, String reason, String imsAction,
                             String originalNumber, LocalDate originalDate, String portCode,
                             LocalDate referenceDate, boolean amendment) {

    /** IGST + CGST + SGST + cess. */
    public BigDecimal totalTax() {
        return igst.add(cgst).add(sgst).add(cess);
    }

    /** True for a credit note (GST credit note or ISD credit note): its credit reduces ITC. */
    public boolean isCreditNote() {
        return "CRN".equals(documentType) || "ISDC".equals(documentType);
    }
}

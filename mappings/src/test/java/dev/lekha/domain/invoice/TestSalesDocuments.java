package dev.lekha.domain.invoice;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.SupplyType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only builder of stored {@link SalesDocument}s: it lives in the domain's package (test tree) to
 * reach the package-private constructors that only the intake uses in production. Totals are the sums
 * of the lines plus other charges and round-off, as the intake would store them.
 */
public final class TestSalesDocuments {

    public static final String PUNE_GSTIN = "27AAACL1234C1Z5";

    private TestSalesDocuments() {
    }

    public static Builder document(DocumentType type, String number, LocalDate date, SupplyType supplyType,
                                   String placeOfSupply) {
        return new Builder(type, number, date, supplyType, placeOfSupply);
    }

    public static final class Builder {
        private final DocumentType type;
        private final String number;
        private final LocalDate date;
        private final SupplyType supplyType;
        private final String placeOfSupply;
        private boolean reverseCharge;
        private String[] buyer = new String[7];
        private String precedingNumber;
        private LocalDate precedingDate;
        private final List<SalesDocumentLine> lines = new ArrayList<>();
        private BigDecimal otherCharges = new BigDecimal("0.00");
        private BigDecimal roundOff = new BigDecimal("0.00");
        private EinvoiceStatus status = EinvoiceStatus.PENDING;

        private Builder(DocumentType type, String number, LocalDate date, SupplyType supplyType, String placeOfSupply) {
            this.type = type;
            this.number = number;
            this.date = date;
            this.supplyType = supplyType;
            this.placeOfSupply = placeOfSupply;
        }

        public Builder buyer(String gstin, String legalName, String stateCode, String address, String pincode,
                             String email, String phone) {
            buyer = new String[] {gstin, legalName, stateCode, address, pincode, email, phone};
            return this;
        }

        public Builder reverseCharge() {
            reverseCharge = true;
            return this;
        }

        public Builder preceding(String precedingNumber, LocalDate precedingDate) {
            this.precedingNumber = precedingNumber;
            this.precedingDate = precedingDate;
            return this;
        }

        /** Amounts as decimal strings, exactly as stored. */
        public Builder line(int lineNo, String description, String hsn, boolean service, String quantity, String uqc,
                            String unitPrice, String discount, String taxableValue, String gstRate, String igst,
                            String cgst, String sgst, String cess) {
            lines.add(new SalesDocumentLine(1L, lineNo, description, hsn, service, new BigDecimal(quantity), uqc,
                    new BigDecimal(unitPrice), new BigDecimal(discount), new BigDecimal(taxableValue),
                    new BigDecimal(gstRate), new BigDecimal(igst), new BigDecimal(cgst), new BigDecimal(sgst),
                    new BigDecimal(cess)));
            return this;
        }

        public Builder otherCharges(String amount) {
            otherCharges = new BigDecimal(amount);
            return this;
        }

        public Builder roundOff(String amount) {
            roundOff = new BigDecimal(amount);
            return this;
        }

        public Builder status(EinvoiceStatus status) {
            this.status = status;
            return this;
        }

        public SalesDocument build() {
            SalesDocument doc = new SalesDocument(1L, 1L, PUNE_GSTIN, type, number, date,
                    FinancialYear.of(date).toString(), GstReturnPeriod.of(date).toString(), supplyType, reverseCharge,
                    placeOfSupply);
            doc.buyer(null, buyer[0], buyer[1], buyer[2], buyer[3], buyer[4], buyer[5], buyer[6]);
            doc.precedingDocument(precedingNumber, precedingDate);
            BigDecimal taxable = sum(lines.stream().map(SalesDocumentLine::getTaxableValue).toList());
            BigDecimal igst = sum(lines.stream().map(SalesDocumentLine::getIgst).toList());
            BigDecimal cgst = sum(lines.stream().map(SalesDocumentLine::getCgst).toList());
            BigDecimal sgst = sum(lines.stream().map(SalesDocumentLine::getSgst).toList());
            BigDecimal cess = sum(lines.stream().map(SalesDocumentLine::getCess).toList());
            BigDecimal total = taxable.add(igst).add(cgst).add(sgst).add(cess).add(otherCharges).add(roundOff);
            doc.totals(taxable, igst, cgst, sgst, cess, otherCharges, roundOff, total);
            doc.receipt("0".repeat(64), "test", null, Instant.parse("2025-11-05T06:00:00Z"), status);
            lines.forEach(doc::addLine);
            return doc;
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(new BigDecimal("0.00"), BigDecimal::add);
        }
    }
}

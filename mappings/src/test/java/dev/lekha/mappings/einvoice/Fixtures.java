package dev.lekha.mappings.einvoice;

import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.Pan;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.TestSalesDocuments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The demo company's data (DemoCompanySeeder) as e-invoice test fixtures. */
final class Fixtures {

    static final String LEGAL_NAME = "Lekha Demo Traders Private Limited";
    static final BigDecimal FIVE_CRORE = new BigDecimal("50000000.00");
    static final LocalDate NOV_5 = LocalDate.of(2025, 11, 5);

    private Fixtures() {
    }

    /** AATO ₹62 crore in 2024-25, as the demo company. */
    static Company company() {
        return company(new BigDecimal("620000000.00"));
    }

    static Company company(BigDecimal aato) {
        Company company = new Company(LEGAL_NAME, Pan.of("AAACL1234C"), false, true, Instant.parse("2025-04-01T00:00:00Z"));
        company.setTradeName("Lekha Demo Traders");
        company.recordTurnover(aato, "2024-25");
        return company;
    }

    static GstRegistration pune() {
        return new GstRegistration(1L, Gstin.of(TestSalesDocuments.PUNE_GSTIN), "Lekha Demo Traders",
                "Plot 12, Hinjewadi Phase 1", "Pune", "411057");
    }

    static TestSalesDocuments.Builder toSahyadri(DocumentType type, String number, LocalDate date) {
        return TestSalesDocuments.document(type, number, date, SupplyType.B2B, "27")
                .buyer("27AABCS9876K1ZK", "Sahyadri Retail Private Limited", "27", "Baner Road, Pune", "411045",
                        "accounts@sahyadri-retail.example", "+912025550101");
    }

    /**
     * The golden intra-state invoice (Pune to Pune):
     * line 1: 3 × 2450.00 = 7350.00 at 5%: CGST = SGST = 7350.00 × 2.5% = 183.75;
     * line 2: 24 × 349.00 = 8376.00 − 76.00 discount = 8300.00 at 18%: CGST = SGST = 8300.00 × 9% = 747.00;
     * taxable 15650.00, CGST = SGST = 930.75, other charges (packing, not taxable) 250.00, round-off −0.50:
     * total 15650.00 + 930.75 + 930.75 + 250.00 − 0.50 = 17761.00.
     */
    static SalesDocument intraStateInvoice() {
        return toSahyadri(DocumentType.INV, "LDT/25-26/0042", NOV_5)
                .line(1, "Basmati rice, 25 kg bag", "10063020", false, "3", "BAG", "2450.00", "0.00", "7350.00", "5",
                        "0.00", "183.75", "183.75", "0.00")
                .line(2, "Steel water bottle, 1 litre", "73239390", false, "24", "NOS", "349.00", "76.00", "8300.00",
                        "18", "0.00", "747.00", "747.00", "0.00")
                .otherCharges("250.00").roundOff("-0.50")
                .build();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}

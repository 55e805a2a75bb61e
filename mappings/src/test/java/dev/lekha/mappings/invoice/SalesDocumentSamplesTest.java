package dev.lekha.mappings.invoice;

import static dev.lekha.mappings.invoice.Documents.dec;
import static dev.lekha.mappings.invoice.Documents.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.invoice.IncomingSalesDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.PrecedingDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every file in {@code samples/sales-invoices/} read as the drop reads it. Tax amounts are worked
 * out by hand: 18% of 10000.00 = 1800.00 = 900.00 CGST + 900.00 SGST; 18% of 1500.00 = 270.00;
 * 18% of 12250.00 = 2205.00 = 1102.50 + 1102.50; 5% of 9000.00 = 450.00; 18% of 32500.00 = 5850.00;
 * 18% of 1400.00 = 252.00; 18% of 980.00 = 176.40 = 88.20 + 88.20; 5% of 22000.00 = 1100.00;
 * 18% of 5000.00 = 900.00; 18% of 22750.00 = 4095.00.
 */
class SalesDocumentSamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples", "sales-invoices");
    private static final Buyer SAHYADRI = new Buyer("27AABCS9876K1ZK", "Sahyadri Stores Private Limited", "27",
            "14 Karve Road, Kothrud, Pune", "411038", "accounts@sahyadri-stores.example", "+912025431100");

    @Test
    void intraStateJsonInvoice() throws IOException {
        SalesDocumentFile file = read("invoice-intra-state.json");

        assertThat(file.errors()).isEmpty();
        assertThat(file.documents()).containsExactly(new IncomingSalesDocument("erp-LDT-26-27-0001", "INV",
                "LDT/26-27/0001", LocalDate.of(2026, 11, 5), "27AAACL1234C1Z5", "B2B", false, "27", SAHYADRI, null,
                List.of(line(1, "Ergonomic office chair", "9401", false, "4", "NOS", "2500.00", "0.00", "10000.00",
                                "18", "0.00", "900.00", "900.00", "0.00"),
                        line(2, "Annual maintenance of office furniture", "998719", true, "1", "OTH", "1500.00",
                                "0.00", "1500.00", "18", "0.00", "135.00", "135.00", "0.00")),
                new Totals(dec("11500.00"), dec("0.00"), dec("1035.00"), dec("1035.00"), dec("0.00"), dec("0.00"),
                        dec("0.00"), dec("13570.00"))));
    }

    @Test
    void bulkCsvWithAnInterStateInvoiceAndACreditNote() throws IOException {
        SalesDocumentFile file = read("invoices-bulk.csv");

        assertThat(file.errors()).isEmpty();
        Buyer kaveri = new Buyer("29AAFCK4321M1ZA", "Kaveri Kitchenware Private Limited", "29",
                "88 Residency Road, Bengaluru", "560025", null, null);
        assertThat(file.documents()).containsExactly(
                new IncomingSalesDocument(null, "INV", "LDT/26-27/0002", LocalDate.of(2026, 11, 10), "27AAACL1234C1Z5",
                        "B2B", false, "27", SAHYADRI, null, List.of(
                        line(1, "Printed corrugated cartons", "48191010", false, "500", "NOS", "24.50", "0.00",
                                "12250.00", "18", "0.00", "1102.50", "1102.50", "0.00"),
                        line(2, "Black tea, packed", "09024020", false, "20", "KGS", "450.00", "0.00", "9000.00", "5",
                                "0.00", "225.00", "225.00", "0.00")), null),
                new IncomingSalesDocument(null, "INV", "LDT/26-27/0003", LocalDate.of(2026, 11, 12), "27AAACL1234C1Z5",
                        "B2B", false, "29", kaveri, null, List.of(
                        line(1, "Steel storage rack", "94032090", false, "10", "NOS", "3250.00", "0.00", "32500.00",
                                "18", "5850.00", "0.00", "0.00", "0.00"),
                        line(2, "Installation of storage racks", "998719", true, "10", "OTH", "150.00", "100.00",
                                "1400.00", "18", "252.00", "0.00", "0.00", "0.00")), null),
                new IncomingSalesDocument(null, "CRN", "CN/26-27/0001", LocalDate.of(2026, 11, 20), "27AAACL1234C1Z5",
                        "B2B", false, "27", SAHYADRI, new PrecedingDocument("LDT/26-27/0002", LocalDate.of(2026, 11, 10)),
                        List.of(line(1, "Printed corrugated cartons returned", "48191010", false, "40", "NOS", "24.50",
                                "0.00", "980.00", "18", "0.00", "88.20", "88.20", "0.00")), null));
    }

    @Test
    void bulkXlsxWithDateCellsNumberCellsAndAFormula() throws IOException {
        SalesDocumentFile file = read("invoices-bulk.xlsx");

        assertThat(file.errors()).isEmpty();
        assertThat(file.documents()).containsExactly(
                // place of supply typed as 7 and HSN 09024020 stored as the number 9024020 get their zeros back
                new IncomingSalesDocument(null, "INV", "LDT/26-27/0004", LocalDate.of(2026, 11, 18), "27AAACL1234C1Z5",
                        "B2B", false, "07", new Buyer("07AAACD3344R1ZD", "Dilli Office Supplies Private Limited", "07",
                        null, null, null, null), null, List.of(
                        line(1, "Black tea, packed", "09024020", false, "50", "KGS", "440", "0.00", "22000.00", "5",
                                "1100.00", "0.00", "0.00", "0.00"),
                        line(2, "Ergonomic office chair", "9401", false, "2", "NOS", "2500", "0.00", "5000.00", "18",
                                "900.00", "0.00", "0.00", "0.00")), null),
                new IncomingSalesDocument(null, "INV", "LDK/26-27/0001", LocalDate.of(2026, 11, 21), "29AAACL1234C1Z1",
                        "B2B", false, "33", new Buyer("33AACCT5566P1ZS", "Thanjavur Traders Private Limited", "33",
                        null, null, null, null), null, List.of(
                        line(1, "Printed corrugated cartons", "48191010", false, "1000", "NOS", "22.75", "0.00",
                                "22750.00", "18", "4095.00", "0.00", "0.00", "0.00")), null));
    }

    @Test
    void committedWorkbooksAreTheOnesTheGeneratorBuilds() throws IOException {
        // the binaries are not byte-comparable (zip timestamps), so compare what they read as
        assertThat(SalesDocumentFiles.read("invoices-bulk.xlsx", SampleWorkbooks.bulk()))
                .isEqualTo(read("invoices-bulk.xlsx"));
        assertThat(SalesDocumentFiles.read("broken-missing-column.xlsx", SampleWorkbooks.missingColumn()))
                .isEqualTo(read("broken-missing-column.xlsx"));
    }

    @Test
    void missingColumnWorkbookIsRejectedNamingTheColumn() throws IOException {
        SalesDocumentFile file = read("broken-missing-column.xlsx");

        assertThat(file.documents()).isEmpty();
        assertThat(file.errors()).containsExactly(new RowError(null, "gst_rate",
                "required column is missing; add a column headed 'gst_rate' to row 1"));
    }

    @Test
    void wrongTaxSplitParsesAndIsLeftToIntakeValidation() throws IOException {
        // IGST on a Maharashtra-to-Maharashtra sale is a business-rule error: the domain's
        // validation rejects it (naming lines[0].igst); the file itself is well-formed
        SalesDocumentFile file = read("broken-wrong-tax-split.json");

        assertThat(file.errors()).isEmpty();
        IncomingSalesDocument document = file.documents().get(0);
        assertThat(document.placeOfSupply()).isEqualTo(document.supplierGstin().substring(0, 2));
        assertThat(document.lines().get(0).igst()).isEqualTo(dec("1800.00"));
        assertThat(document.lines().get(0).cgst()).isEqualTo(dec("0.00"));
    }

    @Test
    void badGstinCheckCharacterParsesAndIsLeftToIntakeValidation() throws IOException {
        // 29AAFCK4321M1ZB has the right shape but its mod-36 check character should be A; the
        // check belongs to the domain's Gstin (a sandbox company accepts NIC test GSTINs that fail it)
        SalesDocumentFile file = read("broken-bad-gstin.csv");

        assertThat(file.errors()).isEmpty();
        assertThat(file.documents()).extracting(document -> document.buyer().gstin())
                .containsExactly("27AABCS9876K1ZK", "29AAFCK4321M1ZB");
    }

    private static SalesDocumentFile read(String name) throws IOException {
        return SalesDocumentFiles.read(name, Files.readAllBytes(SAMPLES.resolve(name)));
    }
}

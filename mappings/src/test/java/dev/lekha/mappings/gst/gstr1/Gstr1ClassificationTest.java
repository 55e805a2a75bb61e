package dev.lekha.mappings.gst.gstr1;

import static dev.lekha.mappings.gst.gstr1.Gstr1Fixtures.SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.SupplyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * B2CL threshold (rule 59(4)(a)(ii) CGST Rules): invoice value ABOVE Rs 2,50,000 until 31 Jul 2024 and ABOVE
 * Rs 1,00,000 for invoices from 1 Aug 2024 (Notification 12/2024-Central Tax); intra-state B2C is always B2CS.
 * Values are invoice totals (taxable + IGST at 18%): 84745.76 + 15254.24 = 100000.00; 84746.61 + 15254.39 = 100001.00.
 */
class Gstr1ClassificationTest {

    private static Gstr1Document b2c(String value, LocalDate date, String pos, String taxable, String igst,
                                     String cgst) {
        return Gstr1Fixtures.doc("INV", "B-1", date, SupplyType.B2C, pos, null, value, List.of(
                Gstr1Fixtures.goods(1, "8471", "Laptop", "1", "NOS", "18", taxable, igst, cgst, cgst)));
    }

    private static Gstr1Section classify(Gstr1Document doc) {
        return Gstr1Mapping.classify(doc, "27", Gstr1Fixtures.rules());
    }

    @Test
    void interStateB2cOfExactlyOneLakhInAugust2024IsB2cs() {
        assertThat(classify(b2c("100000.00", LocalDate.of(2024, 8, 20), "07", "84745.76", "15254.24", "0")))
                .isEqualTo(Gstr1Section.B2CS);
    }

    @Test
    void interStateB2cOfOneLakhAndOneRupeeFromFirstAugust2024IsB2cl() {
        assertThat(classify(b2c("100001.00", LocalDate.of(2024, 8, 1), "07", "84746.61", "15254.39", "0")))
                .isEqualTo(Gstr1Section.B2CL);
        assertThat(classify(b2c("100001.00", LocalDate.of(2025, 3, 31), "07", "84746.61", "15254.39", "0")))
                .isEqualTo(Gstr1Section.B2CL);
    }

    @Test
    void theSameInvoiceInJune2024IsB2csBecauseTheThresholdWasTwoAndAHalfLakh() {
        assertThat(classify(b2c("100001.00", LocalDate.of(2024, 6, 15), "07", "84746.61", "15254.39", "0")))
                .isEqualTo(Gstr1Section.B2CS);
        assertThat(classify(b2c("100001.00", LocalDate.of(2024, 7, 31), "07", "84746.61", "15254.39", "0")))
                .isEqualTo(Gstr1Section.B2CS);
        assertThat(classify(b2c("250001.00", LocalDate.of(2024, 7, 31), "07", "211865.25", "38135.75", "0")))
                .isEqualTo(Gstr1Section.B2CL);
    }

    @Test
    void intraStateB2cOfAnyValueIsB2cs() {
        assertThat(classify(b2c("5000000.00", LocalDate.of(2024, 8, 20), "27", "4237288.14", "0", "381355.93")))
                .isEqualTo(Gstr1Section.B2CS);
    }

    @Test
    void registeredSezDeemedExportAndExportSupplies() {
        var line = List.of(Gstr1Fixtures.laptop(1, "1", "100", "18"));
        LocalDate d = LocalDate.of(2024, 8, 2);
        assertThat(classify(Gstr1Fixtures.doc("INV", "S-1", d, SupplyType.SEZWP, "27", "27AAGCS4567K1ZT", "118", line)))
                .isEqualTo(Gstr1Section.B2B);
        assertThat(Gstr1Mapping.invoiceType(SupplyType.SEZWP)).isEqualTo("SEWP");
        assertThat(Gstr1Mapping.invoiceType(SupplyType.SEZWOP)).isEqualTo("SEWOP");
        assertThat(Gstr1Mapping.invoiceType(SupplyType.DEXP)).isEqualTo("DE");
        assertThat(Gstr1Mapping.invoiceType(SupplyType.B2B)).isEqualTo("R");
        assertThat(classify(Gstr1Fixtures.doc("INV", "E-1", d, SupplyType.EXPWOP, "96", null, "118", line)))
                .isEqualTo(Gstr1Section.EXP);
        assertThat(Gstr1Mapping.exportType(SupplyType.EXPWOP)).isEqualTo("WOPAY");
        assertThat(classify(Gstr1Fixtures.doc("CRN", "C-1", d, SupplyType.EXPWP, "96", null, "118", line)))
                .isEqualTo(Gstr1Section.CDNUR);
        assertThat(classify(Gstr1Fixtures.doc("CRN", "C-2", d, SupplyType.B2C, "07", null, "118", line)))
                .as("a note on a small inter-state B2C invoice nets into b2cs").isEqualTo(Gstr1Section.B2CS);
    }

    @Test
    void hsnDescriptionIsCutToThirtyCharactersAndServicesHaveUqcNa() {
        assertThat(Gstr1Mapping.hsnDescription("  IT design and development services ")).isEqualTo(
                "IT design and development serv");
        assertThat(Gstr1Mapping.hsnUqc(true, "OTH")).isEqualTo("NA");
        assertThat(Gstr1Mapping.hsnUqc(false, "NOS")).isEqualTo("NOS");
    }

    @Test
    void fromApril2025TheHsnSummaryIsSplitIntoB2bAndB2cTables() {
        // given: one B2B and one B2C invoice in April 2025
        GstReturnPeriod apr = GstReturnPeriod.parse("042025");
        LocalDate d = LocalDate.of(2025, 4, 3);
        var docs = List.of(
                Gstr1Fixtures.doc("INV", "A-1", d, SupplyType.B2B, "29", Gstr1Fixtures.BUYER_KA, "118",
                        List.of(Gstr1Fixtures.laptop(1, "1", "100", "18"))),
                Gstr1Fixtures.doc("INV", "A-2", d, SupplyType.B2C, "07", null, "236",
                        List.of(Gstr1Fixtures.laptop(1, "2", "200", "36"))));
        var out = new java.io.ByteArrayOutputStream();

        // when
        try (var w = Gstr1JsonWriter.open(out, SUPPLIER, "042025")) {
            Gstr1Assembler.assemble(SUPPLIER, apr, docs, List.of(), Gstr1Fixtures.rules(), new Gstr1Books(), w);
        }
        List<String> tables = new ArrayList<>();
        Gstr1JsonParser.parse(new java.io.ByteArrayInputStream(out.toByteArray())).hsn().forEach((t, rows) ->
                rows.forEach(e -> tables.add(t.json() + " " + e.num() + " " + e.amounts().taxable())));

        // then
        assertThat(tables).containsExactly("hsn_b2b 1 100.00", "hsn_b2c 1 200.00");
        assertThat(Gstr1Fixtures.rules().hsnSplit(GstReturnPeriod.parse("032025"))).isFalse();
    }

    @Test
    void documentSeriesComeFromTheNumberPrefix() {
        DocumentSeriesCounter c = new DocumentSeriesCounter();
        c.add("INV", "INV/24-25/0010", false);
        c.add("INV", "INV/24-25/0009", true);
        c.add("INV", "INV/24-25/0011", false);
        c.add("INV", "POS-7", false);
        c.add("CRN", "CN-1", false);
        assertThat(c.series()).containsExactly(
                new Gstr1Return.DocumentSeries(1, 1, "INV/24-25/0009", "INV/24-25/0011", 3, 1, 2),
                new Gstr1Return.DocumentSeries(1, 2, "POS-7", "POS-7", 1, 0, 1),
                new Gstr1Return.DocumentSeries(5, 1, "CN-1", "CN-1", 1, 0, 1));
    }

    @Test
    void sectionsOutOfOrderOrARepeatedCtinAreRefusedByTheWriter() {
        var out = new java.io.ByteArrayOutputStream();
        var w = Gstr1JsonWriter.open(out, SUPPLIER, "082024");
        var inv = new Gstr1Return.B2bInvoice("29AABCR1718E1ZL", null, "X-1", LocalDate.of(2024, 8, 1),
                BigDecimal.TEN, "29", false, null, "R", List.of(), null);
        var other = new Gstr1Return.B2bInvoice("27AAGCS4567K1ZT", null, "X-2", LocalDate.of(2024, 8, 1),
                BigDecimal.TEN, "27", false, null, "R", List.of(), null);
        w.b2b(inv);
        w.b2b(other);
        assertThatThrownBy(() -> w.b2b(inv)).hasMessageContaining("arrived again");
        w.nil(new Gstr1Return.NilEntry("INTRB2B", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO));
        assertThatThrownBy(() -> w.b2cs(null)).hasMessageContaining("b2cs arrived after nil");
    }
}

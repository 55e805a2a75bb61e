package dev.lekha.mappings.gst.gstr1;

import static dev.lekha.mappings.gst.gstr1.Gstr1Fixtures.AUG_2024;
import static dev.lekha.mappings.gst.gstr1.Gstr1Fixtures.BUYER_KA;
import static dev.lekha.mappings.gst.gstr1.Gstr1Fixtures.SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.SupplyType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents changed (or cancelled) after a FILED GSTR-1 reported them go to the amendment tables with the
 * original number and date: b2cla and expa with {@code oinum}/{@code oidt}, cdnra with {@code ont_num}/{@code ont_dt}
 * (GSTR-1 tables 9A and 9C; field names as GSTR-1A/2A amendment records carry them). A filed invoice cannot be
 * deleted, so a cancelled one is amended to zero: {@code val} 0.00 and its rates with zero amounts.
 */
class Gstr1AmendmentTest {

    private static Gstr1Document amended(Gstr1Document d, Gstr1Section section, String originalNumber) {
        return new Gstr1Document(d.docType(), d.number(), d.date(), d.supplyType(), d.reverseCharge(),
                d.placeOfSupply(), d.buyerGstin(), d.ecommerceGstin(), d.portCode(), d.shippingBillNumber(),
                d.shippingBillDate(), d.value(), d.originalInvoiceValue(), d.cancelled(), d.lines(),
                new Gstr1Document.Reported(section, originalNumber, LocalDate.of(2024, 7, 10), "072024"));
    }

    @Test
    void amendmentsCarryTheOriginalNumberAndDateAndACancelledInvoiceIsAmendedToZero() throws Exception {
        // given: documents of July 2024 (B2CL threshold then 2,50,000: 3,00,000 + 54,000 IGST is above it)
        LocalDate jul = LocalDate.of(2024, 7, 10);
        var b2cl = amended(Gstr1Fixtures.doc("INV", "L-1", jul, SupplyType.B2C, "07", null, "354000",
                List.of(Gstr1Fixtures.laptop(1, "3", "300000", "54000"))), Gstr1Section.B2CL, "L-1");
        var cdnr = amended(Gstr1Fixtures.doc("CRN", "N-2", jul, SupplyType.B2B, "29", BUYER_KA, "236",
                List.of(Gstr1Fixtures.laptop(1, "0", "200", "36"))), Gstr1Section.CDNR, "N-1");
        var exp = amended(new Gstr1Document("INV", "E-1", jul, SupplyType.EXPWOP, false, "96", null, null, "INMAA1",
                "7654321", jul, new BigDecimal("5000"), null, false,
                List.of(Gstr1Fixtures.goods(1, "8471", "Laptop", "1", "NOS", "18", "5000", "0", "0", "0")), null),
                Gstr1Section.EXP, "E-1");
        var cancelled = amended(new Gstr1Document("INV", "B-9", jul, SupplyType.B2B, false, "29", BUYER_KA, null,
                null, null, null, new BigDecimal("1180"), null, true,
                List.of(Gstr1Fixtures.laptop(1, "1", "1000", "180")), null), Gstr1Section.B2B, "B-9");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Gstr1Books books = new Gstr1Books();

        // when
        try (Gstr1JsonWriter w = Gstr1JsonWriter.open(out, SUPPLIER, AUG_2024.toString())) {
            Gstr1Assembler.assemble(SUPPLIER, AUG_2024, List.of(b2cl, cdnr, exp, cancelled), List.of(),
                    Gstr1Fixtures.rules(), books, w);
        }

        // then
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode json = mapper.readTree(out.toByteArray());
        assertThat(json.get("b2ba")).isEqualTo(mapper.readTree("""
                [{"ctin":"29AABCR1718E1ZL","inv":[{"oinum":"B-9","oidt":"10-07-2024","inum":"B-9","idt":"10-07-2024",
                  "val":0.00,"pos":"29","rchrg":"N","inv_typ":"R","itms":[{"num":1,"itm_det":{"rt":18.00,"txval":0.00,
                  "iamt":0.00,"camt":0.00,"samt":0.00,"csamt":0.00}}]}]}]"""));
        assertThat(json.get("b2cla")).isEqualTo(mapper.readTree("""
                [{"pos":"07","inv":[{"oinum":"L-1","oidt":"10-07-2024","inum":"L-1","idt":"10-07-2024","val":354000.00,
                  "itms":[{"num":1,"itm_det":{"rt":18.00,"txval":300000.00,"iamt":54000.00,"csamt":0.00}}]}]}]"""));
        assertThat(json.get("cdnra")).isEqualTo(mapper.readTree("""
                [{"ctin":"29AABCR1718E1ZL","nt":[{"ont_num":"N-1","ont_dt":"10-07-2024","ntty":"C","nt_num":"N-2",
                  "nt_dt":"10-07-2024","val":236.00,"pos":"29","rchrg":"N","inv_typ":"R","itms":[{"num":1,"itm_det":
                  {"rt":18.00,"txval":200.00,"iamt":36.00,"camt":0.00,"samt":0.00,"csamt":0.00}}]}]}]"""));
        assertThat(json.get("expa")).isEqualTo(mapper.readTree("""
                [{"exp_typ":"WOPAY","inv":[{"oinum":"E-1","oidt":"10-07-2024","inum":"E-1","idt":"10-07-2024",
                  "val":5000.00,"sbpcode":"INMAA1","sbnum":"7654321","sbdt":"10-07-2024",
                  "itms":[{"txval":5000.00,"rt":18.00,"iamt":0.00,"csamt":0.00}]}]}]"""));
        // amendments revise earlier periods: not in this period's sections, doc_issue or books
        assertThat(json.has("b2b")).isFalse();
        assertThat(json.has("doc_issue")).isFalse();
        assertThat(books.bySection()).isEmpty();
    }

    /** A B2C invoice of July 2024 reported in the filed July GSTR-1's b2cs summary (its buckets recorded). */
    private static Gstr1Document b2cs(String number, int day, String pos, boolean cancelled, Gstr1Line line,
                                      String reportedPos, String... reportedRates) {
        LocalDate date = LocalDate.of(2024, 7, day);
        BigDecimal value = line.amounts().taxable().add(line.amounts().tax());
        return new Gstr1Document("INV", number, date, SupplyType.B2C, false, pos, null, null, null, null, null, value,
                null, cancelled, List.of(line), new Gstr1Document.Reported(Gstr1Section.B2CS, number, date, "072024",
                reportedPos, null, List.of(reportedRates).stream().map(BigDecimal::new).toList()));
    }

    private static Gstr1Line intra(String rate, String taxable, String halfTax) {
        return Gstr1Fixtures.goods(1, "8471", "Laptop computer", "1", "NOS", rate, taxable, "0", halfTax, halfTax);
    }

    private static JsonNode assemble(List<Gstr1Document> amended, List<Gstr1Document> unchanged, Gstr1Books books)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Gstr1JsonWriter w = Gstr1JsonWriter.open(out, SUPPLIER, AUG_2024.toString())) {
            Gstr1Assembler.assemble(SUPPLIER, AUG_2024, amended, unchanged, List.of(), Gstr1Fixtures.rules(), books,
                    w);
        }
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    @Test
    void aChangedAndACancelledB2csInvoiceReviseTheirJulyBucketToTheFullTotalAsItStandsNow() throws Exception {
        // given: the filed July 2024 GSTR-1 (supplier in Maharashtra, 27) reported three intra-state B2C invoices
        // in ONE b2cs row (INTRA, pos 27, OE, 18%): S-1 10,000 (CGST 900, SGST 900), S-2 5,000 (450/450) and
        // S-3 2,000 (180/180), i.e. 17,000 / 1,530 / 1,530. Since then S-1 was changed to 12,000 (1,080/1,080) and
        // S-2 was cancelled; S-3 is unchanged.
        var s1 = b2cs("S-1", 5, "27", false, intra("18", "12000", "1080"), "27", "18");
        var s2 = b2cs("S-2", 9, "27", true, intra("18", "5000", "450"), "27", "18");
        var s3 = b2cs("S-3", 12, "27", false, intra("18", "2000", "180"), "27", "18");
        Gstr1Books books = new Gstr1Books();

        // when: August's GSTR-1 is assembled with the two amended invoices (S-3 only completes the bucket)
        JsonNode json = assemble(List.of(s1, s2), List.of(s3), books);

        // then: GSTR-1 table 10 (b2csa) revises July's bucket to its full total as it stands now, not the
        // difference: S-1 12,000 + S-3 2,000 = 14,000 taxable; CGST 1,080 + 180 = 1,260, SGST the same; the
        // cancelled S-2 is out. (Was 17,000 / 1,530 / 1,530 in July.)
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(json.get("b2csa")).isEqualTo(mapper.readTree("""
                [{"omon":"072024","sply_ty":"INTRA","pos":"27","typ":"OE","itms":[{"rt":18.00,"txval":14000.00,
                  "iamt":0.00,"camt":1260.00,"samt":1260.00,"csamt":0.00}]}]"""));
        // an amendment of July is not a supply of August: no b2cs row, no doc_issue, nothing tied to the books
        assertThat(json.has("b2cs")).isFalse();
        assertThat(json.has("doc_issue")).isFalse();
        assertThat(books.bySection()).isEmpty();
    }

    @Test
    void aB2csInvoiceMovedToAnotherPlaceOfSupplyRevisesBothBucketsAndTheEmptiedOneToZero() throws Exception {
        // given: S-4 was reported in July as an inter-state B2C supply to Karnataka (INTER, pos 29, 12%: 3,000,
        // IGST 360; 3,360 is below the 2,50,000 B2CL threshold of July 2024, so b2cs). The place of supply was then
        // corrected to Maharashtra: now INTRA, pos 27, 12%, 3,000 with CGST 180 and SGST 180.
        var s4 = b2cs("S-4", 20, "27", false, intra("12", "3000", "180"), "29", "12");
        Gstr1Books books = new Gstr1Books();

        // when
        JsonNode json = assemble(List.of(s4), List.of(), books);

        // then: both of July's buckets are revised: INTRA/27/12% is now 3,000 / 180 / 180 and INTER/29/12% lost
        // its only invoice, so it is reported with zeros (rows ordered by place of supply)
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(json.get("b2csa")).isEqualTo(mapper.readTree("""
                [{"omon":"072024","sply_ty":"INTRA","pos":"27","typ":"OE","itms":[{"rt":12.00,"txval":3000.00,
                  "iamt":0.00,"camt":180.00,"samt":180.00,"csamt":0.00}]},
                 {"omon":"072024","sply_ty":"INTER","pos":"29","typ":"OE","itms":[{"rt":12.00,"txval":0.00,
                  "iamt":0.00,"camt":0.00,"samt":0.00,"csamt":0.00}]}]"""));
        assertThat(books.bySection()).isEmpty();
    }

    @Test
    void theB2csaSectionComesAfterB2csAndBeforeCdnrAndReadsBack() throws Exception {
        // given: an August B2CS invoice (INTRA, 27, 18%: 1,000 / 90 / 90) and the July amendment of S-1
        var s1 = b2cs("S-1", 5, "27", false, intra("18", "12000", "1080"), "27", "18");
        var aug = new Gstr1Document("INV", "A-1", Gstr1Fixtures.aug(3), SupplyType.B2C, false, "27", null, null, null,
                null, null, new BigDecimal("1180"), null, false, List.of(intra("18", "1000", "90")), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Gstr1Totals totals = new Gstr1Totals();

        // when
        try (Gstr1JsonWriter w = Gstr1JsonWriter.open(out, SUPPLIER, AUG_2024.toString())) {
            Gstr1Assembler.assemble(SUPPLIER, AUG_2024, List.of(aug, s1), List.of(), List.of(),
                    Gstr1Fixtures.rules(), new Gstr1Books(), Gstr1Tee.of(w, totals));
        }

        // then: the portal's order b2cs, b2csa, ..., and b2csa is an amendment total, apart from b2cs
        JsonNode json = JsonMapper.builder().build().readTree(out.toByteArray());
        List<String> names = new java.util.ArrayList<>();
        json.propertyNames().forEach(names::add);
        assertThat(names).containsSubsequence("b2cs", "b2csa", "hsn");
        assertThat(totals.section("b2cs")).isEqualTo(Gstr1Amounts.of("1000", "0", "90", "90", "0"));
        assertThat(totals.section("b2csa")).isEqualTo(Gstr1Amounts.of("12000", "0", "1080", "1080", "0"));
        assertThat(Gstr1Totals.AMENDMENTS).contains("b2csa");
        Gstr1Return parsed = Gstr1JsonParser.parse(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(parsed.b2csa()).singleElement().satisfies(e -> {
            assertThat(e.originalMonth()).isEqualTo("072024");
            assertThat(e.items()).singleElement().satisfies(i -> assertThat(i.amounts())
                    .isEqualTo(Gstr1Amounts.of("12000", "0", "1080", "1080", "0")));
        });
    }
}

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
}

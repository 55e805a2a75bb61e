package dev.lekha.mappings.gst.gstr1;

import static dev.lekha.mappings.gst.gstr1.Gstr1Fixtures.AUG_2024;
import static dev.lekha.mappings.gst.gstr1.Gstr1Fixtures.SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.gst.SupplyType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several offending documents at once: every problem is listed with document, line and field, and nothing is
 * written. GSTIN check character: GSTN mod-36 (see dev.lekha.domain.gst.Gstin); 29AABCR1718E1ZL is valid, so
 * 29AABCR1718E1ZM has a wrong check character. Rates: GST_RATE slabs of Notification 1/2017-Central Tax (Rate).
 */
class Gstr1ValidatorTest {

    @Test
    void listsEveryProblemOfEveryOffendingDocument() {
        // given
        var ok = Gstr1Fixtures.doc("INV", "OK-1", Gstr1Fixtures.aug(1), SupplyType.B2B, "29",
                Gstr1Fixtures.BUYER_KA, "118", List.of(Gstr1Fixtures.laptop(1, "1", "100", "18")));
        var badGstin = Gstr1Fixtures.doc("INV", "BAD-1", Gstr1Fixtures.aug(2), SupplyType.B2B, "29",
                "29AABCR1718E1ZM", "118", List.of(Gstr1Fixtures.laptop(1, "1", "100", "18")));
        var noCtinBadRate = Gstr1Fixtures.doc("INV", "BAD-2", Gstr1Fixtures.aug(3), SupplyType.B2B, "29", null,
                "117", List.of(Gstr1Fixtures.laptop(1, "1", "100", "18"),
                        Gstr1Fixtures.goods(2, "8471", "Laptop", "1", "NOS", "17", "100", "17", "0", "0")));
        var badPos = Gstr1Fixtures.doc("INV", "BAD-3", Gstr1Fixtures.aug(4), SupplyType.B2C, "42", null, "118",
                List.of(Gstr1Fixtures.laptop(1, "1", "100", "18")));
        var exportWithoutShippingBill = Gstr1Fixtures.doc("INV", "BAD-4", Gstr1Fixtures.aug(5), SupplyType.EXPWOP,
                "96", null, "100", List.of(Gstr1Fixtures.laptop(1, "1", "100", "0")));

        // when
        var thrown = assertThatThrownBy(() -> Gstr1Assembler.assemble(SUPPLIER, AUG_2024,
                List.of(ok, badGstin, noCtinBadRate, badPos, exportWithoutShippingBill), List.of(),
                Gstr1Fixtures.rules(), new Gstr1Books(), Gstr1JsonWriter.open(new ByteArrayOutputStream(), SUPPLIER,
                        "082024")));

        // then
        thrown.isInstanceOf(Gstr1RejectedException.class)
                .hasMessageStartingWith("GSTR-1 of 27AAPFU0939F1ZV for 082024 not produced, the portal would reject"
                        + " 7 problem(s) in 4 document(s) BAD-1, BAD-2, BAD-3, BAD-4; correct them and run again: BAD-1 ctin")
                .hasMessageNotContaining("OK-1")
                .hasMessageNotContaining("\n");
        thrown.extracting(e -> ((Gstr1RejectedException) e).problems().stream().map(Gstr1Problem::toString).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
                .satisfiesExactly(
                        p -> assertThat(p).startsWith("BAD-1 ctin: recipient GSTIN '29AABCR1718E1ZM' is invalid")
                                .contains("check character 'M'"),
                        p -> assertThat(p).startsWith("BAD-2 ctin: B2B supply without the recipient's GSTIN"),
                        p -> assertThat(p).isEqualTo("BAD-2 line 2 rt: rate 17% is not a GST rate in force on 2024-08-03"),
                        p -> assertThat(p).startsWith("BAD-3 pos: place of supply '42' is not a GST state code"),
                        p -> assertThat(p).startsWith("BAD-4 sbpcode: export of goods needs the 6-character port code"),
                        p -> assertThat(p).startsWith("BAD-4 sbnum: export of goods needs the shipping bill number"),
                        p -> assertThat(p).isEqualTo("BAD-4 sbdt: export of goods needs the shipping bill date"));
    }

    @Test
    void intraStateIgstShortHsnAndDocumentsAfterThePeriodAreProblems() {
        var doc = new Gstr1Document("INV", "INV 9", java.time.LocalDate.of(2024, 9, 1), SupplyType.B2C, false, "27",
                null, "27AAACF1234B1ZX", null, null, null, new BigDecimal("118"), null, false,
                List.of(Gstr1Fixtures.goods(1, "84", "Laptop", "1", "NOS", "18", "100", "18", "0", "0")), null);

        var problems = Gstr1Validator.validate(doc, SUPPLIER, AUG_2024, Gstr1Fixtures.rules()).stream()
                .map(p -> p.document() + "|" + p.lineNo() + "|" + p.field()).toList();

        assertThat(problems).containsExactly("INV 9|null|inum", "INV 9|null|idt", "INV 9|null|etin", "INV 9|1|iamt",
                "INV 9|1|hsn_sc");
    }

    @Test
    void aCancelledDocumentIsCheckedForItsNumberOnlyButACancelledAmendmentInFull() {
        // given: the same document with a broken recipient GSTIN, cancelled
        var cancelled = new Gstr1Document("INV", "C-1", Gstr1Fixtures.aug(1), SupplyType.B2B, false, "29",
                "29AABCR1718E1ZM", null, null, null, null, new BigDecimal("118"), null, true,
                List.of(Gstr1Fixtures.laptop(1, "1", "100", "18")), null);
        var cancelledAfterFiling = new Gstr1Document("INV", "C-1", Gstr1Fixtures.aug(1), SupplyType.B2B, false, "29",
                "29AABCR1718E1ZM", null, null, null, null, new BigDecimal("118"), null, true,
                List.of(Gstr1Fixtures.laptop(1, "1", "100", "18")),
                new Gstr1Document.Reported(Gstr1Section.B2B, "C-1", Gstr1Fixtures.aug(1), "082024"));

        // then
        assertThat(Gstr1Validator.validate(cancelled, SUPPLIER, AUG_2024, Gstr1Fixtures.rules())).isEmpty();
        assertThat(Gstr1Validator.validate(cancelledAfterFiling, SUPPLIER, AUG_2024, Gstr1Fixtures.rules()))
                .extracting(Gstr1Problem::field).containsExactly("ctin");
    }
}

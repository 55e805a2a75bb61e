package dev.lekha.mappings.gst.gstr3b;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.TaxHeads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class Gstr3bJsonTest {

    @Test
    void theWrittenJsonReadsBackToTheSameReturn() {
        // given
        Gstr3bReturn written = Gstr3bCalculator.compute(HandWorkedPeriod.inputs()).gstr3b();

        // when
        Gstr3bReturn read = Gstr3bJson.read(Gstr3bJson.write(written));

        // then
        assertThat(read).isEqualTo(written);
        assertThat(Gstr3bJson.write(read)).isEqualTo(Gstr3bJson.write(written));
    }

    @Test
    void table32IsLeftOutWhenThePortalFillsItFromGstr1() {
        Gstr3bReturn r = Gstr3bCalculator.compute(HandWorkedPeriod.inputs()).gstr3b();

        var tree = Gstr3bJson.tree(r, false);

        assertThat(tree.propertyNames()).containsExactly("gstin", "ret_period", "sup_details", "eco_dtls", "itc_elg",
                "inward_sup", "intr_ltfee");
        assertThat(Gstr3bJson.read(Gstr3bJson.write(r, false)).interState())
                .isEqualTo(Gstr3bReturn.InterStateSupplies.NONE);
    }

    @Test
    void absentBlocksReadAsZero() {
        Gstr3bReturn r = Gstr3bJson.read("""
                {"gstin":"27AAPFU0939F1ZV","ret_period":"042025",
                 "sup_details":{"osup_det":{"txval":1000.5,"iamt":180.09}}}""".getBytes(StandardCharsets.UTF_8));

        assertThat(r.period()).isEqualTo(GstReturnPeriod.of(2025, 4));
        assertThat(r.outward().taxable().taxableValue()).isEqualByComparingTo("1000.50");
        assertThat(r.outward().taxable().tax().igst()).isEqualByComparingTo("180.09");
        assertThat(r.outward().zeroRated()).isEqualTo(SupplyValue.ZERO);
        assertThat(r.interState()).isEqualTo(Gstr3bReturn.InterStateSupplies.NONE);
        assertThat(r.itc().net()).isEqualTo(TaxHeads.ZERO);
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() -> read("{\"gstin\":\"27AAPFU0939F1ZV\",\"ret_period\":\"132025\"}"))
                .isInstanceOf(Gstr3bJsonException.class).hasMessageStartingWith("ret_period: ");
        assertThatThrownBy(() -> read("{\"ret_period\":\"112026\"}"))
                .hasMessage("gstin: is missing or not text");
        assertThatThrownBy(() -> read("{\"gstin\":\"27AAPFU0939F1ZV\",\"ret_period\":\"112026\","
                + "\"sup_details\":{\"osup_det\":{\"txval\":\"ten\"}}}"))
                .hasMessage("sup_details.osup_det.txval: '\"ten\"' is not a number of rupees");
        assertThatThrownBy(() -> read("{\"gstin\":\"27AAPFU0939F1ZV\",\"ret_period\":\"112026\","
                + "\"itc_elg\":{\"itc_avl\":[{\"ty\":\"XYZ\",\"iamt\":1}]}}"))
                .hasMessage("itc_elg.itc_avl[0].ty: 'XYZ' is not one of [IMPG, IMPS, ISRC, ISD, OTH]");
        assertThatThrownBy(() -> read("{\"gstin\":\"27AAPFU0939F1ZV\",\"ret_period\":\"112026\","
                + "\"itc_elg\":{\"itc_avl\":[{\"ty\":\"OTH\",\"iamt\":100}],\"itc_net\":{\"iamt\":90}}}"))
                .hasMessageStartingWith("itc_elg.itc_net: is ").hasMessageContaining("table 4C must be 4A − 4B");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("one JSON object");
        assertThatThrownBy(() -> read("{oops")).hasMessageStartingWith("not valid JSON");
    }

    /** The portal JSON skeleton as india-compliance ships it (fixture, read only when present). */
    @Test
    void readsThePortalSkeleton() throws Exception {
        Path template = Path.of("/work/shared/fixtures/gst/india-compliance-2025-02__gstr_3b_report_template.json");
        Assumptions.assumeTrue(Files.isReadable(template), "fixtures folder absent");
        String json = Files.readString(template).replace("\"gstin\": \"\"", "\"gstin\": \"27AAPFU0939F1ZV\"")
                .replace("\"ret_period\": \"\"", "\"ret_period\": \"022025\"");

        Gstr3bReturn r = Gstr3bJson.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(r.outward()).isEqualTo(Gstr3bReturn.OutwardSupplies.NONE);
        assertThat(r.ecommerce()).isEqualTo(Gstr3bReturn.EcommerceSupplies.NONE);
        assertThat(r.exemptInward()).isEqualTo(Gstr3bReturn.ExemptInward.NONE);
        // every block the skeleton has, our writer writes too (and 5.1, which the skeleton lacks)
        assertThat(Gstr3bJson.tree(r).propertyNames()).containsExactly("gstin", "ret_period", "sup_details",
                "eco_dtls", "inter_sup", "itc_elg", "inward_sup", "intr_ltfee");
    }

    private static Gstr3bReturn read(String json) {
        return Gstr3bJson.read(json.getBytes(StandardCharsets.UTF_8));
    }
}

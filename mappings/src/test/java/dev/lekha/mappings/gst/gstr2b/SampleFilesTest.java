package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The files under samples/ do what samples/README.md says. */
class SampleFilesTest {

    static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void theSampleRegisterAndTwoBShowEveryAutomaticOutcome() throws IOException {
        PurchaseRegisterFile register = PurchaseRegisterFile.parse(
                Files.readAllBytes(SAMPLES.resolve("purchase-invoices/purchase-register-052024.csv")), "r.csv");
        Gstr2bFile twoB = Gstr2bFile.parse(
                Files.readAllBytes(SAMPLES.resolve("gstr2b/gstr2b-27AAACL1234C1Z5-052024.json")), "2b.json");
        assertThat(register.errors()).isEmpty();
        List<ReconDocument> books = new ArrayList<>();
        register.rows().forEach(r -> books.add(ReconDocument.ofBooks(r.row(), r)));
        List<ReconDocument> portal = new ArrayList<>();
        for (int i = 0; i < twoB.documents().size(); i++) {
            portal.add(ReconDocument.ofPortal(100 + i, twoB.documents().get(i)));
        }

        List<ReconPair> pairs = new PurchaseReconciliation().reconcile(books, portal, List.of());

        Map<String, String> byBookNumber = pairs.stream().filter(p -> p.book() != null).collect(Collectors.toMap(
                p -> p.book().number(), p -> p.outcome() + " " + p.rule()));
        assertThat(byBookNumber).isEqualTo(Map.of(
                "AT-101", "EXACT_MATCH R1_EXACT",
                "AT-CN-1", "EXACT_MATCH R1_EXACT",
                "SS-1", "EXACT_MATCH R1_EXACT",
                "AT/0102/24-25", "SUGGESTED_MATCH R2_NORMALISED_NUMBER",
                "SS-2", "SUGGESTED_MATCH R3_AMOUNTS",
                "RC-55", "SUGGESTED_MATCH R4_SAME_PAN",
                "AT-103", "MISMATCH R2_NORMALISED_NUMBER",
                "CT-9", "MISSING_IN_2B NONE"));
        assertThat(pairs.stream().filter(p -> p.outcome() == ReconOutcome.MISSING_IN_BOOKS).map(p -> p.portal().number()))
                .containsExactly("4411223", "AT-110");
        assertThat(pairs.stream().filter(p -> p.outcome() == ReconOutcome.MISMATCH).findFirst().orElseThrow()
                .differencesText()).isEqualTo("taxable_value: books 2000.00, 2B 2200.00; cgst: books 180.00, 2B 198.00;"
                + " sgst: books 180.00, 2B 198.00");
    }

    @Test
    void theBrokenRegisterIsRejectedRowByRow() throws IOException {
        PurchaseRegisterFile register = PurchaseRegisterFile.parse(
                Files.readAllBytes(SAMPLES.resolve("purchase-invoices/broken-purchase-register.csv")), "b.csv");

        assertThat(register.errors()).extracting(e -> e.row() + ":" + e.column())
                .containsExactly("2:supplier_gstin", "3:doc_date", "4:total");
    }
}

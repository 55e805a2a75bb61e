package dev.lekha.mappings.invoice;

import static dev.lekha.mappings.invoice.Documents.dec;
import static dev.lekha.mappings.invoice.Documents.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lekha.domain.invoice.IncomingSalesDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Buyer;
import dev.lekha.domain.invoice.IncomingSalesDocument.PrecedingDocument;
import dev.lekha.domain.invoice.IncomingSalesDocument.Totals;
import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesDocumentJsonTest {

    // A credit note with every field set; 18% of 980.00 = 176.40, split 88.20 + 88.20
    private static final IncomingSalesDocument CREDIT_NOTE = new IncomingSalesDocument("msg-42", "CRN",
            "CN/26-27/0001", LocalDate.of(2026, 11, 20), "27AAACL1234C1Z5", "B2B", true, "27",
            new Buyer("27AABCS9876K1ZK", "Sahyadri Stores Private Limited", "27", "14 Karve Road, Pune", "411038",
                    "accounts@sahyadri-stores.example", "+912025431100"),
            new PrecedingDocument("LDT/26-27/0002", LocalDate.of(2026, 11, 10)),
            List.of(line(1, "Cartons returned", "48191010", false, "40", "NOS", "24.50", "0.00", "980.00", "18",
                    "0.00", "88.20", "88.20", "0.00")),
            new Totals(dec("980.00"), dec("0.00"), dec("88.20"), dec("88.20"), dec("0.00"), dec("0.00"),
                    dec("-0.40"), dec("1156.00")));

    @Test
    void writtenDocumentReadsBackToAnEqualRecord() {
        // given a document with every field
        // when it is written and read back
        String json = SalesDocumentJson.write(CREDIT_NOTE);
        IncomingSalesDocument read = SalesDocumentJson.readDocument(json.getBytes(StandardCharsets.UTF_8));

        // then nothing is lost, amounts keep their plain form
        assertThat(read).isEqualTo(CREDIT_NOTE);
        assertThat(json).contains("\"taxableValue\":980.00").contains("\"roundOff\":-0.40")
                .contains("\"documentDate\":\"2026-11-20\"");
    }

    @Test
    void severalDocumentsWrittenTogetherReadBackInOrder() {
        IncomingSalesDocument second = new IncomingSalesDocument(null, "INV", "LDT/26-27/0003",
                LocalDate.of(2026, 11, 12), "27AAACL1234C1Z5", "B2C", false, "27", null, null,
                List.of(line(1, "Chair", "9401", false, "1", "NOS", "2500.00", "0.00", "2500.00", "18", "0.00",
                        "225.00", "225.00", "0.00")), null);

        SalesDocumentFile file = SalesDocumentJson.read("two.json",
                SalesDocumentJson.writeAll(List.of(CREDIT_NOTE, second)).getBytes(StandardCharsets.UTF_8));

        assertThat(file.errors()).isEmpty();
        assertThat(file.documents()).containsExactly(CREDIT_NOTE, second);
    }

    @Test
    void aBareArrayOfDocumentsIsAccepted() {
        String json = "[" + SalesDocumentJson.write(CREDIT_NOTE) + "," + SalesDocumentJson.write(CREDIT_NOTE) + "]";

        SalesDocumentFile file = SalesDocumentJson.read("array.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(file.documents()).containsExactly(CREDIT_NOTE, CREDIT_NOTE);
    }

    @Test
    void amountsAreReadExactlyFromNumbersAndStringsAndRupeesGetTwoDecimals() {
        // 0.1 has no exact double; 12345678901234.57 has more digits than a double keeps
        String json = """
                {"documentNumber":"A1","lines":[{"lineNo":1,"quantity":0.1,"unitPrice":"12345678901234.57",
                "taxableValue":1800,"gstRate":"0.25","cgst":"900.5"}]}""";

        IncomingSalesDocument document = SalesDocumentJson.readDocument(json.getBytes(StandardCharsets.UTF_8));

        var line = document.lines().get(0);
        assertThat(line.quantity()).isEqualTo(dec("0.1"));
        assertThat(line.unitPrice()).isEqualTo(dec("12345678901234.57"));
        assertThat(line.taxableValue()).isEqualTo(dec("1800.00"));
        assertThat(line.gstRate()).isEqualTo(dec("0.25"));
        assertThat(line.cgst()).isEqualTo(dec("900.50"));
        assertThat(line.igst()).isNull();
    }

    @Test
    void everyUnknownFieldAndWrongTypeIsReportedWithItsPath() {
        String json = """
                {"documents":[
                  {"documentNumber":"A1","lines":[]},
                  {"documentNumber":7,"documentDate":"23/11/2026","reverseCharge":"no","buyer":{"gstn":"x"},
                   "lines":[{"lineNo":1.5,"taxableValue":"1,800.00","colour":"red"}]}
                ]}""";

        SalesDocumentFile file = SalesDocumentJson.read("bad.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(file.documents()).isEmpty();
        assertThat(file.errors()).extracting(RowError::row, RowError::field).containsExactlyInAnyOrder(
                tuple(2, "documentNumber"),
                tuple(2, "documentDate"),
                tuple(2, "reverseCharge"),
                tuple(2, "buyer.gstn"),
                tuple(2, "lines[0].lineNo"),
                tuple(2, "lines[0].taxableValue"),
                tuple(2, "lines[0].colour"));
        assertThat(file.errors()).filteredOn(error -> error.field().equals("buyer.gstn"))
                .first().extracting(RowError::message).asString()
                .contains("unknown field").contains("gstin, legalName, stateCode");
    }

    @Test
    void malformedJsonIsAFileLevelErrorWithItsPosition() {
        SalesDocumentFile file = SalesDocumentJson.read("broken.json",
                "{\"documentNumber\": \"A1\",\n \"lines\": [}".getBytes(StandardCharsets.UTF_8));

        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isNull();
            assertThat(error.message()).startsWith("not valid JSON at line 2");
        });
    }

    @Test
    void aRepeatedFieldIsRejectedRatherThanSilentlyOverwritten() {
        SalesDocumentFile file = SalesDocumentJson.read("dup.json",
                "{\"documentNumber\":\"A1\",\"documentNumber\":\"A2\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(file.errors()).singleElement().extracting(RowError::message).asString()
                .contains("Duplicate").contains("documentNumber");
    }

    @Test
    void readDocumentThrowsWithEveryProblem() {
        assertThatThrownBy(() -> SalesDocumentJson.readDocument(
                "{\"documentType\":1,\"extra\":true}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableSalesDocumentException.class, e ->
                        assertThat(e.errors()).extracting(RowError::field).containsExactlyInAnyOrder("documentType", "extra"));
    }

    @Test
    void anEmptyListOfDocumentsIsAnError() {
        SalesDocumentFile file = SalesDocumentJson.read("empty.json", "{\"documents\":[]}".getBytes(StandardCharsets.UTF_8));

        assertThat(file.isValid()).isFalse();
        assertThat(file.errors()).singleElement().extracting(RowError::message).isEqualTo("the file holds no documents");
    }
}

package dev.lekha.mappings.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetFileTest {

    private static final byte[] CSV = "order_id,net_amount\nSO-1,10\n".getBytes(StandardCharsets.UTF_8);

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Orders").createRow(0);
            row.createCell(0).setCellValue("order_id");
            row.createCell(1).setCellValue("net_amount");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsCsvAndXlsxByTheExtensionInAnyCase() throws IOException {
        SheetFile csv = SheetFile.open(CSV, "Orders.CSV", "the order history");
        SheetFile xlsx = SheetFile.open(xlsx(), "orders.xlsx", "the order history");

        assertThat(csv.problem()).isNull();
        assertThat(csv.table().header()).containsExactly("order_id", "net_amount");
        assertThat(csv.table().rows()).hasSize(1);
        assertThat(csv.table().rows().get(0).number()).isEqualTo(2);
        assertThat(xlsx.problem()).isNull();
        assertThat(xlsx.table().header()).containsExactly("order_id", "net_amount");
        assertThat(xlsx.table().rows()).isEmpty();
    }

    @Test
    void refusesAFileWhoseContentIsNotWhatItsNameSays() throws IOException {
        assertThat(SheetFile.open(xlsx(), "orders.csv", "the order history"))
                .isEqualTo(new SheetFile(null, "the file is an XLSX workbook, not CSV text; name it .xlsx"));
        assertThat(SheetFile.open(CSV, "orders.xlsx", "the order history"))
                .isEqualTo(new SheetFile(null, "the file is not an XLSX workbook; if it is CSV text, name it .csv"));
    }

    @Test
    void namesWhatTheDropTakesForAnotherExtension() {
        assertThat(SheetFile.open(CSV, "orders.txt", "the purchase register").problem())
                .isEqualTo("unsupported file type; the purchase register is a .csv or .xlsx file");
    }

    @Test
    void anEmptyFileOrAnUnreadableSheetIsAProblemNotAnException() {
        assertThat(SheetFile.open(new byte[0], "orders.csv", "the order history").problem()).isEqualTo("the file is empty");
        // 0xFF never starts a UTF-8 character
        assertThat(SheetFile.open(new byte[] {(byte) 0xFF, 'a'}, "orders.csv", "the order history").problem())
                .isEqualTo("the file is not UTF-8 text; save the sheet as 'CSV UTF-8'");
        // the ZIP signature followed by nothing a ZIP reader can use
        assertThat(SheetFile.open(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0}, "orders.xlsx", "the order history").problem())
                .startsWith("not a readable XLSX workbook (");
    }

    @Test
    void holdsExactlyOneOfTableAndProblem() {
        assertThatThrownBy(() -> new SheetFile(null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exactly one of table and problem must be given");
    }
}

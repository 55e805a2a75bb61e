package dev.lekha.mappings.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OrderHistoryFileTest {

    private static OrderHistoryFile csv(String text) {
        return OrderHistoryFile.parse(text.getBytes(StandardCharsets.UTF_8), "orders-2026-11.csv");
    }

    @Test
    void readsOrdersAndReturnsWithHeadersInAnyCaseAndOrder() {
        // given: mixed-case headers, spaces for underscores, a return by type and one by sign, commas in amounts
        OrderHistoryFile file = csv("""
                Order ID,Company GSTIN,ORDER_DATE,customer_id,customer_name,Customer Phone,customer_email,Net Amount,type
                SO-1,27AAKCF1234A1Z5,23-11-2026,C-7,Asha Rao,+91 98200 12345,asha@example.in,"1,250.50",
                SO-2,27AAKCF1234A1Z5,2026-11-24,C-7,,,,300,RETURN
                SO-3,27AAKCF1234A1Z5,2026-11-25,C-8,,98200-12346,,-99.99,
                SO-4,27AAKCF1234A1Z5,2026-11-25,C-9,,,,0,order
                """);

        // then
        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).containsExactly(
                new OrderHistoryRow(2, "27AAKCF1234A1Z5", "SO-1", LocalDate.of(2026, 11, 23), "C-7", "Asha Rao",
                        "+919820012345", "asha@example.in", new BigDecimal("1250.50"), false),
                new OrderHistoryRow(3, "27AAKCF1234A1Z5", "SO-2", LocalDate.of(2026, 11, 24), "C-7", null, null, null,
                        new BigDecimal("-300.00"), true),
                new OrderHistoryRow(4, "27AAKCF1234A1Z5", "SO-3", LocalDate.of(2026, 11, 25), "C-8", null, "9820012346",
                        null, new BigDecimal("-99.99"), true),
                new OrderHistoryRow(5, "27AAKCF1234A1Z5", "SO-4", LocalDate.of(2026, 11, 25), "C-9", null, null, null,
                        new BigDecimal("0.00"), false));
    }

    @Test
    void namesFileRowAndColumnOfEveryProblemAndKeepsNoRows() {
        OrderHistoryFile file = csv("""
                company_gstin,order_id,order_date,customer_id,net_amount,type,customer_email
                27AAKCF1234A1Z5,SO-1,31-11-2026,C-1,10.00,,
                27AAKCF1234A1Z5,SO-2,2026-11-01,,12.345,SALE,not-an-email
                27AAKCF1234A1Z5,SO-1,2026-11-02,C-2,5,,
                27AAKCF1234A1Z5,SO-4,2026-11-02,C-2,0,RETURN,
                27AAKCF1234A1Z5,SO-5,2026-11-03,C-3,7,,
                """);

        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).extracting(Object::toString).containsExactly(
                "orders-2026-11.csv row 2 order_date: '31-11-2026' is not a date: use dd-mm-yyyy (23-11-2026) or"
                        + " yyyy-mm-dd (2026-11-23)",
                "orders-2026-11.csv row 3 customer_id: is blank; every row needs a value here",
                "orders-2026-11.csv row 3 customer_email: 'not-an-email' is not an e-mail address (name@domain)",
                "orders-2026-11.csv row 3 type: 'SALE' is neither ORDER nor RETURN",
                "orders-2026-11.csv row 3 net_amount: '12.345' is not an amount in rupees with at most 2 decimals",
                "orders-2026-11.csv row 4 order_id: order SO-1 is already on row 2; each order or return is one row with"
                        + " its own order_id",
                "orders-2026-11.csv row 5 net_amount: a return of 0.00 refunds nothing; give the amount refunded");
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        OrderHistoryFile file = csv("company_gstin,order_id,order_date,customer,net_amount\n27AAKCF1234A1Z5,SO-1,2026-11-01,C,1\n");
        assertThat(file.errors()).extracting(Object::toString).containsExactly(
                "orders-2026-11.csv row 1 customer: unknown column; the columns are company_gstin, order_id, order_date,"
                        + " customer_id, customer_name, customer_phone, customer_email, net_amount, type",
                "orders-2026-11.csv customer_id: required column is missing; add a column headed 'customer_id' to row 1");
    }

    @Test
    void refusesOtherFileTypesAndEmptySheets() {
        assertThat(OrderHistoryFile.parse("x".getBytes(StandardCharsets.UTF_8), "orders.txt").errors())
                .extracting(Object::toString)
                .containsExactly("orders.txt: unsupported file type; the order history is a .csv or .xlsx file");
        assertThat(csv("company_gstin,order_id,order_date,customer_id,net_amount\n").errors())
                .extracting(Object::toString)
                .containsExactly("orders-2026-11.csv: the sheet has a header row but no order rows");
    }

    @Test
    void readsXlsxWithDateAndNumberCells() throws Exception {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Orders");
            Row header = sheet.createRow(0);
            String[] names = {"company_gstin", "order_id", "order_date", "customer_id", "net_amount"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("27AAKCF1234A1Z5");
            row.createCell(1).setCellValue(1001);
            var cell = row.createCell(2);
            cell.setCellValue(LocalDate.of(2026, 11, 23));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            cell.setCellStyle(style);
            row.createCell(3).setCellValue("C-1");
            row.createCell(4).setCellValue(499.5);
            workbook.write(out);
            content = out.toByteArray();
        }

        OrderHistoryFile file = OrderHistoryFile.parse(content, "ORDERS.XLSX");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).containsExactly(new OrderHistoryRow(2, "27AAKCF1234A1Z5", "1001",
                LocalDate.of(2026, 11, 23), "C-1", null, null, null, new BigDecimal("499.50"), false));
    }
}

package dev.lekha.mappings.razorpay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.razorpay.SettlementItem;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SettlementReportFileTest {

    // Our own rows in the report's columns (as Razorpay's fetch-recon documentation lists them), amounts in rupees.
    static final String GOOD = """
            entity_id,type,debit,credit,amount,currency,fee,tax,on_hold,settled,created_at,settled_at,settlement_id,posted_at,credit_type,description,notes,payment_id,settlement_utr,order_id,order_receipt,method,card_network,card_issuer,card_type,dispute_id
            pay_Lk7Qa1b2C3d4E5,payment,0,"1,162.84",1190.92,INR,28.08,4.28,false,true,1764906000,2026-12-06 12:00:00,setl_Lk9Zz8y7X6w5V4,,default,,,,UTRSBX000123,order_Lk7Q9a8b7C6d5E,INV/2026/0042,upi,,,,
            rfnd_Lk8Rr1s2T3u4V5,refund,100.00,0,100.00,INR,0,0,false,true,1764910000,06/12/2026 12:00:00,setl_Lk9Zz8y7X6w5V4,,default,,,pay_Lk7Qa1b2C3d4E5,UTRSBX000123,order_Lk7Q9a8b7C6d5E,INV/2026/0042,upi,,,,
            """;

    @Test
    void readsEveryRowWithExactRupeesAndTimesInIst() {
        SettlementReportFile file = SettlementReportFile.parse(GOOD.getBytes(StandardCharsets.UTF_8), "recon.csv");

        assertThat(file.errors()).isEmpty();
        assertThat(file.items()).hasSize(2);
        SettlementItem payment = file.items().get(0);
        assertThat(payment.row()).isEqualTo("row 2");
        assertThat(payment.credit()).isEqualTo(new BigDecimal("1162.84"));
        assertThat(payment.amount()).isEqualTo(new BigDecimal("1190.92"));
        assertThat(payment.fee()).isEqualTo(new BigDecimal("28.08"));
        assertThat(payment.createdAt()).isEqualTo(Instant.ofEpochSecond(1764906000));
        // 12:00 IST = 06:30 UTC
        assertThat(payment.settledAt()).isEqualTo(Instant.parse("2026-12-06T06:30:00Z"));
        assertThat(payment.orderReceipt()).isEqualTo("INV/2026/0042");
        SettlementItem refund = file.items().get(1);
        assertThat(refund.entityType()).isEqualTo("refund");
        assertThat(refund.debit()).isEqualTo(new BigDecimal("100.00"));
        assertThat(refund.paymentId()).isEqualTo("pay_Lk7Qa1b2C3d4E5");
        assertThat(refund.settledAt()).isEqualTo(Instant.parse("2026-12-06T06:30:00Z"));
    }

    @Test
    void listsEveryBadCellWithRowAndColumnAndKeepsNoRows() {
        String bad = GOOD.replace("\"1,162.84\"", "1162.845").replace("rfnd_Lk8Rr1s2T3u4V5,refund,", ",refund,");

        SettlementReportFile file = SettlementReportFile.parse(bad.getBytes(StandardCharsets.UTF_8), "recon.csv");

        assertThat(file.items()).isEmpty();
        assertThat(file.errors()).containsExactly(
                "recon.csv row 2, credit: '1162.845' is not an amount in rupees with at most 2 decimals",
                "recon.csv row 3, entity_id: is empty");
    }

    @Test
    void aMissingColumnIsNamed() {
        SettlementReportFile file = SettlementReportFile.parse("entity_id,type,amount\npay_1,payment,1\n"
                .getBytes(StandardCharsets.UTF_8), "r.csv");

        assertThat(file.errors()).singleElement().asString()
                .startsWith("r.csv row 1: missing column(s) debit, credit, fee, tax, settlement_id");
    }

    @Test
    void readsAnXlsxWithNumberCellsAndSpacedHeaders() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Settlement Recon");
            String[] header = {"Entity ID", "Type", "Debit", "Credit", "Amount", "Fee", "Tax", "Settlement ID", "Settlement UTR"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("pay_Xl1a2b3c4d5e6f");
            r.createCell(1).setCellValue("payment");
            r.createCell(2).setCellValue(0);
            r.createCell(3).setCellValue(976.4);
            r.createCell(4).setCellValue(1000);
            r.createCell(5).setCellValue(23.6);
            r.createCell(6).setCellValue(3.6);
            r.createCell(7).setCellValue("setl_Xl9z8y7x6w5v4u");
            r.createCell(8).setCellValue("UTRXL1");
            wb.write(out);
            xlsx = out.toByteArray();
        }

        SettlementReportFile file = SettlementReportFile.parse(xlsx, "recon.xlsx");

        assertThat(file.errors()).isEmpty();
        assertThat(file.items()).singleElement().satisfies(i -> {
            assertThat(i.credit()).isEqualTo(new BigDecimal("976.40"));
            assertThat(i.amount()).isEqualTo(new BigDecimal("1000.00"));
            assertThat(i.settlementUtr()).isEqualTo("UTRXL1");
        });
    }
}

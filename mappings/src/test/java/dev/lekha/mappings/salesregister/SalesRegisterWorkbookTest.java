package dev.lekha.mappings.salesregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.mappings.salesregister.SalesRegisterRow.RateAmounts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SalesRegisterWorkbookTest {

    private static final SalesRegisterHeader HEADER = new SalesRegisterHeader("Lekha Demo Traders Private Limited",
            "27AAACL1234C1Z5", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
            Instant.parse("2026-11-23T08:30:00Z"));

    // intra-state: 18% of 10000.00 = 900.00 + 900.00; 5% of 9000.00 = 225.00 + 225.00
    private static final SalesRegisterRow INTRA = new SalesRegisterRow(LocalDate.of(2026, 11, 5), "INV",
            "LDT/26-27/0001", "Sahyadri Stores Private Limited", "27AABCS9876K1ZK", "27", "B2B",
            dec("19000.00"), dec("0.00"), dec("1125.00"), dec("1125.00"), dec("0.00"), dec("21250.00"),
            List.of(rate("18", "10000.00", "0.00", "900.00", "900.00"), rate("5", "9000.00", "0.00", "225.00", "225.00")));
    // inter-state: 18% of 32500.10 = 5850.018 → 5850.02
    private static final SalesRegisterRow INTER = new SalesRegisterRow(LocalDate.of(2026, 11, 12), "INV",
            "LDT/26-27/0003", "Kaveri Kitchenware Private Limited", "29AAFCK4321M1ZA", "29", "B2B",
            dec("32500.10"), dec("5850.02"), dec("0.00"), dec("0.00"), dec("0.00"), dec("38350.12"),
            List.of(rate("18", "32500.10", "5850.02", "0.00", "0.00")));
    // credit note passed negative so that it reduces the totals: 18% of 980.00 = 88.20 + 88.20
    private static final SalesRegisterRow CREDIT = new SalesRegisterRow(LocalDate.of(2026, 11, 20), "CRN",
            "CN/26-27/0001", "Sahyadri Stores Private Limited", "27AABCS9876K1ZK", "27", "B2B",
            dec("-980.00"), dec("0.00"), dec("-88.20"), dec("-88.20"), dec("0.00"), dec("-1156.40"),
            List.of(rate("18", "-980.00", "0.00", "-88.20", "-88.20")));

    @Test
    void registerHasHeaderRowsAndExactTotals() throws IOException {
        // given three documents
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SalesRegisterTotals totals;

        // when they are streamed into a register
        try (SalesRegisterWorkbook register = SalesRegisterWorkbook.begin(HEADER)) {
            register.add(INTRA);
            register.add(INTER);
            register.add(CREDIT);
            totals = register.finish(out);
        }

        // then the totals are the exact sums: 19000.00 + 32500.10 − 980.00 = 50520.10, and so on
        assertThat(totals).isEqualTo(new SalesRegisterTotals(3, dec("50520.10"), dec("5850.02"), dec("1036.80"),
                dec("1036.80"), dec("0.00"), dec("58443.72")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet(SalesRegisterWorkbook.REGISTER_SHEET);
            assertThat(text(sheet, 1, 1)).isEqualTo("Lekha Demo Traders Private Limited");
            assertThat(text(sheet, 2, 1)).isEqualTo("27AAACL1234C1Z5");
            assertThat(text(sheet, 3, 1)).isEqualTo("01-11-2026 to 30-11-2026");
            assertThat(text(sheet, 4, 1)).isEqualTo("23-11-2026 14:00 IST");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 7);
            assertThat(text(sheet, 6, 7)).isEqualTo("Taxable value");

            XSSFRow second = sheet.getRow(8);
            assertThat(second.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 12));
            assertThat(second.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(text(sheet, 8, 2)).isEqualTo("LDT/26-27/0003");
            assertThat(text(sheet, 8, 4)).isEqualTo("29AAFCK4321M1ZA");
            assertThat(amounts(sheet, 8)).usingElementComparator(BigDecimal::compareTo).containsExactly(dec("32500.10"), dec("5850.02"), dec("0"), dec("0"),
                    dec("0"), dec("38350.12"));
            assertThat(second.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(second.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            assertThat(text(sheet, 10, 0)).isEqualTo("Total (3 documents)");
            assertThat(amounts(sheet, 10)).usingElementComparator(BigDecimal::compareTo).containsExactly(dec("50520.10"), dec("5850.02"), dec("1036.80"),
                    dec("1036.80"), dec("0"), dec("58443.72"));
            assertThat(sheet.getLastRowNum()).isEqualTo(10);

            XSSFSheet summary = workbook.getSheet(SalesRegisterWorkbook.SUMMARY_SHEET);
            assertThat(number(summary, 1, 0)).isEqualByComparingTo("5");
            assertThat(number(summary, 2, 0)).isEqualByComparingTo("18");
            // rate 18: taxable 10000.00 + 32500.10 − 980.00 = 41520.10; tax 5850.02 + 1800.00 − 176.40 = 7473.62
            assertThat(List.of(number(summary, 2, 1), number(summary, 2, 2), number(summary, 2, 3),
                    number(summary, 2, 6))).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(dec("41520.10"), dec("5850.02"), dec("811.80"), dec("7473.62"));
            assertThat(number(summary, 3, 1)).isEqualByComparingTo("50520.10");
            assertThat(number(summary, 3, 6)).isEqualByComparingTo("7923.62");
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(HEADER.generatedAt());
        }
    }

    @Test
    void anEmptyPeriodGivesAHeaderAndAZeroTotalsRow() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SalesRegisterWorkbook register = SalesRegisterWorkbook.begin(HEADER)) {
            assertThat(register.finish(out).taxableValue()).isEqualTo(dec("0.00"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(text(workbook.getSheetAt(0), 7, 0)).isEqualTo("Total (0 documents)");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
    }

    @Test
    void manyRowsStreamWithoutLosingAPaisa() throws IOException {
        // 5000 documents of 0.01 taxable each: a double running sum would drift, the BigDecimal sum is 50.00
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SalesRegisterWorkbook register = SalesRegisterWorkbook.begin(HEADER)) {
            for (int i = 0; i < 5000; i++) {
                register.add(new SalesRegisterRow(LocalDate.of(2026, 11, 1), "INV", "B2C/" + i, null, null, "27",
                        "B2C", dec("0.01"), dec("0.00"), dec("0.00"), dec("0.00"), dec("0.00"), dec("0.01"), List.of()));
            }
            assertThat(register.finish(out).taxableValue()).isEqualTo(dec("50.00"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(7 + 5000);
            assertThat(number(sheet, 7 + 5000, 7)).isEqualByComparingTo("50.00");
        }
    }

    @Test
    void rateAmountsThatDoNotAddUpAreRefused() {
        SalesRegisterRow wrong = new SalesRegisterRow(LocalDate.of(2026, 11, 5), "INV", "LDT/26-27/0009", null, null,
                "27", "B2C", dec("100.00"), dec("0.00"), dec("9.00"), dec("9.00"), dec("0.00"), dec("118.00"),
                List.of(rate("18", "100.00", "0.00", "9.00", "9.01")));
        try (SalesRegisterWorkbook register = SalesRegisterWorkbook.begin(HEADER)) {
            assertThatThrownBy(() -> register.add(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("document LDT/26-27/0009: the SGST by rate adds up to 9.01, not the document's 9.00");
        }
    }

    @Test
    void rowsMustAllCarryRatesOrNone() {
        SalesRegisterRow withoutRates = new SalesRegisterRow(INTER.documentDate(), "INV", "X1", null, null, "29",
                "B2C", dec("1.00"), dec("0.00"), dec("0.00"), dec("0.00"), dec("0.00"), dec("1.00"), null);
        try (SalesRegisterWorkbook register = SalesRegisterWorkbook.begin(HEADER)) {
            register.add(INTRA);
            assertThatThrownBy(() -> register.add(withoutRates)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("give every row its byRate amounts, or none");
        }
    }

    private static RateAmounts rate(String rate, String taxable, String igst, String cgst, String sgst) {
        return new RateAmounts(dec(rate), dec(taxable), dec(igst), dec(cgst), dec(sgst), dec("0.00"));
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    /** The cell's stored decimal text, exactly (not through double). */
    private static BigDecimal number(XSSFSheet sheet, int row, int column) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        return new BigDecimal(cell.getRawValue());
    }

    private static List<BigDecimal> amounts(XSSFSheet sheet, int row) {
        return java.util.stream.IntStream.rangeClosed(7, 12).mapToObj(c -> number(sheet, row, c)).toList();
    }
}

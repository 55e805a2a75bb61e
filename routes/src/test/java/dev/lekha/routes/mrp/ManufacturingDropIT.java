package dev.lekha.routes.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code manufacturing} drop through its inbox: a good workbook stored whole; bad ones rejected with nothing stored. */
@SpringBootTest
@LekhaIntegrationTest
class ManufacturingDropIT {

    private final DropSettings settings;
    private final InboundFiles inboundFiles;
    private final JdbcTemplate jdbc;

    ManufacturingDropIT(DropSettings settings, InboundFiles inboundFiles, JdbcTemplate jdbc) {
        this.settings = settings;
        this.inboundFiles = inboundFiles;
        this.jdbc = jdbc;
    }

    String pan;
    long companyId;

    @BeforeEach
    void newCompany() {
        pan = "AAKCM" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "D";
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false,"
                + " false, ?)", "MRP drop test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
    }

    @Test
    void aWholeWorkbookIsStored() throws Exception {
        byte[] xlsx = workbook(new String[][][] {
            {{"Items"}, {"Code", "Name", "Source", "LeadTimeDays", "LotRule", "LotSize", "SafetyStock", "UnitCost"},
                {"BIKE", "Bicycle", "MAKE", "7", "LOT_FOR_LOT", "", "", "4500"},
                {"FRAME", "Frame", "MAKE", "14", "FIXED_ORDER_QUANTITY", "50", "5", "1200"},
                {"TUBE", "Steel tube", "BUY", "21", "LOT_FOR_LOT", "", "", "80.50"}},
            {{"BOM"}, {"Parent", "Component", "QuantityPer", "ScrapPct"},
                {"BIKE", "FRAME", "1", ""}, {"FRAME", "TUBE", "6", "2.5"}},
            {{"Stock"}, {"Item", "Warehouse", "Quantity"}, {"TUBE", "PUNE", "120"}, {"TUBE", "CHAKAN", "30"}},
            {{"ScheduledReceipts"}, {"Item", "Reference", "Type", "DueDate", "Quantity"},
                {"TUBE", "PO-77", "PURCHASE", "2026-07-01", "200"}},
            {{"Demand"}, {"Item", "Kind", "Reference", "DueDate", "Quantity"},
                {"BIKE", "SALES_ORDER", "SO-1", "2026-07-15", "40"}, {"BIKE", "FORECAST", "FC-JUL", "2026-07-15", "60"}}});

        InboundFile file = dropAndAwait(pan + "-masters-" + UUID.randomUUID() + ".xlsx", xlsx);

        assertThat(file.getStatus()).as("%s", file).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(file.getCompanyId()).isEqualTo(companyId);
        assertThat(file.getDocumentsCount()).isEqualTo(3 + 2 + 2 + 1 + 2);
        assertThat(jdbc.queryForList("select p.code || '>' || c.code || ' ' || cast(b.scrap_pct as varchar(10))"
                + " from mrp_bom_line b join mrp_item p on p.id = b.parent_id join mrp_item c on c.id = b.component_id"
                + " where b.company_id = ? order by p.code", String.class, companyId))
                .containsExactly("BIKE>FRAME 0.0000", "FRAME>TUBE 2.5000");
        assertThat(jdbc.queryForObject("select sum(quantity) from mrp_stock where company_id = ?",
                java.math.BigDecimal.class, companyId)).isEqualByComparingTo("150");
        assertThat(jdbc.queryForObject("select lot_size from mrp_item where company_id = ? and code = 'FRAME'",
                java.math.BigDecimal.class, companyId)).isEqualByComparingTo("50");
    }

    @Test
    void rowErrorsNameFileSheetRowAndColumnAndNothingIsStored() throws Exception {
        String name = pan + "-bad-" + UUID.randomUUID() + ".xlsx";
        byte[] xlsx = workbook(new String[][][] {
            {{"Items"}, {"Code", "Source", "LeadTimeDays", "LotRule", "LotSize"},
                {"BIKE", "MAKE", "7", "LOT_FOR_LOT", ""},
                {"FRAME", "MAKE", "14", "FIXED_ORDER_QUANTITY", ""},
                {"WHEEL", "BORROW", "3", "", ""}},
            {{"Demand"}, {"Item", "Kind", "Reference", "DueDate", "Quantity"},
                {"SADDLE", "SALES_ORDER", "SO-1", "15/07/2026", "40"}}});

        InboundFile file = dropAndAwait(name, xlsx);

        assertThat(file.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(errorText(name)).contains(
                name + ", sheet Items, row 3, column LotSize: is required for FIXED_ORDER_QUANTITY",
                name + ", sheet Items, row 4, column Source: 'BORROW' is not one of [MAKE, BUY]",
                name + ", sheet Demand, row 2, column Item: item SADDLE is neither in the Items sheet nor among the"
                        + " company's items",
                name + ", sheet Demand, row 2, column DueDate: '15/07/2026' is not a date yyyy-MM-dd");
        assertThat(jdbc.queryForObject("select count(*) from mrp_item where company_id = ?", Integer.class, companyId))
                .isZero();
    }

    @Test
    void aBomCycleWithWhatIsStoredIsRejectedNamingIt() throws Exception {
        dropAndAwait(pan + "-1-" + UUID.randomUUID() + ".xlsx", workbook(new String[][][] {
            {{"Items"}, {"Code", "Source", "LeadTimeDays"}, {"A", "MAKE", "1"}, {"B", "MAKE", "1"}, {"C", "MAKE", "1"}},
            {{"BOM"}, {"Parent", "Component", "QuantityPer"}, {"A", "B", "1"}, {"B", "C", "1"}}}));
        String name = pan + "-2-" + UUID.randomUUID() + ".xlsx";

        InboundFile file = dropAndAwait(name, workbook(new String[][][] {
            {{"BOM"}, {"Parent", "Component", "QuantityPer"}, {"C", "A", "2"}}}));

        assertThat(file.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(errorText(name)).contains(name + ", sheet BOM: BOM cycle: A → B → C → A");
        assertThat(jdbc.queryForObject("select count(*) from mrp_bom_line where company_id = ?", Integer.class,
                companyId)).isEqualTo(2);
    }

    /** Sheets given as {{name}, header, rows...}; every cell as text. */
    static byte[] workbook(String[][][] sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String[][] s : sheets) {
                Sheet sheet = wb.createSheet(s[0][0]);
                for (int r = 1; r < s.length; r++) {
                    Row row = sheet.createRow(r - 1);
                    for (int c = 0; c < s[r].length; c++) {
                        if (!s[r][c].isEmpty()) {
                            row.createCell(c).setCellValue(s[r][c]);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    String errorText(String name) throws IOException {
        return Files.readString(settings.rejected(ManufacturingDrop.CHANNEL).resolve(name + ".error.txt"));
    }

    InboundFile dropAndAwait(String name, byte[] bytes) throws Exception {
        Files.write(settings.inbox(ManufacturingDrop.CHANNEL).resolve(name), bytes);
        Files.createFile(settings.inbox(ManufacturingDrop.CHANNEL).resolve(name + ".done"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboundFiles.findByChannelAndSha256(ManufacturingDrop.CHANNEL, sha).orElse(null),
                        f -> f != null && f.getStatus() != InboundFileStatus.RECEIVED);
    }
}

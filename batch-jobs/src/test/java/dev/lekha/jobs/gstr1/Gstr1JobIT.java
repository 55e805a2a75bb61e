package dev.lekha.jobs.gstr1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.mappings.gst.gstr1.Gstr1Amounts;
import dev.lekha.mappings.gst.gstr1.Gstr1Document;
import dev.lekha.mappings.gst.gstr1.Gstr1JsonParser;
import dev.lekha.mappings.gst.gstr1.Gstr1Line;
import dev.lekha.mappings.gst.gstr1.TaxCategory;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gstr1 job against the database: a seeded August 2024 period with a document for every section (the same
 * period as the mappings module's golden test, so the expected JSON is that file, written by hand), and a period
 * with bad documents that fails listing each of them and stores nothing.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class Gstr1JobIT {

    private static final String SUPPLIER = "27AAPFU0939F1ZV";
    private static final String BUYER_KA = "29AABCR1718E1ZL";

    @Autowired
    JobRuns runs;
    @Autowired
    ArtifactStore artifacts;
    @Autowired
    JdbcTemplate jdbc;

    private static LocalDate aug(int day) {
        return LocalDate.of(2024, 8, day);
    }

    private static Gstr1Line goods(int no, String hsn, String desc, String qty, String uqc, String rate,
                                   String taxable, String igst, String cgst, String sgst) {
        return new Gstr1Line(no, hsn, desc, false, new BigDecimal(qty), uqc, new BigDecimal(rate),
                Gstr1Amounts.of(taxable, igst, cgst, sgst, "0"), TaxCategory.TAXABLE);
    }

    private static Gstr1Line laptop(String qty, String taxable, String igst) {
        return goods(1, "8471", "Laptop computer", qty, "NOS", "18", taxable, igst, "0", "0");
    }

    private static Gstr1Document doc(String type, String number, LocalDate date, SupplyType supply, String pos,
                                     String buyer, String etin, String value, boolean cancelled, List<Gstr1Line> lines) {
        return new Gstr1Document(type, number, date, supply, false, pos, buyer, etin, null, null, null,
                new BigDecimal(value), null, cancelled, lines, null);
    }

    @Test
    void aPeriodWithEverySectionCompletesWithTheExpectedJsonWorkbookAndDraft() throws Exception {
        // given: the documents of dev.lekha.mappings.gst.gstr1.Gstr1Fixtures#everySection
        Gstr1Seed seed = new Gstr1Seed(jdbc);
        long company = seed.company("AAPFU0939F", SUPPLIER);
        seed.document(company, SUPPLIER, doc("INV", "INV-1", aug(1), SupplyType.B2B, "29", BUYER_KA, null, "1440",
                false, List.of(laptop("2", "1000", "180"), goods(2, "6109", "Cotton T-shirts", "10", "NOS", "5", "200",
                        "10", "0", "0"), new Gstr1Line(3, "1006", "Rice", false, new BigDecimal("25"), "KGS",
                        BigDecimal.ZERO, Gstr1Amounts.of("50", "0", "0", "0", "0"), TaxCategory.NIL))),
                "082024", null, "a1");
        seed.document(company, SUPPLIER, doc("INV", "INV-2", aug(2), SupplyType.SEZWOP, "27", "27AAGCS4567K1ZT", null,
                "5000", false, List.of(laptop("5", "5000", "0"))), "082024", null, "a2");
        seed.document(company, SUPPLIER, doc("INV", "INV-3", aug(3), SupplyType.B2C, "07", null, null, "118000", false,
                List.of(laptop("1", "100000", "18000"))), "082024", null, "a3");
        seed.document(company, SUPPLIER, doc("INV", "INV-4", aug(4), SupplyType.B2C, "27", null, "27AAACF1234B1ZD",
                "590", false, List.of(new Gstr1Line(1, "998314", "IT design and development services", true,
                        BigDecimal.ZERO, "OTH", new BigDecimal("18"), Gstr1Amounts.of("500", "0", "45", "45", "0"),
                        TaxCategory.TAXABLE))), "082024", null, "a4");
        seed.document(company, SUPPLIER, doc("INV", "INV-5", aug(5), SupplyType.B2C, "07", null, null, "1180", false,
                List.of(laptop("1", "1000", "180"))), "082024", null, "a5");
        seed.document(company, SUPPLIER, doc("CRN", "CRN-1", aug(6), SupplyType.B2B, "29", BUYER_KA, null, "118", false,
                List.of(laptop("0", "100", "18"))), "082024", "INV-1", "a6");
        seed.document(company, SUPPLIER, doc("CRN", "CRN-2", aug(7), SupplyType.B2C, "07", null, null, "1180", false,
                List.of(laptop("1", "1000", "180"))), "082024", "INV-3", "a7");
        seed.document(company, SUPPLIER, new Gstr1Document("INV", "EXP-1", aug(8), SupplyType.EXPWP, false, "96", null,
                null, "INNSA1", "1234567", aug(10), new BigDecimal("23600"), null, false,
                List.of(laptop("4", "20000", "3600")), null), "082024", null, "a8");
        seed.document(company, SUPPLIER, doc("INV", "INV-6", aug(9), SupplyType.B2C, "27", null, null, "300", false,
                List.of(new Gstr1Line(1, "0401", "Fresh milk", false, new BigDecimal("100"), "LTR", BigDecimal.ZERO,
                        Gstr1Amounts.of("300", "0", "0", "0", "0"), TaxCategory.EXEMPT))), "082024", null, "a9");
        seed.document(company, SUPPLIER, doc("INV", "INV-7", aug(10), SupplyType.B2C, "27", null, null, "1180", true,
                List.of(goods(1, "8471", "Laptop computer", "1", "NOS", "18", "1000", "0", "90", "90"))), "082024",
                null, "a10");
        // INV-0 was reported in July's filed GSTR-1 with other content: an amendment (b2ba) in August
        long inv0 = seed.document(company, SUPPLIER, doc("INV", "INV-0", LocalDate.of(2024, 7, 15), SupplyType.B2B,
                "29", BUYER_KA, null, "2240", false, List.of(goods(1, "8471", "Laptop computer", "1", "NOS", "12",
                        "2000", "240", "0", "0"))), "072024", null, "new-content");
        seed.filedReport(company, SUPPLIER, "072024", inv0, "b2b", "INV-0", LocalDate.of(2024, 7, 15), "old-content");
        seed.advance(company, SUPPLIER, "RECEIVED", "ADV-1", "082024", "29", "18", "10000", "1800", "0", "0");
        seed.advance(company, SUPPLIER, "ADJUSTED", "ADV-0", "082024", "27", "18", "5000", "0", "450", "450");

        // when
        long runId = runs.launch("gstr1", company, Map.of("gstin", SUPPLIER, "period", "082024"), "tester");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then: 10 documents of August + 1 amended
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps()).extracting(RunDetail.StepDetail::name)
                .containsExactly("classifyGstr1Documents", "checkGstr1", "writeGstr1");
        assertThat(run.steps().get(0).readCount()).isEqualTo(11);
        assertThat(run.steps().get(0).writeCount()).isEqualTo(11);
        assertThat(run.artifactIds()).hasSize(2);
        List<StoredArtifact> stored = artifacts.forJobExecution(runId);
        StoredArtifact json = stored.stream().filter(a -> a.kind().equals("GSTR1_JSON")).findFirst().orElseThrow();
        StoredArtifact xlsx = stored.stream().filter(a -> a.kind().equals("GSTR1_XLSX")).findFirst().orElseThrow();
        assertThat(json.fileName()).isEqualTo("gstr1-27AAPFU0939F1ZV-082024.json");
        assertThat(json.period()).isEqualTo("082024");
        byte[] content;
        try (InputStream in = artifacts.open(json.id())) {
            content = in.readAllBytes();
        }
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream expected = getClass().getResourceAsStream("/gst/gstr1-082024-every-section.json")) {
            assertThat(mapper.readTree(content)).isEqualTo(mapper.readTree(expected));
        }
        assertThat(Gstr1JsonParser.parse(new ByteArrayInputStream(content)).b2ba()).hasSize(1);
        try (InputStream in = artifacts.open(xlsx.id()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            var summary = wb.getSheet("Summary");
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                for (int c = 11; c <= 15; c++) {
                    assertThat(summary.getRow(r).getCell(c).getNumericCellValue()).isZero();
                }
            }
        }
        Map<String, Object> draft = jdbc.queryForMap("select status, return_version, json_artifact_id,"
                + " report_artifact_id, created_by from gst_return where company_id = ? and return_period = '082024'",
                company);
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("created_by", "tester");
        assertThat(((Number) draft.get("json_artifact_id")).longValue()).isEqualTo(json.id());
        assertThat(((Number) draft.get("report_artifact_id")).longValue()).isEqualTo(xlsx.id());
        assertThat(jdbc.queryForObject("select count(*) from gstr1_staged_document", Integer.class)).isZero();
    }

    @Test
    void aPeriodWithBadDocumentsFailsListingEachOfThemAndStoresNothing() throws Exception {
        // given: one good invoice and three bad ones
        Gstr1Seed seed = new Gstr1Seed(jdbc);
        String supplier = "27AAACX0001A1Z" + dev.lekha.domain.gst.Gstin.checkCharacter("27AAACX0001A1Z");
        long company = seed.company("AAACX0001A", supplier);
        seed.document(company, supplier, doc("INV", "G-1", aug(1), SupplyType.B2B, "29", BUYER_KA, null, "118", false,
                List.of(laptop("1", "100", "18"))), "082024", null, "b1");
        seed.document(company, supplier, doc("INV", "X-1", aug(2), SupplyType.B2B, "29", "29AABCR1718E1ZM", null,
                "118", false, List.of(laptop("1", "100", "18"))), "082024", null, "b2");
        seed.document(company, supplier, doc("INV", "X-2", aug(3), SupplyType.B2C, "42", null, null, "118", false,
                List.of(laptop("1", "100", "18"))), "082024", null, "b3");
        seed.document(company, supplier, doc("INV", "X-3", aug(4), SupplyType.B2B, "29", BUYER_KA, null, "117", false,
                List.of(goods(1, "8471", "Laptop", "1", "NOS", "17", "100", "17", "0", "0"))), "082024", null, "b4");

        // when
        long runId = runs.launch("gstr1", company, Map.of("gstin", supplier, "period", "082024"), "tester");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then
        assertThat(run.summary().status()).isEqualTo("FAILED");
        assertThat(run.errors()).singleElement().satisfies(e -> assertThat(e)
                .startsWith("checkGstr1: dev.lekha.mappings.gst.gstr1.Gstr1RejectedException: GSTR-1 of " + supplier
                        + " for 082024 not produced, the portal would reject 3 problem(s) in 3 document(s) X-1, X-2, X-3;")
                .contains("X-1 ctin: recipient GSTIN '29AABCR1718E1ZM' is invalid")
                .contains("X-2 pos: place of supply '42' is not a GST state code")
                .contains("X-3 line 1 rt: rate 17% is not a GST rate in force on 2024-08-04")
                .doesNotContain("G-1"));
        // no return file; only the list of problems, whole, for the person who fixes them
        assertThat(artifacts.search(company, null, null)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("GSTR1_PROBLEMS_CSV");
            assertThat(a.jobExecutionId()).isEqualTo(runId);
        });
        StoredArtifact problems = artifacts.search(company, null, null).get(0);
        try (InputStream in = artifacts.open(problems.id())) {
            String csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(csv.lines()).hasSize(4).first().isEqualTo("\"document\",\"line\",\"field\",\"problem\"");
            assertThat(csv).contains("\"X-3\",\"1\",\"rt\",\"rate 17% is not a GST rate in force on 2024-08-04");
        }
        assertThat(jdbc.queryForObject("select count(*) from gst_return where company_id = ?", Integer.class, company))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from gstr1_problem", Integer.class)).isZero();
    }

    private static Gstr1Line intra(String rate, String taxable, String halfTax) {
        return goods(1, "8471", "Laptop computer", "1", "NOS", rate, taxable, "0", halfTax, halfTax);
    }

    @Test
    void b2csInvoicesChangedAfterTheFiledJulyReturnReviseJulysBucketsInAugust() throws Exception {
        // given: July 2024's filed GSTR-1 reported four intra/inter-state B2C invoices of a Maharashtra (27) supplier
        // in its b2cs summary: S-1 10,000 (CGST/SGST 900/900), S-2 5,000 (450/450) and S-3 2,000 (180/180), all
        // INTRA/27/18%, and S-4 3,000 with IGST 360 as INTER/29/12%. Since then S-1 was changed to 12,000
        // (1,080/1,080), S-2 cancelled, S-4's place of supply corrected to 27 (3,000, 180/180); S-3 is unchanged.
        // August has one B2CS invoice of its own, A-1 1,000 (90/90) INTRA/27/18%.
        Gstr1Seed seed = new Gstr1Seed(jdbc);
        String supplier = "27AAACB0002B1Z" + dev.lekha.domain.gst.Gstin.checkCharacter("27AAACB0002B1Z");
        long company = seed.company("AAACB0002B", supplier);
        LocalDate jul5 = LocalDate.of(2024, 7, 5);
        LocalDate jul9 = LocalDate.of(2024, 7, 9);
        LocalDate jul12 = LocalDate.of(2024, 7, 12);
        LocalDate jul20 = LocalDate.of(2024, 7, 20);
        long s1 = seed.document(company, supplier, doc("INV", "S-1", jul5, SupplyType.B2C, "27", null, null, "14160",
                false, List.of(intra("18", "12000", "1080"))), "072024", null, "s1-new");
        long s2 = seed.document(company, supplier, doc("INV", "S-2", jul9, SupplyType.B2C, "27", null, null, "5900",
                true, List.of(intra("18", "5000", "450"))), "072024", null, "s2-new");
        long s3 = seed.document(company, supplier, doc("INV", "S-3", jul12, SupplyType.B2C, "27", null, null, "2360",
                false, List.of(intra("18", "2000", "180"))), "072024", null, "s3");
        long s4 = seed.document(company, supplier, doc("INV", "S-4", jul20, SupplyType.B2C, "27", null, null, "3360",
                false, List.of(intra("12", "3000", "180"))), "072024", null, "s4-new");
        long july = seed.filedReturn(company, supplier, "072024");
        seed.reportedB2c(company, july, supplier, "072024", s1, "S-1", jul5, "s1-old", "27", "18");
        seed.reportedB2c(company, july, supplier, "072024", s2, "S-2", jul9, "s2-old", "27", "18");
        seed.reportedB2c(company, july, supplier, "072024", s3, "S-3", jul12, "s3", "27", "18");
        seed.reportedB2c(company, july, supplier, "072024", s4, "S-4", jul20, "s4-old", "29", "12");
        seed.document(company, supplier, doc("INV", "A-1", aug(3), SupplyType.B2C, "27", null, null, "1180", false,
                List.of(intra("18", "1000", "90"))), "082024", null, "a1");

        // when
        long runId = runs.launch("gstr1", company, Map.of("gstin", supplier, "period", "082024"), "tester");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then: A-1 and the three amended invoices were read (S-3 is not amended)
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps().get(0).readCount()).isEqualTo(4);
        StoredArtifact json = artifacts.forJobExecution(runId).stream().filter(a -> a.kind().equals("GSTR1_JSON"))
                .findFirst().orElseThrow();
        JsonMapper mapper = JsonMapper.builder().build();
        var content = mapper.readTree(artifacts.open(json.id()).readAllBytes());
        // b2csa revises July's buckets to their full totals as they stand now (GSTR-1 table 10):
        //   INTRA/27/12%: S-4 now            3,000 / CGST 180 / SGST 180
        //   INTRA/27/18%: S-1 12,000 + S-3 2,000 = 14,000; 1,080 + 180 = 1,260 each; S-2 cancelled, out
        //   INTER/29/12%: S-4 left it, nothing remains: zeros
        assertThat(content.get("b2csa")).isEqualTo(mapper.readTree("""
                [{"omon":"072024","sply_ty":"INTRA","pos":"27","typ":"OE","itms":[
                   {"rt":12.00,"txval":3000.00,"iamt":0.00,"camt":180.00,"samt":180.00,"csamt":0.00},
                   {"rt":18.00,"txval":14000.00,"iamt":0.00,"camt":1260.00,"samt":1260.00,"csamt":0.00}]},
                 {"omon":"072024","sply_ty":"INTER","pos":"29","typ":"OE","itms":[
                   {"rt":12.00,"txval":0.00,"iamt":0.00,"camt":0.00,"samt":0.00,"csamt":0.00}]}]"""));
        // August's own b2cs holds A-1 only
        assertThat(content.get("b2cs")).isEqualTo(mapper.readTree("""
                [{"sply_ty":"INTRA","pos":"27","typ":"OE","rt":18.00,"txval":1000.00,"iamt":0.00,"camt":90.00,
                  "samt":90.00,"csamt":0.00}]"""));
        assertThat(content.has("b2ba") || content.has("b2cla") || content.has("cdnura")).isFalse();
        StoredArtifact xlsx = artifacts.forJobExecution(runId).stream().filter(a -> a.kind().equals("GSTR1_XLSX"))
                .findFirst().orElseThrow();
        try (InputStream in = artifacts.open(xlsx.id()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("b2csa");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("072024");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(14000.0);
            // the summary ties this period's sections to the books; amendments revise July and stay out of it
            var summary = wb.getSheet("Summary");
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                assertThat(summary.getRow(r).getCell(0).getStringCellValue()).isNotEqualTo("b2csa");
                for (int c = 11; c <= 15; c++) {
                    assertThat(summary.getRow(r).getCell(c).getNumericCellValue()).isZero();
                }
            }
        }
        String summaryJson = jdbc.queryForObject("select summary from gst_return where company_id = ?"
                + " and return_period = '082024'", String.class, company);
        assertThat(mapper.readTree(summaryJson).at("/sections/b2csa/txval").decimalValue())
                .isEqualByComparingTo("17000");
    }
}

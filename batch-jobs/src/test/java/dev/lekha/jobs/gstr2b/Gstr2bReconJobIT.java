package dev.lekha.jobs.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gstr2b.GstReconciliations;
import dev.lekha.domain.gstr2b.Gstr2bReturns;
import dev.lekha.domain.gstr2b.Gstr2bStatementData;
import dev.lekha.domain.gstr2b.IncomingPurchaseInvoice;
import dev.lekha.domain.gstr2b.PurchaseRegisterImport;
import dev.lekha.domain.gstr2b.ReconLine;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.mappings.gst.gstr2b.Gstr2bFile;
import dev.lekha.mappings.gst.gstr2b.PurchaseRegisterFile;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gstr2b-recon job on the sample register and statement of samples/ (see samples/README.md for
 * what each document is meant to show), for a company of its own. Chunk size is 2 supplier PANs
 * (src/test/resources/application.yml), so the five PANs (the bill of entry without supplier counts as one)
 * take three chunks.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class Gstr2bReconJobIT {

    static final Path SAMPLES = Path.of("..", "samples");
    static final String SAMPLE_GSTIN = "27AAACL1234C1Z5";
    static final GstReturnPeriod MAY_2024 = GstReturnPeriod.of(2024, 5);

    @Autowired JobRuns runs;
    @Autowired ArtifactStore artifacts;
    @Autowired JdbcTemplate jdbc;
    @Autowired PurchaseRegisterImport register;
    @Autowired Gstr2bReturns returns;
    @Autowired GstReconciliations reconciliations;

    @Test
    void aRunThatFailsMidwayIsRestartedWithoutDuplicates() throws Exception {
        Gstin gstin = newCompanyWithSamples();
        long company = companyOf(gstin);

        // when the first execution fails before its second chunk (2 PANs per chunk, fault after 3)
        long first = runs.launch("gstr2b-recon", company,
                Map.of("gstin", gstin.value(), "period", "052024", "failAfterItems", "3"), "tester");
        RunDetail failed = RunsAwait.finished(runs, first);
        assertThat(failed.summary().status()).isEqualTo("FAILED");
        assertThat(failed.steps().get(0).writeCount()).isEqualTo(2);
        long second = runs.restart(first, "tester");
        RunDetail restarted = RunsAwait.finished(runs, second);

        // then the restart reconciles the other 3 PANs and the result is the clean run's, nothing twice
        assertThat(restarted.summary().status()).as("errors: %s", restarted.errors()).isEqualTo("COMPLETED");
        assertThat(restarted.steps().get(0).readCount()).isEqualTo(3);
        assertThat(counts(company, gstin)).isEqualTo(new TreeMap<>(Map.of("EXACT_MATCH", 3L, "SUGGESTED_MATCH", 3L,
                "MISMATCH", 1L, "MISSING_IN_2B", 1L, "MISSING_IN_BOOKS", 2L)));
    }

    private long companyOf(Gstin gstin) {
        return jdbc.queryForObject("select company_id from gst_registration where gstin = ?", Long.class, gstin.value());
    }

    /** A new company whose GSTIN replaces the sample's, with the sample register and statement imported. */
    private Gstin newCompanyWithSamples() throws Exception {
        String pan = "AA" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + "C"
                + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "E";
        String first14 = "27" + pan + "1Z";
        Gstin gstin = new Gstin(first14 + Gstin.checkCharacter(first14));
        long company = new SalesDocumentsFixture(jdbc).company(pan, gstin.value());
        var rows = PurchaseRegisterFile.parse(sample("purchase-invoices/purchase-register-052024.csv", gstin), "r.csv").rows();
        register.importAll(rows.stream().map(r -> new IncomingPurchaseInvoice("row " + r.row(), r.companyGstin(),
                r.supplierGstin(), r.supplierName(), r.documentType().name(), r.documentNumber(), r.documentDate(),
                r.placeOfSupply(), r.reverseCharge(), r.taxableValue(), r.igst(), r.cgst(), r.sgst(), r.cess(), r.total(),
                r.itcEligibility())).toList());
        Gstr2bFile twoB = Gstr2bFile.parse(sample("gstr2b/gstr2b-27AAACL1234C1Z5-052024.json", gstin), "2b.json");
        returns.store(company, new Gstr2bStatementData(gstin, MAY_2024, "4.0", null, twoB.statement().checksum(), "sha-" + pan,
                twoB.documents().stream().map(d -> new Gstr2bStatementData.Document(d.section().name(), d.rejected(),
                        d.supplierGstin(), d.supplierName(), d.supplierPeriod(), d.supplierFiledOn(), d.documentType(),
                        d.invoiceType(), d.number(), d.date(), d.value(), d.placeOfSupply(), d.reverseCharge(),
                        d.taxableValue(), d.igst(), d.cgst(), d.sgst(), d.cess(), d.itcAvailability(), d.reason(),
                        d.imsAction(), d.originalNumber(), d.originalDate(), d.portCode(), d.referenceDate(),
                        d.amendment())).toList()));
        return gstin;
    }

    @Test
    void reconcilesTheSamplesAndKeepsPeoplesDecisionsOnARerun() throws Exception {
        // given a company whose GSTIN replaces the sample's, with the sample register and 2B imported
        Gstin gstin = newCompanyWithSamples();
        long company = companyOf(gstin);

        // when
        RunDetail first = RunsAwait.finished(runs, runs.launch("gstr2b-recon", company,
                Map.of("gstin", gstin.value(), "period", "052024"), "tester"));

        // then: samples/README.md's table
        assertThat(first.summary().status()).as("errors: %s", first.errors()).isEqualTo("COMPLETED");
        assertThat(first.steps()).extracting(RunDetail.StepDetail::name)
                .containsExactly("reconcileSuppliers", "writeReconciliationWorkbook");
        // PANs: AAACR5055K, AABCS1234C, AACCT4321H, AAPFU0939F and '' (the bill of entry)
        assertThat(first.steps().get(0).readCount()).isEqualTo(5);
        assertThat(first.steps().get(1).writeCount()).isEqualTo(10);
        assertThat(counts(company, gstin)).isEqualTo(new TreeMap<>(Map.of("EXACT_MATCH", 3L, "SUGGESTED_MATCH", 3L,
                "MISMATCH", 1L, "MISSING_IN_2B", 1L, "MISSING_IN_BOOKS", 2L)));
        StoredArtifact artifact = artifacts.find(first.artifactIds().get(0)).orElseThrow();
        assertThat(artifact.kind()).isEqualTo("GSTR2B_RECON_XLSX");
        assertThat(artifact.period()).isEqualTo("052024");
        try (InputStream in = artifacts.open(artifact.id()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("EXACT_MATCH");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3);
            // ITC claimable = the exact matches' 2B tax: AT-101 900 + 900, SS-1 72 + 72, AT-CN-1 -(90 + 90) = 1764
            assertThat(summary.getRow(10).getCell(6).getNumericCellValue()).isEqualTo(1764.0);
        }

        // and when people decide: accept R2, reject R4, match CT-9 with AT-110 by hand
        var suggested = reconciliations.list(company, gstin, MAY_2024, "SUGGESTED_MATCH");
        ReconLine r2 = suggested.stream().filter(l -> l.rule().equals("R2_NORMALISED_NUMBER")).findFirst().orElseThrow();
        ReconLine r4 = suggested.stream().filter(l -> l.rule().equals("R4_SAME_PAN")).findFirst().orElseThrow();
        reconciliations.accept(company, r2.id(), "meera");
        reconciliations.reject(company, r4.id(), "meera");
        long ct9 = reconciliations.list(company, gstin, MAY_2024, "MISSING_IN_2B").get(0).purchaseInvoiceId();
        long at110 = jdbc.queryForObject("select id from gstr2b_document where company_id = ? and doc_number = 'AT-110'",
                Long.class, company);
        ReconLine manual = reconciliations.matchByHand(company, ct9, at110, "ravi");

        RunDetail second = RunsAwait.finished(runs, runs.launch("gstr2b-recon", company,
                Map.of("gstin", gstin.value(), "period", "052024"), "tester"));

        // then the decisions hold: the manual pair stays, the accepted stays accepted, the rejected R4 pair
        // is not proposed again (RC-55 and RC-0055 are now alone)
        assertThat(second.summary().status()).isEqualTo("COMPLETED");
        assertThat(counts(company, gstin)).isEqualTo(new TreeMap<>(Map.of("EXACT_MATCH", 3L, "SUGGESTED_MATCH", 2L,
                "MISMATCH", 1L, "MANUAL_MATCH", 1L, "MISSING_IN_2B", 1L, "MISSING_IN_BOOKS", 2L)));
        assertThat(reconciliations.list(company, gstin, MAY_2024, "MANUAL_MATCH")).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(manual.id());
            assertThat(l.decidedBy()).isEqualTo("ravi");
        });
        assertThat(reconciliations.list(company, gstin, MAY_2024, "SUGGESTED_MATCH"))
                .filteredOn(l -> l.id() == r2.id()).singleElement()
                .satisfies(l -> assertThat(l.decision()).isEqualTo("ACCEPTED"));
        assertThat(reconciliations.list(company, gstin, MAY_2024, "MISSING_IN_2B").get(0).reason())
                .contains("a pairing a person rejected");
    }

    private Map<String, Long> counts(long company, Gstin gstin) {
        return reconciliations.list(company, gstin, MAY_2024, null).stream()
                .collect(Collectors.groupingBy(ReconLine::outcome, TreeMap::new, Collectors.counting()));
    }

    private static byte[] sample(String path, Gstin gstin) throws java.io.IOException {
        return Files.readString(SAMPLES.resolve(path)).replace(SAMPLE_GSTIN, gstin.value()).getBytes(StandardCharsets.UTF_8);
    }
}

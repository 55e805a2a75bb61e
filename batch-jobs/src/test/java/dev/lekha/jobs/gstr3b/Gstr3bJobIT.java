package dev.lekha.jobs.gstr3b;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.ItcLedger;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.gstreturn.GstReturn;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.domain.gstreturn.ReturnStatus;
import dev.lekha.domain.gstreturn.ReturnType;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.mappings.gst.gstr3b.Gstr3bJson;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gstr3b job against the database: a seeded November 2026 of 27AAACG0003B1Z5 with every kind of line the
 * SQL must classify, a test {@link ItcLedger} with known figures, and the exact portal JSON worked out by hand
 * ({@code gstr3b/expected-27AAACG0003B1Z5-112026.json}).
 *
 * <pre>
 * 3.1(a) txval 10000 (S1) + 5000 − 1000 (S2, CRN S3) + 3000 (UIN) + 4000 (composition) + 6000 (S6) + 500 (DBN)
 *        + 1000 (advance received) − 500 (advance adjusted) = 28000.00; IGST 900 − 180 + 540 + 720 + 1080 = 3060.00;
 *        CGST = SGST 900 + 45 + 90 − 45 = 990.00 (S11 cancelled, S12 and an advance of October are left out)
 * 3.1(b) 20000.00 / 3600.00; 3.1(c) 2000 (nil) + 1000 (exempt) = 3000.00; 3.1(e) 700.00
 * 3.1.1(i) 800.00 / 20.00 / 20.00 (we are the operator); 3.1.1(ii) 1500.00
 * 3.2 unregistered 29: 5000 − 1000 = 4000.00 / 720.00; composition 24: 4000.00 / 720.00 (33 stopped being
 *     composition on 31-10-2026: registered); UIN 07: 3000.00 / 540.00. From the November 2025 period the portal
 *     fills 3.2 from GSTR-1 (V11 TABLE_3_2_FROM_GSTR1), so the JSON has no inter_sup and the PDF shows it for checking
 * 3.1(d) 2000.00 / 180.00 / 180.00; 5: GST inter 1200 (composition supplier in 29), intra 800 (exempt);
 *     non-GST intra 300
 * 4 (test ledger) 4A IGST 1500, CGST/SGST 700 + 180 = 880; 4B 50; 4C 1500 / 830 / 830
 * cash: IGST 3060 + 3600 − 1500 = 5160; CGST 990 − 830 = 160 + 180 + 20 = 360; SGST 360
 * 5.1 filed 30-12-2026, 10 days after 20-12-2026: 5160 × 18% × 10/365 = 25.4465 → 25.45; 360 × 18% × 10/365
 *     = 1.7753 → 1.78; late fee 10 × 25 = 250.00 per Act (cap 1,000 for turnover Rs 1 crore in 2025-26)
 * </pre>
 */
@SpringBootTest
@LekhaIntegrationTest
@Import({JobsTestConfiguration.class, Gstr3bJobIT.TestItcLedger.class})
class Gstr3bJobIT {

    static final String GSTIN = "27AAACG0003B1Z5";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    @Autowired
    JobRuns runs;
    @Autowired
    ArtifactStore artifacts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GstReturns returns;

    /** Known table 4 figures, as the GSTR-2B reconciliation would give them for 27AAACG0003B1Z5 in 11/2026. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestItcLedger {
        @Bean
        @Primary
        ItcLedger testItcLedger() {
            return (companyId, gstin, period) -> GSTIN.equals(gstin.value()) && period.equals(GstReturnPeriod.of(2026, 11))
                    ? new ItcAvailability(null, null, heads("0", "180", "180"), null, heads("1500", "700", "700"),
                    heads("0", "50", "50"), null, null, null)
                    : ItcAvailability.NONE;
        }
    }

    @Test
    void writesTheExactPortalJsonAndAReviewablePdfAndRecordsADraft() throws Exception {
        // given
        long company = seedPeriod();

        // when
        long runId = runs.launch("gstr3b", company, Map.of("gstin", GSTIN, "period", "112026",
                "filingDate", "2026-12-30"), "asha");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps()).extracting(RunDetail.StepDetail::name).containsExactly("writeGstr3b");
        assertThat(run.artifactIds()).hasSize(2);
        StoredArtifact json = artifact(run, "GSTR3B_JSON");
        StoredArtifact pdf = artifact(run, "GSTR3B_PDF");
        assertThat(json.fileName()).isEqualTo("GSTR3B-27AAACG0003B1Z5-112026.json");
        assertThat(pdf.fileName()).isEqualTo("GSTR3B-27AAACG0003B1Z5-112026.pdf");
        assertThat(json.period()).isEqualTo("112026");

        String expected;
        try (InputStream in = getClass().getResourceAsStream("/gstr3b/expected-27AAACG0003B1Z5-112026.json")) {
            expected = MAPPER.writeValueAsString(MAPPER.readTree(in));
        }
        assertThat(Gstr3bJson.toText(content(json.id()))).isEqualTo(expected);

        try (PDDocument document = Loader.loadPDF(content(pdf.id()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Test company AAACG0003B", GSTIN, "November 2026 (112026)");
            // 3.1 total: 28000 + 20000 + 3000 + 2000 + 700 = 53,700.00; IGST 3060 + 3600 = 6,660.00;
            // CGST 990 + 180 = 1,170.00
            assertThat(text).contains("Total of 3.1 53,700.00 6,660.00 1,170.00 1,170.00 0.00");
            assertThat(text).contains("(C) Net ITC available (A) - (B) 1,500.00 830.00 830.00 0.00");
            assertThat(text).contains("Interest 25.45 1.78 1.78 0.00", "Late fee 0.00 250.00 250.00 0.00");
            assertThat(text).contains("5,160.00 360.00 360.00 0.00", "Name: asha");
            assertThat(text).contains("29-Karnataka 4,000.00 720.00", "24-Gujarat 4,000.00 720.00",
                    "07-Delhi 3,000.00 540.00", "The portal fills table 3.2 from GSTR-1/1A for this period");
        }

        List<GstReturn> versions = returns.versions(company, GSTIN, ReturnType.GSTR3B, "112026");
        assertThat(versions).hasSize(1);
        GstReturn draft = versions.get(0);
        assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(draft.jsonArtifactId()).isEqualTo(json.id());
        assertThat(draft.reportArtifactId()).isEqualTo(pdf.id());
        assertThat(draft.jobExecutionId()).isEqualTo(runId);
        assertThat(draft.createdBy()).isEqualTo("asha");
        assertThat(draft.summaryJson()).contains("\"cashTax\":5880.00", "\"lateFee\":500.00");

        // when: generated again (no filing date), the new draft supersedes the first; both files stay
        long again = runs.launch("gstr3b", company, Map.of("gstin", GSTIN, "period", "112026"), "asha");
        RunDetail second = RunsAwait.finished(runs, again);

        // then
        assertThat(second.summary().status()).as("errors: %s", second.errors()).isEqualTo("COMPLETED");
        List<GstReturn> both = returns.versions(company, GSTIN, ReturnType.GSTR3B, "112026");
        assertThat(both).extracting(GstReturn::status)
                .containsExactlyInAnyOrder(ReturnStatus.SUPERSEDED, ReturnStatus.DRAFT);
        var table51 = Gstr3bJson.read(content(artifact(second, "GSTR3B_JSON").id())).interestAndLateFee();
        assertThat(table51.interest().total()).isEqualByComparingTo("0");
        assertThat(table51.lateFee().total()).isEqualByComparingTo("0");
        assertThat(artifacts.find(json.id())).isPresent();
    }

    @Test
    void aGstinOfAnotherCompanyFailsTheRunSayingSo() throws Exception {
        // given
        SalesDocumentsFixture fixture = new SalesDocumentsFixture(jdbc);
        long company = fixture.company("AAACG0004B", "27AAACG0004B1Z5");

        // when
        long runId = runs.launch("gstr3b", company, Map.of("gstin", "29AAACG0004B1Z1", "period", "112026"), "asha");
        RunDetail run = RunsAwait.finished(runs, runId);

        // then
        assertThat(run.summary().status()).isEqualTo("FAILED");
        assertThat(run.errors()).anyMatch(e -> e.contains("GSTIN 29AAACG0004B1Z1 is not a registration of company "
                + company));
        assertThat(run.artifactIds()).isEmpty();
        assertThat(returns.versions(company, "29AAACG0004B1Z1", ReturnType.GSTR3B, "112026")).isEmpty();
    }

    private long seedPeriod() {
        SalesDocumentsFixture fixture = new SalesDocumentsFixture(jdbc);
        long company = fixture.company("AAACG0003B", GSTIN);
        long registration = jdbc.queryForObject("select id from gst_registration where gstin = ?", Long.class, GSTIN);
        jdbc.update("insert into company_turnover (company_id, financial_year, aggregate_turnover) values (?, '2025-26', ?)",
                company, new BigDecimal("10000000.00"));
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into gst_composition_taxpayer (company_id, gstin, effective_from, effective_to, source_note,"
                + " created_at) values (?, '24AAACC1206D1ZM', date '2026-04-01', null, 'portal search', ?)", company, now);
        jdbc.update("insert into gst_composition_taxpayer (company_id, gstin, effective_from, effective_to, source_note,"
                + " created_at) values (?, '33AAACR5055K1Z5', date '2025-04-01', date '2026-10-31', 'opted out', ?)",
                company, now);

        Sale s = new Sale(company, registration);
        s.doc("INV", "S1", "B2B", "27", "27AABCT1234F1Z1", false, null, false, "112026",
                line("TAXABLE", "10000", "0", "900", "900"), line("NIL", "2000", "0", "0", "0"));
        s.doc("INV", "S2", "B2C", "29", null, false, null, false, "112026",
                line("TAXABLE", "5000", "900", "0", "0"), line("EXEMPT", "1000", "0", "0", "0"));
        s.doc("CRN", "S3", "B2C", "29", null, false, null, false, "112026", line("TAXABLE", "1000", "180", "0", "0"));
        s.doc("INV", "S4", "B2B", "07", "0717UNO00157UNO", false, null, false, "112026",
                line("TAXABLE", "3000", "540", "0", "0"));
        s.doc("INV", "S5", "B2B", "24", "24AAACC1206D1ZM", false, null, false, "112026",
                line("TAXABLE", "4000", "720", "0", "0"));
        s.doc("INV", "S6", "B2B", "33", "33AAACR5055K1Z5", false, null, false, "112026",
                line("TAXABLE", "6000", "1080", "0", "0"));
        s.doc("INV", "S7", "EXPWP", "96", null, false, null, false, "112026", line("TAXABLE", "20000", "3600", "0", "0"));
        s.doc("INV", "S8", "B2C", "27", null, false, null, false, "112026", line("NON_GST", "700", "0", "0", "0"));
        s.doc("INV", "S9", "B2C", "27", null, true, "27AAACZ9999A1Z1", false, "112026",
                line("TAXABLE", "1500", "0", "0", "0"));
        s.doc("INV", "S10", "B2C", "27", null, false, GSTIN, false, "112026", line("TAXABLE", "800", "0", "20", "20"));
        s.doc("INV", "S11", "B2B", "27", "27AABCT1234F1Z1", false, null, true, "112026",
                line("TAXABLE", "99999", "0", "9000", "9000"));
        s.doc("INV", "S12", "B2B", "27", "27AABCT1234F1Z1", false, null, false, "102026",
                line("TAXABLE", "50000", "0", "4500", "4500"));
        s.doc("DBN", "S13", "B2B", "27", "27AABCT1234F1Z1", false, null, false, "112026",
                line("TAXABLE", "500", "0", "45", "45"));

        s.advance("RECEIVED", "A1", "112026", "1000.00", "90.00");
        s.advance("ADJUSTED", "A0", "112026", "500.00", "45.00");
        s.advance("RECEIVED", "A9", "102026", "7000.00", "630.00");

        s.purchase("P1", "27AAAPL1234C1Z2", true, false, "112026", line("TAXABLE", "2000", "0", "180", "180"));
        s.purchase("P2", "29AAAPL1234C1Z9", false, true, "112026", line("TAXABLE", "1200", "0", "0", "0"));
        s.purchase("P3", "27AAAPL1234C1Z2", false, false, "112026", line("EXEMPT", "800", "0", "0", "0"),
                line("NON_GST", "300", "0", "0", "0"));
        s.purchase("P4", "27AAAPL1234C1Z2", false, false, "112026", line("TAXABLE", "5000", "0", "450", "450"));
        s.purchase("P5", "27AAAPL1234C1Z2", true, false, "102026", line("TAXABLE", "9999", "0", "900", "900"));
        return company;
    }

    private StoredArtifact artifact(RunDetail run, String kind) {
        return run.artifactIds().stream().map(id -> artifacts.find(id).orElseThrow())
                .filter(a -> a.kind().equals(kind)).findFirst().orElseThrow();
    }

    private byte[] content(long artifactId) throws Exception {
        try (InputStream in = artifacts.open(artifactId)) {
            return in.readAllBytes();
        }
    }

    static TaxHeads heads(String igst, String cgst, String sgst) {
        return new TaxHeads(new BigDecimal(igst), new BigDecimal(cgst), new BigDecimal(sgst), BigDecimal.ZERO);
    }

    static String[] line(String category, String txval, String igst, String cgst, String sgst) {
        return new String[] {category, txval, igst, cgst, sgst};
    }

    /** Inserts sales documents and purchase invoices with their lines straight into the tables. */
    private final class Sale {
        private final long company;
        private final long registration;

        Sale(long company, long registration) {
            this.company = company;
            this.registration = registration;
        }

        void doc(String type, String number, String supplyType, String pos, String buyerGstin, boolean reverseCharge,
                 String ecommerceGstin, boolean cancelled, String period, String[]... lines) {
            BigDecimal[] sums = sums(lines);
            LocalDate date = LocalDate.of(Integer.parseInt(period.substring(2)), Integer.parseInt(period.substring(0, 2)), 15);
            jdbc.update("insert into sales_document (company_id, registration_id, supplier_gstin, doc_type, doc_number,"
                            + " doc_date, financial_year, return_period, supply_type, reverse_charge, place_of_supply,"
                            + " buyer_gstin, buyer_legal_name, taxable_value, igst, cgst, sgst, cess, other_charges,"
                            + " round_off, total, content_sha256, source_channel, received_at, einvoice_status,"
                            + " ecommerce_gstin, cancelled) values (?,?,?,?,?,?,'2026-27',?,?,?,?,?,'Buyer',?,?,?,?,0,0,0,?,"
                            + " ?, 'TEST', ?, 'NOT_APPLICABLE', ?, ?)",
                    company, registration, GSTIN, type, number, Date.valueOf(date), period, supplyType, reverseCharge, pos,
                    buyerGstin, sums[0], sums[1], sums[2], sums[3], sums[0].add(sums[1]).add(sums[2]).add(sums[3]),
                    String.format("%064d", Math.abs(number.hashCode())), Timestamp.from(Instant.now()), ecommerceGstin,
                    cancelled);
            long id = jdbc.queryForObject("select id from sales_document where company_id = ? and doc_number = ?",
                    Long.class, company, number);
            for (int i = 0; i < lines.length; i++) {
                String[] l = lines[i];
                jdbc.update("insert into sales_document_line (company_id, sales_document_id, line_no, hsn, is_service,"
                                + " quantity, uqc, unit_price, discount, taxable_value, gst_rate, igst, cgst, sgst, cess,"
                                + " tax_category) values (?,?,?,'9963',true,1,'OTH',?,0,?,18,?,?,?,0,?)",
                        company, id, i + 1, new BigDecimal(l[1]), new BigDecimal(l[1]), new BigDecimal(l[2]),
                        new BigDecimal(l[3]), new BigDecimal(l[4]), l[0]);
            }
        }

        void purchase(String number, String supplierGstin, boolean reverseCharge, boolean composition, String period,
                      String[]... lines) {
            BigDecimal[] sums = sums(lines);
            LocalDate date = LocalDate.of(Integer.parseInt(period.substring(2)), Integer.parseInt(period.substring(0, 2)), 10);
            jdbc.update("insert into purchase_invoice (company_id, registration_id, supplier_gstin, supplier_name, doc_type,"
                            + " doc_number, doc_date, financial_year, return_period, place_of_supply, reverse_charge,"
                            + " taxable_value, igst, cgst, sgst, cess, total, itc_eligibility, received_at,"
                            + " composition_supplier) values (?,?,?,'Supplier','INV',?,?,'2026-27',?,'27',?,?,?,?,?,0,?,"
                            + " 'INPUTS', ?, ?)",
                    company, registration, supplierGstin, number, Date.valueOf(date), period, reverseCharge, sums[0],
                    sums[1], sums[2], sums[3], sums[0].add(sums[1]).add(sums[2]).add(sums[3]),
                    Timestamp.from(Instant.now()), composition);
            long id = jdbc.queryForObject("select id from purchase_invoice where company_id = ? and doc_number = ?",
                    Long.class, company, number);
            for (int i = 0; i < lines.length; i++) {
                String[] l = lines[i];
                jdbc.update("insert into purchase_invoice_line (company_id, purchase_invoice_id, line_no, taxable_value,"
                                + " gst_rate, igst, cgst, sgst, cess, itc_eligibility, tax_category)"
                                + " values (?,?,?,?,18,?,?,?,0,'INPUTS',?)",
                        company, id, i + 1, new BigDecimal(l[1]), new BigDecimal(l[2]), new BigDecimal(l[3]),
                        new BigDecimal(l[4]), l[0]);
            }
        }

        /** An intra-state advance (place of supply 27) with CGST and SGST of {@code half} each. */
        void advance(String kind, String reference, String period, String amount, String half) {
            jdbc.update("insert into gst_advance (company_id, registration_id, supplier_gstin, kind, reference, entry_date,"
                            + " return_period, place_of_supply, gst_rate, amount, igst, cgst, sgst, cess, created_at)"
                            + " values (?,?,?,?,?,?,?,'27',18,?,0,?,?,0,?)",
                    company, registration, GSTIN, kind, reference, Date.valueOf(LocalDate.of(2026, 11, 5)), period,
                    new BigDecimal(amount), new BigDecimal(half), new BigDecimal(half), Timestamp.from(Instant.now()));
        }

        private BigDecimal[] sums(String[][] lines) {
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (String[] l : lines) {
                for (int k = 0; k < 4; k++) {
                    sums[k] = sums[k].add(new BigDecimal(l[k + 1]));
                }
            }
            return sums;
        }
    }
}

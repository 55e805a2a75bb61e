package dev.lekha.jobs.form16;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The form16 job over a seeded FY 2025-26: twelve LOCKED monthly runs for two employees (a SUPERSEDED run that must
 * not count), declarations, a dropped Part A, and three vendor deductions. Every PDF is parsed back with PDFBox and
 * its figures compared with hand-worked ones:
 *
 * <pre>
 * Employee O (old regime, Mumbai, born 1980): BASIC 50,000 + HRA 20,000 + SPECIAL 30,000 a month = 12,00,000;
 *   PT 200 x 11 + 300 (February) = 2,500; rent 3,00,000; 80C proof 1,20,000 (declared 1,50,000); 80D 30,000 -> 25,000.
 *   HRA: least of 2,40,000 received, 50% of 6,00,000 = 3,00,000, 3,00,000 - 60,000 = 2,40,000 -> 2,40,000.
 *   Taxable 12,00,000 - 2,40,000 - 2,500 - 50,000 - 1,45,000 = 7,62,500: 12,500 + 2,62,500 x 20% = 65,000;
 *   cess 2,600; tax 67,600. TDS 5,633 a month = 67,596 (Q1 16,899); 4 still payable.
 * Employee N (new regime): 1,50,000 a month = 18,00,000 - 75,000 = 17,25,000: 1,45,000 + cess 5,800 = 1,50,800;
 *   TDS 12,567 a month = 1,50,804, 4 in excess.
 * Vendor: 194J 1,00,000 at 10% = 10,000 and 50,000 = 5,000 in Q1; 194C 2,00,000 at 2% = 4,000 in Q2.
 * </pre>
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class Form16JobIT {

    private final JobRuns runs;
    private final ArtifactStore artifacts;
    private final JdbcTemplate jdbc;

    Form16JobIT(JobRuns runs, ArtifactStore artifacts, JdbcTemplate jdbc) {
        this.runs = runs;
        this.artifacts = artifacts;
        this.jdbc = jdbc;
    }

    @Test
    void partBFromLockedPayrollPartAAttachedAnd16AForVendors() throws Exception {
        int n = (int) (System.nanoTime() % 10000);
        String companyPan = String.format("AAKCI%04dF", n);
        String oldPan = String.format("AAKPO%04dA", n);
        String newPan = String.format("AAKPN%04dB", n);
        String vendorPan = String.format("AAKFV%04dC", n);
        long company = insert("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values"
                + " ('Form Sixteen Private Limited', ?, true, false, ?)", companyPan, Timestamp.from(Instant.now()));
        long old = employee(company, "E-OLD", "Olga Old", oldPan, "OLD", "Mumbai");
        long fresh = employee(company, "E-NEW", "Neel New", newPan, "NEW", "Pune");
        for (int i = 0; i < 12; i++) {
            LocalDate month = LocalDate.of(2025, 4, 1).plusMonths(i);
            String payMonth = month.toString().substring(0, 7);
            long run = insert("insert into payroll_run (company_id, pay_month, run_no, status, employee_count, total_gross,"
                    + " total_net, total_tds, created_at) values (?, ?, 1, 'DRAFT', 2, 0, 0, 0, ?)", company, payMonth,
                    Timestamp.from(Instant.now()));
            line(run, company, old, payMonth, "OLD", 100_000, month.getMonthValue() == 2 ? 300 : 200, 5_633,
                    Map.of("BASIC", 50_000, "HRA", 20_000, "SPECIAL", 30_000));
            line(run, company, fresh, payMonth, "NEW", 150_000, 200, 12_567,
                    Map.of("BASIC", 75_000, "HRA", 30_000, "SPECIAL", 45_000));
            // lines can only be added to a DRAFT run (V22 trigger): lock once they are in
            jdbc.update("update payroll_run set status = 'LOCKED' where id = ?", run);
        }
        long superseded = insert("insert into payroll_run (company_id, pay_month, run_no, status, employee_count, total_gross,"
                + " total_net, total_tds, created_at) values (?, '2025-04', 2, 'DRAFT', 1, 0, 0, 0, ?)", company,
                Timestamp.from(Instant.now()));
        line(superseded, company, old, "2025-04", "OLD", 999_999, 200, 99_999, Map.of("BASIC", 999_999));
        jdbc.update("update payroll_run set status = 'SUPERSEDED' where id = ?", superseded);
        declare(company, old, "80C", 150_000, 120_000);
        declare(company, old, "80D", 30_000, null);
        declare(company, old, "HRA_RENT", 300_000, null);
        byte[] partA = pdfSaying("TRACES Part A for " + oldPan);
        artifacts.store(new NewArtifact(company, "FORM16_PART_A", "2025-26", oldPan + ".pdf", "application/pdf", null),
                out -> out.write(partA));
        vendor(company, vendorPan, "194J", "2025-05-10", 100_000, "10", 10_000);
        vendor(company, vendorPan, "194J", "2025-06-15", 50_000, "10", 5_000);
        vendor(company, vendorPan, "194C", "2025-08-01", 200_000, "2", 4_000);

        long runId = runs.launch("form16", company, Map.of("financialYear", "2025-26"), "asha");
        RunDetail run = RunsAwait.finished(runs, runId);

        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");
        assertThat(run.steps()).extracting(RunDetail.StepDetail::name).containsExactly("writeForm16", "writeForm16A");
        Map<String, byte[]> form16 = unzip(only(company, "FORM16_PDF_ZIP"));
        assertThat(form16.keySet()).containsExactly(newPan + "/Form16-PartB-2025-26.pdf",
                oldPan + "/Form16-PartA-2025-26.pdf", oldPan + "/Form16-PartB-2025-26.pdf");
        assertThat(text(form16.get(oldPan + "/Form16-PartA-2025-26.pdf"))).contains("TRACES Part A for " + oldPan);

        String o = text(form16.get(oldPan + "/Form16-PartB-2025-26.pdf"));
        assertThat(o).contains("Form No. 16 - Part B", "Employee: Olga Old PAN " + oldPan, "Tax regime Old",
                "Gross salary 12,00,000.00",
                "Less: HRA exempt (section 10(13A)) 2,40,000.00",
                "Less: standard deduction (section 16(ia)) 50,000.00",
                "Less: professional tax (section 16(iii)) 2,500.00",
                "Section 80C 1,20,000.00", "Section 80D 25,000.00",
                "Total taxable income (rounded, section 288A) 7,62,500.00",
                "Tax on total income 65,000.00", "Health and education cess 2,600.00",
                "Tax payable (rounded, section 288B) 67,600.00",
                "TDS 2025-04 5,633.00", "Quarter Q1 16,899.00", "Total tax deducted 67,596.00", "Tax still payable 4.00");
        String nw = text(form16.get(newPan + "/Form16-PartB-2025-26.pdf"));
        assertThat(nw).contains("Tax regime New (section 115BAC)", "Gross salary 18,00,000.00",
                "Total taxable income (rounded, section 288A) 17,25,000.00", "Tax payable (rounded, section 288B) 1,50,800.00",
                "Total tax deducted 1,50,804.00", "Tax deducted in excess 4.00");

        Map<String, byte[]> form16a = unzip(only(company, "FORM16A_PDF_ZIP"));
        assertThat(form16a.keySet()).containsExactly("AAKCI" + String.format("%04d", n) + "X/" + vendorPan + "-Q1-2025-26.pdf",
                "AAKCI" + String.format("%04d", n) + "X/" + vendorPan + "-Q2-2025-26.pdf");
        String q1 = text(form16a.get("AAKCI" + String.format("%04d", n) + "X/" + vendorPan + "-Q1-2025-26.pdf"));
        assertThat(q1).contains("Form No. 16A", "Deductee: Vendor Traders PAN " + vendorPan,
                "2025-05-10 section 194J paid 1,00,000.00 at 10% (not yet deposited) 10,000.00",
                "Total amount paid or credited 1,50,000.00", "Total tax deducted 15,000.00");
        assertThat(text(form16a.get("AAKCI" + String.format("%04d", n) + "X/" + vendorPan + "-Q2-2025-26.pdf")))
                .contains("Total tax deducted 4,000.00");
    }

    private long employee(long company, String code, String name, String pan, String regime, String city) {
        return insert("insert into employee (company_id, employee_code, name, gender, date_of_birth, pan, work_state,"
                + " residence_city, tax_regime, date_of_joining, pf_applicable, pf_on_actual_wages, eps_member,"
                + " esi_applicable, disabled, created_at, updated_at) values (?, ?, ?, 'F', ?, ?, 'MH', ?, ?, ?, true,"
                + " false, true, false, false, ?, ?)", company, code, name, Date.valueOf(LocalDate.of(1980, 6, 1)), pan,
                city, regime, Date.valueOf(LocalDate.of(2020, 1, 1)), Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
    }

    private void line(long run, long company, long employee, String month, String regime, long taxable, long pt, long tds,
                      Map<String, Integer> components) {
        long line = insert("insert into payroll_run_line (payroll_run_id, company_id, employee_id, pay_month, days_in_month,"
                + " paid_days, lop_days, gross_earnings, taxable_earnings, pf_wages, eps_wages, edli_wages, epf_employee,"
                + " vpf_employee, eps_employer, epf_employer, edli_employer, pf_admin_employer, esi_wages, esi_employee,"
                + " esi_employer, professional_tax, lwf_employee, lwf_employer, tds, other_deductions, net_pay, ncp_days,"
                + " tax_regime, projected_taxable_income, projected_annual_tax) values (?, ?, ?, ?, 30, 30, 0, ?, ?, 0, 0,"
                + " 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, 0, ?, 0, 0, 0, ?, 0, 0)", run, company, employee, month, taxable,
                taxable, pt, tds, regime);
        components.forEach((code, amount) -> jdbc.update("insert into payroll_run_component (payroll_run_line_id,"
                + " component_code, kind, amount) values (?, ?, 'EARNING', ?)", line, code, amount));
    }

    private void declare(long company, long employee, String section, long declared, Integer proof) {
        jdbc.update("insert into investment_declaration (company_id, employee_id, financial_year, section, declared_amount,"
                + " proof_amount) values (?, ?, '2025-26', ?, ?, ?)", company, employee, section, declared, proof);
    }

    private void vendor(long company, String pan, String section, String date, long paid, String rate, long tds) {
        jdbc.update("insert into tds_deduction (company_id, tan, deductee_pan, deductee_name, deductee_kind, section_code,"
                + " nature, payment_date, amount_paid, tds_base, rate_percent, tds, reason, deduction_date, created_at,"
                + " created_by) values (?, ?, ?, 'Vendor Traders', 'OTHER', ?, 'FEES', ?, ?, ?, ?, ?, 'normal rate', ?, ?,"
                + " 'test')", company, tanFor(pan), pan, section, Date.valueOf(date), paid, paid, new java.math.BigDecimal(rate),
                tds, Date.valueOf(date), Timestamp.from(Instant.now()));
    }

    private static String tanFor(String vendorPan) {
        return "AAKCI" + vendorPan.substring(5, 9) + "X";
    }

    private long insert(String sql, Object... args) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private StoredArtifact only(long company, String kind) {
        var found = artifacts.search(company, kind, "2025-26");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Map<String, byte[]> unzip(StoredArtifact zipArtifact) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = artifacts.open(zipArtifact.id()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace("\r", "");
        }
    }

    private static byte[] pdfSaying(String words) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                dev.lekha.mappings.pdf.PdfText.text(cs, words, new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12, 50, 700);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

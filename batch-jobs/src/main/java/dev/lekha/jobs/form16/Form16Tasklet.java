package dev.lekha.jobs.form16;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.jobs.statutory.IncomeTaxRulesSource;
import dev.lekha.mappings.incometax.AgeBand;
import dev.lekha.mappings.incometax.DeductionCaps;
import dev.lekha.mappings.incometax.HraExemption;
import dev.lekha.mappings.incometax.IncomeTaxCalculator;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxComputation;
import dev.lekha.mappings.incometax.IncomeTaxCalculator.TaxInput;
import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.mappings.incometax.form16.Form16PartB;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Part B of every employee's salary certificate for the year, from the LOCKED payroll runs (a superseded or draft
 * run never counts) and the investment declarations (proof amount when verified, else the declared amount), computed
 * with the year's dated rules exactly as the payroll projects tax. TRACES Part A PDFs dropped in for the year
 * (artifacts of kind {@code FORM16_PART_A}, named by PAN) go into the ZIP beside their Part B.
 */
class Form16Tasklet implements Tasklet {

    static final String KIND = "FORM16_PDF_ZIP";
    /** TRACES Part A PDFs kept by the {@code form16-part-a} drop, period = financial year, file name {@code PAN.pdf}. */
    static final String PART_A_KIND = "FORM16_PART_A";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final IncomeTaxRulesSource rules;

    Form16Tasklet(JdbcTemplate jdbc, ArtifactStore artifacts, IncomeTaxRulesSource rules) {
        this.jdbc = jdbc;
        this.artifacts = artifacts;
        this.rules = rules;
    }

    /** The year's locked figures of one employee, gathered month by month. */
    private static final class Employee {
        final long id;
        final List<Form16PartB.MonthTds> months = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal professionalTax = BigDecimal.ZERO;
        String regime;

        Employee(long id) {
            this.id = id;
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        FinancialYear fy = FinancialYear.parse(params.getString("financialYear"));
        String year = fy.toString();
        rules.rules(year, TaxRegime.NEW, 30);
        Map<String, Object> company = jdbc.queryForMap("select legal_name, pan from company where id = ?", companyId);
        Map<String, Long> partA = new HashMap<>();
        for (StoredArtifact a : artifacts.search(companyId, PART_A_KIND, year)) {
            partA.putIfAbsent(a.fileName().toUpperCase(Locale.ROOT).replace(".PDF", ""), a.id());
        }
        int[] written = {0};
        String name = (fy.startYear() >= 2026 ? "Form130" : "Form16") + "-PartB-" + year + ".zip";
        artifacts.store(new NewArtifact(companyId, KIND, year, name, "application/zip", step.getJobExecutionId()), out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            Employee[] current = {null};
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(500);
            streaming.query("select l.employee_id, l.pay_month, l.taxable_earnings, l.professional_tax, l.tds,"
                    + " l.tax_regime from payroll_run_line l join payroll_run r on r.id = l.payroll_run_id"
                    + " where r.company_id = ? and r.status = 'LOCKED' and l.pay_month between ? and ?"
                    + " order by l.employee_id, l.pay_month", rs -> {
                long employeeId = rs.getLong(1);
                if (current[0] != null && current[0].id != employeeId) {
                    write(zip, companyId, year, fy, company, current[0], partA);
                    written[0]++;
                    current[0] = null;
                }
                if (current[0] == null) {
                    current[0] = new Employee(employeeId);
                }
                Employee e = current[0];
                e.gross = e.gross.add(rs.getBigDecimal(3));
                e.professionalTax = e.professionalTax.add(rs.getBigDecimal(4));
                e.months.add(new Form16PartB.MonthTds(rs.getString(2), rs.getBigDecimal(5)));
                e.regime = rs.getString(6);
            }, companyId, fy.startYear() + "-04", (fy.startYear() + 1) + "-03");
            if (current[0] != null) {
                write(zip, companyId, year, fy, company, current[0], partA);
                written[0]++;
            }
            zip.finish();
        });
        contribution.incrementWriteCount(written[0]);
        return RepeatStatus.FINISHED;
    }

    private void write(ZipOutputStream zip, long companyId, String year, FinancialYear fy, Map<String, Object> company,
                       Employee e, Map<String, Long> partA) {
        try {
            Map<String, Object> emp = jdbc.queryForMap("select employee_code, name, pan, date_of_birth, residence_city"
                    + " from employee where id = ?", e.id);
            Form16PartB b = partB(companyId, year, fy, company, e, emp);
            String pan = (String) emp.get("pan");
            String key = pan == null || pan.isBlank() ? (String) emp.get("employee_code") : pan;
            zip.putNextEntry(new ZipEntry(key + "/" + (b.underNewAct() ? "Form130" : "Form16") + "-PartB-" + year + ".pdf"));
            b.writePdf(zip);
            zip.closeEntry();
            Long partAId = pan == null ? null : partA.get(pan.toUpperCase(Locale.ROOT));
            if (partAId != null) {
                zip.putNextEntry(new ZipEntry(key + "/" + (b.underNewAct() ? "Form130" : "Form16") + "-PartA-" + year + ".pdf"));
                try (InputStream in = artifacts.open(partAId)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    Form16PartB partB(long companyId, String year, FinancialYear fy, Map<String, Object> company, Employee e,
                      Map<String, Object> emp) {
        TaxRegime regime = TaxRegime.valueOf(e.regime);
        Date dob = (Date) emp.get("date_of_birth");
        // without a date of birth the employee is taken to be below 60 (the old regime's general slabs)
        int age = dob == null ? 0 : AgeBand.ageForYearEnding(dob.toLocalDate(), fy.startYear() + 1);
        RegimeRules r = rules.rules(year, regime, age);

        Map<String, BigDecimal> claims = new LinkedHashMap<>();
        BigDecimal rent = BigDecimal.ZERO;
        BigDecimal lta = BigDecimal.ZERO;
        BigDecimal otherIncome = BigDecimal.ZERO;
        boolean[] parentsSenior = {false};
        for (Map<String, Object> d : jdbc.queryForList("select section, coalesce(proof_amount, declared_amount) as amount,"
                + " detail from investment_declaration where employee_id = ? and financial_year = ?", e.id, year)) {
            String section = ((String) d.get("section")).toUpperCase(Locale.ROOT);
            BigDecimal amount = (BigDecimal) d.get("amount");
            switch (section) {
                case "HRA_RENT" -> rent = amount;
                case "LTA" -> lta = amount;
                case "OTHER_INCOME" -> otherIncome = amount;
                default -> {
                    if (DeductionCaps.SECTIONS.contains(section)) {
                        claims.put(section, amount);
                        if ("80D_PARENTS".equals(section) && "SENIOR".equalsIgnoreCase((String) d.get("detail"))) {
                            parentsSenior[0] = true;
                        }
                    }
                }
            }
        }
        Map<String, BigDecimal> components = new HashMap<>();
        jdbc.query("select c.component_code, sum(c.amount) from payroll_run_component c"
                + " join payroll_run_line l on l.id = c.payroll_run_line_id join payroll_run r on r.id = l.payroll_run_id"
                + " where l.employee_id = ? and r.status = 'LOCKED' and l.pay_month between ? and ?"
                + " group by c.component_code", rs -> {
            components.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getBigDecimal(2));
        }, e.id, fy.startYear() + "-04", (fy.startYear() + 1) + "-03");
        BigDecimal basicDa = components.getOrDefault("BASIC", BigDecimal.ZERO).add(components.getOrDefault("DA", BigDecimal.ZERO));
        boolean old = regime == TaxRegime.OLD;
        BigDecimal hra = old ? HraExemption.compute(rules.hraRules(year), basicDa, components.getOrDefault("HRA", BigDecimal.ZERO),
                rent, (String) emp.get("residence_city")).exempt() : BigDecimal.ZERO;
        BigDecimal ltaExempt = old ? lta : BigDecimal.ZERO;
        BigDecimal pt = old ? e.professionalTax : BigDecimal.ZERO;
        DeductionCaps.Allowed allowed = rules.deductionCaps(year).allow(claims, regime, AgeBand.of(age), parentsSenior[0],
                basicDa);
        TaxComputation tax = IncomeTaxCalculator.compute(r, new TaxInput(e.gross, otherIncome, allowed.oldRegimeOnly(), hra,
                ltaExempt.add(pt), allowed.everyRegime()));
        BigDecimal salaryAfterExemptions = old ? e.gross.subtract(hra).subtract(ltaExempt).subtract(pt) : e.gross;
        return new Form16PartB(year, (String) company.get("legal_name"), (String) company.get("pan"), (String) emp.get("name"),
                (String) emp.get("pan"), regime.name(), e.gross, hra, ltaExempt,
                r.standardDeduction().min(salaryAfterExemptions.max(BigDecimal.ZERO)), pt, otherIncome, allowed.allowed(), tax,
                e.months);
    }
}

package dev.lekha.jobs.payroll;

import dev.lekha.domain.payroll.PayrollRuns;
import dev.lekha.domain.payroll.YearToDatePay;
import dev.lekha.jobs.statutory.IncomeTaxRulesSource;
import dev.lekha.jobs.statutory.MissingStatutoryRuleException;
import dev.lekha.jobs.statutory.PayrollRulesSource;
import dev.lekha.mappings.incometax.AgeBand;
import dev.lekha.mappings.incometax.DeductionCaps;
import dev.lekha.mappings.incometax.HraExemption;
import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.mappings.payroll.EmployeeMonth;
import dev.lekha.mappings.payroll.EmployeeMonth.PaidMonth;
import dev.lekha.mappings.payroll.EmployeeMonth.TaxDeclarations;
import dev.lekha.mappings.payroll.EmployeeMonth.TaxTreatment;
import dev.lekha.mappings.payroll.EmployeeMonth.Terms;
import dev.lekha.mappings.payroll.EmployeeMonth.VariablePay;
import dev.lekha.mappings.payroll.EmployeeMonth.YearToDate;
import dev.lekha.mappings.payroll.PayComponent;
import dev.lekha.mappings.payroll.PayrollCalculationException;
import dev.lekha.mappings.payroll.PayrollCalculator;
import dev.lekha.mappings.payroll.PayrollStatutory;
import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import dev.lekha.mappings.payroll.SalaryStructureAmounts;
import dev.lekha.mappings.payroll.StatutoryRulesContributions;
import dev.lekha.mappings.payroll.formula.SalaryStructureEvaluator;
import dev.lekha.mappings.payroll.formula.StructureLine;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what the engine needs about one employee (structures, the month's attendance and inputs, year-to-date from
 * locked runs, declarations, the dated rules) and computes the month. Anything that keeps the month from being
 * computed comes out as {@link PayrollCalculationException} so the step skips the employee and the run lists why.
 * Rules are cached per state and per regime/age for the step.
 */
class PayrollEmployeeProcessor implements ItemProcessor<EmployeeRow, ComputedPayslip> {

    private static final List<String> NOT_DEDUCTIONS = List.of("HRA_RENT", "LTA", "PREV_EMPLOYER_SALARY",
            "PREV_EMPLOYER_TDS", "OTHER_INCOME");

    private final JdbcTemplate jdbc;
    private final PayrollRuns runs;
    private final PayrollRulesSource statutoryRules;
    private final IncomeTaxRulesSource taxRules;
    private final long companyId;
    private final YearMonth month;
    private final PayrollCalculator calculator;
    private final Map<String, PayComponent> components = new LinkedHashMap<>();
    private final Map<String, PayrollStatutory> statutoryByState = new HashMap<>();
    private final Map<String, RegimeRules> taxByRegimeAge = new HashMap<>();

    PayrollEmployeeProcessor(JdbcTemplate jdbc, PayrollRuns runs, PayrollRulesSource statutoryRules,
                             IncomeTaxRulesSource taxRules, long companyId, YearMonth month) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.statutoryRules = statutoryRules;
        this.taxRules = taxRules;
        this.companyId = companyId;
        this.month = month;
        jdbc.query("select code, name, kind, pf_wage, pf_excluded_allowance, esi_wage, taxable, prorated, display_order"
                + " from salary_component where company_id = ? order by display_order, code", rs -> {
                    components.put(rs.getString(1), new PayComponent(rs.getString(1), rs.getString(2),
                            PayComponent.Kind.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5),
                            rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getInt(9)));
                }, companyId);
        this.calculator = new PayrollCalculator(components.values());
    }

    @Override
    public ComputedPayslip process(EmployeeRow row) {
        try {
            Payslip payslip = compute(row);
            Map<String, String> kinds = new HashMap<>();
            for (PayslipAmount a : payslip.earnings()) {
                kinds.put(a.code(), kindOf(a.code()));
            }
            for (PayslipAmount a : payslip.otherDeductions()) {
                kinds.put(a.code(), kindOf(a.code()));
            }
            return new ComputedPayslip(row.id(), payslip, kinds);
        } catch (PayrollCalculationException e) {
            throw e;
        } catch (MissingStatutoryRuleException e) {
            throw new PayrollCalculationException("NO_RULE", row.employee().code() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            if (e.getClass().getSimpleName().startsWith("Missing")) {
                throw new PayrollCalculationException("NO_RULE", row.employee().code() + ": " + e.getMessage());
            }
            if (e.getClass().getName().contains(".formula.") || e instanceof IllegalArgumentException) {
                throw new PayrollCalculationException("INVALID_INPUT", row.employee().code() + ": " + e.getMessage());
            }
            throw e;
        }
    }

    private String kindOf(String code) {
        String base = code.startsWith(PayrollCalculator.ARREAR_PREFIX)
                && !components.containsKey(code) ? code.substring(PayrollCalculator.ARREAR_PREFIX.length()) : code;
        return components.get(base).kind().name();
    }

    private Payslip compute(EmployeeRow row) {
        LocalDate monthEnd = month.atEndOfMonth();
        List<Map<String, Object>> structures = jdbc.queryForList("select id, effective_from, annual_ctc, created_at"
                + " from salary_structure where employee_id = ? and effective_from <= ? order by effective_from desc"
                + " fetch first 2 rows only", row.id(), java.sql.Date.valueOf(monthEnd));
        if (structures.isEmpty()) {
            throw new PayrollCalculationException("NO_STRUCTURE", row.employee().code() + " has no salary structure"
                    + " in force in " + month + "; add one (payroll-inputs drop) effective on or before " + monthEnd);
        }
        SalaryStructureAmounts current = amounts(structures.get(0));
        SalaryStructureAmounts previous = structures.size() > 1 ? amounts(structures.get(1)) : null;
        Timestamp revisedAt = timestamp(structures.get(0).get("created_at"));
        List<PaidMonth> arrears = previous == null ? List.of() : jdbc.query("select l.pay_month, l.paid_days"
                + " from payroll_run_line l join payroll_run r on r.id = l.payroll_run_id where r.status = 'LOCKED'"
                + " and l.employee_id = ? and l.pay_month >= ? and l.pay_month < ? and r.locked_at < ?"
                + " order by l.pay_month", (rs, n) -> new PaidMonth(YearMonth.parse(rs.getString(1)),
                rs.getBigDecimal(2)), row.id(), YearMonth.from(current.effectiveFrom()).toString(), month.toString(),
                revisedAt);
        List<BigDecimal> lop = jdbc.query("select lop_days from payroll_attendance where employee_id = ? and pay_month = ?",
                (rs, n) -> rs.getBigDecimal(1), row.id(), month.toString());
        List<VariablePay> inputs = jdbc.query("select component_code, amount, tax_treatment from payroll_input"
                + " where employee_id = ? and pay_month = ? order by component_code", (rs, n) -> new VariablePay(
                rs.getString(1), rs.getBigDecimal(2), rs.getString(3) == null ? null
                : TaxTreatment.valueOf(rs.getString(3))), row.id(), month.toString());
        YearToDatePay ytd = runs.yearToDate(companyId, row.id(), month);
        TaxRegime regime = TaxRegime.valueOf(row.taxRegime());
        int age = PayrollCalculator.ageAtFinancialYearEnd(row.employee().dateOfBirth(), month);
        String fy = PayrollCalculator.financialYear(month);
        RegimeRules tax = taxByRegimeAge.computeIfAbsent(regime + "/" + AgeBand.of(age),
                k -> taxRules.rules(fy, regime, age));
        PayrollStatutory statutory = statutoryByState.computeIfAbsent(row.employee().workState(),
                state -> new StatutoryRulesContributions(statutoryRules.forMonth(month, state)));
        EmployeeMonth in = new EmployeeMonth(row.employee(), new Terms(row.pfApplicable(), row.pfOnActualWages(),
                row.epsMember(), row.esiApplicable(), regime), month, lop.isEmpty() ? BigDecimal.ZERO : lop.get(0),
                current, previous, arrears, inputs,
                new YearToDate(ytd.taxableSalary(), ytd.tds(), ytd.professionalTax(), ytd.esiCovered()),
                declarations(row, regime, age, fy, current));
        return calculator.compute(in, statutory, tax);
    }

    private SalaryStructureAmounts amounts(Map<String, Object> structure) {
        long id = ((Number) structure.get("id")).longValue();
        List<StructureLine> lines = jdbc.query("select component_code, monthly_amount, formula from salary_structure_line"
                + " where salary_structure_id = ? order by id", (rs, n) -> new StructureLine(rs.getString(1),
                rs.getBigDecimal(2), rs.getString(3)), id);
        LocalDate from = ((java.sql.Date) structure.get("effective_from")).toLocalDate();
        return new SalaryStructureAmounts(from, SalaryStructureEvaluator.monthlyAmounts(lines,
                (BigDecimal) structure.get("annual_ctc")));
    }

    /** The year's declarations (proofs where verified) capped by section; HRA exemption in the old regime. */
    private TaxDeclarations declarations(EmployeeRow row, TaxRegime regime, int age, String fy,
                                         SalaryStructureAmounts structure) {
        Map<String, BigDecimal> declared = new LinkedHashMap<>();
        jdbc.query("select section, coalesce(proof_amount, declared_amount) from investment_declaration"
                + " where employee_id = ? and financial_year = ?", rs -> {
                    declared.put(rs.getString(1), rs.getBigDecimal(2));
                }, row.id(), fy);
        if (declared.isEmpty()) {
            return TaxDeclarations.NONE;
        }
        BigDecimal twelve = BigDecimal.valueOf(12);
        BigDecimal basicDa = structure.amount("BASIC").add(structure.amount("DA")).multiply(twelve);
        Map<String, BigDecimal> claims = new LinkedHashMap<>(declared);
        NOT_DEDUCTIONS.forEach(claims::remove);
        BigDecimal deductions = BigDecimal.ZERO;
        if (!claims.isEmpty()) {
            DeductionCaps.Allowed allowed = taxRules.deductionCaps(fy).allow(claims, regime, AgeBand.of(age), false,
                    basicDa);
            deductions = allowed.oldRegimeOnly().add(allowed.everyRegime());
        }
        BigDecimal hra = BigDecimal.ZERO;
        BigDecimal rent = declared.get("HRA_RENT");
        if (regime == TaxRegime.OLD && rent != null && structure.amount("HRA").signum() > 0) {
            hra = HraExemption.compute(taxRules.hraRules(fy), basicDa, structure.amount("HRA").multiply(twelve), rent,
                    row.residenceCity()).exempt();
        }
        return new TaxDeclarations(deductions, hra, declared.getOrDefault("OTHER_INCOME", BigDecimal.ZERO),
                declared.getOrDefault("PREV_EMPLOYER_SALARY", BigDecimal.ZERO),
                declared.getOrDefault("PREV_EMPLOYER_TDS", BigDecimal.ZERO));
    }

    /**
     * A {@code timestamp with time zone} as JDBC drivers hand it over: PostgreSQL's and Oracle's as {@link Timestamp},
     * H2's as {@link java.time.OffsetDateTime}.
     */
    private static Timestamp timestamp(Object value) {
        if (value instanceof Timestamp t) {
            return t;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return Timestamp.from(o.toInstant());
        }
        throw new IllegalStateException("salary_structure.created_at came as " + (value == null ? "null"
                : value.getClass().getName()) + ", not a timestamp");
    }
}

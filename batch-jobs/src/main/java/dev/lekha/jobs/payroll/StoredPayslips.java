package dev.lekha.jobs.payroll;

import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.mappings.payroll.PayrollCalculator;
import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import dev.lekha.mappings.payroll.PayslipEmployee;
import dev.lekha.mappings.payroll.files.PayrollFileHeader.ComponentColumn;
import dev.lekha.mappings.payroll.files.PayslipYearToDate;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The payslips of a stored payroll run, rebuilt one at a time from {@code payroll_run_line}, its
 * {@code payroll_run_component} rows and the employee master, in employee-code order, so the files are written from
 * what was stored (and locked) and never from payslips held in memory: one cursor, one payslip in memory at a time.
 *
 * <p>For the payslips, each employee's financial-year-to-date totals come with them: the LOCKED runs of the year's
 * earlier months (as the TDS projection counts them) plus this payslip.
 *
 * <p>Components are shown in the company's display order with their names from {@code salary_component}; an
 * arrear ({@code ARREAR_<code>}) comes right after its component and is named "Arrears &lt;name&gt;", as the payroll
 * engine names it.
 */
final class StoredPayslips {

    /** A stored payslip with the employee's scheme flags, which the files need and the payslip does not carry. */
    record StoredPayslip(Payslip payslip, boolean pfApplicable, boolean esiApplicable, PayslipYearToDate yearToDate) {
    }

    private record ComponentInfo(String name, int displayOrder) {
    }

    private static final String COLUMNS = "select l.id, l.pay_month, l.days_in_month, l.paid_days, l.lop_days,"
            + " l.ncp_days, l.gross_earnings, l.taxable_earnings, l.pf_wages, l.eps_wages, l.edli_wages, l.epf_employee,"
            + " l.vpf_employee, l.eps_employer, l.epf_employer, l.edli_employer, l.pf_admin_employer, l.esi_wages,"
            + " l.esi_employee, l.esi_employer, l.professional_tax, l.lwf_employee, l.lwf_employer, l.tds,"
            + " l.other_deductions, l.net_pay, l.tax_regime, l.projected_taxable_income, l.projected_annual_tax,"
            + " e.employee_code, e.name, e.gender, e.date_of_birth, e.pan, e.uan, e.esi_number, e.bank_account_number,"
            + " e.bank_ifsc, e.work_state, e.designation, e.department, e.date_of_joining, e.date_of_leaving,"
            + " e.pf_applicable, e.esi_applicable, c.component_code, c.kind, c.amount";
    private static final String FROM = " from payroll_run_line l join employee e on e.id = l.employee_id"
            + " left join payroll_run_component c on c.payroll_run_line_id = l.id";
    private static final String ORDER = " where l.payroll_run_id = ? order by e.employee_code, l.id, c.id";
    /** The earlier months of the financial year, from LOCKED runs only (as the TDS projection counts them). */
    private static final String EARLIER = " left join (select pl.employee_id, sum(pl.gross_earnings) as y_gross,"
            + " sum(pl.epf_employee + pl.vpf_employee) as y_pf, sum(pl.professional_tax) as y_pt, sum(pl.tds) as y_tds,"
            + " sum(pl.net_pay) as y_net from payroll_run_line pl join payroll_run pr on pr.id = pl.payroll_run_id"
            + " where pr.company_id = ? and pr.status = 'LOCKED' and pl.pay_month >= ? and pl.pay_month < ?"
            + " group by pl.employee_id) y on y.employee_id = l.employee_id";

    private final JdbcTemplate jdbc;
    private final long companyId;
    private final long runId;
    private final Map<String, ComponentInfo> components = new HashMap<>();

    /** @param jdbc with a fetch size set, so the cursor streams */
    StoredPayslips(JdbcTemplate jdbc, long companyId, long runId) {
        this.jdbc = jdbc;
        this.companyId = companyId;
        this.runId = runId;
        jdbc.query("select code, name, display_order from salary_component where company_id = ?",
                rs -> {
                    components.put(rs.getString(1), new ComponentInfo(rs.getString(2), rs.getInt(3)));
                }, companyId);
    }

    /** The earning and the deduction components that occur in the run, in display order (register columns). */
    List<List<ComponentColumn>> columns() {
        List<ComponentColumn> earnings = new ArrayList<>();
        List<ComponentColumn> deductions = new ArrayList<>();
        List<String[]> rows = jdbc.query("select distinct c.component_code, c.kind from payroll_run_component c"
                + " join payroll_run_line l on l.id = c.payroll_run_line_id where l.payroll_run_id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, runId);
        rows.sort(Comparator.comparing((String[] r) -> sortKey(r[0])));
        for (String[] r : rows) {
            ComponentColumn column = new ComponentColumn(r[0], name(r[0]));
            ("DEDUCTION".equals(r[1]) ? deductions : earnings).add(column);
        }
        return List.of(earnings, deductions);
    }

    /** Streams the run's payslips to {@code each}, in employee-code order. */
    void forEach(Consumer<StoredPayslip> each) {
        stream(false, each);
    }

    /**
     * Streams the run's payslips with each employee's financial-year-to-date totals: the LOCKED runs of the year's
     * earlier months plus this payslip.
     */
    void forEachWithYearToDate(Consumer<StoredPayslip> each) {
        stream(true, each);
    }

    private void stream(boolean yearToDate, Consumer<StoredPayslip> each) {
        Builder[] current = {null};
        RowCallbackHandler rows = rs -> {
            long lineId = rs.getLong(1);
            if (current[0] == null || current[0].lineId != lineId) {
                if (current[0] != null) {
                    each.accept(current[0].build());
                }
                current[0] = new Builder(lineId, rs, yearToDate);
            }
            String code = rs.getString("component_code");
            if (code != null) {
                PayslipAmount amount = new PayslipAmount(code, name(code), rs.getBigDecimal("amount"));
                ("DEDUCTION".equals(rs.getString("kind")) ? current[0].deductions : current[0].earnings).add(amount);
            }
        };
        if (yearToDate) {
            YearMonth month = YearMonth.parse(jdbc.queryForObject("select pay_month from payroll_run where id = ?",
                    String.class, runId));
            jdbc.query(COLUMNS + ", y.y_gross, y.y_pf, y.y_pt, y.y_tds, y.y_net" + FROM + EARLIER + ORDER, rows,
                    companyId, PayslipYearToDate.financialYearStart(month).toString(), month.toString(), runId);
        } else {
            jdbc.query(COLUMNS + FROM + ORDER, rows, runId);
        }
        if (current[0] != null) {
            each.accept(current[0].build());
        }
    }

    private String name(String code) {
        ComponentInfo info = components.get(code);
        if (info != null) {
            return info.name();
        }
        if (code.startsWith(PayrollCalculator.ARREAR_PREFIX)) {
            ComponentInfo base = components.get(code.substring(PayrollCalculator.ARREAR_PREFIX.length()));
            if (base != null) {
                return "Arrears " + base.name();
            }
        }
        return code;
    }

    /** Display order of the component (an arrear right after its own), then code. */
    private String sortKey(String code) {
        boolean arrear = code.startsWith(PayrollCalculator.ARREAR_PREFIX);
        String base = arrear ? code.substring(PayrollCalculator.ARREAR_PREFIX.length()) : code;
        ComponentInfo info = components.get(base);
        int order = info == null ? Integer.MAX_VALUE / 2 : info.displayOrder();
        return String.format("%011d|%s|%d", (long) order, base, arrear ? 1 : 0);
    }

    private final class Builder {

        final long lineId;
        final List<PayslipAmount> earnings = new ArrayList<>();
        final List<PayslipAmount> deductions = new ArrayList<>();
        final Object[] line;
        final PayslipEmployee employee;
        final boolean pf;
        final boolean esi;
        final BigDecimal[] earlier;

        Builder(long lineId, ResultSet rs, boolean yearToDate) throws SQLException {
            this.lineId = lineId;
            line = new Object[29];
            for (int i = 2; i <= 29; i++) {
                line[i - 1] = rs.getObject(i);
            }
            employee = new PayslipEmployee(rs.getString("employee_code"), rs.getString("name"),
                    rs.getString("gender"), date(rs.getDate("date_of_birth")), rs.getString("pan"), rs.getString("uan"),
                    rs.getString("esi_number"), rs.getString("bank_account_number"), rs.getString("bank_ifsc"),
                    rs.getString("work_state"), rs.getString("designation"), rs.getString("department"),
                    date(rs.getDate("date_of_joining")), date(rs.getDate("date_of_leaving")));
            pf = rs.getBoolean("pf_applicable");
            esi = rs.getBoolean("esi_applicable");
            earlier = yearToDate ? new BigDecimal[] {zeroIfNull(rs.getBigDecimal("y_gross")),
                zeroIfNull(rs.getBigDecimal("y_pf")), zeroIfNull(rs.getBigDecimal("y_pt")),
                zeroIfNull(rs.getBigDecimal("y_tds")), zeroIfNull(rs.getBigDecimal("y_net"))} : null;
        }

        private BigDecimal money(int column) {
            return ((BigDecimal) line[column - 1]).setScale(2);
        }

        private BigDecimal days(int column) {
            return ((BigDecimal) line[column - 1]).setScale(1);
        }

        StoredPayslip build() {
            earnings.sort(Comparator.comparing(a -> sortKey(a.code())));
            deductions.sort(Comparator.comparing(a -> sortKey(a.code())));
            // vpf is part of the employee's PF deduction; the rest as the engine adds them up (PayrollCalculator)
            BigDecimal totalDeductions = money(12).add(money(13)).add(money(19)).add(money(21)).add(money(22))
                    .add(money(24)).add(money(25));
            Payslip p = new Payslip(employee, YearMonth.parse((String) line[1]), ((Number) line[2]).intValue(),
                    days(4), days(5), days(6), earnings, deductions, money(7), money(8), money(9), money(10), money(11),
                    money(12), money(13), money(14), money(15), money(16), money(17), money(18), money(19), money(20),
                    money(21), money(22), money(23), money(24), totalDeductions, money(26),
                    TaxRegime.valueOf((String) line[26]), money(28), money(29));
            PayslipYearToDate ytd = earlier == null ? null : new PayslipYearToDate(
                    PayslipYearToDate.financialYearStart(p.month()), p.month(), earlier[0].add(p.grossEarnings()),
                    earlier[1].add(p.epfEmployee()).add(p.vpfEmployee()), earlier[2].add(p.professionalTax()),
                    earlier[3].add(p.tds()), earlier[4].add(p.netPay()));
            return new StoredPayslip(p, pf, esi, ytd);
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}

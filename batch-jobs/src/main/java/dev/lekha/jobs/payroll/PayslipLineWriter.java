package dev.lekha.jobs.payroll;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores a chunk of payslips as {@code payroll_run_line} rows and their components, two JDBC batches per chunk
 * (components find their line by run and employee, so no generated keys travel back).
 */
class PayslipLineWriter implements ItemWriter<ComputedPayslip> {

    private static final String LINE = "insert into payroll_run_line (payroll_run_id, company_id, employee_id, pay_month,"
            + " days_in_month, paid_days, lop_days, gross_earnings, taxable_earnings, pf_wages, eps_wages, edli_wages,"
            + " epf_employee, vpf_employee, eps_employer, epf_employer, edli_employer, pf_admin_employer, esi_wages,"
            + " esi_employee, esi_employer, professional_tax, lwf_employee, lwf_employer, tds, other_deductions, net_pay,"
            + " ncp_days, tax_regime, projected_taxable_income, projected_annual_tax)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String COMPONENT = "insert into payroll_run_component (payroll_run_line_id, component_code,"
            + " kind, amount) select id, ?, ?, ? from payroll_run_line where payroll_run_id = ? and employee_id = ?";

    private final JdbcTemplate jdbc;
    private final long runId;
    private final long companyId;

    PayslipLineWriter(JdbcTemplate jdbc, long runId, long companyId) {
        this.jdbc = jdbc;
        this.runId = runId;
        this.companyId = companyId;
    }

    @Override
    public void write(Chunk<? extends ComputedPayslip> chunk) {
        List<? extends ComputedPayslip> items = chunk.getItems();
        jdbc.batchUpdate(LINE, items, items.size(), (ps, c) -> {
            Payslip p = c.payslip();
            int i = 1;
            ps.setLong(i++, runId);
            ps.setLong(i++, companyId);
            ps.setLong(i++, c.employeeId());
            ps.setString(i++, p.month().toString());
            ps.setInt(i++, p.daysInMonth());
            ps.setBigDecimal(i++, p.paidDays());
            ps.setBigDecimal(i++, p.lopDays());
            ps.setBigDecimal(i++, p.grossEarnings());
            ps.setBigDecimal(i++, p.taxableEarnings());
            ps.setBigDecimal(i++, p.pfWages());
            ps.setBigDecimal(i++, p.epsWages());
            ps.setBigDecimal(i++, p.edliWages());
            ps.setBigDecimal(i++, p.epfEmployee());
            ps.setBigDecimal(i++, p.vpfEmployee());
            ps.setBigDecimal(i++, p.epsEmployer());
            ps.setBigDecimal(i++, p.epfEmployer());
            ps.setBigDecimal(i++, p.edliEmployer());
            ps.setBigDecimal(i++, p.pfAdminEmployer());
            ps.setBigDecimal(i++, p.esiWages());
            ps.setBigDecimal(i++, p.esiEmployee());
            ps.setBigDecimal(i++, p.esiEmployer());
            ps.setBigDecimal(i++, p.professionalTax());
            ps.setBigDecimal(i++, p.lwfEmployee());
            ps.setBigDecimal(i++, p.lwfEmployer());
            ps.setBigDecimal(i++, p.tds());
            ps.setBigDecimal(i++, p.otherDeductions().stream().map(PayslipAmount::amount)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            ps.setBigDecimal(i++, p.netPay());
            ps.setBigDecimal(i++, p.ncpDays());
            ps.setString(i++, p.regime().name());
            ps.setBigDecimal(i++, p.projectedTaxableIncome());
            ps.setBigDecimal(i, p.projectedAnnualTax());
        });
        List<Object[]> components = new ArrayList<>();
        for (ComputedPayslip c : items) {
            for (PayslipAmount a : c.payslip().earnings()) {
                components.add(new Object[] {a.code(), c.componentKinds().get(a.code()), a.amount(), runId, c.employeeId()});
            }
            for (PayslipAmount a : c.payslip().otherDeductions()) {
                components.add(new Object[] {a.code(), "DEDUCTION", a.amount(), runId, c.employeeId()});
            }
        }
        jdbc.batchUpdate(COMPONENT, components);
    }
}

package dev.lekha.hub.payroll;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A payroll run's lines as people review them before locking: one row per employee paid, with the figures a payslip
 * shows. Read here (not in {@code PayrollRuns}) because only the screens and the API need the employee's name beside
 * the line.
 */
@Component
public class PayrollRunLines {

    private final JdbcTemplate jdbc;

    public PayrollRunLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One employee's month in a run.
     *
     * @param epfEmployee the employee's EPF (VPF not included)
     */
    public record Line(long employeeId, String employeeCode, String employeeName, BigDecimal paidDays,
                       BigDecimal lopDays, BigDecimal grossEarnings, BigDecimal epfEmployee, BigDecimal esiEmployee,
                       BigDecimal professionalTax, BigDecimal lwfEmployee, BigDecimal tds, BigDecimal otherDeductions,
                       BigDecimal netPay) {
    }

    /** The run's lines by employee code; empty for an unknown run (callers check the run first). */
    public List<Line> of(long runId) {
        return jdbc.query("select l.employee_id, e.employee_code, e.name, l.paid_days, l.lop_days, l.gross_earnings,"
                + " l.epf_employee, l.esi_employee, l.professional_tax, l.lwf_employee, l.tds, l.other_deductions,"
                + " l.net_pay from payroll_run_line l join employee e on e.id = l.employee_id"
                + " where l.payroll_run_id = ? order by e.employee_code", (rs, n) -> new Line(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13)), runId);
    }
}

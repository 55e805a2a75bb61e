package dev.lekha.testsupport;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Companies, salary components, employees and structures for payroll tests in any module, by plain SQL. */
public final class PayrollFixture {

    private final JdbcTemplate jdbc;

    public PayrollFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A company (PAN AAKCP + 4 digits + letter) with BASIC, HRA, SPECIAL, BONUS and a salary bank account. */
    public long company(String pan) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true, false, ?)",
                "Payroll test " + pan, pan, Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        component(id, "BASIC", "Basic", "EARNING", true, false, true, true, true, 1);
        component(id, "HRA", "House rent allowance", "EARNING", false, true, true, true, true, 2);
        component(id, "SPECIAL", "Special allowance", "EARNING", false, true, true, true, true, 3);
        component(id, "BONUS", "Bonus", "VARIABLE", false, false, false, true, false, 10);
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?,?,?,?)", id,
                "50200099887766", "HDFC0000001", "HDFC Bank");
        return id;
    }

    private void component(long company, String code, String name, String kind, boolean pf, boolean excluded,
                           boolean esi, boolean taxable, boolean prorated, int order) {
        jdbc.update("insert into salary_component (company_id, code, name, kind, pf_wage, pf_excluded_allowance,"
                + " esi_wage, taxable, prorated, display_order) values (?,?,?,?,?,?,?,?,?,?)", company, code, name,
                kind, pf, excluded, esi, taxable, prorated, order);
    }

    /**
     * A male employee in Maharashtra, new regime, PF on capped wages, no ESI, with a salary account; code E + digits,
     * UAN 1000 and the digits to 12.
     */
    public long employee(long company, String code, LocalDate joined, LocalDate left) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into employee (company_id, employee_code, name, gender, date_of_birth, pan, uan,"
                + " bank_account_number, bank_ifsc, work_state, residence_city, tax_regime, date_of_joining,"
                + " date_of_leaving, pf_applicable, pf_on_actual_wages, eps_member, esi_applicable, disabled,"
                + " created_at, updated_at) values (?,?,?,'M',?,?,?,?,?,'MH','Pune','NEW',?,?,true,false,true,false,"
                + "false,?,?)", company, code, "Employee " + code, Date.valueOf(LocalDate.of(1990, 5, 1)), null,
                String.format("1000%08d", Integer.parseInt(code.substring(1))), "5010001234" + code.substring(1), "HDFC0001234", Date.valueOf(joined),
                left == null ? null : Date.valueOf(left), now, now);
        return jdbc.queryForObject("select id from employee where company_id = ? and employee_code = ?", Long.class,
                company, code);
    }

    /** A structure of fixed monthly BASIC, HRA and SPECIAL; created now (after any run locked earlier). */
    public void structure(long company, long employee, LocalDate from, String basic, String hra, String special) {
        jdbc.update("insert into salary_structure (company_id, employee_id, effective_from, created_at) values (?,?,?,?)",
                company, employee, Date.valueOf(from), Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from salary_structure where employee_id = ? and effective_from = ?",
                Long.class, employee, Date.valueOf(from));
        String[][] lines = {{"BASIC", basic}, {"HRA", hra}, {"SPECIAL", special}};
        for (String[] l : lines) {
            jdbc.update("insert into salary_structure_line (salary_structure_id, component_code, monthly_amount)"
                    + " values (?,?,?)", id, l[0], new BigDecimal(l[1]));
        }
    }

    public void lop(long company, long employee, String month, String days) {
        jdbc.update("delete from payroll_attendance where employee_id = ? and pay_month = ?", employee, month);
        jdbc.update("insert into payroll_attendance (company_id, employee_id, pay_month, lop_days) values (?,?,?,?)",
                company, employee, month, new BigDecimal(days));
    }
}

package dev.lekha.hub.payroll;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A payroll company, its employees and salary structures by plain SQL, as the batch-jobs payroll tests set them up
 * (test classes are not shared between modules).
 */
final class PayrollTestData {

    private final JdbcTemplate jdbc;

    PayrollTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A company with BASIC, HRA and SPECIAL (all PF-wage or excluded, prorated) and an HDFC salary account. */
    long company(String pan) {
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true,"
                + " false, ?)", "Payroll screen test " + pan, pan, Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        component(id, "BASIC", "Basic", true, false, 1);
        component(id, "HRA", "House rent allowance", false, true, 2);
        component(id, "SPECIAL", "Special allowance", false, true, 3);
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?,?,?,?)", id,
                "50200099887766", "HDFC0000001", "HDFC Bank");
        return id;
    }

    private void component(long company, String code, String name, boolean pfWage, boolean pfExcluded, int order) {
        jdbc.update("insert into salary_component (company_id, code, name, kind, pf_wage, pf_excluded_allowance,"
                + " esi_wage, taxable, prorated, display_order) values (?,?,?,'EARNING',?,?,true,true,true,?)",
                company, code, name, pfWage, pfExcluded, order);
    }

    /**
     * A man born 1 May 1990 working in Maharashtra (Pune), new tax regime, PF on wages capped at the ceiling, EPS
     * member, no ESI, salary account {@code 5010001234<digits of code>} at HDFC0001234.
     */
    long employee(long company, String code, LocalDate joined) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into employee (company_id, employee_code, name, gender, date_of_birth, pan, uan,"
                + " bank_account_number, bank_ifsc, work_state, residence_city, tax_regime, date_of_joining,"
                + " date_of_leaving, pf_applicable, pf_on_actual_wages, eps_member, esi_applicable, disabled,"
                + " created_at, updated_at) values (?,?,?,'M',?,null,'100000000001',?,'HDFC0001234','MH','Pune',"
                + "'NEW',?,null,true,false,true,false,false,?,?)", company, code, "Employee " + code,
                Date.valueOf(LocalDate.of(1990, 5, 1)), "5010001234" + code.substring(1), Date.valueOf(joined), now,
                now);
        return jdbc.queryForObject("select id from employee where company_id = ? and employee_code = ?", Long.class,
                company, code);
    }

    /** A structure of fixed monthly BASIC, HRA and SPECIAL from {@code from}, created now. */
    void structure(long company, long employee, LocalDate from, String basic, String hra, String special) {
        jdbc.update("insert into salary_structure (company_id, employee_id, effective_from, created_at)"
                + " values (?,?,?,?)", company, employee, Date.valueOf(from), Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from salary_structure where employee_id = ? and effective_from = ?",
                Long.class, employee, Date.valueOf(from));
        String[][] lines = {{"BASIC", basic}, {"HRA", hra}, {"SPECIAL", special}};
        for (String[] l : lines) {
            jdbc.update("insert into salary_structure_line (salary_structure_id, component_code, monthly_amount)"
                    + " values (?,?,?)", id, l[0], new BigDecimal(l[1]));
        }
    }
}

package dev.lekha.domain.employee;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly payroll inputs: attendance (loss-of-pay days), one-off amounts and investment declarations. A file is
 * stored all or nothing; each row replaces what is stored for the same employee and month (attendance), employee,
 * month and component (inputs), or employee, financial year and section (declarations).
 */
@Component
public class PayrollInputs {

    /** What {@link #store} stored. */
    public record Stored(int attendance, int inputs, int declarations) {

        public int total() {
            return attendance + inputs + declarations;
        }
    }

    private final JdbcTemplate jdbc;
    private final Employees employees;
    private final SalaryComponents components;

    public PayrollInputs(JdbcTemplate jdbc, Employees employees, SalaryComponents components) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.components = components;
    }

    /**
     * Stores the inputs in one transaction; creates the company's default components if it has none.
     *
     * @param sourceFileId the inbound file they came from, or null
     * @throws IllegalArgumentException when a row names an employee not in the company's master
     */
    @Transactional
    public Stored store(long companyId, Long sourceFileId, List<AttendanceData> attendance,
                        List<PayrollInputData> inputs, List<DeclarationData> declarations) {
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(declarations, "declarations");
        components.ensureDefaults(companyId);
        Map<String, KnownEmployee> known = employees.known(companyId);

        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (AttendanceData a : attendance) {
            long id = idOf(known, a.employeeCode());
            keys.add(new Object[] {id, a.payMonth()});
            rows.add(new Object[] {companyId, id, a.payMonth(), a.lopDays(), sourceFileId});
        }
        jdbc.batchUpdate("delete from payroll_attendance where employee_id = ? and pay_month = ?", keys);
        jdbc.batchUpdate("""
                insert into payroll_attendance (company_id, employee_id, pay_month, lop_days, source_file_id)
                values (?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.NUMERIC,
                Types.BIGINT});

        keys.clear();
        rows.clear();
        for (PayrollInputData i : inputs) {
            long id = idOf(known, i.employeeCode());
            keys.add(new Object[] {id, i.payMonth(), i.componentCode()});
            rows.add(new Object[] {companyId, id, i.payMonth(), i.componentCode(), i.amount(), i.taxTreatment(),
                    i.note(), sourceFileId});
        }
        jdbc.batchUpdate("delete from payroll_input where employee_id = ? and pay_month = ? and component_code = ?", keys);
        jdbc.batchUpdate("""
                insert into payroll_input (company_id, employee_id, pay_month, component_code, amount, tax_treatment,
                  note, source_file_id) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.BIGINT});

        keys.clear();
        rows.clear();
        for (DeclarationData d : declarations) {
            long id = idOf(known, d.employeeCode());
            keys.add(new Object[] {id, d.financialYear(), d.section()});
            rows.add(new Object[] {companyId, id, d.financialYear(), d.section(), d.declaredAmount(), d.proofAmount(),
                    d.detail(), sourceFileId});
        }
        jdbc.batchUpdate("delete from investment_declaration where employee_id = ? and financial_year = ? and section = ?",
                keys);
        jdbc.batchUpdate("""
                insert into investment_declaration (company_id, employee_id, financial_year, section, declared_amount,
                  proof_amount, detail, source_file_id) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows, new int[] {Types.BIGINT,
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.BIGINT});
        return new Stored(attendance.size(), inputs.size(), declarations.size());
    }

    private static long idOf(Map<String, KnownEmployee> known, String code) {
        KnownEmployee e = known.get(code);
        if (e == null) {
            throw new IllegalArgumentException("employee " + code + " is not in the master");
        }
        return e.id();
    }
}

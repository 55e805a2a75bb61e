package dev.lekha.domain.employee;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee master and salary structures of each company. A file is stored all or nothing: employees are
 * upserted by (company, employee code), replacing every field; a structure of the same employee and effective
 * date replaces that structure's CTC and lines; other structures (earlier revisions) are kept.
 */
@Component
public class Employees {

    /** What {@link #storeMaster} did. */
    public record Stored(int employeesAdded, int employeesUpdated, int structuresAdded, int structuresReplaced) {

        public int total() {
            return employeesAdded + employeesUpdated + structuresAdded + structuresReplaced;
        }
    }

    private final JdbcTemplate jdbc;
    private final SalaryComponents components;
    private final Clock clock;

    public Employees(JdbcTemplate jdbc, SalaryComponents components, Clock clock) {
        this.jdbc = jdbc;
        this.components = components;
        this.clock = clock;
    }

    /** The company's employees by code, with their employment dates; never null. */
    @Transactional(readOnly = true)
    public Map<String, KnownEmployee> known(long companyId) {
        Map<String, KnownEmployee> out = new LinkedHashMap<>();
        jdbc.query("select id, employee_code, date_of_joining, date_of_leaving from employee where company_id = ?",
                rs -> {
                    Date leaving = rs.getDate(4);
                    out.put(rs.getString(2), new KnownEmployee(rs.getLong(1), rs.getString(2),
                            rs.getDate(3).toLocalDate(), leaving == null ? null : leaving.toLocalDate()));
                }, companyId);
        return out;
    }

    /**
     * Stores employees and structures in one transaction; creates the company's default components if it has none.
     *
     * @param sourceFileId the inbound file they came from, or null
     * @param structures   each for an employee of {@code employees} or already in the master
     * @throws IllegalArgumentException when a structure names an employee that is neither
     */
    @Transactional
    public Stored storeMaster(long companyId, Long sourceFileId, List<EmployeeData> employees,
                              List<SalaryStructureData> structures) {
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(structures, "structures");
        components.ensureDefaults(companyId);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, KnownEmployee> known = known(companyId);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (EmployeeData e : employees) {
            Object[] fields = {e.name(), e.gender(), date(e.dateOfBirth()), e.fatherOrSpouseName(), e.pan(), e.uan(),
                    e.esiNumber(), e.email(), e.phone(), e.designation(), e.department(), e.bankAccountNumber(),
                    e.bankIfsc(), e.workState(), e.residenceCity(), e.taxRegime(), date(e.dateOfJoining()),
                    date(e.dateOfLeaving()), e.pfApplicable(), e.pfOnActualWages(), e.epsMember(), e.esiApplicable(),
                    e.disabled(), sourceFileId, now};
            KnownEmployee existing = known.get(e.employeeCode());
            List<Object> row = new ArrayList<>(Arrays.asList(fields));
            if (existing == null) {
                row.add(0, e.employeeCode());
                row.add(0, companyId);
                row.add(now);
                inserts.add(row.toArray());
            } else {
                row.add(existing.id());
                updates.add(row.toArray());
            }
        }
        jdbc.batchUpdate("""
                insert into employee (company_id, employee_code, name, gender, date_of_birth, father_or_spouse_name, pan,
                  uan, esi_number, email, phone, designation, department, bank_account_number, bank_ifsc, work_state,
                  residence_city, tax_regime, date_of_joining, date_of_leaving, pf_applicable, pf_on_actual_wages,
                  eps_member, esi_applicable, disabled, source_file_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inserts, types(true));
        jdbc.batchUpdate("""
                update employee set name = ?, gender = ?, date_of_birth = ?, father_or_spouse_name = ?, pan = ?, uan = ?,
                  esi_number = ?, email = ?, phone = ?, designation = ?, department = ?, bank_account_number = ?,
                  bank_ifsc = ?, work_state = ?, residence_city = ?, tax_regime = ?, date_of_joining = ?,
                  date_of_leaving = ?, pf_applicable = ?, pf_on_actual_wages = ?, eps_member = ?, esi_applicable = ?,
                  disabled = ?, source_file_id = ?, updated_at = ?
                where id = ?""", updates, types(false));

        Map<String, KnownEmployee> ids = inserts.isEmpty() ? known : known(companyId);
        int added = 0;
        int replaced = 0;
        for (SalaryStructureData s : structures) {
            KnownEmployee employee = ids.get(s.employeeCode());
            if (employee == null) {
                throw new IllegalArgumentException("salary structure for unknown employee " + s.employeeCode());
            }
            List<Long> existing = jdbc.queryForList(
                    "select id from salary_structure where employee_id = ? and effective_from = ?", Long.class,
                    employee.id(), Date.valueOf(s.effectiveFrom()));
            long structureId;
            if (existing.isEmpty()) {
                GeneratedKeyHolder keys = new GeneratedKeyHolder();
                jdbc.update(con -> {
                    PreparedStatement ps = con.prepareStatement("""
                            insert into salary_structure (company_id, employee_id, effective_from, annual_ctc,
                              source_file_id, created_at) values (?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    ps.setLong(1, companyId);
                    ps.setLong(2, employee.id());
                    ps.setDate(3, Date.valueOf(s.effectiveFrom()));
                    ps.setBigDecimal(4, s.annualCtc());
                    ps.setObject(5, sourceFileId, Types.BIGINT);
                    ps.setObject(6, now);
                    return ps;
                }, keys);
                structureId = keys.getKey().longValue();
                added++;
            } else {
                structureId = existing.get(0);
                jdbc.update("delete from salary_structure_line where salary_structure_id = ?", structureId);
                jdbc.update("update salary_structure set annual_ctc = ?, source_file_id = ? where id = ?",
                        s.annualCtc(), sourceFileId, structureId);
                replaced++;
            }
            long id = structureId;
            jdbc.batchUpdate("""
                    insert into salary_structure_line (salary_structure_id, component_code, monthly_amount, formula)
                    values (?, ?, ?, ?)""", s.lines().stream().map(l -> new Object[] {id, l.componentCode(),
                    l.monthlyAmount(), l.formula()}).toList(), new int[] {Types.BIGINT, Types.VARCHAR, Types.NUMERIC,
                    Types.VARCHAR});
        }
        return new Stored(inserts.size(), updates.size(), added, replaced);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static int[] types(boolean insert) {
        List<Integer> t = new ArrayList<>();
        if (insert) {
            t.add(Types.BIGINT);
            t.add(Types.VARCHAR);
        }
        t.addAll(List.of(Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.BOOLEAN,
                Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BOOLEAN, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE));
        if (insert) {
            t.add(Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            t.add(Types.BIGINT);
        }
        return t.stream().mapToInt(Integer::intValue).toArray();
    }
}

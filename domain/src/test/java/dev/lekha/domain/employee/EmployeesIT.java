package dev.lekha.domain.employee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.testsupport.LekhaIntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The employee and input stores on the test database, for a company of this test's own (PAN AAKCE####X). */
@SpringBootTest
@LekhaIntegrationTest
class EmployeesIT {

    private final Employees employees;
    private final PayrollInputs inputs;
    private final DemoEmployees demo;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EmployeesIT(Employees employees, PayrollInputs inputs, DemoEmployees demo, JdbcTemplate jdbc, Clock clock) {
        this.employees = employees;
        this.inputs = inputs;
        this.demo = demo;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long companyId;

    @BeforeEach
    void newCompany() {
        String pan;
        do {
            pan = "AAKCE" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000))
                    + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
        } while (jdbc.queryForObject("select count(*) from company where pan = ?", Integer.class, pan) > 0);
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Employees IT " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
    }

    static EmployeeData employee(String code, String name, String regime) {
        return new EmployeeData(code, name, "F", null, null, null, null, null, null, null, null, null, null, null, "KA",
                null, regime, LocalDate.of(2025, 4, 1), null, true, false, true, false, false);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aSecondFileUpsertsEmployeesAndReplacesTheStructureOfTheSameDate() {
        SalaryStructureData first = new SalaryStructureData("E1", LocalDate.of(2025, 4, 1), d("600000"), List.of(
                new SalaryStructureData.Line("BASIC", null, "40% of CTC / 12"),
                new SalaryStructureData.Line("SPECIAL", null, "CTC/12 - BASIC")));
        Employees.Stored one = employees.storeMaster(companyId, null, List.of(employee("E1", "Asha", "NEW")), List.of(first));
        assertThat(one).isEqualTo(new Employees.Stored(1, 0, 1, 0));

        SalaryStructureData replaced = new SalaryStructureData("E1", LocalDate.of(2025, 4, 1), null, List.of(
                new SalaryStructureData.Line("BASIC", d("25000.00"), null)));
        SalaryStructureData revision = new SalaryStructureData("E1", LocalDate.of(2026, 4, 1), d("720000"), List.of(
                new SalaryStructureData.Line("BASIC", null, "40% of CTC / 12")));
        Employees.Stored two = employees.storeMaster(companyId, null,
                List.of(employee("E1", "Asha Rao", "OLD"), employee("E2", "Bina", "NEW")), List.of(replaced, revision));
        assertThat(two).isEqualTo(new Employees.Stored(1, 1, 1, 1));

        assertThat(jdbc.queryForList("select employee_code || ' ' || name || ' ' || tax_regime from employee"
                + " where company_id = ? order by employee_code", String.class, companyId))
                .containsExactly("E1 Asha Rao OLD", "E2 Bina NEW");
        assertThat(jdbc.queryForList("""
                select cast(s.effective_from as varchar(10)) || ' ' || coalesce(cast(s.annual_ctc as varchar(20)), '-') || ' '
                  || l.component_code || ' ' || coalesce(l.formula, cast(l.monthly_amount as varchar(20)))
                from salary_structure s join salary_structure_line l on l.salary_structure_id = s.id
                where s.company_id = ? order by s.effective_from, l.id""", String.class, companyId))
                .containsExactly("2025-04-01 - BASIC 25000.00", "2026-04-01 720000.00 BASIC 40% of CTC / 12");
    }

    @Test
    void inputsReplaceTheSameEmployeeMonthAndComponent() {
        employees.storeMaster(companyId, null, List.of(employee("E1", "Asha", "NEW")), List.of());
        inputs.store(companyId, null, List.of(new AttendanceData("E1", "2026-11", d("2.0"))),
                List.of(new PayrollInputData("E1", "2026-11", "BONUS", d("1000.00"), "IN_MONTH", null)),
                List.of(new DeclarationData("E1", "2026-27", "80C", d("50000.00"), null, null)));
        inputs.store(companyId, null, List.of(new AttendanceData("E1", "2026-11", d("0.5")),
                        new AttendanceData("E1", "2026-10", d("1.0"))),
                List.of(new PayrollInputData("E1", "2026-11", "BONUS", d("2500.00"), "SPREAD", "corrected")),
                List.of(new DeclarationData("E1", "2026-27", "80C", d("150000.00"), d("150000.00"), null)));

        assertThat(jdbc.queryForList("select pay_month || ' ' || cast(lop_days as varchar(10)) from payroll_attendance"
                + " where company_id = ? order by pay_month", String.class, companyId))
                .containsExactly("2026-10 1.0", "2026-11 0.5");
        assertThat(jdbc.queryForList("select cast(amount as varchar(20)) || ' ' || tax_treatment from payroll_input"
                + " where company_id = ?", String.class, companyId)).containsExactly("2500.00 SPREAD");
        assertThat(jdbc.queryForList("select cast(declared_amount as varchar(20)) from investment_declaration"
                + " where company_id = ?", String.class, companyId)).containsExactly("150000.00");
    }

    @Test
    void theDemoIsSeededOnceWithTheDefaultCatalogue() {
        demo.seedIfEmpty(companyId);
        demo.seedIfEmpty(companyId);

        DemoEmployees.DemoData data = DemoEmployees.data(YearMonth.now(clock));
        assertThat(count("employee")).isEqualTo(30);
        assertThat(count("salary_structure")).isEqualTo(30);
        assertThat(count("payroll_attendance")).isEqualTo(data.attendance().size());
        assertThat(count("payroll_input")).isEqualTo(7);
        assertThat(count("investment_declaration")).isEqualTo(11);
        // 10 components, 7 arrears of the earnings, reimbursement and 2 deductions
        assertThat(count("salary_component")).isEqualTo(20);
        assertThat(jdbc.queryForObject("select pf_wage from salary_component where company_id = ? and code = 'SPECIAL'",
                Boolean.class, companyId)).isTrue();
        assertThat(jdbc.queryForObject("select esi_wage from salary_component where company_id = ? and code = 'CONVEYANCE'",
                Boolean.class, companyId)).isFalse();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where company_id = ?", Integer.class, companyId);
    }
}

package dev.lekha.mappings.payroll.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.employee.DemoEmployees;
import dev.lekha.domain.employee.DemoEmployees.DemoData;
import dev.lekha.domain.employee.EmployeeData;
import dev.lekha.domain.employee.SalaryComponent;
import dev.lekha.domain.employee.SalaryComponents;
import dev.lekha.domain.employee.SalaryStructureData;
import dev.lekha.mappings.payroll.formula.SalaryStructureEvaluator;
import dev.lekha.mappings.payroll.formula.StructureLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo payroll data (seeded for the current month; here December 2026) is valid by the same rules a dropped
 * file must pass, and has the cases it promises. PF wages here are the structure's pf_wage components plus the
 * excluded allowances above half of the month's remuneration (Code on Social Security, 2020, s.2(88) proviso).
 */
class DemoPayrollDataTest {

    static final DemoData DATA = DemoEmployees.data(YearMonth.of(2026, 12));
    static final Map<String, SalaryComponent> COMPONENTS = SalaryComponents.DEFAULTS.stream()
            .collect(Collectors.toMap(SalaryComponent::code, c -> c));

    record Monthly(BigDecimal gross, BigDecimal pfWages, BigDecimal esiWages) {
    }

    static Map<String, Monthly> monthly() {
        Map<String, Monthly> out = new HashMap<>();
        for (SalaryStructureData s : DATA.structures()) {
            Map<String, BigDecimal> amounts = SalaryStructureEvaluator.monthlyAmounts(s.lines().stream()
                    .map(l -> new StructureLine(l.componentCode(), l.monthlyAmount(), l.formula())).toList(), s.annualCtc());
            BigDecimal gross = BigDecimal.ZERO;
            BigDecimal pf = BigDecimal.ZERO;
            BigDecimal excluded = BigDecimal.ZERO;
            BigDecimal esi = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> a : amounts.entrySet()) {
                SalaryComponent c = COMPONENTS.get(a.getKey());
                gross = gross.add(a.getValue());
                pf = c.pfWage() ? pf.add(a.getValue()) : pf;
                excluded = c.pfExcludedAllowance() ? excluded.add(a.getValue()) : excluded;
                esi = c.esiWage() ? esi.add(a.getValue()) : esi;
            }
            BigDecimal half = gross.divide(BigDecimal.valueOf(2));
            pf = pf.add(excluded.subtract(half).max(BigDecimal.ZERO));
            out.put(s.employeeCode(), new Monthly(gross, pf, esi));
        }
        return out;
    }

    @Test
    void everyStructureEvaluatesAndTheWorkedExamplesAreExact() {
        Map<String, Monthly> m = monthly();
        assertThat(m).hasSize(30);
        // LD004: BASIC 9,000 + HRA 40% 3,600 + CONVEYANCE 1,600 + SPECIAL 2,800 = 17,000; PF wages 9,000 + 2,800;
        // ESI wages leave out conveyance (ESIC v. Texmo Industries): 17,000 - 1,600 = 15,400
        assertThat(m.get("LD004")).isEqualTo(new Monthly(new BigDecimal("17000.00"), new BigDecimal("11800.00"),
                new BigDecimal("15400.00")));
        // LD002: CTC 2,64,000 -> 22,000: BASIC 8,800, HRA 4,400, CONVEYANCE 1,600, SPECIAL 7,200; PF 16,000
        assertThat(m.get("LD002").gross()).isEqualByComparingTo("22000");
        assertThat(m.get("LD002").pfWages()).isEqualByComparingTo("16000");
        // LD020: BASIC 12,000 + DA 3,000 + HRA 40% of 15,000 = 6,000 + 1,600 + 6,400 = 29,000; PF 21,400
        assertThat(m.get("LD020").gross()).isEqualByComparingTo("29000");
        assertThat(m.get("LD020").pfWages()).isEqualByComparingTo("21400");
    }

    @Test
    void theDemoHasTheCasesItPromises() {
        Map<String, Monthly> m = monthly();
        Map<String, EmployeeData> e = DATA.employees().stream().collect(Collectors.toMap(EmployeeData::employeeCode, x -> x));
        assertThat(e.values().stream().map(EmployeeData::workState).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("MH", "KA", "WB", "TN", "TG", "GJ");
        assertThat(count(m, x -> x.pfWages().compareTo(new BigDecimal("15000")) < 0)).isGreaterThanOrEqualTo(5);
        assertThat(count(m, x -> x.pfWages().compareTo(new BigDecimal("25000")) > 0)).isGreaterThanOrEqualTo(10);
        // every ESI-covered employee's gross is within the ₹21,000 ceiling
        assertThat(e.values().stream().filter(EmployeeData::esiApplicable).map(x -> m.get(x.employeeCode()).gross()))
                .hasSize(6).allMatch(g -> g.compareTo(new BigDecimal("21000")) <= 0);
        // women in Maharashtra both sides of the ₹25,000 professional-tax exemption
        assertThat(e.values().stream().filter(x -> x.gender().equals("F") && x.workState().equals("MH"))
                .map(x -> m.get(x.employeeCode()).gross().compareTo(new BigDecimal("25000")) > 0).distinct())
                .containsExactlyInAnyOrder(true, false);
        assertThat(e.values().stream().map(EmployeeData::taxRegime).distinct()).containsExactlyInAnyOrder("NEW", "OLD");
        assertThat(e.get("LD029").dateOfJoining()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(e.get("LD025").dateOfLeaving()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(e.get("LD005").pfOnActualWages()).isTrue();
        assertThat(e.get("LD006").epsMember()).isFalse();
        // three months of attendance for everyone employed then (the joiner only in December)
        assertThat(DATA.attendance()).hasSize(29 * 3 + 1);
        assertThat(DATA.attendance().stream().filter(a -> a.lopDays().signum() > 0).count()).isGreaterThanOrEqualTo(8);
        assertThat(DATA.inputs()).anyMatch(i -> i.componentCode().equals("BONUS") && "SPREAD".equals(i.taxTreatment()))
                .anyMatch(i -> i.componentCode().equals("BONUS") && "IN_MONTH".equals(i.taxTreatment()));
        assertThat(DATA.declarations()).allMatch(d -> d.financialYear().equals("2026-27"));
    }

    private static long count(Map<String, Monthly> m, Predicate<Monthly> p) {
        return m.values().stream().filter(p).count();
    }
}

package dev.lekha.domain.employee;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each company's salary components. A company gets the {@link #DEFAULTS default catalogue} the first time its
 * employees or inputs are stored; a company may change the flags afterwards (they are data, not code).
 *
 * <p>Why each default is flagged as it is (docs/payroll-inputs.md has the table with the sources):
 * <ul>
 * <li>PF wages follow the Code on Social Security, 2020, s.2(88): "wages" is all remuneration and includes basic
 * pay, dearness allowance and retaining allowance, but not (a) statutory bonus, (d) conveyance allowance or the
 * value of a travelling concession, (e) sums that defray special expenses, (f) house rent allowance, (h) overtime,
 * (i) commission, ...; the proviso adds back whatever those exclusions (a) to (i) exceed half of all remuneration
 * by. A special allowance is none of the exclusions, so it is remuneration and therefore wages (as the Supreme
 * Court already held for the EPF Act in Vivekananda Vidyamandir, 28 Feb 2019).</li>
 * <li>ESI wages follow the ESI Act, 1948, s.2(22): all remuneration paid in cash, including additional remuneration
 * paid at intervals not exceeding two months, but not employer PF/ESI contributions, any travelling allowance or
 * travelling concession (conveyance allowance included: ESIC v. Texmo Industries, SC, 8 Mar 2021), sums that defray
 * special expenses, or gratuity. An annual bonus is paid at a longer interval and is outside ESI wages.</li>
 * <li>Income tax: every earning is taxable salary (HRA and LTA exemptions are computed from declarations, not by
 * leaving the component out); reimbursements against bills are not income; deductions are not income.</li>
 * </ul>
 */
@Component
public class SalaryComponents {

    /** The default catalogue, in display order. */
    public static final List<SalaryComponent> DEFAULTS = defaults();

    private final JdbcTemplate jdbc;

    public SalaryComponents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static List<SalaryComponent> defaults() {
        String e = SalaryComponent.EARNING;
        String v = SalaryComponent.VARIABLE;
        List<SalaryComponent> list = new ArrayList<>(List.of(
                // code, name, kind, pfWage, pfExcluded, esiWage, taxable, prorated, order
                new SalaryComponent("BASIC", "Basic pay", e, true, false, true, true, true, 10),
                new SalaryComponent("DA", "Dearness allowance", e, true, false, true, true, true, 20),
                new SalaryComponent("RETAINING", "Retaining allowance", e, true, false, true, true, true, 30),
                new SalaryComponent("HRA", "House rent allowance", e, false, true, true, true, true, 40),
                new SalaryComponent("CONVEYANCE", "Conveyance allowance", e, false, true, false, true, true, 50),
                new SalaryComponent("SPECIAL", "Special allowance", e, true, false, true, true, true, 60),
                new SalaryComponent("LTA", "Leave travel allowance", e, false, true, false, true, true, 70),
                new SalaryComponent("OVERTIME", "Overtime allowance", v, false, true, true, true, false, 100),
                new SalaryComponent("BONUS", "Bonus", v, false, true, false, true, false, 110),
                new SalaryComponent("INCENTIVE", "Incentive", v, false, true, true, true, false, 120)));
        int order = 200;
        for (SalaryComponent earning : List.copyOf(list)) {
            if (earning.kind().equals(e)) {
                list.add(new SalaryComponent(SalaryComponent.ARREAR_PREFIX + earning.code(), "Arrears of "
                        + Character.toLowerCase(earning.name().charAt(0)) + earning.name().substring(1), v,
                        earning.pfWage(), earning.pfExcludedAllowance(), earning.esiWage(), true, false, order));
                order += 10;
            }
        }
        list.add(new SalaryComponent("REIMBURSEMENT", "Reimbursement against bills", SalaryComponent.REIMBURSEMENT,
                false, false, false, false, false, 300));
        list.add(new SalaryComponent("LOAN_RECOVERY", "Loan or advance recovery", SalaryComponent.DEDUCTION,
                false, false, false, false, false, 400));
        list.add(new SalaryComponent("OTHER_DEDUCTION", "Other deduction", SalaryComponent.DEDUCTION,
                false, false, false, false, false, 410));
        return List.copyOf(list);
    }

    /**
     * The company's components, or the default catalogue when it has none yet (without storing it).
     *
     * @return never empty, in display order
     */
    @Transactional(readOnly = true)
    public List<SalaryComponent> forCompany(long companyId) {
        List<SalaryComponent> stored = jdbc.query("""
                select code, name, kind, pf_wage, pf_excluded_allowance, esi_wage, taxable, prorated, display_order
                from salary_component where company_id = ? order by display_order, code""",
                (rs, i) -> new SalaryComponent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getInt(9)),
                companyId);
        return stored.isEmpty() ? DEFAULTS : stored;
    }

    /** Stores the default catalogue for the company unless it has components already; joins the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void ensureDefaults(long companyId) {
        Integer count = jdbc.queryForObject("select count(*) from salary_component where company_id = ?",
                Integer.class, companyId);
        if (count != null && count > 0) {
            return;
        }
        List<Object[]> rows = DEFAULTS.stream().map(c -> new Object[] {companyId, c.code(), c.name(), c.kind(),
                c.pfWage(), c.pfExcludedAllowance(), c.esiWage(), c.taxable(), c.prorated(), c.displayOrder()}).toList();
        jdbc.batchUpdate("""
                insert into salary_component (company_id, code, name, kind, pf_wage, pf_excluded_allowance, esi_wage,
                  taxable, prorated, display_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}

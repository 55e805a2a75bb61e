package dev.lekha.jobs.statutory;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.mappings.incometax.AgeBand;
import dev.lekha.mappings.incometax.DeductionCaps;
import dev.lekha.mappings.incometax.HraRules;
import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.SurchargeBand;
import dev.lekha.mappings.incometax.TaxRegime;
import dev.lekha.mappings.incometax.TaxSlab;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The salary income-tax rules of a financial year read from the dated rows of V20 (statutory_slab kinds
 * INCOME_TAX_SLAB and INCOME_TAX_SURCHARGE; statutory_rate kinds INCOME_TAX, INCOME_TAX_DEDUCTION, HRA_EXEMPTION,
 * HRA_LISTED_CITY), as in force on 1 April of that year; the salary TDS rate without PAN (statutory_rate INCOME_TAX
 * SALARY_TDS_WITHOUT_PAN_PERCENT, V26) for both regimes. A budget change is a new row, never a code change; a year
 * the rows do not cover is refused with {@link MissingTaxRulesException} saying which year and what to add.
 */
@Component
public class IncomeTaxRulesSource {

    private final JdbcTemplate jdbc;

    public IncomeTaxRulesSource(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /**
     * The rules of {@code regime} for {@code financialYear} ({@code 2025-26}) and an employee of {@code age} (the
     * age reached in that year; it chooses the old regime's slabs, the new regime has one table).
     *
     * @throws MissingTaxRulesException when the year has no rows
     * @throws IllegalArgumentException when the year is not written like {@code 2025-26} or the age is impossible
     */
    public RegimeRules rules(String financialYear, TaxRegime regime, int age) {
        Objects.requireNonNull(regime, "regime");
        LocalDate on = startOf(financialYear);
        String variant = regime == TaxRegime.NEW ? "NEW" : switch (AgeBand.of(age)) {
            case BELOW_60 -> "OLD";
            case SENIOR_60_TO_79 -> "OLD_SENIOR";
            case SUPER_SENIOR_80_PLUS -> "OLD_SUPER_SENIOR";
        };
        List<TaxSlab> slabs = jdbc.query("select lower_bound, upper_bound, rate_percent from statutory_slab"
                        + " where kind = 'INCOME_TAX_SLAB' and region = '-' and variant = ? and effective_from <= ?"
                        + " and (effective_to is null or effective_to >= ?) order by lower_bound",
                (rs, n) -> new TaxSlab(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
                variant, Date.valueOf(on), Date.valueOf(on));
        if (slabs.isEmpty()) {
            throw new MissingTaxRulesException("No income-tax slabs for financial year " + financialYear + " ("
                    + variant + "): the rules cover " + coveredYears() + "; add the year's INCOME_TAX_SLAB rows in a"
                    + " migration");
        }
        List<SurchargeBand> surcharge = jdbc.query("select lower_bound, rate_percent from statutory_slab"
                        + " where kind = 'INCOME_TAX_SURCHARGE' and region = '-' and variant = ? and effective_from <= ?"
                        + " and (effective_to is null or effective_to >= ?) order by lower_bound",
                (rs, n) -> new SurchargeBand(rs.getBigDecimal(1), rs.getBigDecimal(2)),
                regime.name(), Date.valueOf(on), Date.valueOf(on));
        Map<String, BigDecimal> rates = rates("INCOME_TAX", on);
        String p = regime.name() + ".";
        return new RegimeRules(regime, need(rates, p + "STANDARD_DEDUCTION", financialYear), slabs,
                regime == TaxRegime.OLD, need(rates, p + "REBATE_INCOME_LIMIT", financialYear),
                need(rates, p + "REBATE_MAX", financialYear),
                need(rates, p + "REBATE_MARGINAL_RELIEF", financialYear).signum() != 0, surcharge,
                need(rates, p + "CESS_PERCENT", financialYear),
                need(rates, "SALARY_TDS_WITHOUT_PAN_PERCENT", financialYear));
    }

    /** The HRA exemption's shares and listed (50%) cities for the year. */
    public HraRules hraRules(String financialYear) {
        LocalDate on = startOf(financialYear);
        Map<String, BigDecimal> rates = rates("HRA_EXEMPTION", on);
        Set<String> cities = new HashSet<>(rates("HRA_LISTED_CITY", on).keySet());
        return new HraRules(need(rates, "LISTED_CITY_PERCENT", financialYear), need(rates, "OTHER_CITY_PERCENT", financialYear),
                need(rates, "RENT_EXCESS_PERCENT", financialYear), cities);
    }

    /** The deduction caps for the year. */
    public DeductionCaps deductionCaps(String financialYear) {
        LocalDate on = startOf(financialYear);
        Map<String, BigDecimal> r = rates("INCOME_TAX_DEDUCTION", on);
        return new DeductionCaps(need(r, "80C_80CCC_80CCD1", financialYear), need(r, "80CCD1B", financialYear),
                need(r, "80CCD2_PERCENT_NEW", financialYear), need(r, "80CCD2_PERCENT_OLD", financialYear),
                need(r, "80D_SELF", financialYear), need(r, "80D_SELF_SENIOR", financialYear),
                need(r, "80D_PARENTS", financialYear), need(r, "80D_PARENTS_SENIOR", financialYear),
                need(r, "24B_SELF_OCCUPIED", financialYear));
    }

    /** The financial years the income-tax slabs cover, oldest first ({@code [2025-26, 2026-27 onwards]}). */
    public List<String> coveredYears() {
        List<Date[]> ranges = jdbc.query("select distinct effective_from, effective_to from statutory_slab"
                + " where kind = 'INCOME_TAX_SLAB' order by effective_from",
                (rs, n) -> new Date[] {rs.getDate(1), rs.getDate(2)});
        Set<String> years = new TreeSet<>();
        for (Date[] r : ranges) {
            FinancialYear first = FinancialYear.of(r[0].toLocalDate());
            if (r[1] == null) {
                years.add(first + " onwards");
                continue;
            }
            for (FinancialYear y = first; y.compareTo(FinancialYear.of(r[1].toLocalDate())) <= 0; y = y.next()) {
                years.add(y.toString());
            }
        }
        return List.copyOf(years);
    }

    private Map<String, BigDecimal> rates(String kind, LocalDate on) {
        return jdbc.query("select code, rate_value from statutory_rate where kind = ? and effective_from <= ?"
                        + " and (effective_to is null or effective_to >= ?)",
                rs -> {
                    Map<String, BigDecimal> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getBigDecimal(2));
                    }
                    return m;
                }, kind, Date.valueOf(on), Date.valueOf(on));
    }

    private static BigDecimal need(Map<String, BigDecimal> rates, String code, String financialYear) {
        BigDecimal v = rates.get(code);
        if (v == null) {
            throw new MissingTaxRulesException("No " + code + " in force for financial year " + financialYear
                    + ": add the year's row to statutory_rate in a migration");
        }
        return v;
    }

    private static LocalDate startOf(String financialYear) {
        try {
            return FinancialYear.parse(financialYear).start();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("financialYear '" + financialYear + "' is not of the form 2025-26");
        }
    }
}

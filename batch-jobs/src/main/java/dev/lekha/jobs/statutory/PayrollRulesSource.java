package dev.lekha.jobs.statutory;

import dev.lekha.mappings.payroll.statutory.Band;
import dev.lekha.mappings.payroll.statutory.DatedAmount;
import dev.lekha.mappings.payroll.statutory.EsiRules;
import dev.lekha.mappings.payroll.statutory.LwfRules;
import dev.lekha.mappings.payroll.statutory.PayrollStatutoryRules;
import dev.lekha.mappings.payroll.statutory.PfRules;
import dev.lekha.mappings.payroll.statutory.PfWageCeiling;
import dev.lekha.mappings.payroll.statutory.PtRules;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statutory payroll rules for a wage month and a work state, read from the dated {@code statutory_rate} and
 * {@code statutory_slab} rows (V19; docs/payroll-statutory.md).
 *
 * <p>Each rule is the row in force on the month's first day, except the PF wage ceiling, which is the average of
 * each day's ceiling when it changes within the month ({@link PfWageCeiling}). PF and ESI rules must exist for every
 * month: a missing or doubled row fails with {@link MissingStatutoryRuleException} naming kind, code and date. A
 * state that never had professional-tax or LWF rows gets rules that yield zero; a state that has rows, but none in
 * force for the month, fails the same way (its rates would otherwise silently become zero).
 *
 * <p>Results are cached per (month, state) for the life of the bean: the rows change only by migration, which
 * restarts the application. Failures are not cached.
 */
@Component
public class PayrollRulesSource {

    static final String PF = "PF";
    static final String ESI = "ESI";
    static final String PT_SCHEDULE = "PT_SCHEDULE";
    static final String PROFESSIONAL_TAX = "PROFESSIONAL_TAX";
    static final String LWF_EMPLOYEE = "LWF_EMPLOYEE";
    static final String LWF_EMPLOYER = "LWF_EMPLOYER";

    private final JdbcTemplate jdbc;
    private final Map<Key, PayrollStatutoryRules> cache = new ConcurrentHashMap<>();

    public PayrollRulesSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(YearMonth month, String state) {
    }

    private record RateRow(String kind, String code, DatedAmount amount) {
    }

    private record SlabRow(String kind, Band band, LocalDate effectiveFrom, LocalDate effectiveTo) {

        boolean appliesOn(LocalDate date) {
            return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
        }
    }

    /**
     * @param workState two-letter state code as on the employee master (MH, KA, WB, TN, TG, GJ, ...)
     * @throws MissingStatutoryRuleException when a rule the month needs has no row (or two rows) in force
     */
    public PayrollStatutoryRules forMonth(YearMonth month, String workState) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(workState, "workState");
        if (!workState.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("work state must be a two-letter code such as MH, was '" + workState + "'");
        }
        Key key = new Key(month, workState);
        PayrollStatutoryRules cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        PayrollStatutoryRules loaded = load(month, workState);
        PayrollStatutoryRules raced = cache.putIfAbsent(key, loaded);
        return raced != null ? raced : loaded;
    }

    private PayrollStatutoryRules load(YearMonth month, String state) {
        List<RateRow> rates = jdbc.query("""
                        select kind, code, rate_value, effective_from, effective_to, source_note
                          from statutory_rate
                         where kind in (?, ?, ?)""",
                (rs, i) -> new RateRow(rs.getString("kind"), rs.getString("code"),
                        new DatedAmount(rs.getBigDecimal("rate_value"), rs.getDate("effective_from").toLocalDate(),
                                toLocalDate(rs.getDate("effective_to")), rs.getString("source_note"))),
                PF, ESI, PT_SCHEDULE);
        List<SlabRow> slabs = jdbc.query("""
                        select kind, variant, lower_bound, upper_bound, amount, effective_from, effective_to
                          from statutory_slab
                         where region = ? and kind in (?, ?, ?)""",
                (rs, i) -> new SlabRow(rs.getString("kind"),
                        new Band(rs.getString("variant"), rs.getBigDecimal("lower_bound"), rs.getBigDecimal("upper_bound"),
                                amountOf(rs.getBigDecimal("amount"), rs.getString("kind"), state)),
                        rs.getDate("effective_from").toLocalDate(), toLocalDate(rs.getDate("effective_to"))),
                state, PROFESSIONAL_TAX, LWF_EMPLOYEE, LWF_EMPLOYER);
        LocalDate on = month.atDay(1);

        List<DatedAmount> ceilings = rates.stream()
                .filter(r -> r.kind().equals(PF) && r.code().equals("WAGE_CEILING")).map(RateRow::amount).toList();
        BigDecimal ceiling;
        try {
            ceiling = PfWageCeiling.forMonth(month, ceilings);
        } catch (IllegalStateException e) {
            throw new MissingStatutoryRuleException(e.getMessage() + " (wage month " + month + ")");
        }
        PfRules pf = new PfRules(
                required(rates, PF, "EMPLOYEE_RATE", on), required(rates, PF, "EMPLOYER_RATE", on),
                required(rates, PF, "EPS_RATE", on), required(rates, PF, "EDLI_RATE", on),
                required(rates, PF, "ADMIN_RATE", on), required(rates, PF, "ADMIN_MIN_ESTABLISHMENT", on),
                ceiling, required(rates, PF, "EPS_MAX_AGE", on).intValueExact(),
                required(rates, PF, "WAGE_EXCLUSION_LIMIT_PERCENT", on));
        EsiRules esi = new EsiRules(required(rates, ESI, "EMPLOYEE_RATE", on), required(rates, ESI, "EMPLOYER_RATE", on),
                required(rates, ESI, "WAGE_CEILING", on), required(rates, ESI, "EXEMPT_DAILY_WAGE", on));
        return new PayrollStatutoryRules(month, state, pf, esi, professionalTax(state, on, rates, slabs),
                lwf(state, on, slabs));
    }

    private PtRules professionalTax(String state, LocalDate on, List<RateRow> rates, List<SlabRow> slabs) {
        List<SlabRow> ever = slabs.stream().filter(s -> s.kind().equals(PROFESSIONAL_TAX)).toList();
        if (ever.isEmpty()) {
            return PtRules.none(state);
        }
        List<Band> inForce = ever.stream().filter(s -> s.appliesOn(on)).map(SlabRow::band).toList();
        if (inForce.isEmpty()) {
            throw new MissingStatutoryRuleException("No statutory_slab PROFESSIONAL_TAX rows for " + state
                    + " are in force on " + on + " though the state has professional tax: add the bands in force then");
        }
        BigDecimal assessment = optional(rates, PT_SCHEDULE, state + "_ASSESSMENT_MONTHS", on);
        int months = assessment == null ? 1 : assessment.intValueExact();
        Set<Month> deduction = new HashSet<>();
        String prefix = state + "_DEDUCTION_MONTH_";
        rates.stream()
                .filter(r -> r.kind().equals(PT_SCHEDULE) && r.code().startsWith(prefix) && r.amount().appliesOn(on))
                .forEach(r -> deduction.add(Month.of(r.amount().amount().intValueExact())));
        try {
            return new PtRules(state, inForce, months, months == 1 ? Set.of() : deduction);
        } catch (IllegalArgumentException e) {
            throw new MissingStatutoryRuleException("statutory_rate PT_SCHEDULE on " + on + ": " + e.getMessage());
        }
    }

    private LwfRules lwf(String state, LocalDate on, List<SlabRow> slabs) {
        List<SlabRow> ever = slabs.stream()
                .filter(s -> s.kind().equals(LWF_EMPLOYEE) || s.kind().equals(LWF_EMPLOYER)).toList();
        if (ever.isEmpty()) {
            return LwfRules.none(state);
        }
        List<SlabRow> inForce = ever.stream().filter(s -> s.appliesOn(on)).toList();
        if (inForce.isEmpty()) {
            throw new MissingStatutoryRuleException("No statutory_slab LWF_EMPLOYEE/LWF_EMPLOYER rows for " + state
                    + " are in force on " + on + " though the state has a Labour Welfare Fund: add the rows in force then");
        }
        return new LwfRules(state,
                inForce.stream().filter(s -> s.kind().equals(LWF_EMPLOYEE)).map(SlabRow::band).toList(),
                inForce.stream().filter(s -> s.kind().equals(LWF_EMPLOYER)).map(SlabRow::band).toList());
    }

    private static BigDecimal required(List<RateRow> rates, String kind, String code, LocalDate on) {
        BigDecimal value = optional(rates, kind, code, on);
        if (value == null) {
            throw new MissingStatutoryRuleException("No statutory_rate " + kind + "/" + code + " is in force on " + on
                    + ": add a row (with its source_note) covering that date");
        }
        return value;
    }

    private static BigDecimal optional(List<RateRow> rates, String kind, String code, LocalDate on) {
        List<RateRow> inForce = rates.stream()
                .filter(r -> r.kind().equals(kind) && r.code().equals(code) && r.amount().appliesOn(on)).toList();
        if (inForce.size() > 1) {
            throw new MissingStatutoryRuleException(inForce.size() + " statutory_rate rows " + kind + "/" + code
                    + " are in force on " + on + ": close the older one (effective_to) the day before the newer starts");
        }
        return inForce.isEmpty() ? null : inForce.get(0).amount().amount().stripTrailingZeros();
    }

    private static BigDecimal amountOf(BigDecimal amount, String kind, String state) {
        if (amount == null) {
            throw new MissingStatutoryRuleException("statutory_slab " + kind + " for " + state
                    + " has a row without an amount; these kinds need a fixed amount per band");
        }
        return amount;
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

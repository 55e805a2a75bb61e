package dev.lekha.mappings.payroll;

import dev.lekha.domain.tds.Pan;
import dev.lekha.mappings.incometax.RegimeRules;
import dev.lekha.mappings.incometax.SalaryTdsProjection;
import dev.lekha.mappings.incometax.TdsProjection;
import dev.lekha.mappings.incometax.TdsProjectionInput;
import dev.lekha.mappings.payroll.EmployeeMonth.PaidMonth;
import dev.lekha.mappings.payroll.EmployeeMonth.TaxDeclarations;
import dev.lekha.mappings.payroll.EmployeeMonth.TaxTreatment;
import dev.lekha.mappings.payroll.EmployeeMonth.VariablePay;
import dev.lekha.mappings.payroll.EmployeeMonth.YearToDate;
import dev.lekha.mappings.payroll.PayComponent.Kind;
import dev.lekha.mappings.payroll.PayrollStatutory.EsiShares;
import dev.lekha.mappings.payroll.PayrollStatutory.LwfShares;
import dev.lekha.mappings.payroll.PayrollStatutory.PfBasis;
import dev.lekha.mappings.payroll.PayrollStatutory.PfShares;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One employee's pay for one month: the payroll engine. Pure: everything comes in as data (the company's components,
 * the {@link EmployeeMonth}, the statutory contributions of the month and state, the income-tax rules of the year).
 *
 * <h2>Method</h2>
 * <ul>
 *   <li><b>Days</b>: calendar days of the month. Days employed run from the later of the 1st and the joining date to
 *       the earlier of the month end and the leaving date; paid days = days employed − LOP days; NCP days (the ECR's
 *       non-contributory days) = calendar days − paid days.</li>
 *   <li><b>Proration</b>: a prorated component pays {@code monthly × paid days ÷ calendar days}, rounded to the
 *       rupee (half up); others pay in full. When the structure changed during the month, the days before its
 *       effective date are paid at the previous structure; loss-of-pay days are taken from the end of the month.</li>
 *   <li><b>Arrears</b>: for each earlier month paid under the previous structure that a back-dated revision covers,
 *       {@code (new − old) × paid days ÷ calendar days} (only the days the revision covers, for a revision from
 *       mid-month), summed per component and paid as {@code ARREAR_<code>}. Arrears are taxable in the month paid
 *       and are left out of this month's PF and ESI wages (PF arrears go through EPFO's arrear return).</li>
 *   <li><b>TDS</b> (s.192; s.392 from 1 April 2026) by projecting the year: taxable salary paid so far (and by an
 *       earlier employer) + this month + the full-month taxable amounts of the structure for the remaining months up
 *       to March (or the leaving month) + one-off amounts marked SPREAD; tax on it less TDS already deducted, divided
 *       by the months remaining including this one, rounded to the rupee. One-off amounts taxed IN_MONTH (or
 *       without a treatment) add the whole difference they make to the year's tax to this month's TDS.
 *       Professional tax (s.16(iii)) is projected the same way and counts only where the regime allows deductions.
 *       The projection is {@link SalaryTdsProjection}'s, the one the rest of Lekha uses. An employee without a valid
 *       PAN (structure as {@link Pan#isValid}) has at least 20% of the month's taxable salary deducted, without cess,
 *       once the projected tax is above zero (s.206AA; s.397(2) of the 2025 Act; the rate from the dated rules).</li>
 * </ul>
 * A month that cannot be computed throws {@link PayrollCalculationException} naming what to fix.
 */
public final class PayrollCalculator {

    /** Code prefix of arrears components: {@code ARREAR_BASIC}. */
    public static final String ARREAR_PREFIX = "ARREAR_";

    private static final BigDecimal ZERO = money(BigDecimal.ZERO);

    private final Map<String, PayComponent> components;

    /** @param components the company's salary components (codes unique) */
    public PayrollCalculator(Collection<PayComponent> components) {
        Map<String, PayComponent> byCode = new LinkedHashMap<>();
        for (PayComponent c : components) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("salary component " + c.code() + " is defined twice");
            }
        }
        this.components = Map.copyOf(byCode);
    }

    /**
     * Computes the month.
     *
     * @param in        the employee-month, never null
     * @param statutory PF/ESI/PT/LWF of the month in the employee's work state, never null
     * @param taxRules  the income-tax rules of the financial year for the employee's regime and age, never null
     * @return the payslip, never null
     * @throws PayrollCalculationException when the data does not allow the month to be computed
     */
    public Payslip compute(EmployeeMonth in, PayrollStatutory statutory, RegimeRules taxRules) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(statutory, "statutory");
        Objects.requireNonNull(taxRules, "taxRules");
        YearMonth month = in.month();
        PayslipEmployee employee = in.employee();
        int days = month.lengthOfMonth();
        LocalDate from = later(month.atDay(1), employee.dateOfJoining());
        LocalDate to = employee.dateOfLeaving() == null ? month.atEndOfMonth()
                : earlier(month.atEndOfMonth(), employee.dateOfLeaving());
        if (from.isAfter(to)) {
            throw new PayrollCalculationException("NOT_EMPLOYED", employee.code() + " was not employed in " + month
                    + " (joined " + employee.dateOfJoining() + ", left " + employee.dateOfLeaving() + ")");
        }
        BigDecimal employed = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1);
        BigDecimal lop = in.lopDays();
        if (lop.signum() < 0 || lop.compareTo(employed) > 0) {
            throw new PayrollCalculationException("LOP_EXCEEDS_DAYS", employee.code() + ": " + lop.toPlainString()
                    + " loss-of-pay days in " + month + " but only " + employed + " days employed; correct the"
                    + " attendance for the month");
        }
        BigDecimal paid = employed.subtract(lop);

        SalaryStructureAmounts current = in.structure();
        if (current == null || current.effectiveFrom().isAfter(to)) {
            throw new PayrollCalculationException("NO_STRUCTURE", employee.code() + " has no salary structure in"
                    + " force on " + to + "; add one effective on or before that date");
        }
        // days before the current structure took effect are paid at the previous one; LOP comes off the end
        BigDecimal daysOld = BigDecimal.ZERO;
        if (current.effectiveFrom().isAfter(from)) {
            if (in.previousStructure() == null) {
                throw new PayrollCalculationException("NO_STRUCTURE", employee.code() + " has no salary structure in"
                        + " force on " + from + " (the structure from " + current.effectiveFrom() + " starts later)");
            }
            daysOld = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, current.effectiveFrom()));
        }
        BigDecimal daysNew = employed.subtract(daysOld);
        BigDecimal paidNew = daysNew.subtract(lop).max(BigDecimal.ZERO);
        BigDecimal paidOld = paid.subtract(paidNew);

        Map<String, BigDecimal> earnings = new LinkedHashMap<>();
        Map<String, BigDecimal> deductions = new LinkedHashMap<>();
        BigDecimal bigDays = BigDecimal.valueOf(days);
        Set<String> codes = new LinkedHashSet<>(current.monthlyAmounts().keySet());
        if (daysOld.signum() > 0 || !in.arrearMonths().isEmpty()) {
            if (in.previousStructure() == null) {
                throw new PayrollCalculationException("NO_STRUCTURE", employee.code() + ": arrears for "
                        + in.arrearMonths().stream().map(p -> p.month().toString()).toList()
                        + " need the structure those months were paid under");
            }
            codes.addAll(in.previousStructure().monthlyAmounts().keySet());
        }
        for (PayComponent c : ordered(codes, employee.code())) {
            BigDecimal amount;
            if (c.prorated()) {
                BigDecimal sum = current.amount(c.code()).multiply(paidNew);
                if (daysOld.signum() > 0) {
                    sum = sum.add(in.previousStructure().amount(c.code()).multiply(paidOld));
                }
                amount = rupees(sum.divide(bigDays, 6, RoundingMode.HALF_UP));
            } else {
                amount = money(current.amount(c.code()));
            }
            if (amount.signum() != 0) {
                (c.isEarning() ? earnings : deductions).merge(c.code(), amount, BigDecimal::add);
            }
        }
        Map<String, BigDecimal> arrears = arrears(in, codes, employee.code());

        BigDecimal spread = BigDecimal.ZERO;
        BigDecimal inMonth = BigDecimal.ZERO;
        Map<String, BigDecimal> oneOff = new LinkedHashMap<>();
        for (VariablePay v : in.inputs()) {
            PayComponent c = component(v.code(), employee.code());
            BigDecimal amount = money(v.amount());
            if (!c.isEarning()) {
                deductions.merge(c.code(), amount, BigDecimal::add);
                continue;
            }
            oneOff.merge(c.code(), amount, BigDecimal::add);
            if (c.taxable()) {
                if (v.treatment() == TaxTreatment.SPREAD) {
                    spread = spread.add(amount);
                } else {
                    inMonth = inMonth.add(amount);
                }
            }
        }

        List<PayslipAmount> earningLines = new ArrayList<>();
        earnings.forEach((code, amount) -> earningLines.add(line(code, amount)));
        arrears.forEach((code, amount) -> earningLines.add(line(code, amount)));
        oneOff.forEach((code, amount) -> {
            if (!earnings.containsKey(code) && !arrears.containsKey(code)) {
                earningLines.add(line(code, amount));
            } else {
                int at = indexOf(earningLines, code);
                earningLines.set(at, line(code, earningLines.get(at).amount().add(amount)));
            }
        });
        List<PayslipAmount> deductionLines = new ArrayList<>();
        deductions.forEach((code, amount) -> deductionLines.add(line(code, amount)));

        BigDecimal gross = ZERO;
        BigDecimal taxable = ZERO;
        BigDecimal remuneration = ZERO;
        for (PayslipAmount e : earningLines) {
            PayComponent c = component(e.code(), employee.code());
            gross = gross.add(e.amount());
            if (c.taxable()) {
                taxable = taxable.add(e.amount());
            }
            if (c.kind() != Kind.REIMBURSEMENT) {
                remuneration = remuneration.add(e.amount());
            }
        }

        // PF and ESI wages: this month's earnings without arrears
        BigDecimal pfComponents = ZERO;
        BigDecimal excluded = ZERO;
        BigDecimal pfRemuneration = ZERO;
        BigDecimal esiWages = ZERO;
        for (PayslipAmount e : earningLines) {
            if (e.code().startsWith(ARREAR_PREFIX)) {
                continue;
            }
            PayComponent c = component(e.code(), employee.code());
            if (c.pfWage()) {
                pfComponents = pfComponents.add(e.amount());
            }
            if (c.pfExcludedAllowance()) {
                excluded = excluded.add(e.amount());
            }
            if (c.kind() != Kind.REIMBURSEMENT) {
                pfRemuneration = pfRemuneration.add(e.amount());
            }
            if (c.esiWage()) {
                esiWages = esiWages.add(e.amount());
            }
        }
        PfShares pf = in.terms().pfApplicable()
                ? statutory.pf(new PfBasis(pfComponents, excluded, pfRemuneration, in.terms().pfOnActualWages(),
                        in.terms().epsMember(), employee.dateOfBirth()))
                : new PfShares(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);
        EsiShares esi;
        if (in.terms().esiApplicable()) {
            Boolean decided = in.yearToDate().esiCovered();
            boolean covered = decided != null ? decided : statutory.esiCovered(fullMonthEsiRate(current));
            BigDecimal dailyWage = paid.signum() == 0 ? ZERO : esiWages.divide(paid, 2, RoundingMode.HALF_UP);
            esi = statutory.esi(esiWages, covered, dailyWage);
        } else {
            esi = new EsiShares(ZERO, ZERO, ZERO);
        }
        BigDecimal pt = money(statutory.professionalTax(employee.gender(), remuneration));
        LwfShares lwf = statutory.lwf(remuneration);
        BigDecimal other = deductionLines.stream().map(PayslipAmount::amount).reduce(ZERO, BigDecimal::add);

        // arrears stay in the regular part: taxable when paid (s.15), their tax spread over the remaining months
        BigDecimal regularTaxable = taxable.subtract(spread).subtract(inMonth);
        TdsProjection tds = tds(in, taxRules, current, regularTaxable, spread, inMonth, pt);

        BigDecimal totalDeductions = money(pf.epfEmployee()).add(money(esi.employee())).add(pt)
                .add(money(lwf.employee())).add(tds.tdsThisMonth()).add(other);
        BigDecimal net = gross.subtract(totalDeductions);
        if (net.signum() < 0) {
            throw new PayrollCalculationException("NEGATIVE_NET_PAY", employee.code() + ": deductions of "
                    + totalDeductions.toPlainString() + " exceed gross earnings of " + gross.toPlainString() + " in "
                    + month + "; check the month's deduction inputs and loss-of-pay days");
        }
        BigDecimal ncp = bigDays.subtract(paid);
        return new Payslip(employee, month, days, scale1(paid), scale1(lop), scale1(ncp), earningLines, deductionLines,
                gross, taxable, money(pf.pfWages()), money(pf.epsWages()), money(pf.edliWages()),
                money(pf.epfEmployee()), ZERO, money(pf.epsEmployer()), money(pf.epfEmployer()),
                money(pf.edliEmployer()), money(pf.adminEmployer()), money(esi.esiWages()), money(esi.employee()),
                money(esi.employer()), pt, money(lwf.employee()), money(lwf.employer()), tds.tdsThisMonth(),
                totalDeductions, net, in.terms().regime(), money(tds.projectedTaxableIncome()),
                money(tds.annualTax()));
    }

    /** Age at the end of the financial year of {@code month} (senior citizen: 60 at any time in the year). */
    public static int ageAtFinancialYearEnd(LocalDate dateOfBirth, YearMonth month) {
        if (dateOfBirth == null) {
            return 0;
        }
        int endYear = month.getMonthValue() >= 4 ? month.getYear() + 1 : month.getYear();
        return (int) ChronoUnit.YEARS.between(dateOfBirth, LocalDate.of(endYear, 3, 31));
    }

    /** The financial year of a month, {@code 2026-27}. */
    public static String financialYear(YearMonth month) {
        int start = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private Map<String, BigDecimal> arrears(EmployeeMonth in, Set<String> codes, String employeeCode) {
        Map<String, BigDecimal> arrears = new LinkedHashMap<>();
        if (in.arrearMonths().isEmpty()) {
            return arrears;
        }
        SalaryStructureAmounts now = in.structure();
        SalaryStructureAmounts before = in.previousStructure();
        for (PayComponent c : ordered(codes, employeeCode)) {
            if (!c.isEarning()) {
                continue;
            }
            BigDecimal difference = now.amount(c.code()).subtract(before.amount(c.code()));
            if (difference.signum() == 0) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (PaidMonth p : in.arrearMonths()) {
                int dm = p.month().lengthOfMonth();
                LocalDate effective = now.effectiveFrom();
                long covered = effective.isAfter(p.month().atEndOfMonth()) ? 0
                        : effective.isBefore(p.month().atDay(1)) || effective.equals(p.month().atDay(1)) ? dm
                        : dm - effective.getDayOfMonth() + 1;
                BigDecimal share = c.prorated() ? p.paidDays().min(BigDecimal.valueOf(covered)) : BigDecimal.valueOf(covered);
                sum = sum.add(difference.multiply(share).divide(BigDecimal.valueOf(dm), 6, RoundingMode.HALF_UP));
            }
            BigDecimal amount = rupees(sum);
            if (amount.signum() != 0) {
                arrears.put(ARREAR_PREFIX + c.code(), amount);
            }
        }
        return arrears;
    }

    /**
     * This month's TDS through the one salary projection, {@link SalaryTdsProjection}. What the engine adds is only
     * what it knows from the month: the months remaining end with the leaving month when the employee leaves before
     * March; salary and TDS of an earlier employer count as paid and deducted so far; the expected month is the full
     * taxable amount of the structure in force (this month's proration and arrears are not repeated); professional tax
     * deducted so far plus this month's amount for every remaining month.
     *
     * <p>Professional tax goes in as a salary deduction (s.16(iii); the salaries head of the 2025 Act), which the
     * projection counts in the old regime only: the new regime (s.115BAC(2); s.202 of the 2025 Act) does not allow it.
     * Before this method used the projection it put professional tax among the Chapter VI-A deductions, which are
     * taken from total income; that was wrong where salary after its deductions is below zero and other income is
     * declared (professional tax could then reduce other income). Every other figure is the same either way.
     *
     * <p>Without a valid PAN the projection deducts at least 20% of the month's taxable salary (s.206AA; s.397(2) of
     * the 2025 Act) once the projected tax is above zero. The payslip has no field for the basis; it is the higher
     * of the average rate and 20% exactly when the employee's PAN is missing or malformed and TDS is above zero.
     */
    private TdsProjection tds(EmployeeMonth in, RegimeRules rules, SalaryStructureAmounts current,
                              BigDecimal regularTaxable, BigDecimal spread, BigDecimal inMonth,
                              BigDecimal professionalTax) {
        YearMonth month = in.month();
        YearMonth yearEnd = YearMonth.of(month.getMonthValue() >= 4 ? month.getYear() + 1 : month.getYear(), 3);
        YearMonth last = yearEnd;
        LocalDate leaving = in.employee().dateOfLeaving();
        if (leaving != null && YearMonth.from(leaving).isBefore(yearEnd)) {
            last = YearMonth.from(leaving).isBefore(month) ? month : YearMonth.from(leaving);
        }
        int remaining = (int) ChronoUnit.MONTHS.between(month, last) + 1;
        BigDecimal fullMonthTaxable = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : current.monthlyAmounts().entrySet()) {
            PayComponent c = components.get(e.getKey());
            if (c != null && c.isEarning() && c.taxable()) {
                fullMonthTaxable = fullMonthTaxable.add(e.getValue());
            }
        }
        YearToDate ytd = in.yearToDate();
        TaxDeclarations d = in.declarations();
        PayslipEmployee employee = in.employee();
        try {
            return SalaryTdsProjection.forMonth(new TdsProjectionInput(rules, remaining,
                    ytd.taxableSalary().add(d.previousEmployerSalary()), regularTaxable, fullMonthTaxable, spread,
                    inMonth, ytd.tds().add(d.previousEmployerTds()), d.otherIncome(), d.deductions(), BigDecimal.ZERO,
                    d.hraExemption(), ytd.professionalTax().add(professionalTax.multiply(BigDecimal.valueOf(remaining))),
                    ageAtFinancialYearEnd(employee.dateOfBirth(), month), Pan.isValid(employee.pan())));
        } catch (IllegalArgumentException e) {
            throw new PayrollCalculationException("TDS_INPUT", employee.code() + ": TDS for " + month
                    + " cannot be projected: " + e.getMessage());
        }
    }

    private BigDecimal fullMonthEsiRate(SalaryStructureAmounts structure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : structure.monthlyAmounts().entrySet()) {
            PayComponent c = components.get(e.getKey());
            if (c != null && c.esiWage()) {
                sum = sum.add(e.getValue());
            }
        }
        return money(sum);
    }

    private List<PayComponent> ordered(Set<String> codes, String employeeCode) {
        List<PayComponent> list = new ArrayList<>();
        for (String code : codes) {
            list.add(component(code, employeeCode));
        }
        list.sort(Comparator.comparingInt(PayComponent::displayOrder).thenComparing(PayComponent::code));
        return list;
    }

    /** The component of a code; {@code ARREAR_X} counts like X. */
    private PayComponent component(String code, String employeeCode) {
        PayComponent c = components.get(code);
        if (c == null && code.startsWith(ARREAR_PREFIX)) {
            PayComponent base = components.get(code.substring(ARREAR_PREFIX.length()));
            c = base == null ? null : base.arrears();
        }
        if (c == null) {
            throw new PayrollCalculationException("UNKNOWN_COMPONENT", employeeCode + ": salary component " + code
                    + " is not defined for the company; add it to the salary components or correct the code");
        }
        return c;
    }

    private PayslipAmount line(String code, BigDecimal amount) {
        PayComponent c = components.get(code);
        String name = c != null ? c.name()
                : "Arrears " + components.get(code.substring(ARREAR_PREFIX.length())).name();
        return new PayslipAmount(code, name, money(amount));
    }

    private static int indexOf(List<PayslipAmount> lines, String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException(code);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal rupees(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale1(BigDecimal days) {
        return days.setScale(1, RoundingMode.HALF_UP);
    }
}

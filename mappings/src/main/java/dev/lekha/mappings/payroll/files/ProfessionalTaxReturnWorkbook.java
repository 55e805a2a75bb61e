package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.StateSheets.labelled;
import static dev.lekha.mappings.payroll.files.WorkbookStyles.number;
import static dev.lekha.mappings.payroll.files.WorkbookStyles.text;

import dev.lekha.mappings.payroll.Payslip;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The month's professional-tax return by state as an XLSX workbook, one sheet per state (named by its code), in the
 * shape of the state returns' tax computation (Maharashtra's Form III: monthly salary or wages band, number of
 * employees, rate of tax per month, amount of tax): the employer's details and PT registration, one row per band in
 * force that month in the order given, count × rate = amount, and the total.
 *
 * <p>Each employee is counted in the band that holds their gross earnings, can apply to them (gender, month) and
 * whose rate is what the payroll deducted, the most specific such band when several do: so a woman's ₹0 in
 * Maharashtra lands in the women's band and a February ₹300 in the February band (which replaces the all-year band
 * of the same bounds on a February return). An employee whose deduction matches no band is counted on a "Deducted other than a band
 * rate" row with the amount actually deducted, and listed in {@link #problems()}: the return then still totals what
 * was deducted and paid. Employees of states without bands (no PT) are left out unless PT was deducted.
 *
 * <p>Only counts and sums are held, never the payslips. {@link #close()} writes the workbook to {@code out}, which
 * stays open. Not thread-safe.
 */
public final class ProfessionalTaxReturnWorkbook implements AutoCloseable {

    /** 0-based row of the column headings on each state sheet. */
    public static final int COLUMN_HEADER_ROW = 6;
    /** The column headings. */
    public static final List<String> HEADINGS = List.of("Sr. No.", "Monthly salary or wages",
            "Number of employees", "Rate of tax per month", "Amount of tax");
    static final String UNMATCHED = "Deducted other than a band rate";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final OutputStream out;
    private final PayrollFileHeader header;
    private final Map<String, List<ProfessionalTaxSlab>> slabsByState = new TreeMap<>();
    private final Map<String, StateReturn> returns = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> incomeMonths;
    private boolean closed;

    private ProfessionalTaxReturnWorkbook(OutputStream out, PayrollFileHeader header, List<ProfessionalTaxSlab> slabs,
                                          Map<String, Integer> incomeMonths) {
        this.incomeMonths = Map.copyOf(incomeMonths);
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.header = Objects.requireNonNull(header, "header must not be null");
        Month month = header.month().getMonth();
        for (ProfessionalTaxSlab s : slabs) {
            // a band of this month replaces the all-year band with the same bounds (Maharashtra's February)
            boolean replaced = s.month() == null && slabs.stream().anyMatch(m -> m.month() == month
                    && m.state().equals(s.state()) && Objects.equals(m.gender(), s.gender())
                    && m.lowerBound().compareTo(s.lowerBound()) == 0 && Objects.equals(m.upperBound(), s.upperBound()));
            if ((s.month() == null || s.month() == month) && !replaced) {
                slabsByState.computeIfAbsent(s.state(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    /**
     * Starts the returns for the header's month.
     *
     * @param out    receives the workbook on {@link #close()}; must not be null; stays open
     * @param header must not be null
     * @param slabs  the bands in force for the month, every state's, in the order the returns list them
     */
    public static ProfessionalTaxReturnWorkbook open(OutputStream out, PayrollFileHeader header,
                                                     List<ProfessionalTaxSlab> slabs) {
        return new ProfessionalTaxReturnWorkbook(out, header, List.copyOf(slabs), Map.of());
    }

    /**
     * Starts the returns for the header's month where some states' bands are on the income of several months
     * (Tamil Nadu's half-year): an employee of such a state is placed by the month's gross times that number of
     * months, as the payroll assessed the tax (ProfessionalTaxCalculator), and the sheet says so.
     *
     * @param incomeMonths months of income the bands of a state are on, by state; states not in it are monthly
     */
    public static ProfessionalTaxReturnWorkbook open(OutputStream out, PayrollFileHeader header,
                                                     List<ProfessionalTaxSlab> slabs, Map<String, Integer> incomeMonths) {
        return new ProfessionalTaxReturnWorkbook(out, header, List.copyOf(slabs), incomeMonths);
    }

    /**
     * Counts the employee in their state's return.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void add(Payslip payslip) {
        if (closed) {
            throw new IllegalStateException("the professional tax return is closed");
        }
        String state = payslip.employee().workState();
        BigDecimal deducted = payslip.professionalTax();
        List<ProfessionalTaxSlab> slabs = slabsByState.get(state);
        String who = "employee " + payslip.employee().code();
        if (slabs == null) {
            if (deducted.signum() != 0) {
                problems.add(who + ": PT of " + deducted.toPlainString() + " deducted in " + state
                        + ", for which no professional-tax bands were given");
                returns.computeIfAbsent(state, k -> new StateReturn(List.of())).unmatched(deducted);
            }
            return;
        }
        StateReturn r = returns.computeIfAbsent(state, k -> new StateReturn(slabs));
        Month month = payslip.month().getMonth();
        int months = incomeMonths.getOrDefault(state, 1);
        BigDecimal gross = payslip.grossEarnings().multiply(BigDecimal.valueOf(months));
        ProfessionalTaxSlab best = null;
        for (ProfessionalTaxSlab s : slabs) {
            if (s.holds(gross) && s.appliesTo(payslip.employee().gender(), month)
                    && s.monthlyTax().compareTo(deducted) == 0 && (best == null || specificity(s) > specificity(best))) {
                best = s;
            }
        }
        if (best != null) {
            r.count(best);
            return;
        }
        problems.add(who + " (" + state + "): PT deducted " + deducted.toPlainString() + " on "
                + (months == 1 ? "gross " : months + " months' gross ") + gross.toPlainString()
                + " matches no band's rate");
        r.unmatched(deducted);
    }

    private static int specificity(ProfessionalTaxSlab s) {
        return (s.gender() == null ? 0 : 1) + (s.month() == null ? 0 : 1);
    }

    /** Employees whose deduction matched no band, by employee; empty when none. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Writes one sheet per state with employees and the workbook to {@code out}, which stays open.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        StateSheets.write(out, returns, this::write, "No PT",
                "No professional tax was deducted for " + MONTH.format(header.month()), "professional tax return");
    }

    private void write(Sheet sheet, String state, StateReturn r, WorkbookStyles styles) {
        text(sheet.createRow(0), 0, "Professional tax return: " + state, styles.bold);
        labelled(sheet, 1, "Employer", header.legalName(), styles);
        labelled(sheet, 2, "Address", header.address(), styles);
        labelled(sheet, 3, "PT registration number", header.ptRegistrationByState().get(state), styles);
        labelled(sheet, 4, "Month", MONTH.format(header.month()), styles);
        int months = incomeMonths.getOrDefault(state, 1);
        if (months > 1) {
            labelled(sheet, 5, "Bands on", months + " months' income (this month's gross × " + months + ")", styles);
        }
        Row headings = sheet.createRow(COLUMN_HEADER_ROW);
        for (int i = 0; i < HEADINGS.size(); i++) {
            text(headings, i, HEADINGS.get(i), styles.bold);
            sheet.setColumnWidth(i, (i == 1 ? 40 : 18) * 256);
        }
        int rowIndex = COLUMN_HEADER_ROW + 1;
        int serial = 1;
        long employees = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<ProfessionalTaxSlab, Long> band : r.counts.entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            BigDecimal amount = band.getKey().monthlyTax().multiply(BigDecimal.valueOf(band.getValue()));
            number(row, 0, BigDecimal.valueOf(serial++), styles.number);
            text(row, 1, band.getKey().label());
            number(row, 2, BigDecimal.valueOf(band.getValue()), styles.number);
            number(row, 3, band.getKey().monthlyTax(), styles.amount);
            number(row, 4, amount, styles.amount);
            employees += band.getValue();
            total = total.add(amount);
        }
        if (r.unmatchedCount > 0) {
            Row row = sheet.createRow(rowIndex++);
            number(row, 0, BigDecimal.valueOf(serial), styles.number);
            text(row, 1, UNMATCHED);
            number(row, 2, BigDecimal.valueOf(r.unmatchedCount), styles.number);
            number(row, 4, r.unmatchedAmount, styles.amount);
            employees += r.unmatchedCount;
            total = total.add(r.unmatchedAmount);
        }
        Row totals = sheet.createRow(rowIndex);
        text(totals, 1, "Total", styles.bold);
        number(totals, 2, BigDecimal.valueOf(employees), styles.number);
        number(totals, 4, total, styles.totalAmount);
    }


    /** One state's counts: employees per band in the bands' order, and those matching none. */
    private static final class StateReturn {
        final Map<ProfessionalTaxSlab, Long> counts = new LinkedHashMap<>();
        long unmatchedCount;
        BigDecimal unmatchedAmount = BigDecimal.ZERO;

        StateReturn(List<ProfessionalTaxSlab> slabs) {
            slabs.forEach(s -> counts.put(s, 0L));
        }

        void count(ProfessionalTaxSlab s) {
            counts.merge(s, 1L, Long::sum);
        }

        void unmatched(BigDecimal deducted) {
            unmatchedCount++;
            unmatchedAmount = unmatchedAmount.add(deducted);
        }
    }
}

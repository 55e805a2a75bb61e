package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.StateSheets.labelled;
import static dev.lekha.mappings.payroll.files.WorkbookStyles.number;
import static dev.lekha.mappings.payroll.files.WorkbookStyles.text;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.inputs.WorkStates;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Labour Welfare Fund contribution statement for a deduction month as an XLSX workbook, one sheet per state
 * (named by its code) that has an employee with an LWF contribution that month: the employer's details, LWF
 * registration and the period the contribution is for, then one row per contributing employee (gross wages of the
 * month, employee's and employer's contribution, total) and the totals. It carries what the state forms ask of each
 * employee (Maharashtra's Form A-1-cum-return, the half-yearly and yearly statements of the other states), not the
 * forms' challan or signature parts.
 *
 * <p>The period is the half-year ending June or December that holds the month, or the calendar year for a state the
 * caller names as yearly (those that deduct once a year, in December: Karnataka, Tamil Nadu, Telangana). The writer
 * knows no rates: it writes what the payslips deducted. Employees without a contribution are left out. A negative
 * contribution, or an employee's share without the employer's (or the reverse), is written as deducted and listed in
 * {@link #problems()}, as is a state without an LWF registration number.
 *
 * <p>Holds one small line per contributing employee (code, name, three amounts), never the payslips. {@link #close()}
 * writes the workbook to {@code out}, which stays open. Not thread-safe.
 */
public final class LabourWelfareFundReturnWorkbook implements AutoCloseable {

    /** 0-based row of the column headings on each state sheet. */
    public static final int COLUMN_HEADER_ROW = 6;
    /** The column headings. */
    public static final List<String> HEADINGS = List.of("Sr. No.", "Employee code", "Name",
            "Gross wages of the month", "Employee contribution", "Employer contribution", "Total");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final OutputStream out;
    private final PayrollFileHeader header;
    private final Set<String> yearlyStates;
    private final Map<String, String> registrationByState;
    private final Map<String, List<Line>> linesByState = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private boolean closed;

    private LabourWelfareFundReturnWorkbook(OutputStream out, PayrollFileHeader header, Set<String> yearlyStates,
                                            Map<String, String> registrationByState) {
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.header = Objects.requireNonNull(header, "header must not be null");
        this.yearlyStates = Set.copyOf(Objects.requireNonNull(yearlyStates, "yearlyStates must not be null"));
        this.registrationByState = Map.copyOf(
                Objects.requireNonNull(registrationByState, "lwfRegistrationByState must not be null"));
    }

    /**
     * Starts the statement for the header's month with no LWF registration numbers: every state with contributions
     * is listed in {@link #problems()} as having none.
     *
     * @param out          receives the workbook on {@link #close()}; must not be null; stays open
     * @param header       must not be null
     * @param yearlyStates codes of the states whose contribution is for the calendar year (deducted once a year);
     *                     the others' is for the half-year; must not be null
     */
    public static LabourWelfareFundReturnWorkbook open(OutputStream out, PayrollFileHeader header,
                                                       Set<String> yearlyStates) {
        return new LabourWelfareFundReturnWorkbook(out, header, yearlyStates, Map.of());
    }

    /**
     * Starts the statement for the header's month.
     *
     * @param out                    receives the workbook on {@link #close()}; must not be null; stays open
     * @param header                 must not be null
     * @param yearlyStates           codes of the states whose contribution is for the calendar year (deducted once a
     *                               year); the others' is for the half-year; must not be null
     * @param lwfRegistrationByState the employer's LWF registration number by two-letter state code; must not be
     *                               null (copied)
     */
    public static LabourWelfareFundReturnWorkbook open(OutputStream out, PayrollFileHeader header,
                                                       Set<String> yearlyStates,
                                                       Map<String, String> lwfRegistrationByState) {
        return new LabourWelfareFundReturnWorkbook(out, header, yearlyStates, lwfRegistrationByState);
    }

    /**
     * Puts the employee on their work state's statement when they have an LWF contribution this month.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void add(Payslip payslip) {
        if (closed) {
            throw new IllegalStateException("the labour welfare fund statement is closed");
        }
        BigDecimal employee = Objects.requireNonNull(payslip.lwfEmployee(), "lwfEmployee must not be null");
        BigDecimal employer = Objects.requireNonNull(payslip.lwfEmployer(), "lwfEmployer must not be null");
        if (employee.signum() == 0 && employer.signum() == 0) {
            return;
        }
        String state = payslip.employee().workState();
        String who = "employee " + payslip.employee().code() + " (" + state + "): ";
        if (!linesByState.containsKey(state) && isBlank(registrationByState.get(state))) {
            problems.add("no LWF registration number for " + state);
        }
        if (employee.signum() < 0 || employer.signum() < 0) {
            problems.add(who + "negative LWF contribution, employee " + employee.toPlainString() + ", employer "
                    + employer.toPlainString());
        } else if (employee.signum() == 0) {
            problems.add(who + "LWF employer contribution " + employer.toPlainString()
                    + " without an employee contribution");
        } else if (employer.signum() == 0) {
            problems.add(who + "LWF employee contribution " + employee.toPlainString()
                    + " without an employer contribution");
        }
        linesByState.computeIfAbsent(state, k -> new ArrayList<>()).add(new Line(payslip.employee().code(),
                payslip.employee().name(), payslip.grossEarnings(), employee, employer));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** What the statement cannot vouch for, in the order met; empty when none. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** The period a state's contribution of {@code month} is for: the calendar year or the half-year holding it. */
    private String period(String state, YearMonth month) {
        if (yearlyStates.contains(state)) {
            return "Year " + month.getYear();
        }
        Month end = month.getMonthValue() <= 6 ? Month.JUNE : Month.DECEMBER;
        return "Half-year ending " + MONTH.format(month.withMonth(end.getValue()));
    }

    /**
     * Writes one sheet per state with contributions and the workbook to {@code out}, which stays open.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        StateSheets.write(out, linesByState, this::write, "No LWF",
                "No labour welfare fund contribution was deducted for " + MONTH.format(header.month()),
                "labour welfare fund statement");
    }

    private void write(Sheet sheet, String state, List<Line> lines, WorkbookStyles styles) {
        text(sheet.createRow(0), 0, "Labour welfare fund contributions: " + WorkStates.CODES.getOrDefault(state, state),
                styles.bold);
        labelled(sheet, 1, "Employer", header.legalName(), styles);
        labelled(sheet, 2, "Address", header.address(), styles);
        labelled(sheet, 3, "LWF registration number", registrationByState.get(state), styles);
        labelled(sheet, 4, "Period", period(state, header.month()), styles);
        labelled(sheet, 5, "Deducted from the wages of", MONTH.format(header.month()), styles);
        Row headings = sheet.createRow(COLUMN_HEADER_ROW);
        for (int i = 0; i < HEADINGS.size(); i++) {
            text(headings, i, HEADINGS.get(i), styles.bold);
            sheet.setColumnWidth(i, (i == 2 ? 36 : 18) * 256);
        }
        int rowIndex = COLUMN_HEADER_ROW + 1;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal employee = BigDecimal.ZERO;
        BigDecimal employer = BigDecimal.ZERO;
        for (Line line : lines) {
            Row row = sheet.createRow(rowIndex);
            number(row, 0, BigDecimal.valueOf(rowIndex - COLUMN_HEADER_ROW), styles.number);
            text(row, 1, line.code());
            text(row, 2, line.name());
            number(row, 3, line.gross(), styles.amount);
            number(row, 4, line.employee(), styles.amount);
            number(row, 5, line.employer(), styles.amount);
            number(row, 6, line.employee().add(line.employer()), styles.amount);
            gross = gross.add(line.gross());
            employee = employee.add(line.employee());
            employer = employer.add(line.employer());
            rowIndex++;
        }
        // the number of employees goes under the names, the sums under their columns
        Row totals = sheet.createRow(rowIndex);
        text(totals, 1, "Total", styles.bold);
        number(totals, 2, BigDecimal.valueOf(lines.size()), styles.number);
        number(totals, 3, gross, styles.totalAmount);
        number(totals, 4, employee, styles.totalAmount);
        number(totals, 5, employer, styles.totalAmount);
        number(totals, 6, employee.add(employer), styles.totalAmount);
    }


    /** One contributing employee's row. */
    private record Line(String code, String name, BigDecimal gross, BigDecimal employee, BigDecimal employer) {
    }
}

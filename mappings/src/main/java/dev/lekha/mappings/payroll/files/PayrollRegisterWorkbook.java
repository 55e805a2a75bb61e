package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.WorkbookStyles.number;
import static dev.lekha.mappings.payroll.files.WorkbookStyles.text;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The monthly payroll register as an XLSX workbook written a payslip at a time in flat memory: POI's
 * {@link SXSSFWorkbook} keeps a window of {@value #ROWS_IN_MEMORY} rows and spills older ones to compressed temporary
 * files that {@link #close()} deletes.
 *
 * <p>Sheet "Payroll register": a header block (company, address, PAN/TAN, EPF and ESIC codes, month), a frozen
 * column-header row on row {@value #COLUMN_HEADER_ROW} (0-based), one row per employee and a totals row. Columns:
 * the employee's identity and days; one column per earning component of the header in its order, then "Other
 * earnings" for any component the header did not list (so the gross always adds up), gross; the employee's statutory
 * deductions (EPF, VPF, ESI, PT, LWF, TDS), one column per non-statutory deduction component of the header, "Other
 * deductions", total deductions, net pay; then the employer's contributions (EPS, EPF, EDLI, PF admin, ESI, LWF).
 * Amounts are numeric cells in a rupee format; totals are exact {@link BigDecimal} sums written as values, not
 * formulas, so every reader sees them.
 *
 * <p>Use: {@code try (var register = PayrollRegisterWorkbook.open(out, header)) { payslips.forEach(register::add); }}
 * — {@link #close()} writes the totals and the workbook to {@code out}, which stays open. Not thread-safe.
 */
public final class PayrollRegisterWorkbook implements AutoCloseable {

    /** The register sheet's name. */
    public static final String SHEET = "Payroll register";
    /** 0-based index of the column-header row; employees start on the next row. */
    public static final int COLUMN_HEADER_ROW = 8;

    static final int ROWS_IN_MEMORY = 200;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final List<String> IDENTITY = List.of("Employee code", "Name", "Department", "Designation",
            "Work state", "UAN", "ESI number", "Days in month", "Paid days", "LOP days");
    private static final List<Named> EMPLOYEE_STATUTORY = List.of(
            new Named("EPF (employee)", Payslip::epfEmployee), new Named("VPF", Payslip::vpfEmployee),
            new Named("ESI (employee)", Payslip::esiEmployee), new Named("Professional tax", Payslip::professionalTax),
            new Named("LWF (employee)", Payslip::lwfEmployee), new Named("TDS", Payslip::tds));
    private static final List<Named> EMPLOYER = List.of(
            new Named("EPS (employer)", Payslip::epsEmployer), new Named("EPF (employer)", Payslip::epfEmployer),
            new Named("EDLI (employer)", Payslip::edliEmployer), new Named("PF admin (employer)",
                    Payslip::pfAdminEmployer),
            new Named("ESI (employer)", Payslip::esiEmployer), new Named("LWF (employer)", Payslip::lwfEmployer));

    private final OutputStream out;
    private final PayrollFileHeader header;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final Map<String, Integer> earningColumn = new HashMap<>();
    private final Map<String, Integer> deductionColumn = new HashMap<>();
    private final List<String> headings = new ArrayList<>();
    private final BigDecimal[] totals;
    private final int firstAmountColumn;
    private int employees;
    private int nextRow = COLUMN_HEADER_ROW + 1;
    private boolean closed;

    private PayrollRegisterWorkbook(OutputStream out, PayrollFileHeader header) {
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.header = Objects.requireNonNull(header, "header must not be null");
        workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        styles = new WorkbookStyles(workbook);
        sheet = workbook.createSheet(SHEET);
        headings.addAll(IDENTITY);
        firstAmountColumn = headings.size();
        header.earningColumns().forEach(c -> earningColumn.put(c.code(), add(c.name())));
        add("Other earnings");
        add("Gross earnings");
        EMPLOYEE_STATUTORY.forEach(n -> add(n.heading()));
        header.deductionColumns().forEach(c -> deductionColumn.put(c.code(), add(c.name())));
        add("Other deductions");
        add("Total deductions");
        add("Net pay");
        EMPLOYER.forEach(n -> add(n.heading()));
        totals = new BigDecimal[headings.size()];
        Arrays.fill(totals, BigDecimal.ZERO);
        writeHeader();
    }

    /**
     * Starts a register for the header's month, with the header's components as columns.
     *
     * @param out    receives the workbook on {@link #close()}; must not be null; stays open
     * @param header must not be null
     */
    public static PayrollRegisterWorkbook open(OutputStream out, PayrollFileHeader header) {
        return new PayrollRegisterWorkbook(out, header);
    }

    /** The column headings in order, as written on the column-header row. */
    public List<String> headings() {
        return Collections.unmodifiableList(headings);
    }

    /**
     * Appends the employee's row.
     *
     * @throws IllegalArgumentException if the payslip is for another month than the header's
     * @throws IllegalStateException    after {@link #close()}
     */
    public void add(Payslip payslip) {
        if (closed) {
            throw new IllegalStateException("the payroll register is closed");
        }
        if (!payslip.month().equals(header.month())) {
            throw new IllegalArgumentException("payslip of employee " + payslip.employee().code() + " is for "
                    + payslip.month() + ", the register for " + header.month());
        }
        BigDecimal[] amounts = new BigDecimal[headings.size()];
        int c = firstAmountColumn + header.earningColumns().size();
        for (PayslipAmount e : payslip.earnings()) {
            put(amounts, earningColumn.getOrDefault(e.code(), c), e.amount());
        }
        put(amounts, c + 1, payslip.grossEarnings());
        c += 2;
        for (Named n : EMPLOYEE_STATUTORY) {
            put(amounts, c++, n.amount().apply(payslip));
        }
        int other = c + header.deductionColumns().size();
        for (PayslipAmount d : payslip.otherDeductions()) {
            put(amounts, deductionColumn.getOrDefault(d.code(), other), d.amount());
        }
        c = other + 1;
        put(amounts, c++, payslip.totalDeductions());
        put(amounts, c++, payslip.netPay());
        for (Named n : EMPLOYER) {
            put(amounts, c++, n.amount().apply(payslip));
        }
        Row row = sheet.createRow(nextRow++);
        var e = payslip.employee();
        text(row, 0, e.code());
        text(row, 1, e.name());
        text(row, 2, e.department());
        text(row, 3, e.designation());
        text(row, 4, e.workState());
        text(row, 5, e.uan());
        text(row, 6, e.esiNumber());
        number(row, 7, BigDecimal.valueOf(payslip.daysInMonth()), styles.number);
        number(row, 8, payslip.paidDays(), styles.number);
        number(row, 9, payslip.lopDays(), styles.number);
        for (int i = firstAmountColumn; i < amounts.length; i++) {
            BigDecimal a = amounts[i] == null ? BigDecimal.ZERO : amounts[i];
            number(row, i, a, styles.amount);
            totals[i] = totals[i].add(a);
        }
        employees++;
    }

    /** Employees added so far. */
    public int employees() {
        return employees;
    }

    /**
     * Writes the totals row and the workbook to {@code out} (which stays open) and deletes the temporary files.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Row row = sheet.createRow(nextRow);
            text(row, 0, "Total (" + employees + (employees == 1 ? " employee)" : " employees)"), styles.bold);
            for (int i = firstAmountColumn; i < totals.length; i++) {
                number(row, i, totals[i], styles.totalAmount);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the payroll register: " + e.getMessage(), e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the workbook was written or the write already failed; nothing is left open
            }
        }
    }

    private int add(String heading) {
        headings.add(heading);
        return headings.size() - 1;
    }

    private static void put(BigDecimal[] amounts, int column, BigDecimal amount) {
        amounts[column] = amounts[column] == null ? amount : amounts[column].add(amount);
    }

    private void writeHeader() {
        text(sheet.createRow(0), 0, "Payroll register", styles.bold);
        labelled(1, "Company", header.legalName());
        labelled(2, "Address", header.address());
        labelled(3, "PAN / TAN", header.pan() + " / " + header.tan());
        labelled(4, "EPF establishment code", header.epfEstablishmentCode());
        labelled(5, "ESIC employer code", header.esicEmployerCode());
        labelled(6, "Month", MONTH.format(header.month()));
        Row columns = sheet.createRow(COLUMN_HEADER_ROW);
        for (int i = 0; i < headings.size(); i++) {
            text(columns, i, headings.get(i), styles.bold);
            sheet.setColumnWidth(i, (i == 1 ? 28 : 14) * 256);
        }
        sheet.createFreezePane(2, COLUMN_HEADER_ROW + 1);
    }

    private void labelled(int row, String label, String value) {
        Row r = sheet.createRow(row);
        text(r, 0, label, styles.bold);
        text(r, 1, value == null ? "" : value);
    }

    private record Named(String heading, Function<Payslip, BigDecimal> amount) {
    }
}

package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.WorkbookStyles.number;
import static dev.lekha.mappings.payroll.files.WorkbookStyles.text;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipEmployee;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ESIC portal's monthly-contribution (MC) upload as an XLSX workbook, one insured person per row, streamed.
 *
 * <p>One sheet, "Sheet1", whose first row is the template's six headings word for word (IP number, IP name, number
 * of days, total monthly wages, reason code for zero working days, last working day); then one row per ESI-covered
 * employee. The portal computes the contributions itself from the wages. Cells: the IP number and the last working
 * day (dd/MM/yyyy) as text, so leading zeros and the date format survive; days, wages and reason code as numbers.
 * Days are the paid days rounded up to a whole day (the portal's rule for fractions).
 *
 * <p>Covered: the employee has an IP number and either ESI wages this month or no paid days (an insured person with
 * zero days still appears, with a reason). {@link #add(Payslip)} derives the reason: left service (with the leaving
 * date as last working day) when the employee left on or before the month's end, else on leave for a month of
 * loss of pay, else 0; {@link #add(Payslip, EsicZeroDaysReason, LocalDate)} takes it from the caller (retired,
 * expired, ...). Rows the portal would reject (IP number not 10 digits, name not letters and spaces, a reason that
 * needs a last working day without one) are written as given and listed in {@link #problems()}.
 *
 * <p>{@link #close()} writes the workbook to {@code out}, which stays open. Not thread-safe.
 */
public final class EsicContributionWorkbook implements AutoCloseable {

    /** The sheet's name. */
    public static final String SHEET = "Sheet1";
    /** The template's headings, word for word (spacing included). */
    public static final List<String> HEADINGS = List.of("IP Number (10 Digits)",
            "IP Name( Only alphabets and space )", "No of Days for which wages paid/payable during the month",
            "Total Monthly Wages",
            "Reason Code for Zero workings days(numeric only; provide 0 for all other reasons- Click on the link for "
                    + "reference)",
            "Last Working Day( Format DD/MM/YYYY  or DD-MM-YYYY)");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern IP_NUMBER = Pattern.compile("\\d{10}");
    private static final Pattern IP_NAME = Pattern.compile("[A-Za-z ]+");

    private final OutputStream out;
    private final PayrollFileHeader header;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final WorkbookStyles styles;
    private final List<String> problems = new ArrayList<>();
    private int rows;
    private boolean closed;

    private EsicContributionWorkbook(OutputStream out, PayrollFileHeader header) {
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.header = Objects.requireNonNull(header, "header must not be null");
        workbook = new SXSSFWorkbook(PayrollRegisterWorkbook.ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        styles = new WorkbookStyles(workbook);
        sheet = workbook.createSheet(SHEET);
        Row headings = sheet.createRow(0);
        for (int i = 0; i < HEADINGS.size(); i++) {
            text(headings, i, HEADINGS.get(i), styles.bold);
            sheet.setColumnWidth(i, (i == 1 ? 30 : 18) * 256);
        }
    }

    /**
     * Starts the upload for the header's month.
     *
     * @param out    receives the workbook on {@link #close()}; must not be null; stays open
     * @param header must not be null
     */
    public static EsicContributionWorkbook open(OutputStream out, PayrollFileHeader header) {
        return new EsicContributionWorkbook(out, header);
    }

    /**
     * Adds the employee's row if ESI covers them, with the reason derived from the payslip.
     *
     * @return whether a row was written
     */
    public boolean add(Payslip payslip) {
        PayslipEmployee e = payslip.employee();
        LocalDate monthEnd = payslip.month().atEndOfMonth();
        if (e.dateOfLeaving() != null && !e.dateOfLeaving().isAfter(monthEnd)) {
            return add(payslip, EsicZeroDaysReason.LEFT_SERVICE, e.dateOfLeaving());
        }
        boolean noDays = payslip.paidDays().signum() == 0;
        return add(payslip, noDays && payslip.lopDays().signum() > 0 ? EsicZeroDaysReason.ON_LEAVE
                : EsicZeroDaysReason.WITHOUT_REASON, null);
    }

    /**
     * Adds the employee's row if ESI covers them, with the caller's reason.
     *
     * @param reason         must not be null
     * @param lastWorkingDay required when the reason needs it, else ignored
     * @return whether a row was written
     * @throws IllegalStateException after {@link #close()}
     */
    public boolean add(Payslip payslip, EsicZeroDaysReason reason, LocalDate lastWorkingDay) {
        if (closed) {
            throw new IllegalStateException("the ESIC contribution workbook is closed");
        }
        Objects.requireNonNull(reason, "reason must not be null");
        PayslipEmployee e = payslip.employee();
        boolean noDays = payslip.paidDays().signum() == 0;
        if (e.esiNumber() == null || e.esiNumber().isBlank() || (payslip.esiWages().signum() == 0 && !noDays)) {
            return false;
        }
        int line = rows + 2;
        String where = "row " + line + " (employee " + e.code() + "): ";
        String ip = e.esiNumber().trim();
        if (!IP_NUMBER.matcher(ip).matches()) {
            problems.add(where + "IP number '" + ip + "' is not 10 digits");
        }
        String name = e.name() == null ? "" : e.name().trim();
        if (!IP_NAME.matcher(name).matches()) {
            problems.add(where + "IP name '" + name + "' must have only letters and spaces, as on the ESIC record");
        }
        if (reason.needsLastWorkingDay() && lastWorkingDay == null) {
            problems.add(where + "reason " + reason.code() + " (" + reason + ") needs the last working day");
        }
        if (reason == EsicZeroDaysReason.OUT_OF_COVERAGE && header.month().getMonth() != Month.APRIL
                && header.month().getMonth() != Month.OCTOBER) {
            problems.add(where + "reason 4 (out of coverage) is accepted only for April and October wage months");
        }
        Row row = sheet.createRow(line - 1);
        text(row, 0, ip);
        text(row, 1, name);
        number(row, 2, payslip.paidDays().setScale(0, RoundingMode.CEILING), styles.number);
        number(row, 3, payslip.esiWages(), styles.number);
        number(row, 4, BigDecimal.valueOf(reason.code()), styles.number);
        if (reason.needsLastWorkingDay() && lastWorkingDay != null) {
            text(row, 5, DAY.format(lastWorkingDay));
        }
        rows++;
        return true;
    }

    /** Rows written so far. */
    public int rows() {
        return rows;
    }

    /** What the portal would reject, naming row and employee; empty when none. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * Writes the workbook to {@code out} (which stays open) and deletes the temporary files.
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
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ESIC contribution workbook: " + e.getMessage(), e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // written or already failed; nothing is left open
            }
        }
    }
}

package dev.lekha.mappings.payroll.files;

import dev.lekha.mappings.payroll.Payslip;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The month's payslips as one ZIP, a PDF per employee named {@code <employeeCode>_<YYYY-MM>.pdf}, streamed: each
 * payslip is rendered straight into its entry, so memory stays flat however many employees there are.
 *
 * <p>Entries are dated the last day of the wage month (not the time of the run), so the same payroll gives the same
 * bytes. Characters of an employee code that do not belong in a file name (anything but letters, digits, '.', '-'
 * and '_') become '_'. {@link #close()} finishes the archive; {@code out} stays open. Not thread-safe.
 */
public final class PayslipZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final PayslipPdf pdf;
    private final PayrollFileHeader header;
    private final Set<String> names = new HashSet<>();
    private boolean closed;

    private PayslipZip(OutputStream out, PayrollFileHeader header) {
        this.header = Objects.requireNonNull(header, "header must not be null");
        this.zip = new ZipOutputStream(new NonClosingOutputStream(Objects.requireNonNull(out, "out must not be null")));
        this.pdf = PayslipPdf.open(header);
    }

    /**
     * Starts the archive.
     *
     * @param out    receives the ZIP; must not be null; stays open
     * @param header must not be null
     */
    public static PayslipZip open(OutputStream out, PayrollFileHeader header) {
        return new PayslipZip(out, header);
    }

    /** The entry name of {@code payslip}: {@code E001_2026-05.pdf}. */
    public static String entryName(Payslip payslip) {
        return payslip.employee().code().replaceAll("[^A-Za-z0-9._-]", "_") + "_" + payslip.month() + ".pdf";
    }

    /**
     * Adds the employee's payslip PDF.
     *
     * @return the entry's name
     * @throws IllegalArgumentException if an entry of that name is already in the archive
     * @throws UncheckedIOException     if {@code out} fails
     */
    public String add(Payslip payslip) {
        return add(payslip, null);
    }

    /**
     * Adds the employee's payslip PDF with its year-to-date block ({@code yearToDate} may be null: none).
     *
     * @return the entry's name
     * @throws IllegalArgumentException if an entry of that name is already in the archive
     * @throws UncheckedIOException     if {@code out} fails
     */
    public String add(Payslip payslip, PayslipYearToDate yearToDate) {
        if (closed) {
            throw new IllegalStateException("the payslip ZIP is closed");
        }
        String name = entryName(payslip);
        if (!names.add(name)) {
            throw new IllegalArgumentException("a payslip named " + name + " is already in the ZIP: employee codes "
                    + "must be unique (employee " + payslip.employee().code() + ")");
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(LocalDateTime.of(header.month().atEndOfMonth(), LocalTime.MIDNIGHT));
        try {
            zip.putNextEntry(entry);
            pdf.write(payslip, yearToDate, zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the payslip ZIP: " + e.getMessage(), e);
        }
        return name;
    }

    /** Payslips added so far. */
    public int entries() {
        return names.size();
    }

    /** Finishes the archive and releases the fonts; {@code out} stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not finish the payslip ZIP: " + e.getMessage(), e);
        } finally {
            pdf.close();
        }
    }
}

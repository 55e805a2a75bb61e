package dev.lekha.mappings.payroll.files;

import dev.lekha.mappings.payroll.Payslip;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes the EPFO Electronic Challan cum Return (ECR 2.0, UAN based) text file a member at a time.
 *
 * <p>Format, as the EPFO's ECR help file and its ECR validation tool show it (see docs/payroll-files.md): no header;
 * one line per member with 11 fields joined by {@code #~#}: UAN, member name, gross wages, EPF wages, EPS wages, EDLI
 * wages, EPF contribution (employee share, VPF included), EPS contribution, EPF-EPS difference (employer share), NCP
 * days, refund of advances. Amounts are whole rupees (rounded half up, the rounding EPFO's own example shows:
 * 8.33% of 15,000 = 1,249.50 is written 1250, and the employer's difference is the rounded employer share less
 * that, 550) with no separators or decimals. The EPFO asks for an ANSI text file
 * without control characters: we write US-ASCII (a subset of every ANSI code page) with Windows line breaks (CRLF)
 * between lines and none after the last, so the file has no empty trailing line for the portal to count.
 *
 * <p>The writer refuses only what cannot be written at all (no UAN, a negative amount, a name the encoding or the
 * separator would break); everything the portal would reject on its rules is reported by {@link EcrCheck}. Refund of
 * advances is always 0: a payslip carries no refund. {@code out} stays open on {@link #close()}. Not thread-safe.
 */
public final class EcrFile implements AutoCloseable {

    /** The ECR field separator. */
    public static final String SEPARATOR = "#~#";
    /** The line break between lines. */
    public static final String LINE_BREAK = "\r\n";

    private final OutputStream out;
    private int lines;
    private boolean closed;

    private EcrFile(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out must not be null");
    }

    /**
     * Starts an ECR file; the ECR has no header, so {@code header} only documents the wage month of the file.
     *
     * @param out    receives the bytes; must not be null; not closed by this writer
     * @param header must not be null
     */
    public static EcrFile open(OutputStream out, PayrollFileHeader header) {
        Objects.requireNonNull(header, "header must not be null");
        return new EcrFile(out);
    }

    /**
     * Writes the member's line.
     *
     * @return the line as written, without line break
     * @throws IllegalArgumentException if the employee has no UAN, an amount is negative, or the name has a
     *                                  character outside printable ASCII or contains the separator
     * @throws IllegalStateException    after {@link #close()}
     */
    public String add(Payslip payslip) {
        if (closed) {
            throw new IllegalStateException("the ECR file is closed");
        }
        String line = line(payslip);
        write((lines == 0 ? "" : LINE_BREAK) + line);
        lines++;
        return line;
    }

    /** Lines written so far. */
    public int lines() {
        return lines;
    }

    /** Flushes; {@code out} stays open. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the ECR file: " + e.getMessage(), e);
            }
        }
    }

    /** The member's ECR line for {@code payslip}, without line break. */
    public static String line(Payslip p) {
        String who = "employee " + p.employee().code();
        String uan = p.employee().uan();
        if (uan == null || uan.isBlank()) {
            throw new IllegalArgumentException(who + " has no UAN: the ECR identifies members by UAN only; "
                    + "add the UAN to the employee master or leave the employee out of PF");
        }
        String name = p.employee().name() == null ? "" : p.employee().name().trim().replaceAll(" {2,}", " ");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(who + ": the name has the character '" + c + "' (U+"
                        + String.format("%04X", (int) c) + ") at position " + (i + 1)
                        + ", which an ANSI ECR file cannot carry; write the name as the UAN record has it");
            }
        }
        if (name.contains(SEPARATOR)) {
            throw new IllegalArgumentException(who + ": the name contains the ECR separator " + SEPARATOR);
        }
        /*
         * The employer's share is rounded as a whole and the EPS part taken out of it, so the two add up to the
         * rounded 12%: 1,249.50 + 550.50 is written 1250 and 550 (as in the EPFO's example), not 1250 and 551.
         */
        BigDecimal eps = rounded(p.epsEmployer(), who, "EPS contribution");
        BigDecimal employer = rounded(p.epsEmployer().add(p.epfEmployer()), who, "employer contribution");
        List<BigDecimal> amounts = List.of(rounded(p.grossEarnings(), who, "gross wages"),
                rounded(p.pfWages(), who, "EPF wages"), rounded(p.epsWages(), who, "EPS wages"),
                rounded(p.edliWages(), who, "EDLI wages"),
                rounded(p.epfEmployee().add(p.vpfEmployee()), who, "EPF contribution"), eps,
                rounded(employer.subtract(eps), who, "EPF-EPS difference"), rounded(p.ncpDays(), who, "NCP days"),
                BigDecimal.ZERO);
        StringBuilder fields = new StringBuilder(uan.trim()).append(SEPARATOR).append(name);
        for (BigDecimal amount : amounts) {
            fields.append(SEPARATOR).append(amount.toPlainString());
        }
        return fields.toString();
    }

    /** {@code amount} rounded half up to a whole number, as the ECR writes it. */
    private static BigDecimal rounded(BigDecimal amount, String who, String field) {
        BigDecimal a = Objects.requireNonNull(amount, () -> who + ": " + field + " is missing");
        if (a.signum() < 0) {
            throw new IllegalArgumentException(who + ": " + field + " is negative (" + a.toPlainString()
                    + "); the ECR takes no negative amounts: correct the payroll or file a supplementary return");
        }
        return a.setScale(0, RoundingMode.HALF_UP);
    }

    private void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ECR file: " + e.getMessage(), e);
        }
    }
}

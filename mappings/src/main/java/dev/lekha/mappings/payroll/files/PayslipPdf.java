package dev.lekha.mappings.payroll.files;

import dev.lekha.domain.tds.Pan;
import dev.lekha.mappings.einvoice.IndianRupees;
import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import dev.lekha.mappings.payroll.PayslipEmployee;
import dev.lekha.mappings.pdf.UnicodeFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes an employee's monthly payslip as an A4 PDF in DejaVu Sans (embedded subsets), so amounts carry the rupee
 * sign and names print as written.
 *
 * <p>Content, top to bottom: the company (legal name, address), "Payslip for May 2026"; the employee (code, name,
 * designation, department, joining date, PAN and bank account masked to their last four characters — a payslip is
 * mailed and forwarded, and neither is needed in full to read it — UAN and ESI number in full, as the employee needs
 * them with EPFO and ESIC); days in month, paid days, LOP days; earnings beside deductions (statutory then the
 * company's), gross and total deductions; net pay in figures (Indian grouping) and in words (Indian numbering); the
 * employer's contributions (not deducted from pay); the tax regime and projected annual tax behind the TDS (when
 * projected), and why the TDS is at least 20% when the employee has no valid PAN. Zero lines are left out. Long
 * lists continue on further pages.
 *
 * <p>Pure: no clock (the PDF carries no creation date), writes only to the stream given. Holds parsed fonts: one
 * instance per thread, closed when done.
 */
public final class PayslipPdf implements AutoCloseable {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float RIGHT = WIDTH - MARGIN;
    private static final float MIDDLE = WIDTH / 2;
    private static final float LINE = 14;
    private static final float SIZE = 9;

    private final PayrollFileHeader header;
    private final UnicodeFonts fonts;

    private PayslipPdf(PayrollFileHeader header, UnicodeFonts fonts) {
        this.header = Objects.requireNonNull(header, "header must not be null");
        this.fonts = fonts;
    }

    /** A writer for the header's company and month; loads the fonts once. */
    public static PayslipPdf open(PayrollFileHeader header) {
        return new PayslipPdf(header, UnicodeFonts.load());
    }

    /**
     * Writes {@code payslip} as a PDF to {@code out}, which stays open (a ZIP entry, say).
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public void write(Payslip payslip, OutputStream out) {
        write(payslip, null, out);
    }

    /**
     * Writes {@code payslip} with a year-to-date block (when {@code yearToDate} is not null) to {@code out}, which
     * stays open.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public void write(Payslip payslip, PayslipYearToDate yearToDate, OutputStream out) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle("Payslip " + payslip.employee().code() + " "
                    + MONTH.format(payslip.month()));
            pdf.getDocumentInformation().setAuthor(header.legalName());
            new Layout(pdf, fonts.regular(pdf), fonts.bold(pdf)).draw(payslip, yearToDate);
            pdf.save(new NonClosingOutputStream(out));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the payslip of employee " + payslip.employee().code()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Releases the fonts. */
    @Override
    public void close() {
        fonts.close();
    }

    /** {@code value} with all but its last four characters replaced by X; null and short values as they are. */
    static String masked(String value) {
        if (value == null || value.length() <= 4) {
            return value;
        }
        return "X".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }

    /** ₹ and the amount grouped in lakhs: {@code ₹1,23,456.50}. */
    static String rupees(BigDecimal amount) {
        return "\u20B9" + IndianRupees.grouped(amount);
    }

    /** One document's drawing state: current page, stream and baseline. */
    private final class Layout {
        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream cs;
        private float y;

        private PayslipYearToDate yearToDate;

        Layout(PDDocument pdf, PDFont regular, PDFont bold) {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
        }

        void draw(Payslip p, PayslipYearToDate yearToDate) throws IOException {
            this.yearToDate = yearToDate;
            newPage();
            try {
                company(p);
                employee(p);
                amounts(p);
            } finally {
                cs.close();
            }
        }

        private void company(Payslip p) throws IOException {
            text(header.legalName(), bold, 14, MARGIN);
            y -= LINE;
            if (header.address() != null) {
                text(header.address(), regular, SIZE, MARGIN);
                y -= LINE;
            }
            y -= 4;
            text("Payslip for " + MONTH.format(p.month()), bold, 12, MARGIN);
            y -= 8;
            rule();
        }

        private void employee(Payslip p) throws IOException {
            PayslipEmployee e = p.employee();
            List<String[]> left = new ArrayList<>();
            List<String[]> right = new ArrayList<>();
            left.add(new String[] {"Employee code", e.code()});
            left.add(new String[] {"Name", e.name()});
            left.add(new String[] {"Designation", e.designation()});
            left.add(new String[] {"Department", e.department()});
            left.add(new String[] {"Date of joining", e.dateOfJoining() == null ? null : DAY.format(e.dateOfJoining())});
            if (e.dateOfLeaving() != null) {
                left.add(new String[] {"Date of leaving", DAY.format(e.dateOfLeaving())});
            }
            right.add(new String[] {"PAN", masked(e.pan())});
            right.add(new String[] {"UAN", e.uan()});
            right.add(new String[] {"ESI number", e.esiNumber()});
            right.add(new String[] {"Bank account", masked(e.bankAccount())});
            right.add(new String[] {"Days in month", String.valueOf(p.daysInMonth())});
            right.add(new String[] {"Paid days", days(p.paidDays())});
            right.add(new String[] {"LOP days", days(p.lopDays())});
            int rows = Math.max(left.size(), right.size());
            for (int i = 0; i < rows; i++) {
                if (i < left.size()) {
                    pair(left.get(i), MARGIN);
                }
                if (i < right.size()) {
                    pair(right.get(i), MIDDLE + 10);
                }
                y -= LINE;
            }
            rule();
        }

        private void amounts(Payslip p) throws IOException {
            List<PayslipAmount> earnings = nonZero(p.earnings());
            List<PayslipAmount> deductions = new ArrayList<>();
            statutory(deductions, "EPF", "Provident fund (employee)", p.epfEmployee());
            statutory(deductions, "VPF", "Voluntary provident fund", p.vpfEmployee());
            statutory(deductions, "ESI", "ESI (employee)", p.esiEmployee());
            statutory(deductions, "PT", "Professional tax", p.professionalTax());
            statutory(deductions, "LWF", "Labour welfare fund", p.lwfEmployee());
            statutory(deductions, "TDS", "Income tax (TDS)", p.tds());
            deductions.addAll(nonZero(p.otherDeductions()));
            heading("Earnings", "Amount", MARGIN, MIDDLE - 10);
            heading("Deductions", "Amount", MIDDLE + 10, RIGHT);
            y -= LINE;
            int rows = Math.max(earnings.size(), deductions.size());
            for (int i = 0; i < rows; i++) {
                room(LINE);
                if (i < earnings.size()) {
                    line(earnings.get(i).name(), earnings.get(i).amount(), regular, MARGIN, MIDDLE - 10);
                }
                if (i < deductions.size()) {
                    line(deductions.get(i).name(), deductions.get(i).amount(), regular, MIDDLE + 10, RIGHT);
                }
                y -= LINE;
            }
            room(LINE * 8);
            rule();
            line("Gross earnings", p.grossEarnings(), bold, MARGIN, MIDDLE - 10);
            line("Total deductions", p.totalDeductions(), bold, MIDDLE + 10, RIGHT);
            y -= LINE + 4;
            rule();
            line("Net pay", p.netPay(), bold, MARGIN, MIDDLE - 10);
            y -= LINE;
            text("In words: " + IndianRupees.spelled(p.netPay().abs()), regular, SIZE, MARGIN);
            y -= LINE + 6;
            List<PayslipAmount> employer = new ArrayList<>();
            statutory(employer, "EPS", "Pension scheme (EPS)", p.epsEmployer());
            statutory(employer, "EPF_ER", "Provident fund (employer)", p.epfEmployer());
            statutory(employer, "EDLI", "EDLI", p.edliEmployer());
            statutory(employer, "PF_ADMIN", "PF administration charges", p.pfAdminEmployer());
            statutory(employer, "ESI_ER", "ESI (employer)", p.esiEmployer());
            statutory(employer, "LWF_ER", "Labour welfare fund (employer)", p.lwfEmployer());
            if (!employer.isEmpty()) {
                room(LINE * (employer.size() + 2));
                heading("Employer's contributions", "Amount", MARGIN, MIDDLE - 10);
                y -= LINE;
                for (PayslipAmount a : employer) {
                    line(a.name(), a.amount(), regular, MARGIN, MIDDLE - 10);
                    y -= LINE;
                }
                y -= 6;
            }
            if (p.regime() != null && p.projectedTaxableIncome().signum() > 0) {
                room(LINE * 3);
                text("Income tax: " + (p.regime().name().equals("NEW") ? "new" : "old") + " regime; projected "
                        + "taxable income for the year " + rupees(p.projectedTaxableIncome()) + ", tax on it "
                        + rupees(p.projectedAnnualTax()), regular, SIZE, MARGIN);
                y -= LINE;
            }
            if (p.tds().signum() > 0 && !Pan.isValid(p.employee().pan())) {
                // the engine deducts at least 20% without a valid PAN (PayrollCalculator); say why the TDS is high
                room(LINE * 3);
                text("No valid PAN on record: TDS is at least 20% of the month's taxable salary", regular, SIZE, MARGIN);
                y -= LINE;
                text("(s.206AA; s.397(2)(b) of the Income-tax Act, 2025). Give your PAN to payroll.", regular, SIZE,
                        MARGIN);
                y -= LINE;
            }
            if (yearToDate != null) {
                room(LINE * 7);
                heading("Year to date (" + SHORT_MONTH.format(yearToDate.from()) + " to "
                        + SHORT_MONTH.format(yearToDate.to()) + ")", "Amount", MARGIN, MIDDLE - 10);
                y -= LINE;
                line("Gross earnings", yearToDate.grossEarnings(), regular, MARGIN, MIDDLE - 10);
                y -= LINE;
                line("Provident fund (employee)", yearToDate.providentFund(), regular, MARGIN, MIDDLE - 10);
                y -= LINE;
                line("Professional tax", yearToDate.professionalTax(), regular, MARGIN, MIDDLE - 10);
                y -= LINE;
                line("Income tax (TDS)", yearToDate.tds(), regular, MARGIN, MIDDLE - 10);
                y -= LINE;
                line("Net pay", yearToDate.netPay(), bold, MARGIN, MIDDLE - 10);
                y -= LINE;
            }
            y -= LINE;
            text("This is a computer-generated payslip and needs no signature.", regular, 8, MARGIN);
        }

        private void statutory(List<PayslipAmount> into, String code, String name, BigDecimal amount) {
            if (amount != null && amount.signum() != 0) {
                into.add(new PayslipAmount(code, name, amount));
            }
        }

        private List<PayslipAmount> nonZero(List<PayslipAmount> amounts) {
            return amounts.stream().filter(a -> a.amount().signum() != 0).toList();
        }

        private void pair(String[] pair, float x) throws IOException {
            text(pair[0], bold, SIZE, x);
            text(pair[1] == null || pair[1].isBlank() ? "-" : pair[1], regular, SIZE, x + 85);
        }

        private void heading(String label, String amount, float from, float to) throws IOException {
            text(label, bold, SIZE, from);
            right(amount, bold, to);
        }

        private void line(String label, BigDecimal amount, PDFont font, float from, float to) throws IOException {
            text(label, font, SIZE, from);
            right(rupees(amount), font, to);
        }

        private void right(String value, PDFont font, float to) throws IOException {
            text(value, font, SIZE, to - font.getStringWidth(value) / 1000 * SIZE);
        }

        private void text(String value, PDFont font, float size, float x) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(value.replaceAll("\\s", " "));
            cs.endText();
        }

        private void rule() throws IOException {
            cs.moveTo(MARGIN, y + LINE - 4);
            cs.lineTo(RIGHT, y + LINE - 4);
            cs.stroke();
            y -= 6;
        }

        /** Starts a new page when less than {@code needed} points are left above the bottom margin. */
        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                cs.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            cs.setLineWidth(0.5f);
            y = HEIGHT - MARGIN - 10;
        }
    }

    private static String days(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }
}

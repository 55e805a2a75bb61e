package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.mappings.einvoice.IndianRupees;
import dev.lekha.mappings.pdf.PdfText;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The GSTR-3B summary a person reviews and signs off before filing: an A4 PDF with the company,
 * GSTIN and period, every table of the return with its rows and totals (3.1, 3.1.1, 3.2 by place of
 * supply, 4 with 4A/4B/4C/4D, 5, 5.1 with the working of interest and late fee, the tax payable in
 * cash), and a sign-off block (prepared by and date, reviewed by, approved by).
 *
 * <p>Written with the standard 14 fonts (Helvetica), which every viewer has; amounts grouped the Indian
 * way ({@code 1,23,456.78}) in rupees. Pure: the preparation date comes in the header; writes only to the
 * given stream.
 */
public final class Gstr3bPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final float MARGIN = 40;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float RIGHT = PAGE_W - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float ROW = 13;
    /** Width of an amount column: fits 99,99,99,999.99 at 8 pt. */
    private static final float COL = 72;
    private static final String[] TAX_COLUMNS = {"Taxable value", "IGST", "CGST", "SGST/UTGST", "Cess"};
    private static final String[] ITC_COLUMNS = {"IGST", "CGST", "SGST/UTGST", "Cess"};

    private Gstr3bPdf() {
    }

    /**
     * Who the summary is for and who prepared it.
     *
     * @param companyName the company's legal name; never null
     * @param preparedBy  who generated it (the user who launched the job); null prints a blank line
     * @param preparedOn  the date it was prepared; never null
     * @param interStateFromGstr1 whether the portal fills table 3.2 from GSTR-1 for this period (from November
     *                    2025): the table is then shown for reconciliation with GSTR-1, not as filed figures
     */
    public record Header(String companyName, String preparedBy, LocalDate preparedOn, boolean interStateFromGstr1) {

        public Header {
            Objects.requireNonNull(companyName, "companyName must not be null");
            Objects.requireNonNull(preparedOn, "preparedOn must not be null");
        }

        /** A header for a period whose table 3.2 is part of the filed return. */
        public Header(String companyName, String preparedBy, LocalDate preparedOn) {
            this(companyName, preparedBy, preparedOn, false);
        }
    }

    /**
     * Writes the summary to {@code out}, which stays open.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(Gstr3bComputation computation, Header header, OutputStream out) {
        Objects.requireNonNull(computation, "computation must not be null");
        Objects.requireNonNull(header, "header must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (PDDocument pdf = new PDDocument()) {
            new Layout(pdf, computation, header).draw();
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the GSTR-3B summary of " + computation.gstr3b().gstin()
                    + " for " + computation.gstr3b().period() + ": " + e.getMessage(), e);
        }
    }

    /** "November 2026 (112026)". */
    static String periodName(Gstr3bReturn r) {
        return r.period().month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + r.period().month().getYear() + " (" + r.period() + ")";
    }

    private static final class Layout {
        private final PDDocument pdf;
        private final Gstr3bReturn r;
        private final LateFiling fees;
        private final Header header;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument pdf, Gstr3bComputation computation, Header header) {
            this.pdf = pdf;
            this.r = computation.gstr3b();
            this.fees = computation.lateFiling();
            this.header = header;
        }

        void draw() throws IOException {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("GSTR-3B " + r.gstin() + " " + r.period());
            info.setAuthor(safe(header.companyName()));
            info.setSubject("GSTR-3B summary for review and sign-off");
            info.setCreationDate(GregorianCalendar.from(header.preparedOn().atStartOfDay(ZoneId.of("Asia/Kolkata"))));
            newPage();
            title();
            table31();
            table311();
            table32();
            table4();
            table5();
            table51();
            payable();
            signOff();
            cs.close();
            footers();
        }

        private void title() throws IOException {
            text("GSTR-3B summary for review", bold, 15, MARGIN, y - 14);
            y -= 30;
            labelled("Company", header.companyName());
            labelled("GSTIN", r.gstin());
            labelled("Return period", periodName(r));
            labelled("Due date", DAY.format(fees.dueDate()));
            labelled("Filing date", fees.filingDate() == null ? "not given (interest and late fee not computed)"
                    : DAY.format(fees.filingDate()));
            y -= 6;
            text("Amounts in Indian rupees. Figures from the books for this GSTIN and period; input tax credit (table 4)"
                    + " from the GSTR-2B reconciliation.", regular, 8, MARGIN, y);
            y -= 16;
        }

        private void table31() throws IOException {
            Gstr3bReturn.OutwardSupplies o = r.outward();
            section("3.1 Details of outward supplies and inward supplies liable to reverse charge");
            columns("Nature of supplies", TAX_COLUMNS);
            taxRow("(a) Outward taxable supplies (other than zero rated, nil rated and exempted)", o.taxable(), false);
            taxRow("(b) Outward taxable supplies (zero rated)", o.zeroRated(), false);
            taxRow("(c) Other outward supplies (nil rated, exempted)", o.nilRatedAndExempt(), false);
            taxRow("(d) Inward supplies (liable to reverse charge)", o.inwardReverseCharge(), false);
            taxRow("(e) Non-GST outward supplies", o.nonGst(), false);
            taxRow("Total of 3.1", o.taxable().plus(o.zeroRated()).plus(o.nilRatedAndExempt())
                    .plus(o.inwardReverseCharge()).plus(o.nonGst()), true);
            y -= 8;
        }

        private void table311() throws IOException {
            section("3.1.1 Supplies notified under section 9(5) of the CGST Act");
            columns("Nature of supplies", TAX_COLUMNS);
            taxRow("(i) Taxable supplies on which the e-commerce operator pays tax u/s 9(5)",
                    r.ecommerce().operatorPays(), false);
            taxRow("(ii) Taxable supplies made through an e-commerce operator which pays tax u/s 9(5)",
                    SupplyValue.valueOnly(r.ecommerce().throughOperator()), false);
            y -= 8;
        }

        private void table32() throws IOException {
            section("3.2 Inter-state supplies to unregistered persons, composition taxable persons and UIN holders");
            if (header.interStateFromGstr1()) {
                note("The portal fills table 3.2 from GSTR-1/1A for this period and it cannot be edited: these figures"
                        + " from the books are for checking GSTR-1, and are not in the JSON.");
                y -= 3;
            }
            posTable("Supplies made to unregistered persons", r.interState().unregistered());
            posTable("Supplies made to composition taxable persons", r.interState().composition());
            posTable("Supplies made to UIN holders", r.interState().uinHolders());
            y -= 4;
        }

        private void posTable(String caption, List<PlaceOfSupplyValue> rows) throws IOException {
            need(ROW * 3);
            text(caption, bold, 8.5f, MARGIN, y - 9);
            y -= ROW;
            columns("Place of supply", new String[] {"Taxable value", "IGST"});
            BigDecimal txval = BigDecimal.ZERO;
            BigDecimal igst = BigDecimal.ZERO;
            for (PlaceOfSupplyValue row : rows) {
                String state = StateCode.tryOf(row.placeOfSupply()).map(s -> s.code() + "-" + s.name())
                        .orElse(row.placeOfSupply());
                row(state, new BigDecimal[] {row.taxableValue(), row.igst()}, false);
                txval = txval.add(row.taxableValue());
                igst = igst.add(row.igst());
            }
            if (rows.isEmpty()) {
                need(ROW);
                text("None", regular, 8, MARGIN + 4, y - 9);
                y -= ROW;
            } else {
                row("Total", new BigDecimal[] {txval, igst}, true);
            }
            y -= 4;
        }

        private void table4() throws IOException {
            ItcAvailability itc = r.itc();
            section("4. Eligible ITC");
            columns("Details", ITC_COLUMNS);
            headsRow("(A) ITC available (whether in full or part)", itc.available(), true);
            headsRow("   (1) Import of goods", itc.importOfGoods(), false);
            headsRow("   (2) Import of services", itc.importOfServices(), false);
            headsRow("   (3) Inward supplies liable to reverse charge (other than 1 and 2)", itc.inwardReverseCharge(), false);
            headsRow("   (4) Inward supplies from ISD", itc.inwardFromIsd(), false);
            headsRow("   (5) All other ITC", itc.allOtherItc(), false);
            headsRow("(B) ITC reversed", itc.reversed(), true);
            headsRow("   (1) As per rules 38, 42 and 43 of CGST Rules and section 17(5)",
                    itc.reversedRules38_42_43AndSection17_5(), false);
            headsRow("   (2) Others", itc.reversedOthers(), false);
            headsRow("(C) Net ITC available (A) - (B)", itc.net(), true);
            headsRow("(D) Other details", null, true);
            headsRow("   (1) ITC reclaimed which was reversed under 4(B)(2) in an earlier period",
                    itc.reclaimedAfterReversal(), false);
            headsRow("   (2) Ineligible ITC under section 16(4) and ITC restricted due to PoS rules",
                    itc.ineligibleSection16_4AndPos(), false);
            y -= 8;
        }

        private void table5() throws IOException {
            Gstr3bReturn.ExemptInward e = r.exemptInward();
            section("5. Values of exempt, nil-rated and non-GST inward supplies");
            columns("Nature of supplies", new String[] {"Inter-state", "Intra-state"});
            row("From a supplier under composition scheme, exempt and nil rated supply",
                    new BigDecimal[] {e.gstInter(), e.gstIntra()}, false);
            row("Non-GST supply", new BigDecimal[] {e.nonGstInter(), e.nonGstIntra()}, false);
            row("Total", new BigDecimal[] {e.gstInter().add(e.nonGstInter()), e.gstIntra().add(e.nonGstIntra())}, true);
            y -= 8;
        }

        private void table51() throws IOException {
            section("5.1 Interest and late fee for the previous and current period");
            columns("Description", ITC_COLUMNS);
            headsRow("Interest", r.interestAndLateFee().interest(), false);
            headsRow("Late fee", r.interestAndLateFee().lateFee(), false);
            need(ROW * 4);
            y -= 2;
            note("Working: " + fees.daysLate() + " day(s) after the due date " + DAY.format(fees.dueDate())
                    + (fees.filingDate() == null ? "; no filing date given." : " to the filing date "
                    + DAY.format(fees.filingDate()) + "."));
            note("Interest (section 50(1) CGST Act, 18% p.a.): tax paid in cash x 18% x days / 365, per head.");
            note("Late fee (section 47, Notifications 76/2018 and 19/2021-Central Tax): "
                    + (fees.nilReturn() ? "nil return rate" : "per-day rate") + ", capped at "
                    + IndianRupees.grouped(fees.lateFeeCapPerAct()) + " under each of CGST and SGST.");
            y -= 6;
        }

        private void payable() throws IOException {
            section("Tax payable in cash (after set-off of ITC)");
            columns("Description", ITC_COLUMNS);
            headsRow("Tax paid in cash (base of interest)", fees.cashTax(), true);
            y -= 10;
        }

        private void signOff() throws IOException {
            need(120);
            section("Sign-off");
            float col = (RIGHT - MARGIN) / 3;
            String[] roles = {"Prepared by", "Reviewed by", "Approved by"};
            String[] names = {header.preparedBy() == null ? "" : header.preparedBy(), "", ""};
            String[] dates = {DAY.format(header.preparedOn()), "", ""};
            float top = y;
            for (int i = 0; i < 3; i++) {
                float x = MARGIN + i * col;
                cs.addRect(x, top - 84, col - 6, 84);
                cs.stroke();
                text(roles[i], bold, 9, x + 6, top - 14);
                text("Name: " + names[i], regular, 8.5f, x + 6, top - 32);
                text("Date: " + dates[i], regular, 8.5f, x + 6, top - 50);
                text("Signature:", regular, 8.5f, x + 6, top - 68);
            }
            y = top - 96;
        }

        private void section(String caption) throws IOException {
            need(ROW * 4);
            text(caption, bold, 10, MARGIN, y - 11);
            y -= 17;
        }

        private void labelled(String label, String value) throws IOException {
            text(label, bold, 9.5f, MARGIN, y);
            text(value, regular, 9.5f, MARGIN + 90, y);
            y -= 13;
        }

        private void note(String value) throws IOException {
            need(ROW);
            text(value, regular, 7.5f, MARGIN, y - 8);
            y -= 10;
        }

        /** The label column takes what the amount columns leave. */
        private float labelWidth(int amountColumns) {
            return RIGHT - MARGIN - amountColumns * COL;
        }

        private void columns(String label, String[] heads) throws IOException {
            need(ROW * 2);
            cs.setNonStrokingColor(new Color(230, 230, 230));
            cs.addRect(MARGIN, y - ROW, RIGHT - MARGIN, ROW);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            text(label, bold, 8, MARGIN + 2, y - 9.5f);
            float x = MARGIN + labelWidth(heads.length);
            for (String head : heads) {
                cell(head, bold, x, y - 9.5f);
                x += COL;
            }
            y -= ROW;
        }

        private void taxRow(String label, SupplyValue v, boolean total) throws IOException {
            TaxHeads t = v.tax();
            row(label, new BigDecimal[] {v.taxableValue(), t.igst(), t.cgst(), t.sgst(), t.cess()}, total);
        }

        private void headsRow(String label, TaxHeads t, boolean total) throws IOException {
            row(label, t == null ? new BigDecimal[4] : new BigDecimal[] {t.igst(), t.cgst(), t.sgst(), t.cess()}, total);
        }

        private void row(String label, BigDecimal[] amounts, boolean total) throws IOException {
            PDFont font = total ? bold : regular;
            // a sub-row ("   (1) ...") is indented under its heading
            float indent = label.startsWith(" ") ? 10 : 0;
            List<String> lines = wrap(label.strip(), font, 8, labelWidth(amounts.length) - 6 - indent);
            float height = Math.max(ROW, lines.size() * 9.5f + 3.5f);
            need(height);
            float ly = y - 9.5f;
            for (String line : lines) {
                text(line, font, 8, MARGIN + 2 + indent, ly);
                ly -= 9.5f;
            }
            float x = MARGIN + labelWidth(amounts.length);
            for (BigDecimal amount : amounts) {
                if (amount != null) {
                    cell(IndianRupees.grouped(amount), font, x, y - 9.5f);
                }
                x += COL;
            }
            y -= height;
            cs.setStrokingColor(Color.LIGHT_GRAY);
            line(MARGIN, y, RIGHT, y);
            cs.setStrokingColor(Color.BLACK);
        }

        /** A right-aligned amount in an amount column. */
        private void cell(String value, PDFont font, float x, float baseline) throws IOException {
            float size = 8;
            while (size > 5 && width(value, font, size) > COL - 4) {
                size -= 0.5f;
            }
            text(value, font, size, x + COL - 2 - width(value, font, size), baseline);
        }

        private void need(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = PAGE_H - MARGIN;
        }

        private void footers() throws IOException {
            int pages = pdf.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String value = "GSTR-3B " + r.gstin() + " " + r.period() + " - page " + (i + 1) + " of " + pages;
                    footer.beginText();
                    footer.setFont(regular, 7);
                    footer.newLineAtOffset(RIGHT - width(value, regular, 7), MARGIN - 14);
                    footer.showText(value);
                    footer.endText();
                }
            }
        }

        private void text(String value, PDFont font, float size, float x, float baseline) throws IOException {
            PdfText.text(cs, value, font, size, x, baseline);
        }

        private void line(float x1, float y1, float x2, float y2) throws IOException {
            PdfText.line(cs, x1, y1, x2, y2);
        }

        private float width(String value, PDFont font, float size) throws IOException {
            return PdfText.width(value, font, size);
        }

        private List<String> wrap(String value, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : safe(value).split(" ", -1)) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && width(candidate, font, size) > width) {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** Text Helvetica (WinAnsi) can draw: the rupee sign as Rs., any other unknown character as ?. */
        private String safe(String value) {
            return PdfText.drawable(value, regular);
        }
    }
}

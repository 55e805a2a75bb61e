package dev.lekha.mappings.einvoice;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.lekha.domain.company.Company;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.gst.StateCode;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocumentLine;
import dev.lekha.mappings.pdf.PdfText;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the printable e-invoice: an A4 PDF a customer can file, with the IRN, acknowledgement and
 * the IRP's signed QR code, which is what an officer or the buyer scans to verify the invoice.
 *
 * <p>Layout: title (Tax Invoice / Credit Note / Debit Note), a red CANCELLED mark when the IRN is
 * cancelled, the e-invoice details beside a 50 mm QR code (error correction M, drawn losslessly so
 * that it scans), the document details, seller and buyer blocks, the items table — which flows onto
 * further pages, repeating its header — and the totals with the amount in words (Indian numbering).
 *
 * <p>The standard 14 PDF fonts cover WinAnsi only, so "₹" is written "Rs." and amounts are labelled
 * INR; any other character outside WinAnsi is printed as "?". Pure: no clock (the PDF's creation
 * date is the acknowledgement date), writes only to the given stream.
 */
public final class EinvoicePdf {

    /** Side of the printed QR code: 50 mm, above the 40 mm a phone camera reads reliably from print. */
    static final float QR_SIZE = mm(50);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IrnResults.IST);
    private static final float MARGIN = 36;
    private static final float PAGE_W = PDRectangle.A4.getWidth();
    private static final float PAGE_H = PDRectangle.A4.getHeight();
    private static final float RIGHT = PAGE_W - MARGIN;
    private static final float BOTTOM = MARGIN + 18;
    /*
     * One image pixel per QR module: viewers and printers scale a small image up without smoothing
     * (the image is not marked for interpolation), so every module stays a crisp square at any size,
     * while an image of several pixels per module scaled down to the page blurs the module edges.
     */
    private static final int QR_PIXELS_PER_MODULE = 1;
    private static final String[] HEADS = {"Sl", "Description", "HSN/SAC", "Qty", "Unit", "Rate (INR)",
            "Taxable value", "GST %", "CGST", "SGST", "IGST", "Cess"};
    private static final float[] WIDTHS = {16, 112, 40, 38, 24, 46, 56, 24, 42, 42, 44, 39};
    private static final boolean[] NUMERIC = {false, false, false, true, false, true, true, true, true, true, true, true};
    private static final Map<SupplyType, String> SUPPLY_TYPES = Map.of(
            SupplyType.B2B, "B2B (registered buyer)",
            SupplyType.B2C, "B2C (unregistered buyer)",
            SupplyType.SEZWP, "Supply to SEZ with payment of IGST",
            SupplyType.SEZWOP, "Supply to SEZ under LUT/bond, without payment of tax",
            SupplyType.EXPWP, "Export with payment of IGST",
            SupplyType.EXPWOP, "Export under LUT/bond, without payment of tax",
            SupplyType.DEXP, "Deemed export");

    private EinvoicePdf() {
    }

    /**
     * Writes the PDF of {@code document} to {@code out}, which stays open.
     *
     * @param document the document with its lines; must not be null
     * @param seller   the issuing registration; must not be null
     * @param company  the issuing company; must not be null
     * @param irn      its IRN as registered; must not be null. Marked CANCELLED when its status is
     *                 {@code CNL} or the document's e-invoice status is CANCELLED
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void write(SalesDocument document, GstRegistration seller, Company company, RegisteredIrn irn,
                             OutputStream out) {
        Objects.requireNonNull(document, "document must not be null");
        Objects.requireNonNull(seller, "seller must not be null");
        Objects.requireNonNull(company, "company must not be null");
        Objects.requireNonNull(irn, "irn must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (PDDocument pdf = new PDDocument()) {
            new Layout(pdf, document, seller, company, irn).draw();
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the e-invoice PDF of " + document.getDocumentNumber()
                    + ": " + e.getMessage(), e);
        }
    }

    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    private static final class Layout {
        private final PDDocument pdf;
        private final SalesDocument doc;
        private final GstRegistration seller;
        private final Company company;
        private final RegisteredIrn irn;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument pdf, SalesDocument doc, GstRegistration seller, Company company, RegisteredIrn irn) {
            this.pdf = pdf;
            this.doc = doc;
            this.seller = seller;
            this.company = company;
            this.irn = irn;
        }

        void draw() throws IOException {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title() + " " + doc.getDocumentNumber());
            info.setAuthor(safe(company.getLegalName()));
            info.setCreationDate(GregorianCalendar.from(irn.ackDate().atZone(IrnResults.IST)));
            newPage();
            header();
            parties();
            items();
            totals();
            cs.close();
            footers();
        }

        private String title() {
            return doc.getDocumentType() == DocumentType.CRN ? "Credit Note"
                    : doc.getDocumentType() == DocumentType.DBN ? "Debit Note" : "Tax Invoice";
        }

        private boolean cancelled() {
            return irn.isCancelled() || doc.getEinvoiceStatus() == EinvoiceStatus.CANCELLED;
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

        private void header() throws IOException {
            centred(title(), bold, 16, y - 14);
            y -= 24;
            if (cancelled()) {
                cs.setNonStrokingColor(Color.RED);
                cs.setStrokingColor(Color.RED);
                float w = bold.getStringWidth("CANCELLED") / 1000 * 22;
                cs.setLineWidth(2);
                cs.addRect((PAGE_W - w) / 2 - 8, y - 26, w + 16, 28);
                cs.stroke();
                centred("CANCELLED", bold, 22, y - 19);
                cs.setNonStrokingColor(Color.BLACK);
                cs.setStrokingColor(Color.BLACK);
                cs.setLineWidth(1);
                y -= 34;
            }
            float top = y;
            drawQr(RIGHT - QR_SIZE, top - QR_SIZE);
            float x = MARGIN;
            float labelW = 92;
            y -= 10;
            labelled(x, labelW, "IRN", irn.irn(), 8);
            labelled(x, labelW, "Ack No", irn.ackNo(), 9);
            labelled(x, labelW, "Ack Date", TIME.format(irn.ackDate()), 9);
            if (irn.ewbNo() != null) {
                labelled(x, labelW, "E-way bill No", irn.ewbNo(), 9);
                labelled(x, labelW, "E-way bill date", TIME.format(irn.ewbDate()), 9);
                labelled(x, labelW, "Valid until", irn.ewbValidTill() == null ? "-" : TIME.format(irn.ewbValidTill()), 9);
            }
            y -= 6;
            labelled(x, labelW, "Document No", doc.getDocumentNumber(), 9);
            labelled(x, labelW, "Document date", DAY.format(doc.getDocumentDate()), 9);
            labelled(x, labelW, "Supply type", SUPPLY_TYPES.getOrDefault(doc.getSupplyType(),
                    String.valueOf(doc.getSupplyType())), 9);
            labelled(x, labelW, "Place of supply", state(doc.getPlaceOfSupply()), 9);
            labelled(x, labelW, "Reverse charge", doc.isReverseCharge() ? "Yes" : "No", 9);
            if (doc.getDocumentType().isNote() && doc.getPrecedingDocumentNumber() != null) {
                labelled(x, labelW, "Against invoice", doc.getPrecedingDocumentNumber()
                        + (doc.getPrecedingDocumentDate() == null ? "" : " dated "
                        + DAY.format(doc.getPrecedingDocumentDate())), 9);
            }
            y = Math.min(y, top - QR_SIZE) - 12;
        }

        private void drawQr(float x, float bottom) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(irn.signedQrCode(), BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            } catch (WriterException e) {
                throw new IllegalArgumentException("the signed QR code of IRN " + irn.irn()
                        + " cannot be drawn as a QR code: " + e.getMessage(), e);
            }
            int n = matrix.getWidth();
            int side = n * QR_PIXELS_PER_MODULE;
            BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_GRAY);
            for (int py = 0; py < side; py++) {
                for (int px = 0; px < side; px++) {
                    boolean dark = matrix.get(px / QR_PIXELS_PER_MODULE, py / QR_PIXELS_PER_MODULE);
                    image.setRGB(px, py, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            PDImageXObject qr = LosslessFactory.createFromImage(pdf, image);
            cs.drawImage(qr, x, bottom, QR_SIZE, QR_SIZE);
            String caption = "Signed QR code (IRP)";
            text(caption, regular, 7, x + (QR_SIZE - width(caption, regular, 7)) / 2, bottom - 8);
        }

        private void parties() throws IOException {
            float colW = (RIGHT - MARGIN - 12) / 2;
            List<String[]> left = new ArrayList<>();
            left.add(new String[] {"B", "Seller (supplier)"});
            left.add(new String[] {"B", company.getLegalName()});
            String trade = seller.getTradeName() != null ? seller.getTradeName() : company.getTradeName();
            if (trade != null && !trade.equals(company.getLegalName())) {
                left.add(new String[] {"R", "Trade name: " + trade});
            }
            addWrapped(left, seller.getAddress(), colW);
            left.add(new String[] {"R", join(seller.getCity(), seller.getPincode())});
            left.add(new String[] {"R", "State: " + state(seller.getStateCode().code())});
            left.add(new String[] {"B", "GSTIN: " + seller.getGstin()});
            List<String[]> right = new ArrayList<>();
            right.add(new String[] {"B", "Buyer (recipient)"});
            right.add(new String[] {"B", String.valueOf(doc.getBuyerLegalName())});
            addWrapped(right, doc.getBuyerAddress(), colW);
            boolean export = doc.getSupplyType() != null && doc.getSupplyType().isExport();
            if (doc.getBuyerPincode() != null) {
                right.add(new String[] {"R", "PIN " + doc.getBuyerPincode()});
            }
            String buyerState = export ? StateCode.FOREIGN : doc.getBuyerStateCode();
            if (buyerState != null) {
                right.add(new String[] {"R", "State: " + state(buyerState)});
            }
            right.add(new String[] {"B", "GSTIN: " + (export ? "URP (buyer outside India)"
                    : doc.getBuyerGstin() == null ? "unregistered" : doc.getBuyerGstin())});
            float lead = 11;
            float height = Math.max(left.size(), right.size()) * lead + 8;
            float top = y;
            cs.addRect(MARGIN, top - height, colW + 4, height);
            cs.addRect(MARGIN + colW + 8, top - height, colW + 4, height);
            cs.stroke();
            block(left, MARGIN + 4, top - 12, lead);
            block(right, MARGIN + colW + 12, top - 12, lead);
            y = top - height - 12;
        }

        private void block(List<String[]> lines, float x, float startY, float lead) throws IOException {
            float ly = startY;
            for (String[] l : lines) {
                text(l[1], "B".equals(l[0]) ? bold : regular, 9, x, ly);
                ly -= lead;
            }
        }

        private void addWrapped(List<String[]> into, String text, float width) throws IOException {
            if (text == null) {
                return;
            }
            for (String line : wrap(text, regular, 9, width - 8)) {
                into.add(new String[] {"R", line});
            }
        }

        private void items() throws IOException {
            tableHeader();
            for (SalesDocumentLine line : doc.getLines()) {
                String[] cells = {String.valueOf(line.getLineNo()), line.getDescription() == null ? "" : line.getDescription(),
                        line.getHsn(), quantity(line.getQuantity()), line.getUqc(), price(line.getUnitPrice()),
                        IndianRupees.grouped(line.getTaxableValue()), IrpInvoiceMapper.rate(line.getGstRate()).toPlainString(),
                        IndianRupees.grouped(line.getCgst()), IndianRupees.grouped(line.getSgst()),
                        IndianRupees.grouped(line.getIgst()), IndianRupees.grouped(line.getCess())};
                List<String> description = wrap(cells[1], regular, 7, WIDTHS[1] - 4);
                float height = Math.max(1, description.size()) * 8.5f + 4;
                if (y - height < BOTTOM) {
                    newPage();
                    text(title() + " " + doc.getDocumentNumber() + " (continued)", bold, 9, MARGIN, y - 10);
                    y -= 20;
                    tableHeader();
                }
                float x = MARGIN;
                for (int i = 0; i < cells.length; i++) {
                    if (i == 1) {
                        float ly = y - 8;
                        for (String d : description) {
                            text(d, regular, 7, x + 2, ly);
                            ly -= 8.5f;
                        }
                    } else {
                        cell(cells[i], regular, x, WIDTHS[i], NUMERIC[i], y - 8);
                    }
                    x += WIDTHS[i];
                }
                y -= height;
                cs.setStrokingColor(Color.LIGHT_GRAY);
                line(MARGIN, y, RIGHT, y);
                cs.setStrokingColor(Color.BLACK);
            }
            y -= 10;
        }

        private void tableHeader() throws IOException {
            float height = 20;
            cs.setNonStrokingColor(new Color(230, 230, 230));
            cs.addRect(MARGIN, y - height, RIGHT - MARGIN, height);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            float x = MARGIN;
            for (int i = 0; i < HEADS.length; i++) {
                List<String> head = wrap(HEADS[i], bold, 6.5f, WIDTHS[i] - 4);
                float ly = y - 8;
                for (String h : head) {
                    cell(h, bold, 6.5f, x, WIDTHS[i], NUMERIC[i], ly);
                    ly -= 7.5f;
                }
                x += WIDTHS[i];
            }
            line(MARGIN, y, RIGHT, y);
            y -= height;
            line(MARGIN, y, RIGHT, y);
        }

        private void totals() throws IOException {
            String[][] rows = {
                    {"Taxable value", IndianRupees.grouped(doc.getTaxableValue())},
                    {"CGST", IndianRupees.grouped(doc.getCgst())},
                    {"SGST/UTGST", IndianRupees.grouped(doc.getSgst())},
                    {"IGST", IndianRupees.grouped(doc.getIgst())},
                    {"Cess", IndianRupees.grouped(doc.getCess())},
                    {"Other charges", IndianRupees.grouped(doc.getOtherCharges())},
                    {"Round-off", IndianRupees.grouped(doc.getRoundOff())},
            };
            String words = "Amount in words: " + IndianRupees.spelled(doc.getTotal());
            List<String> wordLines = wrap(words, bold, 9, 270);
            float needed = (rows.length + 1) * 12 + 20 + Math.max(0, wordLines.size() * 11 - 60) + 70;
            if (y - needed < BOTTOM) {
                newPage();
            }
            float top = y;
            float labelX = RIGHT - 220;
            for (String[] row : rows) {
                text(row[0], regular, 9, labelX, y - 9);
                cell(row[1], regular, 9, RIGHT - 110, 110, true, y - 9);
                y -= 12;
            }
            line(labelX, y, RIGHT, y);
            y -= 4;
            text("Total (INR)", bold, 10, labelX, y - 10);
            cell(IndianRupees.grouped(doc.getTotal()), bold, 10, RIGHT - 110, 110, true, y - 10);
            y -= 16;
            line(labelX, y, RIGHT, y);
            float wy = top - 9;
            for (String w : wordLines) {
                text(w, bold, 9, MARGIN, wy);
                wy -= 11;
            }
            y = Math.min(y, wy) - 30;
            String forCompany = "For " + company.getLegalName();
            text(forCompany, bold, 9, RIGHT - width(forCompany, bold, 9), y);
            y -= 28;
            String signatory = "Authorised signatory";
            text(signatory, regular, 9, RIGHT - width(signatory, regular, 9), y);
            text("This e-invoice was registered on the IRP; its signed QR code can be verified with the"
                    + " e-invoice verification app.", regular, 7, MARGIN, y);
        }

        private void footers() throws IOException {
            int pages = pdf.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(pdf, pdf.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = safe(title() + " " + doc.getDocumentNumber() + " - page " + (i + 1) + " of " + pages);
                    footer.beginText();
                    footer.setFont(regular, 7);
                    footer.newLineAtOffset(RIGHT - width(text, regular, 7), MARGIN - 10);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }

        private void labelled(float x, float labelW, String label, String value, float size) throws IOException {
            text(label, bold, 9, x, y);
            text(value, regular, size, x + labelW, y);
            y -= 11;
        }

        private void cell(String value, PDFont font, float x, float w, boolean numeric, float baseline)
                throws IOException {
            cell(value, font, 7, x, w, numeric, baseline);
        }

        /** A cell's text, right-aligned for numbers, shrunk when it would not fit the column. */
        private void cell(String value, PDFont font, float size, float x, float w, boolean numeric, float baseline)
                throws IOException {
            String v = safe(value == null ? "" : value);
            float s = size;
            while (s > 4 && width(v, font, s) > w - 4) {
                s -= 0.5f;
            }
            float tx = numeric ? x + w - 2 - width(v, font, s) : x + 2;
            text(v, font, s, tx, baseline);
        }

        private void centred(String value, PDFont font, float size, float baseline) throws IOException {
            text(value, font, size, (PAGE_W - width(value, font, size)) / 2, baseline);
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

        private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : safe(text).split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (width(candidate, font, size) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                // A word wider than the column is cut where it fills the line.
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }

        /** Text the standard 14 fonts can draw: ₹ as Rs., whitespace as spaces, anything else unknown as ?. */
        private String safe(String value) {
            return PdfText.drawable(value, regular);
        }

        private static String state(String code) {
            return StateCode.tryOf(code).map(s -> s.name() + " (" + s.code() + ")").orElse(String.valueOf(code));
        }

        private static String join(String city, String pincode) {
            return (city == null ? "" : city) + (pincode == null ? "" : (city == null ? "" : " ") + pincode);
        }

        private static String quantity(BigDecimal quantity) {
            BigDecimal q = quantity.stripTrailingZeros();
            return (q.scale() < 0 ? q.setScale(0) : q).toPlainString();
        }

        private static String price(BigDecimal price) {
            return price.stripTrailingZeros().scale() > 2 ? price.toPlainString() : IndianRupees.grouped(price);
        }
    }

    /** For tests: the instant printed as the acknowledgement date. */
    static String printed(Instant instant) {
        return TIME.format(instant);
    }
}

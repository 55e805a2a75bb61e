package dev.lekha.mappings.incometax.form16;

import dev.lekha.mappings.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A certificate laid out as rows of a label and an amount on A4 pages (Helvetica, which every viewer has), breaking
 * pages as needed. Each row's label and amount are drawn on the same baseline, so text extraction reads them as one
 * line ({@code "Gross salary 18,00,000.00"}), which the tests rely on.
 */
final class CertificateLines {

    private static final float MARGIN = 40;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;

    private record Row(String label, String amount, boolean heading) {
    }

    private final List<Row> rows = new ArrayList<>();

    CertificateLines heading(String text) {
        rows.add(new Row(text, null, true));
        return this;
    }

    CertificateLines text(String text) {
        rows.add(new Row(text, null, false));
        return this;
    }

    CertificateLines row(String label, String amount) {
        rows.add(new Row(label, amount, false));
        return this;
    }

    void write(String title, OutputStream out) throws IOException {
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDFont plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("Lekha");
            doc.setDocumentInformation(info);
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            try {
                for (Row r : rows) {
                    float height = r.heading() ? 18 : 13;
                    if (cs == null || y - height < BOTTOM) {
                        if (cs != null) {
                            cs.close();
                        }
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = TOP;
                    }
                    y -= height;
                    PdfText.text(cs, r.label(), r.heading() ? bold : plain, r.heading() ? 11 : 9, MARGIN, y);
                    if (r.amount() != null) {
                        float w = PdfText.width(r.amount(), plain, 9);
                        PdfText.text(cs, r.amount(), plain, 9, RIGHT - w, y);
                    }
                }
            } finally {
                if (cs != null) {
                    cs.close();
                }
            }
            // PDFBox closes the stream it saves to; the caller's stream (a ZIP entry) must stay open
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            bytes.writeTo(out);
        }
    }
}

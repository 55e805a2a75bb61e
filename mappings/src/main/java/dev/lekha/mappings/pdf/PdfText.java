package dev.lekha.mappings.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing text and rules with PDFBox's standard 14 fonts, shared by Lekha's PDFs (e-invoice, GSTR-3B summary).
 * Those fonts draw only WinAnsi characters: {@link #drawable} turns the rupee sign into {@code Rs.} and any other
 * character the font cannot encode into {@code ?}, so a document is never refused for a name in another script.
 */
public final class PdfText {

    private PdfText() {
    }

    /** {@code value} as {@code font} can draw it; never null ({@code ""} for null). */
    public static String drawable(String value, PDFont font) {
        if (value == null) {
            return "";
        }
        String v = value.replace("\u20B9", "Rs.").replaceAll("\\s", " ");
        try {
            font.encode(v);
            return v;
        } catch (IllegalArgumentException | IOException notAll) {
            StringBuilder out = new StringBuilder(v.length());
            v.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                try {
                    font.encode(c);
                    out.append(c);
                } catch (IllegalArgumentException | IOException unknown) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }

    /** Writes {@code value} (made {@link #drawable}) with its baseline starting at ({@code x}, {@code baseline}). */
    public static void text(PDPageContentStream cs, String value, PDFont font, float size, float x, float baseline)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(drawable(value, font));
        cs.endText();
    }

    /** A straight rule from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}) in the current stroke. */
    public static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    /** The width of {@code value} (made {@link #drawable}) in points. */
    public static float width(String value, PDFont font, float size) throws IOException {
        return font.getStringWidth(drawable(value, font)) / 1000 * size;
    }
}

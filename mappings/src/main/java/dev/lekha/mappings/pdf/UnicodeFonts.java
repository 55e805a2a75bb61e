package dev.lekha.mappings.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, bundled with Lekha (licence beside the fonts), for PDFs that must print what the
 * standard 14 fonts cannot: the rupee sign ₹ and names in Latin scripts beyond WinAnsi. Each PDF embeds only the
 * glyphs it uses (a subset), a few kilobytes.
 *
 * <p>The fonts are read from the classpath and parsed once per instance, then reused for every document: parsing
 * ~750 kB of TrueType per payslip would dominate a 10,000-payslip run. An instance is not thread-safe (a parsed
 * font is read while a document is subset); use one per thread. Close it when done.
 */
public final class UnicodeFonts implements AutoCloseable {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private UnicodeFonts(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Reads and parses the bundled fonts. */
    public static UnicodeFonts load() {
        return new UnicodeFonts(parse(REGULAR), parse(BOLD));
    }

    /** The regular face, subset-embedded in {@code document}. */
    public PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, regular, true);
    }

    /** The bold face, subset-embedded in {@code document}. */
    public PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, bold, true);
    }

    @Override
    public void close() {
        try {
            regular.close();
            bold.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not release the bundled fonts", e);
        }
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = UnicodeFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the classpath");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled font " + resource, e);
        }
    }
}

package dev.lekha.mappings.einvoice;

import static dev.lekha.mappings.einvoice.Fixtures.NOV_5;
import static dev.lekha.mappings.einvoice.Fixtures.company;
import static dev.lekha.mappings.einvoice.Fixtures.pune;
import static dev.lekha.mappings.einvoice.Fixtures.toSahyadri;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.TestSalesDocuments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EinvoicePdfTest {

    /** A signed QR code of the IRP's shape: a JWS of a realistic header and payload (about 700 characters). */
    static final String SIGNED_QR = jws("{\"alg\":\"RS256\",\"kid\":\"B8BC8F3E3C1A0A2C7F1D9E6B4A5C2D3E1F0A9B8C\","
            + "\"typ\":\"JWT\",\"x5t\":\"uLyPPjwaCix_HZ5rSlwtPh8Km4w\"}", "{\"data\":\"{\\\"SellerGstin\\\":"
            + "\\\"27AAACL1234C1Z5\\\",\\\"BuyerGstin\\\":\\\"27AABCS9876K1ZK\\\",\\\"DocNo\\\":\\\"LDT/25-26/0042\\\","
            + "\\\"DocTyp\\\":\\\"INV\\\",\\\"DocDt\\\":\\\"05/11/2025\\\",\\\"TotInvVal\\\":17761.0,\\\"ItemCnt\\\":2,"
            + "\\\"MainHsnCode\\\":\\\"73239390\\\",\\\"Irn\\\":\\\"" + IrnResultsTest.IRN + "\\\","
            + "\\\"IrnDt\\\":\\\"2025-11-05 14:05:09\\\"}\",\"iss\":\"NIC\"}");

    static final RegisteredIrn IRN = new RegisteredIrn(IrnResultsTest.IRN, "112510036163456",
            Instant.parse("2025-11-05T08:35:09Z"), "signed.invoice", SIGNED_QR, "ACT", "381006654321",
            Instant.parse("2025-11-05T08:36:00Z"), Instant.parse("2025-11-06T18:29:00Z"));

    @Test
    void invoicePdfCarriesIrnAckTotalsAndWords() throws Exception {
        // given the golden invoice: total 17761.00
        byte[] pdf = write(Fixtures.intraStateInvoice(), IRN);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            String text = text(document);
            assertThat(text).contains("Tax Invoice", IrnResultsTest.IRN, "Ack No 112510036163456",
                    // 08:35:09 UTC is 14:05 IST
                    "Ack Date 05/11/2025 14:05", "E-way bill No 381006654321", "Valid until 06/11/2025 23:59",
                    "Document No LDT/25-26/0042", "Place of supply Maharashtra (27)", "Reverse charge No",
                    "Lekha Demo Traders Private Limited", "GSTIN: 27AAACL1234C1Z5", "Sahyadri Retail Private Limited",
                    "GSTIN: 27AABCS9876K1ZK", "Basmati rice, 25 kg bag", "10063020",
                    "Taxable value 15,650.00", "CGST 930.75", "SGST/UTGST 930.75", "Other charges 250.00",
                    "Round-off -0.50", "Total (INR) 17,761.00",
                    "Amount in words: Rupees Seventeen Thousand Seven Hundred Sixty One Only")
                    .doesNotContain("CANCELLED");
        }
    }

    @Test
    void qrCodeScansToTheSignedQrString() throws Exception {
        byte[] pdf = write(Fixtures.intraStateInvoice(), IRN);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));

            assertThat(result.getText()).isEqualTo(SIGNED_QR);
        }
        // and it is printed at least 40 mm wide
        assertThat(EinvoicePdf.QR_SIZE).isGreaterThanOrEqualTo(EinvoicePdf.mm(40));
    }

    @Test
    void sixtyLinesFlowOntoMorePages() throws Exception {
        // given 60 lines of 1 × 100.00 at 18%: CGST = SGST = 9.00 each; total 60 × 118.00 = 7080.00
        TestSalesDocuments.Builder builder = toSahyadri(DocumentType.INV, "LDT/25-26/0060", NOV_5);
        for (int i = 1; i <= 60; i++) {
            builder.line(i, "LED bulb, 9 W, carton " + i, "85395000", false, "1", "NOS", "100.00", "0.00", "100.00",
                    "18", "0.00", "9.00", "9.00", "0.00");
        }

        byte[] pdf = write(builder.build(), IRN);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = text(document);
            assertThat(text).contains("LED bulb, 9 W, carton 1 ", "LED bulb, 9 W, carton 60 ", "(continued)",
                    "Total (INR) 7,080.00", "Rupees Seven Thousand Eighty Only",
                    "page 1 of " + document.getNumberOfPages());
        }
    }

    @Test
    void cancelledCreditNoteIsMarked() throws Exception {
        // given a credit note of 698.00 + 62.82 + 62.82 = 823.64 whose IRN was cancelled
        SalesDocument note = toSahyadri(DocumentType.CRN, "CN/25-26/0007", NOV_5)
                .preceding("LDT/25-26/0042", NOV_5)
                .line(1, "Steel water bottle, 1 litre (₹349 MRP)", "73239390", false, "2", "NOS", "349.00", "0.00",
                        "698.00", "18", "0.00", "62.82", "62.82", "0.00")
                .build();

        byte[] pdf = write(note, IRN.cancelled());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("Credit Note", "CANCELLED", "Against invoice LDT/25-26/0042 dated 05/11/2025",
                    "(Rs.349 MRP)", "Rupees Eight Hundred Twenty Three and Sixty Four Paise Only");
        }
    }

    private static byte[] write(SalesDocument document, RegisteredIrn irn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EinvoicePdf.write(document, pune(), company(), irn, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static String jws(String header, String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        byte[] signature = new byte[256];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = (byte) (i * 37 + 11);
        }
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(signature);
    }
}

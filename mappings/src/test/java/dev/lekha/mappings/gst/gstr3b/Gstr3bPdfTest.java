package dev.lekha.mappings.gst.gstr3b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class Gstr3bPdfTest {

    @Test
    void theSummaryShowsEveryTableWithExactFiguresAndASignOffBlock() throws Exception {
        // given
        Gstr3bComputation computation = Gstr3bCalculator.compute(HandWorkedPeriod.inputs());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        Gstr3bPdf.write(computation, new Gstr3bPdf.Header("Acme Traders Private Limited", "asha@acme.example",
                LocalDate.of(2026, 12, 28)), out);

        // then: it loads back, A4, and the text carries the figures worked out in Gstr3bCalculatorTest
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("GSTR-3B 27AAPFU0939F1ZV 112026");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Acme Traders Private Limited", "27AAPFU0939F1ZV", "November 2026 (112026)",
                    "Due date 20-12-2026", "Filing date 30-12-2026");
            // 3.1(a): 2,40,000.00 | 20,340.00 | 9,180.00 | 9,180.00 | 0.00
            assertThat(text).contains("2,40,000.00 20,340.00 9,180.00 9,180.00 0.00");
            // 3.1(d) and the 3.1 total: 240000 + 240000 + 20000 + 28000 + 12000 = 5,40,000.00;
            // IGST 20340 + 7200 + 3240 = 30,780.00; CGST 9180 + 900 = 10,080.00
            assertThat(text).contains("28,000.00 3,240.00 900.00 900.00 0.00");
            assertThat(text).contains("Total of 3.1 5,40,000.00 30,780.00 10,080.00 10,080.00 0.00");
            // 3.1.1
            assertThat(text).contains("7,000.00 150.00 200.00 200.00 0.00", "6,000.00 0.00 0.00 0.00 0.00");
            // 3.2 by place of supply, with totals 78,000.00 / 13,650.00
            assertThat(text).contains("07-Delhi 10,000.00 1,800.00", "29-Karnataka 68,000.00 11,850.00",
                    "Total 78,000.00 13,650.00", "24-Gujarat 30,000.00 5,400.00", "07-Delhi 8,000.00 1,440.00");
            // 4A 12,740 / 5,500; 4B; 4C
            assertThat(text).contains("12,740.00 5,500.00 5,500.00 0.00");
            assertThat(text).contains("(B) ITC reversed 200.00 300.00 300.00 0.00");
            assertThat(text).contains("(C) Net ITC available (A) - (B) 12,540.00 5,200.00 5,200.00 0.00");
            // 5 and 5.1
            assertThat(text).contains("3,000.00 11,500.00", "2,500.00 1,500.00", "Total 5,500.00 13,000.00");
            assertThat(text).contains("Interest 90.69 25.05 25.05 0.00", "Late fee 0.00 250.00 250.00 0.00");
            assertThat(text).contains("18,390.00 5,080.00 5,080.00 0.00");
            // sign-off
            assertThat(text).contains("Prepared by", "Reviewed by", "Approved by", "Name: asha@acme.example",
                    "Date: 28-12-2026", "Signature:");
        }
    }
}

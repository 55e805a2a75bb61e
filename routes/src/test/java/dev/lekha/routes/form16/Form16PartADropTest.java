package dev.lekha.routes.form16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.mappings.pdf.PdfText;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The form16-part-a drop: names, PDF content, PAN ownership, ZIPs all or nothing. */
class Form16PartADropTest {

    final List<NewArtifact> stored = new ArrayList<>();
    final Form16PartADrop.EmployeeCompanies owners = pan -> Map.of("AAKPA1111A", List.of(7L), "AAKPB2222B", List.of(7L),
            "AAKPC3333C", List.of(7L, 8L)).getOrDefault(pan, List.of());

    @Test
    void aPdfNamedByPanAndYearIsKeptForTheEmployeesCompany() throws Exception {
        DropOutcome outcome = Form16PartADrop.importFile(store(), owners, "AAKPA1111A_2025-26.pdf",
                pdf("Form 16 Part A PAN of the employee AAKPA1111A"));
        assertThat(outcome).isEqualTo(new DropOutcome(1, 7L));
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("FORM16_PART_A");
            assertThat(a.period()).isEqualTo("2025-26");
            assertThat(a.fileName()).isEqualTo("AAKPA1111A.pdf");
            assertThat(a.jobExecutionId()).isNull();
        });
    }

    @Test
    void aZipWithOneBadFileKeepsNothingAndNamesEveryProblem() throws Exception {
        byte[] zip = zip(Map.of("AAKPA1111A_2025-26.pdf", pdf("PAN AAKPA1111A"),
                "AAKPB2222B_2025-26.pdf", pdf("PAN AAKPA1111A"),
                "AAKPC3333C_2025-26.pdf", pdf("PAN AAKPC3333C"),
                "AAKPD4444D_2025-26.pdf", pdf("PAN AAKPD4444D"),
                "notes.txt", "x".getBytes(),
                "AAKPA1111A_2025-27.pdf", pdf("PAN AAKPA1111A")));
        assertThatThrownBy(() -> Form16PartADrop.importFile(store(), owners, "part-a.zip", zip))
                .isInstanceOfSatisfying(DropRejectedException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "AAKPB2222B_2025-26.pdf: the PDF does not mention PAN AAKPB****B; is it that employee's Part A?",
                        "AAKPC3333C_2025-26.pdf: PAN AAKPC****C is an employee of 2 companies; drop it for one company at a time",
                        "AAKPD4444D_2025-26.pdf: PAN AAKPD****D is no employee's; import the employee first (drop employees)",
                        "notes.txt: name it <employee PAN>_<financial year>.pdf, e.g. ABCPE1234F_2025-26.pdf",
                        "AAKPA1111A_2025-27.pdf: financial year '2025-27' must end the year after it starts: 2025-26"));
        assertThat(stored).isEmpty();
        assertThatThrownBy(() -> Form16PartADrop.importFile(store(), owners, "AAKPA1111A_2025-26.pdf", "not a pdf".getBytes()))
                .hasMessageContaining("AAKPA1111A_2025-26.pdf: not a readable PDF");
    }

    private ArtifactStore store() {
        return new ArtifactStore() {
            @Override
            public StoredArtifact store(NewArtifact artifact, ContentWriter writer) {
                stored.add(artifact);
                return new StoredArtifact(stored.size(), artifact.companyId(), artifact.kind(), artifact.period(),
                        artifact.fileName(), artifact.contentType(), artifact.jobExecutionId(), "", 0, Instant.EPOCH);
            }

            @Override
            public Optional<StoredArtifact> find(long id) {
                return Optional.empty();
            }

            @Override
            public InputStream open(long id) {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public List<StoredArtifact> search(Long companyId, String kind, String period) {
                return List.of();
            }

            @Override
            public List<StoredArtifact> forJobExecution(long jobExecutionId) {
                return List.of();
            }
        };
    }

    private static byte[] pdf(String words) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfText.text(cs, words, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12, 50, 700);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

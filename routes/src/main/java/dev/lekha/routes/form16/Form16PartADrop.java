package dev.lekha.routes.form16;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code form16-part-a} drop: Part A of Form 16 (Form 130 from tax year 2026-27) as issued by TRACES, one PDF
 * per employee named {@code <employee PAN>_<financial year>.pdf} (e.g. {@code ABCPE1234F_2025-26.pdf}: the financial
 * or tax year, not TRACES' assessment year), or a ZIP of such PDFs. Each file must open as a PDF and its text must
 * carry the PAN of its name (so a certificate is never attached to the wrong person), and the PAN must be an employee
 * of exactly one company. All or nothing: every problem of every file is reported and nothing is kept. Kept as
 * artifacts of kind {@code FORM16_PART_A} (period = the year, file name {@code <PAN>.pdf}); the {@code form16} job
 * puts the newest one beside the employee's Part B.
 */
@Configuration(proxyBeanMethods = false)
public class Form16PartADrop {

    public static final String CHANNEL = "form16-part-a";
    public static final String KIND = "FORM16_PART_A";
    private static final Pattern NAME = Pattern.compile("([A-Za-z]{5}[0-9]{4}[A-Za-z])_([0-9]{4}-[0-9]{2})\\.pdf",
            Pattern.CASE_INSENSITIVE);

    /** The companies that have an employee with a PAN (normally one). */
    @FunctionalInterface
    public interface EmployeeCompanies {
        List<Long> ofPan(String pan);
    }

    @Bean
    DropChannel form16PartADropChannel(ArtifactStore artifacts, JdbcTemplate jdbc) {
        EmployeeCompanies owners = pan -> jdbc.queryForList("select distinct company_id from employee where upper(pan) = ?",
                Long.class, pan);
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(artifacts, owners, fileName, content));
    }

    private record PartA(long companyId, String pan, String year, byte[] pdf) {
    }

    /**
     * Imports one dropped file (a PDF or a ZIP of PDFs).
     *
     * @throws DropRejectedException naming each file and what is wrong with it
     */
    public static DropOutcome importFile(ArtifactStore artifacts, EmployeeCompanies owners, String fileName, byte[] content) {
        List<NamedPdf> files = new ArrayList<>();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory()) {
                        files.add(new NamedPdf(e.getName().substring(e.getName().lastIndexOf('/') + 1), zip.readAllBytes()));
                    }
                }
            } catch (IOException e) {
                throw new DropRejectedException(List.of(fileName + ": not a readable ZIP (" + e.getMessage() + ")"));
            }
            if (files.isEmpty()) {
                throw new DropRejectedException(List.of(fileName + ": the ZIP holds no files; put the TRACES Part A PDFs"
                        + " in it, each named <PAN>_<financial year>.pdf"));
            }
        } else {
            files.add(new NamedPdf(fileName, content));
        }
        List<String> problems = new ArrayList<>();
        List<PartA> accepted = new ArrayList<>();
        for (NamedPdf f : files) {
            PartA a = check(f, owners, problems);
            if (a != null) {
                accepted.add(a);
            }
        }
        if (!problems.isEmpty()) {
            throw new DropRejectedException(problems);
        }
        for (PartA a : accepted) {
            artifacts.store(new NewArtifact(a.companyId(), KIND, a.year(), a.pan() + ".pdf", "application/pdf", null),
                    out -> out.write(a.pdf()));
        }
        Long company = accepted.stream().map(PartA::companyId).distinct().count() == 1 ? accepted.get(0).companyId() : null;
        return new DropOutcome(accepted.size(), company);
    }

    private record NamedPdf(String name, byte[] content) {
    }

    private static PartA check(NamedPdf f, EmployeeCompanies owners, List<String> problems) {
        Matcher m = NAME.matcher(f.name());
        if (!m.matches()) {
            problems.add(f.name() + ": name it <employee PAN>_<financial year>.pdf, e.g. ABCPE1234F_2025-26.pdf");
            return null;
        }
        String pan = m.group(1).toUpperCase(Locale.ROOT);
        String year;
        try {
            year = FinancialYear.parse(m.group(2)).toString();
        } catch (RuntimeException e) {
            problems.add(f.name() + ": " + e.getMessage());
            return null;
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(f.content())) {
            text = new PDFTextStripper().getText(doc).toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            problems.add(f.name() + ": not a readable PDF (" + e.getMessage() + "); drop the PDF as TRACES issued it");
            return null;
        }
        if (!text.contains(pan)) {
            problems.add(f.name() + ": the PDF does not mention PAN " + pan.substring(0, 5) + "****" + pan.substring(9)
                    + "; is it that employee's Part A?");
            return null;
        }
        List<Long> companies = owners.ofPan(pan);
        if (companies.size() != 1) {
            problems.add(f.name() + ": PAN " + pan.substring(0, 5) + "****" + pan.substring(9) + (companies.isEmpty()
                    ? " is no employee's; import the employee first (drop employees)"
                    : " is an employee of " + companies.size() + " companies; drop it for one company at a time"));
            return null;
        }
        return new PartA(companies.get(0), pan, year, f.content());
    }
}

package dev.lekha.routes.gstr2b;

import dev.lekha.domain.gstr2b.Gstr2bReturns;
import dev.lekha.domain.gstr2b.Gstr2bStatementData;
import dev.lekha.mappings.gst.gstr2b.Gstr2bDocument;
import dev.lekha.mappings.gst.gstr2b.Gstr2bFile;
import dev.lekha.mappings.gst.gstr2b.Gstr2bProblem;
import dev.lekha.mappings.gst.gstr2b.UnreadableGstr2bException;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code gstr2b} drop: the GSTR-2B JSON as downloaded from the GST portal (or its ZIP). The company
 * is the one whose active GST registration the statement's {@code data.gstin} is. Stored all or nothing;
 * a statement of the same GSTIN and period dropped again replaces the earlier one (decisions kept).
 */
@Configuration(proxyBeanMethods = false)
public class Gstr2bDrop {

    public static final String CHANNEL = "gstr2b";

    @Bean
    DropChannel gstr2bDropChannel(Gstr2bReturns returns) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(returns, fileName, content));
    }

    static DropOutcome importFile(Gstr2bReturns returns, String fileName, byte[] content) {
        return importFiles(returns, List.of(new NamedFile(fileName, content)));
    }

    /** A file of a statement: the drop brings one, a portal download of a large 2B several. */
    public record NamedFile(String name, byte[] content) {
    }

    /**
     * Imports one statement from one or more files (a large 2B comes from the portal split into parts): every file
     * must be of the same GSTIN and period; the documents of all parts are stored together, all or nothing.
     *
     * @throws DropRejectedException naming every problem of every file
     */
    public static DropOutcome importFiles(Gstr2bReturns returns, List<NamedFile> files) {
        List<Gstr2bFile> parsed = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        for (NamedFile f : files) {
            try {
                parsed.add(Gstr2bFile.parse(f.content(), f.name()));
            } catch (UnreadableGstr2bException e) {
                e.problems().stream().map(p -> (files.size() > 1 ? f.name() + ": " : "") + p).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new DropRejectedException(problems);
        }
        Gstr2bFile first = parsed.get(0);
        for (Gstr2bFile other : parsed.subList(1, parsed.size())) {
            if (!other.statement().gstin().equals(first.statement().gstin())
                    || !other.statement().period().equals(first.statement().period())) {
                problems.add(other.fileName() + ": data.gstin/rtnprd " + other.statement().gstin().value() + " "
                        + other.statement().period() + " differ from the first part's " + first.statement().gstin().value()
                        + " " + first.statement().period());
            }
        }
        if (!problems.isEmpty()) {
            throw new DropRejectedException(problems);
        }
        String gstin = first.statement().gstin().value();
        Long companyId = returns.companyOfActiveGstin(gstin).orElseThrow(() -> new DropRejectedException(List.of(
                "data.gstin: " + gstin + " is not an active GST registration of any company in Lekha;"
                        + " add the registration, or drop the statement of one of the company's GSTINs")));
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        files.forEach(f -> all.writeBytes(f.content()));
        var statement = new Gstr2bStatementData(first.statement().gstin(), first.statement().period(),
                first.statement().version(), first.statement().generatedOn(), first.statement().checksum(),
                sha256(all.toByteArray()), parsed.stream().flatMap(p -> p.documents().stream())
                .map(Gstr2bDrop::document).toList());
        var stored = returns.store(companyId, statement);
        return new DropOutcome(stored.documents(), companyId);
    }

    private static Gstr2bStatementData.Document document(Gstr2bDocument d) {
        return new Gstr2bStatementData.Document(d.section().name(), d.rejected(), d.supplierGstin(), d.supplierName(),
                d.supplierPeriod(), d.supplierFiledOn(), d.documentType(), d.invoiceType(), d.number(), d.date(),
                d.value(), d.placeOfSupply(), d.reverseCharge(), d.taxableValue(), d.igst(), d.cgst(), d.sgst(),
                d.cess(), d.itcAvailability(), d.reason(), d.imsAction(), d.originalNumber(), d.originalDate(),
                d.portCode(), d.referenceDate(), d.amendment());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

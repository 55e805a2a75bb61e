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
        Gstr2bFile file;
        try {
            file = Gstr2bFile.parse(content, fileName);
        } catch (UnreadableGstr2bException e) {
            throw new DropRejectedException(e.problems().stream().map(Gstr2bProblem::toString).toList());
        }
        String gstin = file.statement().gstin().value();
        Long companyId = returns.companyOfActiveGstin(gstin).orElseThrow(() -> new DropRejectedException(List.of(
                "data.gstin: " + gstin + " is not an active GST registration of any company in Lekha;"
                        + " add the registration, or drop the statement of one of the company's GSTINs")));
        var statement = new Gstr2bStatementData(file.statement().gstin(), file.statement().period(),
                file.statement().version(), file.statement().generatedOn(), file.statement().checksum(), sha256(content),
                file.documents().stream().map(Gstr2bDrop::document).toList());
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

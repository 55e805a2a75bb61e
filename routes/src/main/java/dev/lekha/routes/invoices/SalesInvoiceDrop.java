package dev.lekha.routes.invoices;

import dev.lekha.domain.invoice.InvalidSalesDocumentException;
import dev.lekha.domain.invoice.SalesDocumentIntake;
import dev.lekha.domain.invoice.SalesDocumentIntake.IntakeResult;
import dev.lekha.mappings.invoice.SalesDocumentFile;
import dev.lekha.routes.drops.DropChannel;
import dev.lekha.routes.drops.DropOutcome;
import dev.lekha.routes.drops.DropRejectedException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code sales-invoices} drop: a JSON, CSV or XLSX file of sales documents, imported all or
 * nothing; every problem (row, document, line, field) goes into the file's {@code .error.txt}.
 */
@Configuration(proxyBeanMethods = false)
public class SalesInvoiceDrop {

    public static final String CHANNEL = "sales-invoices";

    @Bean
    DropChannel salesInvoicesDrop(SalesDocumentReader reader, SalesDocumentIntake intake) {
        return new DropChannel(CHANNEL, (fileName, content) -> importFile(reader, intake, fileName, content));
    }

    static DropOutcome importFile(SalesDocumentReader reader, SalesDocumentIntake intake, String fileName,
                                  byte[] content) {
        SalesDocumentFile file = reader.read(fileName, content);
        if (!file.isValid()) {
            throw new DropRejectedException(file.errors().stream().map(Object::toString).toList());
        }
        if (file.documents().isEmpty()) {
            throw new DropRejectedException(List.of("The file holds no documents"));
        }
        try {
            List<IntakeResult> results = intake.receiveAll(file.documents(), "drop");
            Long companyId = results.stream().map(IntakeResult::companyId).distinct().count() == 1
                    ? results.get(0).companyId() : null;
            return new DropOutcome(results.size(), companyId);
        } catch (InvalidSalesDocumentException invalid) {
            throw new DropRejectedException(invalid.problems().stream().map(Object::toString).toList());
        }
    }
}

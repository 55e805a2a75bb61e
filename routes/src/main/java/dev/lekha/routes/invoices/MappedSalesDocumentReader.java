package dev.lekha.routes.invoices;

import dev.lekha.mappings.invoice.SalesDocumentFile;
import dev.lekha.mappings.invoice.SalesDocumentFiles;
import org.springframework.stereotype.Component;

/** Reads with the mappings module's readers (JSON, CSV, XLSX by file name and content). */
@Component
class MappedSalesDocumentReader implements SalesDocumentReader {

    @Override
    public SalesDocumentFile read(String fileName, byte[] content) {
        return SalesDocumentFiles.read(fileName, content);
    }
}

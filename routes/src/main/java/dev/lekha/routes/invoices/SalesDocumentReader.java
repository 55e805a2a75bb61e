package dev.lekha.routes.invoices;

import dev.lekha.mappings.invoice.SalesDocumentFile;

/**
 * Reads sales documents from a file's bytes (JSON, CSV or XLSX, chosen by the file name). The routes
 * use it for the {@code sales-invoices} drop and for {@code lekha.invoices.in} messages (read as
 * {@code <messageId>.json}).
 */
@FunctionalInterface
public interface SalesDocumentReader {

    /** Never throws for bad content: problems come back in {@link SalesDocumentFile#errors()}. */
    SalesDocumentFile read(String fileName, byte[] content);
}

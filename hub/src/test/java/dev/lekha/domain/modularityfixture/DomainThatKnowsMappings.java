package dev.lekha.domain.modularityfixture;

import dev.lekha.mappings.invoice.SalesDocumentFile;

/** Deliberately breaks the rule for {@code domain}: proof for {@code ModularityTest}. Test sources only. */
public class DomainThatKnowsMappings {

    public int count(SalesDocumentFile file) {
        return file.documents().size();
    }
}

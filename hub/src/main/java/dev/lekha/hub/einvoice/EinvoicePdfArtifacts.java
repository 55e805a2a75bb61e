package dev.lekha.hub.einvoice;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.invoice.SalesDocument;
import org.springframework.stereotype.Service;

/**
 * The invoice PDF of a registered document as an {@code EINVOICE_PDF} artifact (kind, company, return
 * period, SHA-256 recorded like every generated file); made once per document and IRN state, so a
 * cancellation gives a new PDF marked CANCELLED while the earlier one stays.
 */
@Service
public class EinvoicePdfArtifacts {

    public static final String KIND = "EINVOICE_PDF";

    private final ArtifactStore artifacts;
    private final EinvoiceViews views;

    public EinvoicePdfArtifacts(ArtifactStore artifacts, EinvoiceViews views) {
        this.artifacts = artifacts;
        this.views = views;
    }

    /** The stored PDF of the document in its current e-invoice state, made now if missing. */
    public synchronized StoredArtifact pdfOf(long documentId) {
        SalesDocument d = views.document(documentId);
        String fileName = "einvoice-" + d.getDocumentType() + "-" + d.getDocumentNumber().replaceAll("[^A-Za-z0-9-]", "-")
                + "-" + d.getEinvoiceStatus().name().toLowerCase() + ".pdf";
        return artifacts.search(d.getCompanyId(), KIND, d.getReturnPeriod()).stream()
                .filter(a -> a.fileName().equals(fileName)).findFirst()
                .orElseGet(() -> {
                    byte[] pdf = views.pdf(documentId);
                    return artifacts.store(new NewArtifact(d.getCompanyId(), KIND, d.getReturnPeriod(), fileName,
                            "application/pdf", null), out -> out.write(pdf));
                });
    }
}

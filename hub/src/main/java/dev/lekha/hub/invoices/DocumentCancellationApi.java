package dev.lekha.hub.invoices;

import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.hub.security.CompanyScope;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/invoices/{id}/cancel}: cancels a document that has no IRN (B2C, or a company not under
 * e-invoicing). It stops being a supply in GSTR-1/3B and counts as cancelled in GSTR-1 table 13. A document
 * with an IRN is cancelled by cancelling the IRN ({@code /einvoice/cancel}); 409 says so.
 */
@RestController
@RequestMapping("/api/invoices/{id}")
public class DocumentCancellationApi {

    private final SalesDocuments documents;
    private final CompanyScope scope;
    private final Clock clock;

    public DocumentCancellationApi(SalesDocuments documents, CompanyScope scope, Clock clock) {
        this.documents = documents;
        this.scope = scope;
        this.clock = clock;
    }

    @PostMapping("/cancel")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Map<String, Object> cancel(@PathVariable long id) {
        SalesDocument doc = documents.findById(id).orElseThrow(() -> new CancellationRefused(HttpStatus.NOT_FOUND,
                "No sales document " + id));
        scope.check(doc.getCompanyId());
        EinvoiceStatus e = doc.getEinvoiceStatus();
        if (e == EinvoiceStatus.GENERATED) {
            throw new CancellationRefused(HttpStatus.CONFLICT, "Document " + doc.getDocumentNumber() + " has an IRN:"
                    + " cancel the IRN (POST /api/invoices/" + id + "/einvoice/cancel, within 24 hours) or issue a"
                    + " credit note");
        }
        if (e == EinvoiceStatus.PENDING) {
            throw new CancellationRefused(HttpStatus.CONFLICT, "Document " + doc.getDocumentNumber() + " is being sent"
                    + " to the IRP; cancel its IRN once it is generated");
        }
        doc.cancel(clock.instant());
        return Map.of("documentId", id, "documentNumber", doc.getDocumentNumber(), "cancelled", true,
                "cancelledAt", doc.getCancelledAt().toString());
    }

    @ExceptionHandler(CancellationRefused.class)
    ProblemDetail refused(CancellationRefused e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
        p.setTitle(e.status == HttpStatus.NOT_FOUND ? "Not found" : "Not possible in the document's state");
        return p;
    }

    static final class CancellationRefused extends RuntimeException {
        final HttpStatus status;

        CancellationRefused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }
}

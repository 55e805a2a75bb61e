package dev.lekha.routes.razorpay;

import dev.lekha.connectors.razorpay.NewOrder;
import dev.lekha.connectors.razorpay.RazorpayOrder;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Asks a customer to pay an invoice through Razorpay: creates an order for what is outstanding, with the invoice's
 * document number as the order's {@code receipt} and in {@code notes.invoice_number}, and its id in
 * {@code notes.sales_document_id}, so the captured payment links back to it.
 */
@Component
public class RazorpayPaymentRequests {

    private final RazorpayConnection connection;
    private final SalesDocuments documents;
    private final OpenItems openItems;

    public RazorpayPaymentRequests(RazorpayConnection connection, SalesDocuments documents, OpenItems openItems) {
        this.connection = connection;
        this.documents = documents;
        this.openItems = openItems;
    }

    /**
     * @throws IllegalArgumentException when the company has no such invoice or nothing is outstanding on it
     */
    public RazorpayOrder orderFor(long companyId, long salesDocumentId) {
        SalesDocument document = documents.findById(salesDocumentId)
                .filter(d -> d.getCompanyId() == companyId)
                .orElseThrow(() -> new IllegalArgumentException("company " + companyId + " has no sales document " + salesDocumentId));
        BigDecimal outstanding = openItems.outstanding(companyId, OpenItemType.SALES_DOCUMENT, salesDocumentId);
        if (outstanding.signum() <= 0) {
            throw new IllegalArgumentException("sales document " + document.getDocumentNumber() + " has nothing outstanding");
        }
        return connection.client().createOrder(new NewOrder(outstanding, "INR", document.getDocumentNumber(),
                Map.of("invoice_number", document.getDocumentNumber(), "sales_document_id", Long.toString(salesDocumentId))));
    }
}

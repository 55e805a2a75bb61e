package dev.lekha.routes.einvoice;

import dev.lekha.domain.einvoice.Einvoice;
import dev.lekha.domain.einvoice.Einvoices;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import dev.lekha.mappings.einvoice.GeneratedEwayBill;
import dev.lekha.mappings.einvoice.RegisteredIrn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records what happened to an e-invoice, each in one transaction with the document's mirrored status
 * and, for final outcomes, the {@code einvoice.generated} / {@code einvoice.failed} event on the outbox.
 */
@Component
public class EinvoiceOutcomes {

    public static final String GENERATED = "einvoice.generated";
    public static final String FAILED = "einvoice.failed";
    /** Lekha's own error codes, beside the IRP's numeric ones. */
    public static final String REPORTING_LIMIT = "LEKHA-REPORTING-LIMIT";
    public static final String MAPPING = "LEKHA-INVALID";
    public static final String TIMEOUT = "LEKHA-TIMEOUT";
    public static final String UNAVAILABLE = "LEKHA-IRP-UNAVAILABLE";
    public static final String CREDENTIALS = "LEKHA-CREDENTIALS";
    public static final String NOT_ADOPTED = "LEKHA-DUPLICATE-NOT-ADOPTED";
    public static final String EWAY_BILL = "LEKHA-EWB";

    private static final Logger log = LoggerFactory.getLogger(EinvoiceOutcomes.class);

    private final Einvoices einvoices;
    private final SalesDocuments documents;
    private final Outbox outbox;
    private final EinvoiceSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    public EinvoiceOutcomes(Einvoices einvoices, SalesDocuments documents, Outbox outbox, EinvoiceSettings settings,
                            JsonMapper json, Clock clock) {
        this.einvoices = einvoices;
        this.documents = documents;
        this.outbox = outbox;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** One error as stored and shown: the IRP's (or Lekha's) code and the message. */
    public record ErrorEntry(String code, String message) {
    }

    public static ErrorEntry error(String code, String message) {
        return new ErrorEntry(code, message);
    }

    /** The IRP issued the IRN (or an earlier one was adopted after 2150). */
    @Transactional
    public void registered(long einvoiceId, RegisteredIrn irn, boolean adopted) {
        Instant now = clock.instant();
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        e.registered(irn.irn(), irn.ackNo(), irn.ackDate(), irn.irpStatus(), irn.signedInvoice(), irn.signedQrCode(), now);
        if (irn.ewbNo() != null) {
            e.ewayBill(irn.ewbNo(), irn.ewbDate(), irn.ewbValidTill(), now);
        }
        SalesDocument doc = mirror(e);
        Map<String, Object> body = body(doc);
        body.put("irn", irn.irn());
        body.put("ackNo", irn.ackNo());
        body.put("ackDate", irn.ackDate().toString());
        body.put("adopted", adopted);
        outbox.publish(new OutboxMessage(doc.getCompanyId(), GENERATED, "sales_document", String.valueOf(doc.getId()),
                json.writeValueAsString(body)));
    }

    /** Refused for good (until a corrected document comes): every error kept. */
    @Transactional
    public void failed(long einvoiceId, List<ErrorEntry> errors) {
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        e.failed(json.writeValueAsString(errors), clock.instant());
        SalesDocument doc = mirror(e);
        log.info("E-invoice of document {} failed: {}", doc.getDocumentNumber(), errors);
        Map<String, Object> body = body(doc);
        body.put("errors", errors);
        outbox.publish(new OutboxMessage(doc.getCompanyId(), FAILED, "sales_document", String.valueOf(doc.getId()),
                json.writeValueAsString(body)));
    }

    /**
     * A transient failure: due again after {@code delay}, or after the backoff for its attempts when null.
     */
    @Transactional
    public void retryLater(long einvoiceId, String code, String message, Duration delay) {
        Instant now = clock.instant();
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        Duration wait = delay != null ? delay : settings.retryDelay(e.getAttempts());
        e.retryAt(now.plus(wait), json.writeValueAsString(List.of(error(code, message + " (attempt " + e.getAttempts()
                + "; next at " + now.plus(wait) + ")"))), now);
        log.info("E-invoice {}: {} — retrying in {}", einvoiceId, message, wait);
    }

    /** The document needs no IRN after all: marked so, the e-invoice dropped. */
    @Transactional
    public void notApplicable(long einvoiceId, String reason) {
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        SalesDocument doc = documents.findById(e.getSalesDocumentId()).orElseThrow();
        doc.changeEinvoiceStatus(EinvoiceStatus.NOT_APPLICABLE);
        einvoices.delete(e);
        log.info("Document {} needs no IRN: {}", doc.getDocumentNumber(), reason);
    }

    /** An e-way bill was generated for the IRN; clears earlier e-way bill errors. */
    @Transactional
    public void ewayBill(long einvoiceId, GeneratedEwayBill bill) {
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        e.ewayBill(bill.ewbNo(), bill.ewbDate(), bill.validTill(), clock.instant());
        if (e.getStatus() == EinvoiceStatus.GENERATED) {
            e.noteErrors(null, clock.instant());
        }
    }

    /** The e-way bill could not be generated; the IRN stands, the errors are shown beside it. */
    @Transactional
    public void ewayBillFailed(long einvoiceId, List<ErrorEntry> errors) {
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        List<ErrorEntry> prefixed = new ArrayList<>();
        for (ErrorEntry err : errors) {
            prefixed.add(new ErrorEntry(err.code(), "e-way bill: " + err.message()));
        }
        e.noteErrors(json.writeValueAsString(prefixed), clock.instant());
    }

    /** The IRN was cancelled on the IRP. */
    @Transactional
    public void cancelled(long einvoiceId, Instant cancelDate, String reason, String remark) {
        Einvoice e = einvoices.findById(einvoiceId).orElseThrow();
        e.cancelled(cancelDate, reason, remark, clock.instant());
        // a cancelled IRN cancels the document itself: no longer a supply, counted as cancelled in GSTR-1 table 13
        mirror(e).cancel(cancelDate);
    }

    /** Reads a stored errors column back. */
    public List<ErrorEntry> errors(String stored) {
        return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<ErrorEntry>>() { });
    }

    private SalesDocument mirror(Einvoice e) {
        SalesDocument doc = documents.findById(e.getSalesDocumentId()).orElseThrow();
        doc.changeEinvoiceStatus(e.getStatus());
        return doc;
    }

    private static Map<String, Object> body(SalesDocument d) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("documentId", d.getId());
        body.put("companyId", d.getCompanyId());
        body.put("supplierGstin", d.getSupplierGstin());
        body.put("documentType", d.getDocumentType().name());
        body.put("documentNumber", d.getDocumentNumber());
        body.put("documentDate", d.getDocumentDate().toString());
        return body;
    }
}

package dev.lekha.hub.invoices;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.invoice.EinvoiceStatus;
import dev.lekha.domain.invoice.InvalidSalesDocumentException;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocumentIntake;
import dev.lekha.domain.invoice.SalesDocumentIntake.IntakeResult;
import dev.lekha.domain.invoice.SalesDocuments;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.mappings.invoice.SalesDocumentFile;
import dev.lekha.routes.invoices.SalesDocumentReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/invoices}: one sales invoice, credit note or debit note from the ERP, the same JSON
 * as the {@code lekha.invoices.in} queue. 201 when stored, 200 with {@code duplicate: true} when the
 * same document was already stored, 400 problem details listing every error.
 * {@code GET /api/invoices}: a company's stored documents, paged, optionally of one return period
 * ({@code MMYYYY}) and e-invoice status; 400 problem details naming the bad parameter.
 */
@RestController
@RequestMapping("/api/invoices")
public class InvoicesApi {

    /** Largest page {@code GET /api/invoices} returns. */
    static final int MAX_PAGE_SIZE = 200;

    private final SalesDocumentReader reader;
    private final SalesDocuments documents;
    private final SalesDocumentIntake intake;
    private final CompanyScope companyScope;
    private final TransactionTemplate transaction;

    public InvoicesApi(SalesDocumentReader reader, SalesDocuments documents, SalesDocumentIntake intake,
                       CompanyScope companyScope, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.documents = documents;
        this.intake = intake;
        this.companyScope = companyScope;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<Map<String, Object>> receive(@RequestBody byte[] body) {
        SalesDocumentFile read = reader.read("api.json", body);
        if (!read.isValid()) {
            throw new InvalidRequest(read.errors().stream()
                    .map(e -> new FieldError(null, e.row(), e.field(), e.message())).toList());
        }
        if (read.documents().size() != 1) {
            throw new InvalidRequest(List.of(new FieldError(null, null, null,
                    "send exactly one document per request (got " + read.documents().size() + ")")));
        }
        // the scope check runs inside the intake's transaction: a document of another company rolls back
        IntakeResult result = transaction.execute(status -> {
            IntakeResult stored = intake.receive(read.documents().get(0), "api");
            companyScope.check(stored.companyId());
            return stored;
        });
        Map<String, Object> response = Map.of("id", result.documentId(), "companyId", result.companyId(),
                "documentNumber", result.documentNumber(), "duplicate", result.duplicate());
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(response);
    }

    /**
     * One page of a company's stored documents, newest document date first.
     *
     * @param companyId      required; the caller must be allowed to see it (else 403)
     * @param period         optional return period {@code MMYYYY}, e.g. {@code 112026}
     * @param einvoiceStatus optional {@link EinvoiceStatus} name, e.g. {@code PENDING}
     * @param page           0-based page number
     * @param size           1 to {@value #MAX_PAGE_SIZE} documents per page
     */
    @GetMapping
    public Map<String, Object> list(@RequestParam long companyId, @RequestParam(required = false) String period,
                                    @RequestParam(required = false) String einvoiceStatus,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        companyScope.check(companyId);
        String returnPeriod = returnPeriod(period);
        EinvoiceStatus status = einvoiceStatus(einvoiceStatus);
        if (page < 0) {
            throw new InvalidParameter("page", "page " + page + " is negative; pages are numbered from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameter("size", "size " + size + " is not between 1 and " + MAX_PAGE_SIZE);
        }
        Pageable pageable = PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("documentDate"), Sort.Order.desc("id")));
        Page<SalesDocument> found;
        if (returnPeriod == null && status == null) {
            found = documents.findByCompanyId(companyId, pageable);
        } else if (status == null) {
            found = documents.findByCompanyIdAndReturnPeriod(companyId, returnPeriod, pageable);
        } else if (returnPeriod == null) {
            found = documents.findByCompanyIdAndEinvoiceStatus(companyId, status, pageable);
        } else {
            found = documents.findByCompanyIdAndReturnPeriodAndEinvoiceStatus(companyId, returnPeriod, status, pageable);
        }
        return Map.of("content", found.getContent().stream().map(StoredDocument::of).toList(),
                "totalElements", found.getTotalElements(), "page", page, "size", size,
                "totalPages", found.getTotalPages());
    }

    private static String returnPeriod(String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return GstReturnPeriod.parse(period).toString();
        } catch (InvalidGstValueException e) {
            throw new InvalidParameter("period", e.getMessage());
        }
    }

    private static EinvoiceStatus einvoiceStatus(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return EinvoiceStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("einvoiceStatus", "einvoiceStatus '" + text + "' is not one of "
                    + Arrays.toString(EinvoiceStatus.values()));
        }
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter " + e.parameter);
        problem.setProperty("parameter", e.parameter);
        return problem;
    }

    @ExceptionHandler(InvalidSalesDocumentException.class)
    ProblemDetail invalidDocument(InvalidSalesDocumentException e) {
        return problem(e.problems().stream()
                .map(p -> new FieldError(p.documentNumber(), p.lineNo(), p.field(), p.message())).toList());
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest e) {
        return problem(e.errors);
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The sales document was rejected with " + errors.size() + " error(s); nothing was stored. "
                        + errors.stream().findFirst().map(FieldError::describe).orElse(""));
        problem.setTitle("Invalid sales document");
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * One error of a rejected document.
     *
     * @param documentNumber the document's number, when known
     * @param line           the document line (1-based), null for document-level fields
     * @param field          the JSON field, e.g. {@code lines[2].cgst}
     * @param message        what is wrong
     */
    public record FieldError(String documentNumber, Integer line, String field, String message) {
        String describe() {
            return (field == null ? "" : field + ": ") + message;
        }
    }

    /** One stored document as {@code GET /api/invoices} lists it; amounts in rupees. */
    public record StoredDocument(long id, DocumentType documentType, String documentNumber, LocalDate documentDate,
                                 String supplierGstin, String buyerGstin, String buyerName, String placeOfSupply,
                                 SupplyType supplyType, BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst,
                                 BigDecimal sgst, BigDecimal cess, BigDecimal total, EinvoiceStatus einvoiceStatus) {
        static StoredDocument of(SalesDocument d) {
            return new StoredDocument(d.getId(), d.getDocumentType(), d.getDocumentNumber(), d.getDocumentDate(),
                    d.getSupplierGstin(), d.getBuyerGstin(), d.getBuyerLegalName(), d.getPlaceOfSupply(),
                    d.getSupplyType(), d.getTaxableValue(), d.getIgst(), d.getCgst(), d.getSgst(), d.getCess(),
                    d.getTotal(), d.getEinvoiceStatus());
        }
    }

    static final class InvalidParameter extends RuntimeException {
        final String parameter;

        InvalidParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    static final class InvalidRequest extends RuntimeException {
        final List<FieldError> errors;

        InvalidRequest(List<FieldError> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }
}

package dev.lekha.hub.invoices;

import dev.lekha.domain.invoice.InvalidSalesDocumentException;
import dev.lekha.domain.invoice.SalesDocumentIntake;
import dev.lekha.domain.invoice.SalesDocumentIntake.IntakeResult;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.mappings.invoice.SalesDocumentFile;
import dev.lekha.routes.invoices.SalesDocumentReader;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/invoices}: one sales invoice, credit note or debit note from the ERP, the same JSON
 * as the {@code lekha.invoices.in} queue. 201 when stored, 200 with {@code duplicate: true} when the
 * same document was already stored, 400 problem details listing every error.
 */
@RestController
@RequestMapping("/api/invoices")
public class InvoicesApi {

    private final SalesDocumentReader reader;
    private final SalesDocumentIntake intake;
    private final CompanyScope companyScope;
    private final TransactionTemplate transaction;

    public InvoicesApi(SalesDocumentReader reader, SalesDocumentIntake intake, CompanyScope companyScope,
                       PlatformTransactionManager transactions) {
        this.reader = reader;
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

    static final class InvalidRequest extends RuntimeException {
        final List<FieldError> errors;

        InvalidRequest(List<FieldError> errors) {
            super(errors.toString());
            this.errors = errors;
        }
    }
}

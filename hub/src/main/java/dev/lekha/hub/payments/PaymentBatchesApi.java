package dev.lekha.hub.payments;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.payment.BillToPay;
import dev.lekha.domain.payment.InvalidPaymentBatchException;
import dev.lekha.domain.payment.NewPayment;
import dev.lekha.domain.payment.PaymentBatch;
import dev.lekha.domain.payment.PaymentBatchStateException;
import dev.lekha.domain.payment.PaymentBatches;
import dev.lekha.domain.payment.PaymentInstruction;
import dev.lekha.domain.payment.PaymentMode;
import dev.lekha.domain.payment.UnknownPaymentBatchException;
import dev.lekha.hub.security.CompanyScope;
import dev.lekha.routes.payment.AcknowledgementPoll;
import dev.lekha.routes.payment.PaymentDeliveryException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment batches over REST. Creating, approving and sending need FINANCE (or ADMIN); the approver must not be the
 * creator. Reading needs any role; account numbers are shown masked. Errors: 400 with every problem by row and field,
 * 404 unknown batch, 409 wrong state or same person approving, 502 the bank could not be reached (kept on the batch).
 */
@RestController
@RequestMapping("/api/payment-batches")
public class PaymentBatchesApi {

    private final PaymentBatches batches;
    private final PaymentBatchOperations operations;
    private final ArtifactStore artifacts;
    private final CompanyScope scope;

    PaymentBatchesApi(PaymentBatches batches, PaymentBatchOperations operations, ArtifactStore artifacts,
                      CompanyScope scope) {
        this.batches = batches;
        this.operations = operations;
        this.artifacts = artifacts;
        this.scope = scope;
    }

    /** {@code {"companyId":1,"bankAccountId":2,"paymentDate":"2026-12-07","layout":"HDFC_ENET","bills":[{"purchaseInvoiceId":5,"amount":null,"beneficiaryName":null,"accountNumber":"…","ifsc":"…","mode":"NEFT","beneficiaryEmail":null}]}}. */
    public record VendorBatchRequest(long companyId, long bankAccountId, LocalDate paymentDate, String layout,
                                     List<BillToPay> bills) {
    }

    /** {@code {"companyId":1,"bankAccountId":2,"paymentDate":"…","payments":[{"employeeRef":"E001","beneficiaryName":"…","accountNumber":"…","ifsc":"…","mode":"NEFT","amount":52000.00,"narration":"SALARY NOV 2026"}]}}. */
    public record SalaryBatchRequest(long companyId, long bankAccountId, LocalDate paymentDate, String layout,
                                     List<SalaryPayment> payments) {
    }

    public record SalaryPayment(String employeeRef, String beneficiaryName, String accountNumber, String ifsc,
                                PaymentMode mode, BigDecimal amount, String narration, String beneficiaryEmail) {
    }

    public record InstructionView(int lineNo, String ourReference, String beneficiaryName, String accountNumber,
                                  String ifsc, PaymentMode mode, BigDecimal amount, String narration, String payeeRef,
                                  Long purchaseInvoiceId, String status, String utr, String bankReason,
                                  LocalDate settledOn) {

        static InstructionView of(PaymentInstruction p) {
            return new InstructionView(p.lineNo(), p.ourReference(), p.beneficiaryName(), p.maskedAccountNumber(),
                    p.ifsc(), p.mode(), p.amount(), p.narration(), p.payeeRef(), p.purchaseInvoiceId(), p.status().name(),
                    p.utr(), p.bankReason(), p.settledOn());
        }
    }

    public record BatchView(long id, long companyId, long bankAccountId, String kind, String status,
                            LocalDate paymentDate, String layout, BigDecimal totalAmount, int instructionCount,
                            String fileName, String fileSha256, String deliveryError, String createdBy,
                            Instant createdAt, String approvedBy, Instant approvedAt, Instant sentAt,
                            List<InstructionView> instructions) {

        static BatchView of(PaymentBatch b, List<PaymentInstruction> instructions) {
            return new BatchView(b.id(), b.companyId(), b.bankAccountId(), b.kind().name(), b.status().name(),
                    b.paymentDate(), b.layout(), b.totalAmount(), b.instructionCount(), b.fileName(), b.fileSha256(),
                    b.deliveryError(), b.createdBy(), b.createdAt(), b.approvedBy(), b.approvedAt(), b.sentAt(),
                    instructions == null ? null : instructions.stream().map(InstructionView::of).toList());
        }
    }

    @GetMapping
    public List<BatchView> list(@RequestParam long companyId) {
        scope.check(companyId);
        return batches.list(companyId).stream().map(b -> BatchView.of(b, null)).toList();
    }

    @GetMapping("/{id}")
    public BatchView get(@PathVariable long id, @RequestParam long companyId) {
        scope.check(companyId);
        return view(companyId, id);
    }

    @PostMapping("/vendor")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FINANCE')")
    public BatchView createVendor(@RequestBody VendorBatchRequest request, Principal caller) {
        scope.check(request.companyId());
        PaymentBatch batch = operations.createVendor(request.companyId(), request.bankAccountId(),
                request.paymentDate(), request.layout(), request.bills() == null ? List.of() : request.bills(),
                caller.getName());
        return view(batch.companyId(), batch.id());
    }

    @PostMapping("/salary")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FINANCE')")
    public BatchView createSalary(@RequestBody SalaryBatchRequest request, Principal caller) {
        scope.check(request.companyId());
        List<NewPayment> payments = (request.payments() == null ? List.<SalaryPayment>of() : request.payments()).stream()
                .map(p -> new NewPayment(p.beneficiaryName(), p.accountNumber(), p.ifsc(), p.mode(), p.amount(),
                        p.narration(), p.beneficiaryEmail(), p.employeeRef(), null))
                .toList();
        PaymentBatch batch = operations.createSalary(request.companyId(), request.bankAccountId(), request.paymentDate(),
                request.layout(), payments, caller.getName());
        return view(batch.companyId(), batch.id());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('FINANCE')")
    public BatchView approve(@PathVariable long id, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        operations.approve(companyId, id, caller.getName());
        return view(companyId, id);
    }

    @PostMapping("/{id}/send")
    @PreAuthorize("hasRole('FINANCE')")
    public BatchView send(@PathVariable long id, @RequestParam long companyId, Principal caller) {
        scope.check(companyId);
        operations.send(companyId, id, caller.getName());
        return view(companyId, id);
    }

    /** Reads the bank's outbox now instead of waiting for the next poll. */
    @PostMapping("/acknowledgements/poll")
    @PreAuthorize("hasRole('FINANCE')")
    public AcknowledgementPoll.PollResult pollNow(Principal caller) {
        return operations.pollNow(caller.getName());
    }

    /** The upload file as written (before PGP), audited. */
    @GetMapping("/{id}/file")
    @PreAuthorize("hasRole('FINANCE')")
    public ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam long companyId, Principal caller)
            throws IOException {
        scope.check(companyId);
        PaymentBatch batch = batches.find(companyId, id);
        if (batch.fileArtifactId() == null) {
            throw new PaymentBatchStateException("payment batch " + id + " has no file yet (it is " + batch.status() + ")");
        }
        byte[] content;
        try (InputStream in = artifacts.open(batch.fileArtifactId())) {
            content = in.readAllBytes();
        }
        operations.recordDownload(caller.getName(), batch);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(batch.fileName()).build().toString())
                .contentType(MediaType.TEXT_PLAIN)
                .body(content);
    }

    private BatchView view(long companyId, long id) {
        return BatchView.of(batches.find(companyId, id), batches.instructions(companyId, id));
    }

    @ExceptionHandler(InvalidPaymentBatchException.class)
    ProblemDetail invalid(InvalidPaymentBatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid payment batch");
        p.setProperty("errors", e.problems().stream()
                .map(f -> Map.of("row", f.row(), "field", f.field(), "message", f.message())).toList());
        return p;
    }

    @ExceptionHandler(dev.lekha.mappings.payment.PaymentFileException.class)
    ProblemDetail invalidFile(dev.lekha.mappings.payment.PaymentFileException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("The bank's layout refuses these payments");
        return p;
    }

    @ExceptionHandler(UnknownPaymentBatchException.class)
    ProblemDetail unknown(UnknownPaymentBatchException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(PaymentBatchStateException.class)
    ProblemDetail state(PaymentBatchStateException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Not possible for this batch");
        return p;
    }

    @ExceptionHandler(PaymentDeliveryException.class)
    ProblemDetail delivery(PaymentDeliveryException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
        p.setTitle("Not delivered to the bank; the batch can be sent again");
        return p;
    }
}

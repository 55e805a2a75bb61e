package dev.lekha.hub.payments;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.payment.BillToPay;
import dev.lekha.domain.payment.NewPayment;
import dev.lekha.domain.payment.PaymentBatch;
import dev.lekha.domain.payment.PaymentBatches;
import dev.lekha.mappings.payment.PaymentFileLayout;
import dev.lekha.routes.payment.AcknowledgementPoll;
import dev.lekha.routes.payment.PaymentRoutes;
import java.time.LocalDate;
import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** What the API and the screens do to batches, each step audited with who did it. */
@Component
class PaymentBatchOperations {

    private final PaymentBatches batches;
    private final ProducerTemplate producer;
    private final AcknowledgementPoll poll;
    private final AuditTrail audit;
    private final BankingSettings settings;

    PaymentBatchOperations(PaymentBatches batches, ProducerTemplate producer, AcknowledgementPoll poll, AuditTrail audit,
                           BankingSettings settings) {
        this.batches = batches;
        this.producer = producer;
        this.poll = poll;
        this.audit = audit;
        this.settings = settings;
    }

    PaymentBatch createVendor(long companyId, long bankAccountId, LocalDate paymentDate, String layout,
                              List<BillToPay> bills, String user) {
        PaymentBatch batch = batches.createVendorBatch(companyId, bankAccountId, paymentDate, layout(layout), bills, user);
        record(user, "PAYMENT_BATCH_CREATE", batch, "VENDOR " + batch.instructionCount() + " payments, total "
                + batch.totalAmount().toPlainString());
        return batch;
    }

    PaymentBatch createSalary(long companyId, long bankAccountId, LocalDate paymentDate, String layout,
                              List<NewPayment> payments, String user) {
        PaymentBatch batch = batches.createSalaryBatch(companyId, bankAccountId, paymentDate, layout(layout), payments, user);
        record(user, "PAYMENT_BATCH_CREATE", batch, "SALARY " + batch.instructionCount() + " payments, total "
                + batch.totalAmount().toPlainString());
        return batch;
    }

    PaymentBatch approve(long companyId, long batchId, String user) {
        PaymentBatch batch = batches.approve(companyId, batchId, user);
        record(user, "PAYMENT_BATCH_APPROVE", batch, "total " + batch.totalAmount().toPlainString());
        return batch;
    }

    /** Sends through the {@code payment-batch-send} route; the route's failure comes back as its cause. */
    PaymentBatch send(long companyId, long batchId, String user) {
        try {
            PaymentBatch batch = producer.requestBodyAndHeader(PaymentRoutes.SEND, batchId, "companyId", companyId,
                    PaymentBatch.class);
            record(user, "PAYMENT_BATCH_SEND", batch, "file " + batch.fileName());
            return batch;
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    AcknowledgementPoll.PollResult pollNow(String user) {
        AcknowledgementPoll.PollResult result = poll.poll();
        audit.record(new AuditRecord(user, "PAYMENT_ACK_POLL", "bank outbox", null, "applied " + result.applied()
                + ", errors " + result.errors().size(), null));
        return result;
    }

    void recordDownload(String user, PaymentBatch batch) {
        record(user, "PAYMENT_FILE_DOWNLOAD", batch, "file " + batch.fileName() + " sha256 " + batch.fileSha256());
    }

    private String layout(String requested) {
        return PaymentFileLayout.parse(requested == null || requested.isBlank() ? settings.layout() : requested).name();
    }

    private void record(String user, String action, PaymentBatch batch, String detail) {
        audit.record(new AuditRecord(user, action, "payment-batch:" + batch.id(), batch.companyId(), detail, null));
    }
}

package dev.lekha.routes.payment;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.company.BankAccount;
import dev.lekha.domain.company.BankAccounts;
import dev.lekha.domain.payment.BatchStatus;
import dev.lekha.domain.payment.PaymentBatch;
import dev.lekha.domain.payment.PaymentBatches;
import dev.lekha.mappings.payment.PaymentFileFormat;
import dev.lekha.mappings.payment.PaymentFileLayout;
import dev.lekha.mappings.payment.PaymentFileRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends an approved batch to the bank: writes the upload file in the batch's layout, keeps it as a
 * {@code BANK_PAYMENT_FILE} artifact, encrypts and signs it when PGP is on, puts it in the bank's SFTP inbox and
 * marks the batch SENT. A failure at any step is kept on the batch (shown on the screen) and the batch can be sent
 * again; a file already written is re-sent as stored, not written anew (same name: a bank refuses a file name it
 * has already taken, so a re-send after a lost answer cannot pay twice). One send of a batch at a time.
 */
@Service
public class PaymentFileDelivery {

    public static final String FILE_ARTIFACT = "BANK_PAYMENT_FILE";
    private static final Logger log = LoggerFactory.getLogger(PaymentFileDelivery.class);

    private final PaymentBatches batches;
    private final BankAccounts bankAccounts;
    private final ArtifactStore artifacts;
    private final BankLink bank;
    private final Clock clock;

    public PaymentFileDelivery(PaymentBatches batches, BankAccounts bankAccounts, ArtifactStore artifacts, BankLink bank,
                               Clock clock) {
        this.batches = batches;
        this.bankAccounts = bankAccounts;
        this.artifacts = artifacts;
        this.bank = bank;
        this.clock = clock;
    }

    /**
     * @return the batch as it is after the attempt
     * @throws dev.lekha.domain.payment.PaymentBatchStateException when the batch is not approved
     * @throws PaymentDeliveryException                          when writing or delivering failed (kept on the batch)
     */
    public PaymentBatch send(long companyId, long batchId) {
        PaymentBatch batch = batches.claimForSending(companyId, batchId);
        try {
            PaymentFileFormat format = PaymentFileLayout.parse(batch.layout()).format();
            String fileName;
            byte[] file;
            if (batch.status() == BatchStatus.FILE_WRITTEN && batch.fileArtifactId() != null) {
                fileName = batch.fileName();
                try (InputStream in = artifacts.open(batch.fileArtifactId())) {
                    file = in.readAllBytes();
                }
            } else {
                BankAccount debit = bankAccounts.findById(batch.bankAccountId())
                        .orElseThrow(() -> new IllegalStateException("bank account " + batch.bankAccountId() + " is gone"));
                file = format.write(new PaymentFileRequest(debit.getAccountNumber(), batch.paymentDate(),
                        batches.instructions(companyId, batchId)));
                fileName = format.fileName(bank.clientCode(), batchId, batch.paymentDate());
                StoredArtifact stored = artifacts.store(new NewArtifact(companyId, FILE_ARTIFACT,
                        batch.paymentDate().format(DateTimeFormatter.BASIC_ISO_DATE), fileName, "text/csv", null),
                        out -> out.write(file));
                batches.fileWritten(companyId, batchId, fileName, stored.sha256(), stored.id());
            }
            byte[] payload = file;
            String remoteName = fileName;
            if (bank.pgp()) {
                payload = bank.envelope().seal(file, fileName, bank.bankKey(), bank.armor(), clock.instant());
                remoteName = fileName + (bank.armor() ? ".asc" : ".pgp");
            }
            bank.sftp().upload(remoteName, payload);
            batches.sent(companyId, batchId);
            log.info("payment batch {} of company {} sent to the bank as {}", batchId, companyId, remoteName);
            return batches.find(companyId, batchId);
        } catch (IOException | RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            batches.deliveryFailed(companyId, batchId, reason);
            if (e instanceof dev.lekha.domain.payment.PaymentBatchStateException state) {
                throw state;
            }
            log.warn("payment batch {} of company {} not sent: {}", batchId, companyId, reason);
            throw new PaymentDeliveryException("payment batch " + batchId + " was not sent: " + e.getMessage(), e);
        }
    }
}

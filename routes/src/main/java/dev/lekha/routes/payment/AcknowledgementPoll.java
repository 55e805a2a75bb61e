package dev.lekha.routes.payment;

import dev.lekha.connectors.banking.PgpException;
import dev.lekha.connectors.banking.RemoteFile;
import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.payment.AcknowledgementApplied;
import dev.lekha.domain.payment.BankOutcome;
import dev.lekha.domain.payment.PaymentBatches;
import dev.lekha.mappings.payment.AcknowledgementFileException;
import dev.lekha.mappings.payment.PaymentFileFormat;
import dev.lekha.mappings.payment.PaymentFileLayout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reads the bank's reverse files: lists its SFTP outbox, downloads each file not applied yet, decrypts it and
 * requires the bank's signature (PGP on), parses it in the layout its name says, keeps it as a
 * {@code BANK_PAYMENT_ACK} artifact and applies it (payments PAID with UTR or REJECTED with the reason; bills
 * settled). A file is known by the SHA-256 of its content: read twice, it changes nothing. A file that fails (bad
 * signature, unreadable rows, unknown references) is reported and left for a person; the others still apply.
 * The bank's {@code <upload>.error.txt} for a file it refused is put on that batch as its delivery error.
 */
@Service
public class AcknowledgementPoll {

    public static final String ACK_ARTIFACT = "BANK_PAYMENT_ACK";
    private static final Logger log = LoggerFactory.getLogger(AcknowledgementPoll.class);

    private final PaymentBatches batches;
    private final ArtifactStore artifacts;
    private final BankLink bank;

    public AcknowledgementPoll(PaymentBatches batches, ArtifactStore artifacts, BankLink bank) {
        this.batches = batches;
        this.artifacts = artifacts;
        this.bank = bank;
    }

    /** What one poll did: files applied, files seen before, and a line per file that failed. */
    public record PollResult(int applied, int alreadyApplied, List<String> errors) {
    }

    /** Polls only while some batch awaits the bank's answer. */
    public PollResult pollIfAwaiting() {
        return batches.anyAwaitingAnswer() ? poll() : new PollResult(0, 0, List.of());
    }

    public PollResult poll() {
        int applied = 0;
        int seen = 0;
        List<String> errors = new ArrayList<>();
        for (RemoteFile remote : bank.sftp().listOutbox()) {
            String name = remote.name();
            try {
                if (name.endsWith(".error.txt")) {
                    refusedByBank(name);
                    continue;
                }
                String plainName = bank.pgp() ? stripPgpSuffix(name) : name;
                Optional<PaymentFileFormat> format = formatOf(plainName);
                if (format.isEmpty() || batches.acknowledgementNameApplied(plainName)) {
                    seen += format.isPresent() ? 1 : 0;
                    continue;
                }
                byte[] content = bank.sftp().download(name);
                if (bank.pgp()) {
                    content = bank.envelope().open(content, bank.bankKey()).content();
                }
                AcknowledgementApplied result = apply(plainName, content, format.get());
                if (result.alreadyApplied()) {
                    seen++;
                } else {
                    applied++;
                    log.info("bank reverse file {} applied: {} paid, {} rejected, {} bills settled", plainName,
                            result.paid(), result.rejected(), result.settlements());
                }
            } catch (PgpException | AcknowledgementFileException | dev.lekha.domain.payment.InvalidPaymentBatchException e) {
                errors.add(name + ": " + e.getMessage());
                log.warn("bank reverse file {} not applied: {}", name, e.getMessage());
            }
        }
        return new PollResult(applied, seen, errors);
    }

    /**
     * Applies one reverse file's (decrypted) content; the same content applied again changes nothing.
     *
     * @throws AcknowledgementFileException naming rows and fields when it cannot be read or names unknown payments
     */
    public AcknowledgementApplied apply(String fileName, byte[] content, PaymentFileFormat format) {
        List<BankOutcome> outcomes = format.readAcknowledgement(fileName, content);
        if (outcomes.isEmpty()) {
            throw new AcknowledgementFileException(fileName, List.of(new dev.lekha.domain.payment.FieldProblem(0,
                    "file", "answers no payment")));
        }
        Set<Long> companies = new LinkedHashSet<>();
        for (BankOutcome o : outcomes) {
            companies.addAll(batches.companiesWithReference(o.ourReference()));
        }
        if (companies.size() != 1) {
            throw new AcknowledgementFileException(fileName, List.of(new dev.lekha.domain.payment.FieldProblem(
                    outcomes.get(0).row(), "customerReference", companies.isEmpty()
                    ? "no payment of any company carries the references in this file"
                    : "the references belong to several companies " + companies)));
        }
        long companyId = companies.iterator().next();
        String sha = sha256(content);
        if (batches.acknowledgementApplied(companyId, sha)) {
            return new AcknowledgementApplied(true, 0, 0, 0, 0);
        }
        StoredArtifact stored = artifacts.store(new NewArtifact(companyId, ACK_ARTIFACT, null, fileName, "text/csv", null),
                out -> out.write(content));
        return batches.applyAcknowledgement(companyId, fileName, sha, stored.id(), outcomes);
    }

    private void refusedByBank(String errorFile) {
        String upload = errorFile.substring(0, errorFile.length() - ".error.txt".length());
        String plain = stripPgpSuffix(upload);
        batches.findByFileName(plain).ifPresent(batch -> {
            if (batch.deliveryError() == null || !batch.deliveryError().startsWith("the bank refused")) {
                String text = new String(bank.sftp().download(errorFile), StandardCharsets.UTF_8).trim();
                batches.deliveryFailed(batch.companyId(), batch.id(), "the bank refused " + upload + ": " + text);
            }
        });
    }

    private static Optional<PaymentFileFormat> formatOf(String fileName) {
        for (PaymentFileLayout layout : PaymentFileLayout.values()) {
            PaymentFileFormat format = layout.format();
            if (format.isAcknowledgement(fileName)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static String stripPgpSuffix(String name) {
        for (String suffix : List.of(".pgp", ".gpg", ".asc")) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

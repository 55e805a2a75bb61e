package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.BankOutcome;
import java.time.LocalDate;
import java.util.List;

/** One bank layout: its upload file (written by us, read by the sandbox bank) and its reverse file (the other way). */
public interface PaymentFileFormat {

    PaymentFileLayout layout();

    /**
     * The upload file's bytes, exactly as the bank wants them (encoding, separators, line ends).
     *
     * @throws PaymentFileException naming the row and field of every payment the bank would refuse; nothing is written
     */
    byte[] write(PaymentFileRequest request);

    /** The upload file's name. {@code serial} tells apart files of one day (the batch id serves). */
    String fileName(String clientCode, long serial, LocalDate date);

    /** Whether a file found in the bank's outbox is a reverse file of this layout. */
    boolean isAcknowledgement(String fileName);

    /** The name the bank gives the reverse file of an upload file. */
    String acknowledgementName(String uploadFileName);

    /**
     * The bank's answers in a reverse file.
     *
     * @throws AcknowledgementFileException naming the row and field of every unreadable line; nothing is returned
     */
    List<BankOutcome> readAcknowledgement(String fileName, byte[] content);

    /** Reads an upload file back (what the bank does; the sandbox and round-trip tests use it). */
    List<UploadedPayment> readUpload(String fileName, byte[] content);

    /** Writes a reverse file (what the bank does; the sandbox uses it). */
    byte[] writeAcknowledgement(List<AcknowledgementLine> lines);
}

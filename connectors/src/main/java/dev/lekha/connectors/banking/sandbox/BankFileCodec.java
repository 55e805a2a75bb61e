package dev.lekha.connectors.banking.sandbox;

import java.util.List;

/**
 * How the sandbox bank reads a bulk upload file and writes its reverse file, in one bank layout. The layouts are
 * Lekha's file formats (module mappings); the sandbox only decides what happens to each payment.
 */
public interface BankFileCodec {

    /**
     * The payments in an upload file.
     *
     * @throws IllegalArgumentException when the file is not in the layout; the message says where
     */
    List<SandboxPayment> readPayments(String fileName, byte[] content);

    /** The name the bank gives the reverse file of an upload file. */
    String reverseFileName(String paymentFileName);

    /** The reverse file answering every payment of an upload file. */
    byte[] writeReverse(String paymentFileName, List<SandboxOutcome> outcomes);
}

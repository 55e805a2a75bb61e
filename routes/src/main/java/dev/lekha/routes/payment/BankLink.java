package dev.lekha.routes.payment;

import dev.lekha.connectors.banking.BankSftpClient;
import dev.lekha.connectors.banking.PgpEnvelope;
import java.time.Duration;
import org.bouncycastle.openpgp.PGPPublicKeyRing;

/**
 * The host-to-host connection to the bank as configured ({@code lekha.banking.*}, wired by the hub): the SFTP
 * client, and our PGP envelope with the bank's key when files are encrypted. Implementations may connect lazily.
 */
public interface BankLink {

    BankSftpClient sftp();

    /** Whether files are PGP-encrypted and signed both ways. */
    boolean pgp();

    /** Our keys; only when {@link #pgp()}. */
    PgpEnvelope envelope();

    /** The bank's public key; only when {@link #pgp()}. */
    PGPPublicKeyRing bankKey();

    /** ASCII-armoured (.asc) rather than binary (.pgp) messages. */
    boolean armor();

    /** The code the bank knows us by; starts upload file names. */
    String clientCode();

    /** How often the bank's outbox is looked at for reverse files. */
    Duration pollInterval();

    /** Whether this node polls (one node is enough; applying is idempotent anyway). */
    boolean pollEnabled();
}

package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.MissingNicCredentialsException;
import dev.lekha.connectors.nic.NicCredentials;
import dev.lekha.connectors.nic.NicCredentialsSource;
import dev.lekha.domain.einvoice.NicApiCredential;
import dev.lekha.domain.einvoice.NicApiCredentials;
import dev.lekha.domain.secrets.CredentialCipher;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/**
 * IRP credentials per GSTIN from the {@code nic_credential} table: secrets are encrypted on save and
 * decrypted only when the connector logs in.
 */
public class StoredNicCredentials implements NicCredentialsSource {

    private final NicApiCredentials stored;
    private final CredentialCipher cipher;
    private final Clock clock;

    public StoredNicCredentials(NicApiCredentials stored, CredentialCipher cipher, Clock clock) {
        this.stored = stored;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public NicCredentials forGstin(String gstin) {
        NicApiCredential c = stored.findByGstin(gstin).orElseThrow(() -> new MissingNicCredentialsException(gstin));
        return new NicCredentials(gstin, c.getClientId(), cipher.decrypt(c.getClientSecretEncrypted()),
                c.getUserName(), cipher.decrypt(c.getPasswordEncrypted()));
    }

    /** Whether credentials are stored for {@code gstin}. */
    @Transactional(readOnly = true)
    public boolean has(String gstin) {
        return stored.findByGstin(gstin).isPresent();
    }

    /** Stores (or replaces) the credentials of a GSTIN of a company. */
    @Transactional
    public void save(long companyId, NicCredentials credentials) {
        String secret = cipher.encrypt(credentials.clientSecret());
        String password = cipher.encrypt(credentials.password());
        Optional<NicApiCredential> existing = stored.findByGstin(credentials.gstin());
        if (existing.isPresent()) {
            existing.get().replace(credentials.clientId(), secret, credentials.userName(), password, clock.instant());
        } else {
            stored.save(new NicApiCredential(companyId, credentials.gstin(), credentials.clientId(), secret,
                    credentials.userName(), password, clock.instant()));
        }
    }
}

package dev.lekha.domain.einvoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The IRP API credentials of one GSTIN as stored: client secret and password encrypted with
 * {@link dev.lekha.domain.secrets.CredentialCipher}; they are decrypted only when logging in to the IRP.
 */
@Entity
@Table(name = "nic_credential")
public class NicApiCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "gstin", nullable = false)
    private String gstin;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "client_secret_enc", nullable = false)
    private String clientSecretEncrypted;

    @Column(name = "user_name", nullable = false)
    private String userName;

    @Column(name = "password_enc", nullable = false)
    private String passwordEncrypted;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NicApiCredential() {
    }

    public NicApiCredential(long companyId, String gstin, String clientId, String clientSecretEncrypted,
                            String userName, String passwordEncrypted, Instant updatedAt) {
        this.companyId = companyId;
        this.gstin = gstin;
        this.clientId = clientId;
        this.clientSecretEncrypted = clientSecretEncrypted;
        this.userName = userName;
        this.passwordEncrypted = passwordEncrypted;
        this.updatedAt = updatedAt;
    }

    /** Replaces the credentials (already encrypted). */
    public void replace(String clientId, String clientSecretEncrypted, String userName, String passwordEncrypted,
                        Instant now) {
        this.clientId = clientId;
        this.clientSecretEncrypted = clientSecretEncrypted;
        this.userName = userName;
        this.passwordEncrypted = passwordEncrypted;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public String getGstin() { return gstin; }
    public String getClientId() { return clientId; }
    public String getClientSecretEncrypted() { return clientSecretEncrypted; }
    public String getUserName() { return userName; }
    public String getPasswordEncrypted() { return passwordEncrypted; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "NicApiCredential[gstin=" + gstin + ", clientId=" + clientId + ", userName=" + userName + "]";
    }
}

package dev.lekha.connectors.nic;

import java.util.Objects;

/**
 * API credentials of one GSTIN on the IRP: the client id and secret issued to the API user (or GSP)
 * and the GSTIN's API user name and password. Never logged: {@link #toString()} masks the secrets.
 */
public record NicCredentials(String gstin, String clientId, String clientSecret, String userName, String password) {

    public NicCredentials {
        Objects.requireNonNull(gstin, "gstin");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "NicCredentials[gstin=" + gstin + ", clientId=" + clientId + ", userName=" + userName
                + ", clientSecret=****, password=****]";
    }
}

package dev.lekha.connectors.nic;

/**
 * Where {@link NicClient} finds the IRP API credentials of a GSTIN (configuration, or the hub's encrypted
 * credential store). Asked on every call, so rotated credentials take effect without a restart;
 * implementations should therefore be cheap (cache if the store is slow) and thread-safe.
 */
@FunctionalInterface
public interface NicCredentialsSource {

    /**
     * The credentials of {@code gstin}; never returns null.
     *
     * @throws MissingNicCredentialsException when none are configured for it
     */
    NicCredentials forGstin(String gstin);
}

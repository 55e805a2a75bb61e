package dev.lekha.hub.nic;

import dev.lekha.connectors.nic.MissingNicCredentialsException;
import dev.lekha.connectors.nic.NicCredentials;
import dev.lekha.connectors.nic.NicCredentialsSource;
import dev.lekha.connectors.nic.sandbox.IrpSandbox;
import dev.lekha.domain.company.GstRegistration;
import dev.lekha.domain.company.GstRegistrations;
import dev.lekha.domain.einvoice.NicApiCredential;
import dev.lekha.domain.einvoice.NicApiCredentials;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Sandbox mode: every active GSTIN of the hub gets IRP API credentials of its own on first use — random,
 * stored encrypted like real ones, and registered with the hub's sandbox IRP, which (like the real one)
 * refuses anything else. Credentials stored earlier are registered again at start, since the sandbox keeps
 * its accounts in memory.
 */
class SandboxNicCredentials implements NicCredentialsSource {

    private final StoredNicCredentials stored;
    private final NicApiCredentials rows;
    private final GstRegistrations registrations;
    private final IrpSandbox sandbox;
    private final SecureRandom random = new SecureRandom();

    SandboxNicCredentials(StoredNicCredentials stored, NicApiCredentials rows, GstRegistrations registrations,
                          IrpSandbox sandbox) {
        this.stored = stored;
        this.rows = rows;
        this.registrations = registrations;
        this.sandbox = sandbox;
    }

    /** Registers every stored credential with the sandbox (after a restart). */
    void registerStored() {
        for (NicApiCredential c : rows.findAll()) {
            NicCredentials plain = stored.forGstin(c.getGstin());
            sandbox.registerClient(plain.clientId(), plain.clientSecret());
            sandbox.registerTaxpayer(plain.gstin(), plain.userName(), plain.password());
        }
    }

    @Override
    public synchronized NicCredentials forGstin(String gstin) {
        try {
            return stored.forGstin(gstin);
        } catch (MissingNicCredentialsException none) {
            return create(gstin);
        }
    }

    private NicCredentials create(String gstin) {
        GstRegistration registration = registrations.findByGstinAndActiveTrue(gstin)
                .orElseThrow(() -> new MissingNicCredentialsException(gstin));
        NicCredentials created = new NicCredentials(gstin, "LEKHA-SANDBOX-" + gstin, secret(),
                "lekha_" + gstin.toLowerCase(), secret());
        stored.save(registration.getCompanyId(), created);
        sandbox.registerClient(created.clientId(), created.clientSecret());
        sandbox.registerTaxpayer(gstin, created.userName(), created.password());
        return created;
    }

    private String secret() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

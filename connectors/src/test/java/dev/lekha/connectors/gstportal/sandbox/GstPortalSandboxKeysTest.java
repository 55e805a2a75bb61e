package dev.lekha.connectors.gstportal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.connectors.gstportal.GstPortalCrypto;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GstPortalSandboxKeysTest {

    @TempDir
    Path dir;

    @Test
    void keysMadeOnceAreReadBackAndUsable() {
        GstPortalSandboxKeys made = GstPortalSandboxKeys.loadOrCreate(dir);

        GstPortalSandboxKeys loaded = GstPortalSandboxKeys.loadOrCreate(dir);
        byte[] appKey = GstPortalCrypto.newAppKey();

        assertThat(loaded.publicKey()).isEqualTo(made.publicKey());
        assertThat(loaded.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        // what a client encrypts with the published PEM, the reloaded private key decrypts
        assertThat(GstPortalCrypto.rsaDecrypt(loaded.privateKey(), GstPortalCrypto.rsaEncrypt(
                GstPortalCrypto.publicKeyFromPem(made.publicKeyPem()), appKey))).isEqualTo(appKey);
    }
}

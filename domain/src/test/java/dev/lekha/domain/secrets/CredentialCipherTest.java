package dev.lekha.domain.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    final CredentialCipher cipher = new CredentialCipher("a passphrase of the operator");

    @Test
    void decryptsWhatItEncryptedAndNeverRepeatsACiphertext() {
        String first = cipher.encrypt("IRP-password@123");
        String second = cipher.encrypt("IRP-password@123");

        assertThat(first).startsWith("v1:").doesNotContain("IRP-password");
        assertThat(second).isNotEqualTo(first);
        assertThat(cipher.decrypt(first)).isEqualTo("IRP-password@123");
        assertThat(cipher.decrypt(second)).isEqualTo("IRP-password@123");
        // 12-byte nonce + 16 plaintext bytes + 16-byte GCM tag
        assertThat(Base64.getDecoder().decode(first.substring(3))).hasSize(12 + 16 + 16);
    }

    @Test
    void anEditedValueOrAnotherKeyIsRefused() {
        String stored = cipher.encrypt("client-secret");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String edited = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(edited)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be decrypted");
        assertThatThrownBy(() -> new CredentialCipher("another passphrase entirely").decrypt(stored))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain text")).hasMessageContaining("v1:");
        assertThatThrownBy(() -> new CredentialCipher("short")).hasMessageContaining("16 characters");
    }
}

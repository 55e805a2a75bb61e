package dev.lekha.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryHashTest {

    private static final String ZEROS = "0".repeat(64);

    @Test
    void canonicalFormIsLengthPrefixedInFixedOrder() {
        // given
        AuditEntry entry = new AuditEntry(1, Instant.parse("2025-04-01T04:30:00.123456Z"), "admin",
                "LOGIN_SUCCESS", "admin", null, "form login", "127.0.0.1", ZEROS, null);

        // when
        String canonical = AuditEntryHash.canonical(entry);

        // then: written out by hand from the format in AuditEntryHash's Javadoc
        assertThat(canonical).isEqualTo("lekha-audit-v1;1:1;27:2025-04-01T04:30:00.123456Z;5:admin;"
                + "13:LOGIN_SUCCESS;5:admin;-;10:form login;9:127.0.0.1;64:" + ZEROS + ";");
    }

    @Test
    void hashIsSha256HexOfTheCanonicalForm() {
        AuditEntry entry = new AuditEntry(1, Instant.parse("2025-04-01T04:30:00.123456Z"), "admin",
                "LOGIN_SUCCESS", "admin", null, "form login", "127.0.0.1", ZEROS, null);

        // expected value computed independently with `printf '%s' '<canonical form>' | sha256sum` (GNU coreutils)
        assertThat(AuditEntryHash.of(entry))
                .isEqualTo("9ec40636249b233c5d1221c9afd4a1e5c013c26eb3698172eb37dc26ca36131d");
    }

    @Test
    void sha256OfAbcMatchesFips180Example() {
        // FIPS 180-2, Appendix B.1: SHA-256("abc")
        assertThat(AuditEntryHash.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void lengthsCountUtf8BytesNotCharacters() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2025-04-01T04:30:00Z"), "रमेश", "X", null, 3L,
                null, null, ZEROS, null);

        // "रमेश" is 4 Devanagari code points of 3 UTF-8 bytes each
        assertThat(AuditEntryHash.canonical(entry))
                .isEqualTo("lekha-audit-v1;1:7;20:2025-04-01T04:30:00Z;12:रमेश;1:X;-;1:3;-;-;64:" + ZEROS + ";");
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        Instant at = Instant.parse("2025-04-01T04:30:00Z");
        AuditEntry one = new AuditEntry(2, at, "a", "X", "ab", null, "c", null, ZEROS, null);
        AuditEntry other = new AuditEntry(2, at, "a", "X", "a", null, "bc", null, ZEROS, null);

        assertThat(AuditEntryHash.of(one)).isNotEqualTo(AuditEntryHash.of(other));
    }

    @Test
    void nullAndEmptyAreDifferent() {
        Instant at = Instant.parse("2025-04-01T04:30:00Z");
        AuditEntry withNull = new AuditEntry(2, at, "a", "X", null, null, null, null, ZEROS, null);
        AuditEntry withEmpty = new AuditEntry(2, at, "a", "X", "", null, null, null, ZEROS, null);

        assertThat(AuditEntryHash.of(withNull)).isNotEqualTo(AuditEntryHash.of(withEmpty));
    }
}

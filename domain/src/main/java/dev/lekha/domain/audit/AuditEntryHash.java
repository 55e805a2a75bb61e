package dev.lekha.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 (hex, lower case) over a canonical serialization that cannot
 * be read two ways. Every field is written as {@code <UTF-8 byte length>:<value>;}, a null as
 * {@code -;}, in this order: id, occurred_at (ISO-8601 UTC, microseconds), actor, action, target,
 * company_id, detail, remote_address, prev_hash; the whole is prefixed by {@code lekha-audit-v1;}.
 * Length prefixes keep "ab"+"c" and "a"+"bc" apart; the version prefix lets the format change later
 * without ambiguity.
 */
public final class AuditEntryHash {

    /** prev_hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditEntryHash() {
    }

    /** The canonical serialization that is hashed; the entry's own {@code hash} is ignored. */
    public static String canonical(AuditEntry e) {
        StringBuilder sb = new StringBuilder("lekha-audit-v1;");
        field(sb, Long.toString(e.id()));
        field(sb, DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()));
        field(sb, e.actor());
        field(sb, e.action());
        field(sb, e.target());
        field(sb, e.companyId() == null ? null : Long.toString(e.companyId()));
        field(sb, e.detail());
        field(sb, e.remoteAddress());
        field(sb, e.prevHash());
        return sb.toString();
    }

    /** SHA-256 hex of {@link #canonical(AuditEntry)}. */
    public static String of(AuditEntry e) {
        return sha256Hex(canonical(e));
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hex digits. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-;");
        } else {
            sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
        }
    }
}

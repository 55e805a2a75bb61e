package dev.lekha.domain.audit;

/**
 * Result of walking the audit chain.
 *
 * @param intact        true when every entry's hash matches its content and predecessor
 * @param entriesChecked how many entries were checked
 * @param firstBrokenId the first entry whose hash does not match, or null when intact
 * @param reason        why it is broken, or null when intact
 */
public record AuditChainCheck(boolean intact, long entriesChecked, Long firstBrokenId, String reason) {
}

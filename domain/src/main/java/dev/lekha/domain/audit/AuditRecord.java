package dev.lekha.domain.audit;

/**
 * @param actor         username or {@code token:<name>} or {@code system}
 * @param action        e.g. {@code LOGIN_SUCCESS}, {@code LOGIN_FAILURE}, {@code ARTIFACT_DOWNLOAD}, {@code JOB_LAUNCH}
 * @param target        what it was done to (artifact id, job name, username...)
 * @param companyId     the company concerned, may be null
 * @param detail        free text or JSON, without secrets
 * @param remoteAddress the client address, may be null
 */
public record AuditRecord(String actor, String action, String target, Long companyId, String detail,
                          String remoteAddress) {
}

package dev.lekha.domain.artifact;

import java.time.Instant;

/** A recorded artifact; {@code sha256} is lowercase hex of the stored bytes. */
public record StoredArtifact(long id, long companyId, String kind, String period, String fileName,
                             String contentType, Long jobExecutionId, String sha256, long sizeBytes,
                             Instant createdAt) {
}

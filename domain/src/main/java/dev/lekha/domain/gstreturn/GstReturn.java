package dev.lekha.domain.gstreturn;

import java.time.Instant;

/** One version of a return with its workflow state; a read-only view of a {@code gst_return} row. */
public record GstReturn(long id, long companyId, String gstin, String period, ReturnType type, int version,
                        ReturnStatus status, Long jobExecutionId, Long jsonArtifactId, Long reportArtifactId,
                        String summaryJson, Instant createdAt, String createdBy, Instant submittedAt,
                        String submittedBy, Instant approvedAt, String approvedBy, Instant filedAt, String filedBy,
                        String arn, String portalReference, Long supersededBy) {
}

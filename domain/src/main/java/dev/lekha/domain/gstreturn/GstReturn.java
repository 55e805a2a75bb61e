package dev.lekha.domain.gstreturn;

import java.time.Instant;

/**
 * One version of a return with its workflow state; a read-only view of a {@code gst_return} row.
 *
 * @param portalState  how far it got on the GST portal before filing: {@code SAVED}, {@code SUBMITTED},
 *                     {@code OFFSET} (GSTR-3B), or null
 * @param portalErrors the portal's per-document errors of the last save (JSON), or null
 */
public record GstReturn(long id, long companyId, String gstin, String period, ReturnType type, int version,
                        ReturnStatus status, Long jobExecutionId, Long jsonArtifactId, Long reportArtifactId,
                        String summaryJson, Instant createdAt, String createdBy, Instant submittedAt,
                        String submittedBy, Instant approvedAt, String approvedBy, Instant filedAt, String filedBy,
                        String arn, String portalReference, String portalState, String portalErrors,
                        Long supersededBy) {
}

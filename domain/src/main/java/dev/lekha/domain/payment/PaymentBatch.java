package dev.lekha.domain.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment batch as stored; {@code deliveryError} is the last failed write/send, null when none. */
public record PaymentBatch(long id, long companyId, long bankAccountId, BatchKind kind, BatchStatus status,
                           LocalDate paymentDate, String layout, BigDecimal totalAmount, int instructionCount,
                           String fileName, String fileSha256, Long fileArtifactId, String deliveryError,
                           String createdBy, Instant createdAt, String approvedBy, Instant approvedAt, Instant sentAt) {
}

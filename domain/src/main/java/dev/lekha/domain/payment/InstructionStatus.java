package dev.lekha.domain.payment;

public enum InstructionStatus {
    PENDING,
    SENT,
    PAID,
    REJECTED
}

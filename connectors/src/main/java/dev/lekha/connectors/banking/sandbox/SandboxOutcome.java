package dev.lekha.connectors.banking.sandbox;

import java.time.LocalDate;

/** What the sandbox bank did with a payment: paid with a UTR, or rejected with a reason. */
public record SandboxOutcome(SandboxPayment payment, boolean paid, String utr, String reason, LocalDate valueDate) {
}

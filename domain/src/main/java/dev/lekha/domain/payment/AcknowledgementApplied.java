package dev.lekha.domain.payment;

/**
 * What reading one acknowledgement file changed.
 *
 * @param alreadyApplied true when the same file (SHA-256) had been applied before: nothing changed
 * @param paid           instructions newly marked paid
 * @param rejected       instructions newly marked rejected
 * @param unchanged      lines about instructions already final
 * @param settlements    purchase invoices settled
 */
public record AcknowledgementApplied(boolean alreadyApplied, int paid, int rejected, int unchanged, int settlements) {
}

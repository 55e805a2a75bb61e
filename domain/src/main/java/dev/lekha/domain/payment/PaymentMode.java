package dev.lekha.domain.payment;

/** How the bank moves the money: NEFT (deferred net settlement), RTGS (gross, real time), IMPS (immediate). */
public enum PaymentMode {
    NEFT,
    RTGS,
    IMPS
}

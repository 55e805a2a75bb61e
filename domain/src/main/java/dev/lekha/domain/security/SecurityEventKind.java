package dev.lekha.domain.security;

/** Kinds of security event worth an operator's attention. */
public enum SecurityEventKind {
    /** An account was locked after too many failed logins. */
    LOGIN_LOCKED,
    /** A webhook arrived with a missing or wrong signature. */
    BAD_WEBHOOK_SIGNATURE,
    /** An API token was presented that is unknown, revoked or expired. */
    TOKEN_REJECTED
}

package dev.lekha.domain.party;

/** Whether a party buys from the company, sells to it, or both. */
public enum PartyKind {
    CUSTOMER, VENDOR, BOTH
}

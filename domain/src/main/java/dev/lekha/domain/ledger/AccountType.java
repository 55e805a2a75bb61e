package dev.lekha.domain.ledger;

/** The five kinds of ledger account in double-entry bookkeeping. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, INCOME, EXPENSE
}

package dev.lekha.mappings.bank;

/** Which way money moved on the account, as the bank sees it: CR into the account, DR out of it. */
public enum Direction {
    CR, DR;

    /** +1 for a credit, -1 for a debit: the sign of the line's effect on the balance. */
    public int sign() {
        return this == CR ? 1 : -1;
    }
}

package dev.lekha.domain.bank;

/**
 * A bank account as the statement import needs it. {@code layout} and {@code layoutConfig} are
 * {@code bank_account.statement_layout} and {@code layout_config}; both may be null.
 */
public record StatementAccount(long id, long companyId, String accountNumber, String layout, String layoutConfig) {

    /** The account number with all but the last four characters masked, for messages and logs. */
    public String masked() {
        int keep = Math.min(4, accountNumber.length());
        return "X".repeat(accountNumber.length() - keep) + accountNumber.substring(accountNumber.length() - keep);
    }
}

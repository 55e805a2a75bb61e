package dev.lekha.domain.ledger;

/**
 * The ledger accounts Lekha posts to on its own (receipts, payments, gateway settlements), by the code it
 * looks them up with in a company's chart of accounts. A company whose chart lacks one gets it created
 * under its group on first use, so postings never fail for a missing account.
 */
public enum StandardAccount {
    ASSETS("1000", "Assets", AccountType.ASSET, null),
    BANK("1100", "Bank", AccountType.ASSET, ASSETS),
    RAZORPAY_CLEARING("1150", "Razorpay clearing (captured, not yet settled)", AccountType.ASSET, ASSETS),
    TRADE_RECEIVABLES("1200", "Trade receivables", AccountType.ASSET, ASSETS),
    INPUT_IGST("1320", "Input IGST", AccountType.ASSET, ASSETS),
    SUSPENSE("1900", "Bank suspense (unexplained receipts and payments)", AccountType.ASSET, ASSETS),
    LIABILITIES("2000", "Liabilities", AccountType.LIABILITY, null),
    TRADE_PAYABLES("2100", "Trade payables", AccountType.LIABILITY, LIABILITIES),
    EXPENSES("5000", "Expenses", AccountType.EXPENSE, null),
    BANK_AND_GATEWAY_CHARGES("5300", "Bank and payment gateway charges", AccountType.EXPENSE, EXPENSES);

    private final String code;
    private final String accountName;
    private final AccountType type;
    private final StandardAccount parent;

    StandardAccount(String code, String accountName, AccountType type, StandardAccount parent) {
        this.code = code;
        this.accountName = accountName;
        this.type = type;
        this.parent = parent;
    }

    public String code() { return code; }
    public String accountName() { return accountName; }
    public AccountType type() { return type; }
    /** The group it sits under, or null for a top-level group. */
    public StandardAccount parent() { return parent; }
}

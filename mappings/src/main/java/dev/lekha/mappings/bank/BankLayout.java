package dev.lekha.mappings.bank;

import java.util.Locale;

/**
 * The CSV/XLSX export layouts Lekha knows, as {@code bank_account.statement_layout} names them.
 * GENERIC needs {@code bank_account.layout_config} (see {@link GenericLayoutConfig}).
 */
public enum BankLayout {
    HDFC, ICICI, SBI, AXIS, GENERIC;

    /** The layout named {@code name} (any case); null for null or blank. */
    public static BankLayout of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnreadableStatementException(java.util.List.of("bank_account.statement_layout: '" + name
                    + "' is not a layout; use HDFC, ICICI, SBI, AXIS or GENERIC (or leave it empty to detect it)"));
        }
    }
}

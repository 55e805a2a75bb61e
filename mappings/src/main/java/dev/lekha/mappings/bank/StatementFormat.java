package dev.lekha.mappings.bank;

/** The formats the bank-statements drop reads; stored as {@code bank_statement.format}. */
public enum StatementFormat {
    MT940, MT942, CAMT053, CAMT054, CSV, XLSX
}

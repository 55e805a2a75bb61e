package dev.lekha.mappings.incometax;

/** The two regimes of salary income tax: the default new regime (s.115BAC; s.202 of the 2025 Act) and the old. */
public enum TaxRegime {
    NEW,
    OLD
}

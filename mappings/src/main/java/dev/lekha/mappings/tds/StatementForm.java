package dev.lekha.mappings.tds;

/**
 * The quarterly TDS statements Lekha writes. Forms 24Q (salary, s.192) and 26Q (other payments to residents) under
 * the Income-tax Act, 1961 for quarters up to Q4 of FY 2025-26; from tax year 2026-27 (Income-tax Act, 2025) their
 * successors Form 138 (salary, s.392) and Form 140 (s.393). File type is the FH record's third field.
 */
public enum StatementForm {
    F24Q("24Q", "SL1", true, StatementLayout.NSDL),
    F26Q("26Q", "NS1", false, StatementLayout.NSDL),
    F138("138", "SL1", true, StatementLayout.PROTEAN_2026),
    F140("140", "NS1", false, StatementLayout.PROTEAN_2026);

    private final String number;
    private final String fileType;
    private final boolean salary;
    private final StatementLayout layout;

    StatementForm(String number, String fileType, boolean salary, StatementLayout layout) {
        this.number = number;
        this.fileType = fileType;
        this.salary = salary;
        this.layout = layout;
    }

    public String number() { return number; }
    public String fileType() { return fileType; }
    public boolean salary() { return salary; }
    public StatementLayout layout() { return layout; }

    /** The form for a quarter's statement: 24Q/26Q up to FY 2025-26, 138/140 from tax year 2026-27. */
    public static StatementForm of(boolean salary, int fyStartYear) {
        if (fyStartYear >= 2026) {
            return salary ? F138 : F140;
        }
        return salary ? F24Q : F26Q;
    }

    /** The form a batch header's fifth field names; null when unknown. */
    public static StatementForm byNumber(String number) {
        for (StatementForm f : values()) {
            if (f.number.equals(number)) {
                return f;
            }
        }
        return null;
    }
}

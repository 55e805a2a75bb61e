package dev.lekha.mappings.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of a bulk sheet as the file holds it: text (every CSV cell), or a typed XLSX value
 * (number, date, boolean), or an error value from a formula. At most one component is set; none
 * for a blank cell.
 */
public record SheetCell(String text, BigDecimal number, LocalDate date, Boolean bool, String formulaError) {

    public static final SheetCell BLANK = new SheetCell(null, null, null, null, null);

    static SheetCell ofText(String text) {
        return text == null || text.isBlank() ? BLANK : new SheetCell(text.strip(), null, null, null, null);
    }

    static SheetCell ofNumber(BigDecimal number) {
        return new SheetCell(null, number, null, null, null);
    }

    static SheetCell ofDate(LocalDate date) {
        return new SheetCell(null, null, date, null, null);
    }

    static SheetCell ofBoolean(boolean bool) {
        return new SheetCell(null, null, null, bool, null);
    }

    static SheetCell ofFormulaError(String error) {
        return new SheetCell(null, null, null, null, error);
    }

    public boolean isBlank() {
        return text == null && number == null && date == null && bool == null && formulaError == null;
    }

    /** The cell as text: numbers in plain notation, dates as yyyy-MM-dd; null when blank. */
    public String asText() {
        if (text != null) {
            return text;
        }
        if (number != null) {
            return Amounts.nonNegativeScale(number.stripTrailingZeros()).toPlainString();
        }
        if (date != null) {
            return date.toString();
        }
        if (bool != null) {
            return bool.toString();
        }
        return formulaError;
    }
}

package dev.lekha.mappings.gst.gstr1;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the books say each section must total, from the documents themselves (not from the written rows), so
 * the return can be tied to them: per section the TAXABLE lines of its documents (credit notes negative),
 * {@code nil} the nil/exempt/non-GST lines, {@code hsn} every line, {@code at}/{@code txpd} the advances.
 * Amendments belong to earlier periods' books and are not counted.
 */
public final class Gstr1Books {

    private final Map<String, Gstr1Amounts> bySection = new LinkedHashMap<>();

    /** Adds a document of the period classified into {@code section}. */
    public void add(Gstr1Document doc, Gstr1Section section) {
        if (doc.reported() != null || doc.cancelled()) {
            return;
        }
        for (Gstr1Line line : doc.lines()) {
            Gstr1Amounts a = doc.isCreditNote() ? line.amounts().negate() : line.amounts();
            if (line.category() == TaxCategory.TAXABLE) {
                add(section.name().toLowerCase(java.util.Locale.ROOT), a);
            } else {
                add("nil", new Gstr1Amounts(a.taxable(), java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO,
                        java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
            }
            add("hsn", a);
        }
    }

    public void add(Gstr1Advance advance) {
        add(advance.adjusted() ? "txpd" : "at", advance.amounts());
    }

    /** Adds amounts to a section as the caller computed them (e.g. a SQL sum over the books). */
    public void add(String section, Gstr1Amounts amounts) {
        bySection.merge(section, amounts, Gstr1Amounts::plus);
    }

    public Map<String, Gstr1Amounts> bySection() {
        return Map.copyOf(bySection);
    }
}

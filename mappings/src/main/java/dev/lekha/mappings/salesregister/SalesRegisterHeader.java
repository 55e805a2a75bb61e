package dev.lekha.mappings.salesregister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the sales register's header block says.
 *
 * @param companyName the company's legal name
 * @param gstin       the GST registration the register is for
 * @param from        first day of the period (inclusive)
 * @param to          last day of the period (inclusive)
 * @param generatedAt when the run made the register (passed in: mappings has no clock); shown in
 *                    Asia/Kolkata time and stored as the workbook's creation date
 */
public record SalesRegisterHeader(String companyName, String gstin, LocalDate from, LocalDate to, Instant generatedAt) {

    public SalesRegisterHeader {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(gstin, "gstin");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }
}

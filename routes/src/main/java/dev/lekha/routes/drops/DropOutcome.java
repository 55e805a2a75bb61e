package dev.lekha.routes.drops;

/**
 * What a drop handler imported from one file.
 *
 * @param documentsCount how many documents (invoices, statement lines, employees, ...) it stored
 * @param companyId      the company the file belonged to, when known; may be null
 */
public record DropOutcome(int documentsCount, Long companyId) {

    public static DropOutcome of(int documentsCount) {
        return new DropOutcome(documentsCount, null);
    }
}

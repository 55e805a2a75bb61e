package dev.lekha.connectors.nic.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The IRP's IRN rule: lowercase hex SHA-256 of seller GSTIN + financial year ({@code YYYY-YY}, April to
 * March, of the document date) + document type + document number, concatenated without separators and
 * with the number's case kept. Pure: the same document always has the same IRN, which is why a resend
 * after a timeout is answered with 2150 Duplicate IRN.
 */
public final class IrnGenerator {

    private IrnGenerator() {
    }

    /** The IRN of a document; no argument may be null. */
    public static String irn(String sellerGstin, LocalDate documentDate, String documentType, String documentNumber) {
        Objects.requireNonNull(sellerGstin, "sellerGstin");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        String input = sellerGstin + financialYear(documentDate) + documentType + documentNumber;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Financial year of {@code date} as {@code YYYY-YY}: 15/05/2023 and 31/03/2024 are both {@code 2023-24}. */
    public static String financialYear(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}

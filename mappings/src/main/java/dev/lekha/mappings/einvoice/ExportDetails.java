package dev.lekha.mappings.einvoice;

/**
 * What is known of an export beyond the sales document, for {@code ExpDtls}.
 *
 * @param countryCode  ISO 3166-1 alpha-2 code of the destination, e.g. {@code LK}; may be null
 * @param currencyCode ISO 4217 code of the invoice currency, e.g. {@code USD}; may be null
 */
public record ExportDetails(String countryCode, String currencyCode) {
}

package dev.lekha.domain.tds;

/**
 * The deductor behind a TAN as the statement's batch header carries it: the company's name and address and the
 * person responsible for deducting (with PAN and designation). deductorType is the statement's deductor category
 * ({@code K} company, {@code F} firm, ...). Lengths follow the statement format (address lines 25 characters).
 */
public record TdsDeductor(long companyId, String tan, String deductorPan, String deductorName, String branch,
                          String address1, String address2, String address3, String address4, String city,
                          String stateCode, String pin, String email, String stdCode, String phone,
                          String deductorType, String responsibleName, String responsibleDesignation,
                          String responsiblePan, String responsibleMobile) {
}

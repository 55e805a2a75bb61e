package dev.lekha.mappings.einvoice;

/**
 * Kinds of supplier that need no IRN whatever their turnover: Notification 13/2020-Central Tax as
 * amended (61/2020 for SEZ units, 23/2021 for government departments and local authorities).
 * A SEZ <em>developer</em> is not exempt, only a unit.
 */
public enum EinvoiceExemption {
    SEZ_UNIT,
    INSURER,
    BANKING_COMPANY,
    FINANCIAL_INSTITUTION,
    NBFC,
    GOODS_TRANSPORT_AGENCY,
    PASSENGER_TRANSPORT,
    MULTIPLEX_ADMISSION,
    GOVERNMENT_DEPARTMENT,
    LOCAL_AUTHORITY
}

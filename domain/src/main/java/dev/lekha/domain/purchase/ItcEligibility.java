package dev.lekha.domain.purchase;

/** Input tax credit eligibility, in the GSTR-2B/3B categories. */
public enum ItcEligibility {
    INPUTS, CAPITAL_GOODS, INPUT_SERVICES, INELIGIBLE
}

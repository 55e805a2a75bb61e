package dev.lekha.hub.companies;

import java.util.List;

/** A company as the API lists it: id, legal name and its GSTINs. */
public record CompanySummary(long id, String legalName, List<String> gstins) {
}

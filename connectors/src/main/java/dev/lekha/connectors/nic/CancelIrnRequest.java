package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cancel IRN. {@code cnlRsn}: 1 duplicate, 2 data entry mistake, 3 order cancelled, 4 others (the IRP's
 * codes; the e-way bill API numbers its cancel reasons differently). {@code cnlRem} up to 100 characters.
 */
public record CancelIrnRequest(@JsonProperty("Irn") String irn, @JsonProperty("CnlRsn") String cnlRsn,
                               @JsonProperty("CnlRem") String cnlRem) {
}

package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The IRP's answer to Generate e-way bill by IRN; dates {@code yyyy-MM-dd HH:mm:ss} IST. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EwayBill(@JsonProperty("EwbNo") Long ewbNo, @JsonProperty("EwbDt") String ewbDt,
                       @JsonProperty("EwbValidTill") String ewbValidTill, @JsonProperty("Remarks") String remarks) {
}

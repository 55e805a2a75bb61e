package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The IRP's answer to Cancel IRN; {@code cancelDate} is {@code yyyy-MM-dd HH:mm:ss} IST. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CancelledIrn(@JsonProperty("Irn") String irn, @JsonProperty("CancelDate") String cancelDate) {
}

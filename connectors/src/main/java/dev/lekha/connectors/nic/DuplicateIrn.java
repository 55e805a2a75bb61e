package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code DUPIRN} info the IRP sends with error 2150: the IRN already registered for the document. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DuplicateIrn(@JsonProperty("AckNo") Long ackNo, @JsonProperty("AckDt") String ackDt,
                           @JsonProperty("Irn") String irn) {
}

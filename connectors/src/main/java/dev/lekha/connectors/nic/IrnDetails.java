package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the IRP returns for Generate IRN and Get IRN (decrypted {@code Data}). Dates are the IRP's
 * {@code yyyy-MM-dd HH:mm:ss} in IST; {@code status} is {@code ACT} (active) or {@code CNL} (cancelled).
 * The e-way bill fields are null unless one was generated with the invoice.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IrnDetails(
        @JsonProperty("AckNo") Long ackNo,
        @JsonProperty("AckDt") String ackDt,
        @JsonProperty("Irn") String irn,
        @JsonProperty("SignedInvoice") String signedInvoice,
        @JsonProperty("SignedQRCode") String signedQrCode,
        @JsonProperty("Status") String status,
        @JsonProperty("EwbNo") Long ewbNo,
        @JsonProperty("EwbDt") String ewbDt,
        @JsonProperty("EwbValidTill") String ewbValidTill,
        @JsonProperty("Remarks") String remarks) {
}

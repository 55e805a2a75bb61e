package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the IRP's {@code ErrorDetails}: its numeric code (as text, e.g. {@code 2150}) and message. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IrpError(@JsonProperty("ErrorCode") String errorCode, @JsonProperty("ErrorMessage") String errorMessage) {

    @Override
    public String toString() {
        return errorCode + ": " + errorMessage;
    }
}

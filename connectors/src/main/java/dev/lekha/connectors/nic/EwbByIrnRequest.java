package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Generate e-way bill by IRN (e-way bill API {@code /eiewb/v1.03/ewaybill}). {@code transMode} 1 road,
 * 2 rail, 3 air, 4 ship; {@code vehType} R regular or O over-dimensional cargo; {@code distance} km
 * (0: the IRP computes it from the PIN codes); {@code transDocDt} dd/MM/yyyy.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EwbByIrnRequest(@JsonProperty("Irn") String irn, @JsonProperty("Distance") Integer distance,
                              @JsonProperty("TransMode") String transMode, @JsonProperty("TransId") String transId,
                              @JsonProperty("TransName") String transName,
                              @JsonProperty("TransDocDt") String transDocDt,
                              @JsonProperty("TransDocNo") String transDocNo, @JsonProperty("VehNo") String vehNo,
                              @JsonProperty("VehType") String vehType) {
}

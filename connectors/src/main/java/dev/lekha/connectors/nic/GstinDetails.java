package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Get GSTIN details ({@code /eivital/v1.03/Master/gstin/{gstin}}). {@code txpType} REG, COM, SEZ, ...;
 * {@code status} ACT, CNL, INA, PRO; {@code blkStatus} U unblocked or B blocked; dates dd/MM/yyyy or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GstinDetails(@JsonProperty("Gstin") String gstin, @JsonProperty("TradeName") String tradeName,
                           @JsonProperty("LegalName") String legalName, @JsonProperty("AddrBnm") String addrBnm,
                           @JsonProperty("AddrBno") String addrBno, @JsonProperty("AddrFlno") String addrFlno,
                           @JsonProperty("AddrSt") String addrSt, @JsonProperty("AddrLoc") String addrLoc,
                           @JsonProperty("StateCode") Integer stateCode, @JsonProperty("AddrPncd") Integer addrPncd,
                           @JsonProperty("TxpType") String txpType, @JsonProperty("Status") String status,
                           @JsonProperty("BlkStatus") String blkStatus, @JsonProperty("DtReg") String dtReg,
                           @JsonProperty("DtDReg") String dtDReg) {
}

package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payload of the IRP's signed QR code (the {@code data} claim of {@code SignedQRCode}), its ten fields
 * as the IRP names them.
 *
 * @param docDt     document date, {@code dd/MM/yyyy}
 * @param totInvVal total invoice value in rupees
 * @param irnDt     IRN date-time, {@code yyyy-MM-dd HH:mm:ss} IST
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignedQrCode(@JsonProperty("SellerGstin") String sellerGstin,
                           @JsonProperty("BuyerGstin") String buyerGstin,
                           @JsonProperty("DocNo") String docNo,
                           @JsonProperty("DocTyp") String docTyp,
                           @JsonProperty("DocDt") String docDt,
                           @JsonProperty("TotInvVal") BigDecimal totInvVal,
                           @JsonProperty("ItemCnt") int itemCnt,
                           @JsonProperty("MainHsnCode") String mainHsnCode,
                           @JsonProperty("Irn") String irn,
                           @JsonProperty("IrnDt") String irnDt) {

    private static final JsonMapper JSON = NicClient.jsonMapper();

    /**
     * Reads the QR payload. Pass only data whose signature verified ({@link SignedDocument#verifiedData()}).
     *
     * @throws IllegalArgumentException when {@code dataJson} is not a QR payload JSON object
     */
    public static SignedQrCode fromVerifiedData(String dataJson) {
        if (dataJson == null || dataJson.isBlank()) {
            throw new IllegalArgumentException("No signed QR code data given");
        }
        try {
            SignedQrCode qr = JSON.readValue(dataJson, SignedQrCode.class);
            if (qr == null || qr.irn() == null || qr.sellerGstin() == null) {
                throw new IllegalArgumentException("The signed QR code data has no Irn or SellerGstin");
            }
            return qr;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The signed QR code data is not the IRP's QR JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** {@link #docDt()} as a date. */
    public LocalDate documentDate() {
        return LocalDate.parse(docDt, NicClient.DOCUMENT_DATE);
    }

    /** {@link #irnDt()} as an IST local date-time. */
    public LocalDateTime irnDateTime() {
        return LocalDateTime.parse(irnDt, NicClient.IRP_DATE_TIME);
    }
}

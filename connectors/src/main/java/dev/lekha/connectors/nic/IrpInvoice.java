package dev.lekha.connectors.nic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * An e-invoice as the IRP takes it: NIC e-invoice JSON schema version 1.1 (the {@code Generate IRN}
 * request of core API v1.03, before encryption). Field names are the IRP's own; absent optional
 * blocks are left out of the JSON. Dates are {@code dd/MM/yyyy} strings, amounts rupees.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IrpInvoice(
        @JsonProperty("Version") String version,
        @JsonProperty("TranDtls") TranDtls tranDtls,
        @JsonProperty("DocDtls") DocDtls docDtls,
        @JsonProperty("SellerDtls") SellerDtls sellerDtls,
        @JsonProperty("BuyerDtls") BuyerDtls buyerDtls,
        @JsonProperty("DispDtls") DispDtls dispDtls,
        @JsonProperty("ShipDtls") ShipDtls shipDtls,
        @JsonProperty("ItemList") List<Item> itemList,
        @JsonProperty("ValDtls") ValDtls valDtls,
        @JsonProperty("PayDtls") PayDtls payDtls,
        @JsonProperty("RefDtls") RefDtls refDtls,
        @JsonProperty("ExpDtls") ExpDtls expDtls,
        @JsonProperty("EwbDtls") EwbDtls ewbDtls) {

    public static final String SCHEMA_VERSION = "1.1";

    /** @param supTyp B2B, SEZWP, SEZWOP, EXPWP, EXPWOP or DEXP; regRev and igstOnIntra are Y or N */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranDtls(@JsonProperty("TaxSch") String taxSch, @JsonProperty("SupTyp") String supTyp,
                           @JsonProperty("RegRev") String regRev, @JsonProperty("EcmGstin") String ecmGstin,
                           @JsonProperty("IgstOnIntra") String igstOnIntra) {
    }

    /** @param typ INV, CRN or DBN; dt is dd/MM/yyyy */
    public record DocDtls(@JsonProperty("Typ") String typ, @JsonProperty("No") String no,
                          @JsonProperty("Dt") String dt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SellerDtls(@JsonProperty("Gstin") String gstin, @JsonProperty("LglNm") String lglNm,
                             @JsonProperty("TrdNm") String trdNm, @JsonProperty("Addr1") String addr1,
                             @JsonProperty("Addr2") String addr2, @JsonProperty("Loc") String loc,
                             @JsonProperty("Pin") Integer pin, @JsonProperty("Stcd") String stcd,
                             @JsonProperty("Ph") String ph, @JsonProperty("Em") String em) {
    }

    /** @param gstin the buyer's GSTIN, {@code URP} for exports; pos the place of supply state code */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuyerDtls(@JsonProperty("Gstin") String gstin, @JsonProperty("LglNm") String lglNm,
                            @JsonProperty("TrdNm") String trdNm, @JsonProperty("Pos") String pos,
                            @JsonProperty("Addr1") String addr1, @JsonProperty("Addr2") String addr2,
                            @JsonProperty("Loc") String loc, @JsonProperty("Pin") Integer pin,
                            @JsonProperty("Stcd") String stcd, @JsonProperty("Ph") String ph,
                            @JsonProperty("Em") String em) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DispDtls(@JsonProperty("Nm") String nm, @JsonProperty("Addr1") String addr1,
                           @JsonProperty("Addr2") String addr2, @JsonProperty("Loc") String loc,
                           @JsonProperty("Pin") Integer pin, @JsonProperty("Stcd") String stcd) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShipDtls(@JsonProperty("Gstin") String gstin, @JsonProperty("LglNm") String lglNm,
                           @JsonProperty("TrdNm") String trdNm, @JsonProperty("Addr1") String addr1,
                           @JsonProperty("Addr2") String addr2, @JsonProperty("Loc") String loc,
                           @JsonProperty("Pin") Integer pin, @JsonProperty("Stcd") String stcd) {
    }

    /** One item; {@code isServc} is Y or N, {@code assAmt} = {@code totAmt} − {@code discount}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@JsonProperty("SlNo") String slNo, @JsonProperty("PrdDesc") String prdDesc,
                       @JsonProperty("IsServc") String isServc, @JsonProperty("HsnCd") String hsnCd,
                       @JsonProperty("Qty") BigDecimal qty, @JsonProperty("FreeQty") BigDecimal freeQty,
                       @JsonProperty("Unit") String unit, @JsonProperty("UnitPrice") BigDecimal unitPrice,
                       @JsonProperty("TotAmt") BigDecimal totAmt, @JsonProperty("Discount") BigDecimal discount,
                       @JsonProperty("PreTaxVal") BigDecimal preTaxVal, @JsonProperty("AssAmt") BigDecimal assAmt,
                       @JsonProperty("GstRt") BigDecimal gstRt, @JsonProperty("IgstAmt") BigDecimal igstAmt,
                       @JsonProperty("CgstAmt") BigDecimal cgstAmt, @JsonProperty("SgstAmt") BigDecimal sgstAmt,
                       @JsonProperty("CesRt") BigDecimal cesRt, @JsonProperty("CesAmt") BigDecimal cesAmt,
                       @JsonProperty("CesNonAdvlAmt") BigDecimal cesNonAdvlAmt,
                       @JsonProperty("StateCesRt") BigDecimal stateCesRt,
                       @JsonProperty("StateCesAmt") BigDecimal stateCesAmt,
                       @JsonProperty("StateCesNonAdvlAmt") BigDecimal stateCesNonAdvlAmt,
                       @JsonProperty("OthChrg") BigDecimal othChrg, @JsonProperty("TotItemVal") BigDecimal totItemVal) {
    }

    /** Document totals; {@code totInvVal} = ass + taxes + othChrg − discount + rndOffAmt (IRP tolerance ±1). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValDtls(@JsonProperty("AssVal") BigDecimal assVal, @JsonProperty("CgstVal") BigDecimal cgstVal,
                          @JsonProperty("SgstVal") BigDecimal sgstVal, @JsonProperty("IgstVal") BigDecimal igstVal,
                          @JsonProperty("CesVal") BigDecimal cesVal, @JsonProperty("StCesVal") BigDecimal stCesVal,
                          @JsonProperty("Discount") BigDecimal discount, @JsonProperty("OthChrg") BigDecimal othChrg,
                          @JsonProperty("RndOffAmt") BigDecimal rndOffAmt, @JsonProperty("TotInvVal") BigDecimal totInvVal,
                          @JsonProperty("TotInvValFc") BigDecimal totInvValFc) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PayDtls(@JsonProperty("Nm") String nm, @JsonProperty("AccDet") String accDet,
                          @JsonProperty("Mode") String mode, @JsonProperty("FinInsBr") String finInsBr,
                          @JsonProperty("PayTerm") String payTerm, @JsonProperty("PayInstr") String payInstr,
                          @JsonProperty("CrTrn") String crTrn, @JsonProperty("DirDr") String dirDr,
                          @JsonProperty("CrDay") Integer crDay, @JsonProperty("PaidAmt") BigDecimal paidAmt,
                          @JsonProperty("PaymtDue") BigDecimal paymtDue) {
    }

    /** References; for credit and debit notes {@code precDocDtls} names the original invoice. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RefDtls(@JsonProperty("InvRm") String invRm,
                          @JsonProperty("PrecDocDtls") List<PrecDocDtls> precDocDtls) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PrecDocDtls(@JsonProperty("InvNo") String invNo, @JsonProperty("InvDt") String invDt,
                              @JsonProperty("OthRefNo") String othRefNo) {
    }

    /** Export details; {@code refClm} Y/N (refund claim), {@code cntCode} ISO 3166 alpha-2. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExpDtls(@JsonProperty("ShipBNo") String shipBNo, @JsonProperty("ShipBDt") String shipBDt,
                          @JsonProperty("Port") String port, @JsonProperty("RefClm") String refClm,
                          @JsonProperty("ForCur") String forCur, @JsonProperty("CntCode") String cntCode,
                          @JsonProperty("ExpDuty") BigDecimal expDuty) {
    }

    /**
     * E-way bill details given with the invoice. {@code transMode} 1 road, 2 rail, 3 air, 4 ship;
     * {@code vehType} R regular, O over-dimensional cargo; {@code distance} in km (0: the IRP computes it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EwbDtls(@JsonProperty("TransId") String transId, @JsonProperty("TransName") String transName,
                          @JsonProperty("TransMode") String transMode, @JsonProperty("Distance") Integer distance,
                          @JsonProperty("TransDocNo") String transDocNo, @JsonProperty("TransDocDt") String transDocDt,
                          @JsonProperty("VehNo") String vehNo, @JsonProperty("VehType") String vehType) {
    }
}

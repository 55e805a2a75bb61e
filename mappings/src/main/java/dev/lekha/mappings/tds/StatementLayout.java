package dev.lekha.mappings.tds;

import java.util.Map;

/**
 * Where each value sits in a record (1-based field numbers, the record's line number being field 1), per layout.
 *
 * <p>{@link #NSDL}: the NSDL e-TDS layout of the published 24Q samples (24QRQ3/24QRQ4, NSDL RPU 2.4): FH 17, BH 62,
 * CD 39, DD 33, SD 34 fields (a record ends with '^', so its last field is empty). Control totals verified on those
 * samples: BH 47 = sum of CD 27; CD 29 = sum of DD 19; CD 30..33 = sums of DD 14..17; BH 50 = sum of SD 19;
 * SD 28 = 24 + 25 + 26 - 27; SD 30 = 28 - 29.
 *
 * <p>{@link #PROTEAN_2026}: the layout of Protean's sample Form 140 (140RQ1, Protean RPU 1.0, tax year 2026-27):
 * FH 18, BH 72, CD 30, DD 45. Field meanings not evident from the sample (challan serial, minor head, remark
 * position) are documented in docs/tds.md as unconfirmed; salary detail (SD) for Form 138 keeps the NSDL layout.
 */
public enum StatementLayout {
    NSDL(Map.of("FH", 17, "BH", 62, "CD", 39, "DD", 33, "SD", 34),
            // CD
            12, 16, 18, 21, 22, 23, 24, 25, 26, 27, 29, 30, 31, 32, 33,
            // DD
            7, 10, 13, 14, 15, 16, 17, 19, 22, 23, 24, 25, 30, 0, 0),
    PROTEAN_2026(Map.of("FH", 18, "BH", 72, "CD", 30, "DD", 45, "SD", 34),
            // CD: serial 14 (unconfirmed), BSR 15, date 19, no section, tax 8, surcharge 9, cess 10, interest 11,
            // (no others field), total 12, per-deductee deposited 21, per-deductee income tax 22
            14, 15, 19, 0, 8, 9, 10, 11, 0, 12, 21, 22, 0, 0, 0,
            // DD: PAN 8, name 9, tax 24, deposited 25, paid 20, payment date 19, deduction date 27, code 15, rate 28
            0, 8, 9, 24, 0, 0, 0, 25, 20, 19, 27, 0, 30, 15, 28);

    public final Map<String, Integer> fieldCounts;
    public final int cdSerial, cdBsr, cdDate, cdSection, cdTax, cdSurcharge, cdCess, cdInterest, cdOthers, cdTotal,
            cdDeducteeDeposited, cdDeducteeTax, cdDeducteeSurcharge, cdDeducteeCess, cdDeducteeTotal;
    public final int ddRef, ddPan, ddName, ddTax, ddSurcharge, ddCess, ddTotal, ddDeposited, ddAmountPaid,
            ddPaymentDate, ddDeductionDate, ddDepositDate, ddRemark, ddPaymentCode, ddRate;

    StatementLayout(Map<String, Integer> fieldCounts, int cdSerial, int cdBsr, int cdDate, int cdSection, int cdTax,
                    int cdSurcharge, int cdCess, int cdInterest, int cdOthers, int cdTotal, int cdDeducteeDeposited,
                    int cdDeducteeTax, int cdDeducteeSurcharge, int cdDeducteeCess, int cdDeducteeTotal, int ddRef,
                    int ddPan, int ddName, int ddTax, int ddSurcharge, int ddCess, int ddTotal, int ddDeposited,
                    int ddAmountPaid, int ddPaymentDate, int ddDeductionDate, int ddDepositDate, int ddRemark,
                    int ddPaymentCode, int ddRate) {
        this.fieldCounts = fieldCounts;
        this.cdSerial = cdSerial;
        this.cdBsr = cdBsr;
        this.cdDate = cdDate;
        this.cdSection = cdSection;
        this.cdTax = cdTax;
        this.cdSurcharge = cdSurcharge;
        this.cdCess = cdCess;
        this.cdInterest = cdInterest;
        this.cdOthers = cdOthers;
        this.cdTotal = cdTotal;
        this.cdDeducteeDeposited = cdDeducteeDeposited;
        this.cdDeducteeTax = cdDeducteeTax;
        this.cdDeducteeSurcharge = cdDeducteeSurcharge;
        this.cdDeducteeCess = cdDeducteeCess;
        this.cdDeducteeTotal = cdDeducteeTotal;
        this.ddRef = ddRef;
        this.ddPan = ddPan;
        this.ddName = ddName;
        this.ddTax = ddTax;
        this.ddSurcharge = ddSurcharge;
        this.ddCess = ddCess;
        this.ddTotal = ddTotal;
        this.ddDeposited = ddDeposited;
        this.ddAmountPaid = ddAmountPaid;
        this.ddPaymentDate = ddPaymentDate;
        this.ddDeductionDate = ddDeductionDate;
        this.ddDepositDate = ddDepositDate;
        this.ddRemark = ddRemark;
        this.ddPaymentCode = ddPaymentCode;
        this.ddRate = ddRate;
    }

    // Batch header positions shared by both layouts (identical in the NSDL and Protean samples up to field 51).
    public static final int BH_CHALLAN_COUNT = 4, BH_FORM = 5, BH_TAN = 13, BH_PAN = 15, BH_AY = 16, BH_FY = 17,
            BH_QUARTER = 18, BH_NAME = 19, BH_BRANCH = 20, BH_ADDRESS1 = 21, BH_STATE = 26, BH_PIN = 27, BH_EMAIL = 28,
            BH_STD = 29, BH_PHONE = 30, BH_CHANGE = 31, BH_DEDUCTOR_TYPE = 32, BH_RESP_NAME = 33,
            BH_RESP_DESIGNATION = 34, BH_RESP_ADDRESS1 = 35, BH_RESP_STATE = 40, BH_RESP_PIN = 41, BH_RESP_EMAIL = 42,
            BH_RESP_MOBILE = 43, BH_RESP_STD = 44, BH_RESP_PHONE = 45, BH_RESP_CHANGE = 46, BH_TOTAL_DEPOSIT = 47,
            BH_SD_COUNT = 49, BH_SD_GROSS_TOTAL = 50, BH_AO_APPROVAL = 51, BH_RESP_PAN_2026 = 59;
    public static final int FH_FILE_TYPE = 3, FH_UPLOAD_TYPE = 4, FH_DATE = 5, FH_SEQUENCE = 6, FH_UPLOADER = 7,
            FH_TAN = 8, FH_BATCHES = 9, FH_RPU = 10;
    public static final int SD_SERIAL = 4, SD_MODE = 5, SD_PAN = 7, SD_NAME = 9, SD_CATEGORY = 10, SD_FROM = 11,
            SD_TO = 12, SD_GROSS_SALARY = 13, SD_S16_COUNT = 15, SD_S16_TOTAL = 16, SD_SALARY_INCOME = 17,
            SD_OTHER_INCOME = 18, SD_GROSS_TOTAL = 19, SD_C6A_COUNT = 21, SD_C6A_TOTAL = 22, SD_TAXABLE = 23,
            SD_TAX = 24, SD_SURCHARGE = 25, SD_CESS = 26, SD_RELIEF_89 = 27, SD_NET_TAX = 28, SD_TDS = 29,
            SD_SHORTFALL = 30;
}

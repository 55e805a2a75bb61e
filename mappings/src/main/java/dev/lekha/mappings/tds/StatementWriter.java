package dev.lekha.mappings.tds;

import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeductor;
import dev.lekha.mappings.tds.TdsStatement.ChallanBlock;
import dev.lekha.mappings.tds.TdsStatement.DeducteeLine;
import dev.lekha.mappings.tds.TdsStatement.SalaryDetail;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes a quarterly TDS statement in the Protean (ex-NSDL) text format: one FH (file header), one BH (batch
 * header), per challan a CD followed by its DDs, and for a salary statement's Q4 the SD records; fields joined by
 * '^', each record ending with '^', lines ending CRLF, amounts with two decimals, dates ddMMyyyy. Layouts per
 * {@link StatementLayout}. Pure: the creation date comes with the statement.
 */
public final class StatementWriter {

    public static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMyyyy", Locale.ROOT);

    private StatementWriter() {
    }

    /** The statement's text; never null. */
    public static String write(TdsStatement s) {
        StatementLayout layout = s.form().layout();
        StringBuilder out = new StringBuilder();
        int[] line = {0};
        TdsDeductor d = s.deductor();

        String[] fh = record(layout, "FH", ++line[0]);
        fh[StatementLayout.FH_FILE_TYPE] = s.form().fileType();
        fh[StatementLayout.FH_UPLOAD_TYPE] = "R";
        fh[StatementLayout.FH_DATE] = DATE.format(s.createdOn());
        fh[StatementLayout.FH_SEQUENCE] = "1";
        fh[StatementLayout.FH_UPLOADER] = "D";
        fh[StatementLayout.FH_TAN] = d.tan();
        fh[StatementLayout.FH_BATCHES] = "1";
        fh[StatementLayout.FH_RPU] = s.rpuName();
        append(out, fh);

        String[] bh = record(layout, "BH", ++line[0]);
        bh[3] = "1";
        bh[StatementLayout.BH_CHALLAN_COUNT] = String.valueOf(s.challans().size());
        bh[StatementLayout.BH_FORM] = s.form().number();
        bh[StatementLayout.BH_TAN] = d.tan();
        bh[StatementLayout.BH_PAN] = d.deductorPan();
        bh[StatementLayout.BH_AY] = (s.fyStartYear() + 1) + String.valueOf(s.fyStartYear() + 2).substring(2);
        bh[StatementLayout.BH_FY] = s.fyStartYear() + String.valueOf(s.fyStartYear() + 1).substring(2);
        bh[StatementLayout.BH_QUARTER] = "Q" + s.quarter();
        bh[StatementLayout.BH_NAME] = d.deductorName();
        bh[StatementLayout.BH_BRANCH] = nz(d.branch());
        address(bh, StatementLayout.BH_ADDRESS1, d);
        bh[StatementLayout.BH_STATE] = d.stateCode();
        bh[StatementLayout.BH_PIN] = d.pin();
        bh[StatementLayout.BH_EMAIL] = d.email();
        bh[StatementLayout.BH_STD] = nz(d.stdCode());
        bh[StatementLayout.BH_PHONE] = nz(d.phone());
        bh[StatementLayout.BH_CHANGE] = "N";
        bh[StatementLayout.BH_DEDUCTOR_TYPE] = d.deductorType();
        bh[StatementLayout.BH_RESP_NAME] = d.responsibleName();
        bh[StatementLayout.BH_RESP_DESIGNATION] = d.responsibleDesignation();
        address(bh, StatementLayout.BH_RESP_ADDRESS1, d);
        bh[StatementLayout.BH_RESP_STATE] = d.stateCode();
        bh[StatementLayout.BH_RESP_PIN] = d.pin();
        bh[StatementLayout.BH_RESP_EMAIL] = d.email();
        bh[StatementLayout.BH_RESP_MOBILE] = d.responsibleMobile();
        bh[StatementLayout.BH_RESP_STD] = nz(d.stdCode());
        bh[StatementLayout.BH_RESP_PHONE] = nz(d.phone());
        bh[StatementLayout.BH_RESP_CHANGE] = "N";
        bh[StatementLayout.BH_TOTAL_DEPOSIT] = amount(s.challans().stream().map(c -> c.challan().total())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        boolean withSd = s.form().salary() && s.quarter() == 4;
        if (layout == StatementLayout.NSDL || withSd) {
            bh[StatementLayout.BH_SD_COUNT] = String.valueOf(withSd ? s.salaryDetails().size() : 0);
            bh[StatementLayout.BH_SD_GROSS_TOTAL] = amount(withSd ? s.salaryDetails().stream()
                    .map(SalaryDetail::grossTotalIncome).reduce(BigDecimal.ZERO, BigDecimal::add) : BigDecimal.ZERO);
        }
        bh[StatementLayout.BH_AO_APPROVAL] = "N";
        if (layout == StatementLayout.PROTEAN_2026) {
            bh[52] = "N";
            bh[StatementLayout.BH_RESP_PAN_2026] = nz(d.responsiblePan());
        }
        append(out, bh);

        int challanNo = 0;
        for (ChallanBlock block : s.challans()) {
            challanNo++;
            TdsChallan c = block.challan();
            String[] cd = record(layout, "CD", ++line[0]);
            cd[3] = "1";
            cd[4] = String.valueOf(challanNo);
            cd[5] = String.valueOf(block.deductees().size());
            cd[6] = "N";
            cd[layout.cdSerial] = c.challanSerial();
            cd[layout.cdBsr] = c.bsrCode();
            cd[layout.cdDate] = DATE.format(c.depositDate());
            if (layout.cdSection > 0) {
                cd[layout.cdSection] = c.sectionCode();
            }
            cd[layout.cdTax] = amount(c.tax());
            cd[layout.cdSurcharge] = amount(c.surcharge());
            cd[layout.cdCess] = amount(c.cess());
            BigDecimal feeAndOthers = c.fee().add(c.others());
            if (layout.cdOthers > 0) {
                cd[layout.cdInterest] = amount(c.interest());
                cd[layout.cdOthers] = amount(feeAndOthers);
            } else {
                cd[layout.cdInterest] = amount(c.interest().add(feeAndOthers));
            }
            cd[layout.cdTotal] = amount(c.total());
            cd[layout.cdDeducteeDeposited] = amount(sum(block, DeducteeLine::totalTax));
            cd[layout.cdDeducteeTax] = amount(sum(block, DeducteeLine::tax));
            if (layout.cdDeducteeTotal > 0) {
                cd[layout.cdDeducteeSurcharge] = amount(sum(block, DeducteeLine::surcharge));
                cd[layout.cdDeducteeCess] = amount(sum(block, DeducteeLine::cess));
                cd[layout.cdDeducteeTotal] = amount(sum(block, DeducteeLine::totalTax));
                cd[34] = amount(BigDecimal.ZERO);
                cd[35] = amount(BigDecimal.ZERO);
                cd[37] = "N";
            }
            append(out, cd);
            int serial = 0;
            for (DeducteeLine l : block.deductees()) {
                String[] dd = record(layout, "DD", ++line[0]);
                dd[3] = "1";
                dd[4] = String.valueOf(challanNo);
                dd[5] = String.valueOf(++serial);
                dd[6] = "O";
                if (layout.ddRef > 0) {
                    dd[layout.ddRef] = nz(l.reference());
                }
                dd[layout.ddPan] = l.pan();
                dd[layout.ddName] = l.name();
                dd[layout.ddTax] = amount(l.tax());
                if (layout.ddTotal > 0) {
                    dd[layout.ddSurcharge] = amount(l.surcharge());
                    dd[layout.ddCess] = amount(l.cess());
                    dd[layout.ddTotal] = amount(l.totalTax());
                }
                dd[layout.ddDeposited] = amount(l.totalTax());
                dd[layout.ddAmountPaid] = amount(l.amountPaid());
                dd[layout.ddPaymentDate] = DATE.format(l.paymentDate());
                dd[layout.ddDeductionDate] = DATE.format(l.deductionDate());
                if (layout.ddDepositDate > 0) {
                    dd[layout.ddDepositDate] = DATE.format(c.depositDate());
                }
                if (layout.ddPaymentCode > 0) {
                    dd[layout.ddPaymentCode] = nz(l.code());
                }
                if (layout.ddRate > 0 && l.ratePercent() != null) {
                    dd[layout.ddRate] = rate(l.ratePercent());
                }
                dd[layout.ddRemark] = nz(l.remark());
                append(out, dd);
            }
        }

        if (withSd) {
            int serial = 0;
            for (SalaryDetail sd : s.salaryDetails()) {
                String[] r = new String[StatementLayout.NSDL.fieldCounts.get("SD") + 1];
                Arrays.fill(r, "");
                r[1] = String.valueOf(++line[0]);
                r[2] = "SD";
                r[3] = "1";
                r[StatementLayout.SD_SERIAL] = String.valueOf(++serial);
                r[StatementLayout.SD_MODE] = "A";
                r[StatementLayout.SD_PAN] = sd.pan();
                r[StatementLayout.SD_NAME] = sd.name();
                r[StatementLayout.SD_CATEGORY] = sd.category();
                r[StatementLayout.SD_FROM] = DATE.format(sd.from());
                r[StatementLayout.SD_TO] = DATE.format(sd.to());
                r[StatementLayout.SD_GROSS_SALARY] = amount(sd.grossSalary());
                r[StatementLayout.SD_S16_COUNT] = "0";
                r[StatementLayout.SD_S16_TOTAL] = amount(sd.section16Deductions());
                r[StatementLayout.SD_SALARY_INCOME] = amount(sd.salaryIncome());
                r[StatementLayout.SD_OTHER_INCOME] = amount(sd.otherIncome());
                r[StatementLayout.SD_GROSS_TOTAL] = amount(sd.grossTotalIncome());
                r[StatementLayout.SD_C6A_COUNT] = "0";
                r[StatementLayout.SD_C6A_TOTAL] = amount(sd.chapterVIADeductions());
                r[StatementLayout.SD_TAXABLE] = amount(sd.taxableIncome());
                r[StatementLayout.SD_TAX] = amount(sd.taxOnIncome());
                r[StatementLayout.SD_SURCHARGE] = amount(sd.surcharge());
                r[StatementLayout.SD_CESS] = amount(sd.cess());
                r[StatementLayout.SD_RELIEF_89] = amount(sd.relief89());
                r[StatementLayout.SD_NET_TAX] = amount(sd.netTax());
                r[StatementLayout.SD_TDS] = amount(sd.tdsDeducted());
                r[StatementLayout.SD_SHORTFALL] = amount(sd.netTax().subtract(sd.tdsDeducted()));
                append(out, r);
            }
        }
        return out.toString();
    }

    /** Fields 1..count of a record, index 0 unused, all empty but line number and type. */
    private static String[] record(StatementLayout layout, String type, int lineNo) {
        String[] r = new String[layout.fieldCounts.get(type) + 1];
        Arrays.fill(r, "");
        r[1] = String.valueOf(lineNo);
        r[2] = type;
        return r;
    }

    private static void append(StringBuilder out, String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            if (i > 1) {
                out.append('^');
            }
            out.append(clean(fields[i]));
        }
        out.append(CRLF);
    }

    private static void address(String[] r, int first, TdsDeductor d) {
        r[first] = trim(d.address1(), 25);
        r[first + 1] = trim(nz(d.address2()), 25);
        r[first + 2] = trim(nz(d.address3()), 25);
        r[first + 3] = trim(nz(d.address4()), 25);
        r[first + 4] = trim(d.city(), 25);
    }

    private static BigDecimal sum(ChallanBlock b, java.util.function.Function<DeducteeLine, BigDecimal> f) {
        return b.deductees().stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String rate(BigDecimal v) {
        BigDecimal r = v.setScale(4, RoundingMode.HALF_UP);
        String s = r.toPlainString();
        return r.compareTo(BigDecimal.TEN) < 0 ? "0" + s : s;
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }

    private static String trim(String v, int max) {
        return v.length() <= max ? v : v.substring(0, max);
    }

    /** '^' and line breaks cannot appear inside a field. */
    private static String clean(String v) {
        return v.replace('^', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    static LocalDate parseDate(String v) {
        return LocalDate.parse(v, DATE);
    }
}

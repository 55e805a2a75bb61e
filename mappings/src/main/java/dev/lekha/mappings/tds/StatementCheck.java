package dev.lekha.mappings.tds;

import dev.lekha.domain.tds.Pan;
import dev.lekha.mappings.tds.StatementReader.StatementRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-reads a written statement and lists what is wrong with it before it goes to Protean's File Validation Utility:
 * the structure (record order, line numbers, field counts, batch/challan/deductee counts and serials, control totals)
 * and the rejections the FVU is known for (PAN and TAN structure, PANNOTAVBL/PANINVALID without the higher-rate
 * remark, BSR code and challan serial shape, dates outside the quarter or after the deposit, deductees' tax above
 * the challan's, no salary detail in a salary statement's Q4). Each finding names the record (line) and field.
 */
public final class StatementCheck {

    private static final Set<String> NOT_A_PAN = Set.of(Pan.NOT_AVAILABLE, Pan.INVALID, Pan.APPLIED);

    private StatementCheck() {
    }

    /** One problem: the line, record type, field number (0 for the record as a whole) and what is wrong. */
    public record Finding(int line, String recordType, int field, String message) {
        @Override
        public String toString() {
            return "line " + line + " " + recordType + (field > 0 ? " field " + field : "") + ": " + message;
        }
    }

    /** The findings for {@code text}; empty when the statement passes every check. */
    public static List<Finding> check(String text) {
        List<Finding> f = new ArrayList<>();
        if (!text.isEmpty() && !text.endsWith("\r\n")) {
            f.add(new Finding(0, "FILE", 0, "lines must end with CRLF"));
        }
        List<StatementRecord> records = StatementReader.read(text);
        if (records.size() < 2 || !records.get(0).type().equals("FH") || !records.get(1).type().equals("BH")) {
            f.add(new Finding(1, "FILE", 0, "a statement starts with an FH record and then a BH record"));
            return f;
        }
        StatementRecord fh = records.get(0);
        StatementRecord bh = records.get(1);
        StatementForm form = StatementForm.byNumber(bh.field(StatementLayout.BH_FORM));
        if (form == null) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_FORM, "unknown form '"
                    + bh.field(StatementLayout.BH_FORM) + "' (expected 24Q, 26Q, 138 or 140)"));
            return f;
        }
        StatementLayout layout = form.layout();
        int fy;
        int quarter;
        try {
            fy = Integer.parseInt(bh.field(StatementLayout.BH_FY).substring(0, 4));
            quarter = Integer.parseInt(bh.field(StatementLayout.BH_QUARTER).substring(1));
        } catch (RuntimeException e) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_FY, "financial year / quarter unreadable"));
            return f;
        }
        LocalDate qStart = quarter == 4 ? LocalDate.of(fy + 1, 1, 1) : LocalDate.of(fy, 4 + 3 * (quarter - 1), 1);
        LocalDate qEnd = qStart.plusMonths(3).minusDays(1);

        // line numbers and field counts
        int expectedLine = 0;
        for (StatementRecord r : records) {
            expectedLine++;
            if (!r.field(1).equals(String.valueOf(expectedLine))) {
                f.add(new Finding(r.position(), r.type(), 1, "line number " + r.field(1) + ", expected " + expectedLine));
            }
            Integer count = r.type().equals("SD") ? StatementLayout.NSDL.fieldCounts.get("SD")
                    : layout.fieldCounts.get(r.type());
            if (count == null) {
                f.add(new Finding(r.position(), r.type(), 2, "unknown record type '" + r.type() + "'"));
            } else if (r.fieldCount() != count) {
                f.add(new Finding(r.position(), r.type(), 0, r.fieldCount() + " fields, the " + form.number()
                        + " layout has " + count));
            }
        }

        // header checks
        if (!Pan.isValidTan(fh.field(StatementLayout.FH_TAN))) {
            f.add(new Finding(fh.position(), "FH", StatementLayout.FH_TAN, "TAN must be 4 letters, 5 digits, a letter"));
        }
        if (!fh.field(StatementLayout.FH_TAN).equals(bh.field(StatementLayout.BH_TAN))) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_TAN, "TAN differs from the file header's"));
        }
        if (!Pan.isValid(bh.field(StatementLayout.BH_PAN))) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_PAN, "deductor PAN has not a PAN's structure"));
        }
        if (form.layout() == StatementLayout.PROTEAN_2026 && !Pan.isValid(bh.field(StatementLayout.BH_RESP_PAN_2026))) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_RESP_PAN_2026,
                    "PAN of the person responsible is required"));
        }
        if (!bh.field(StatementLayout.BH_PIN).matches("[1-9][0-9]{5}")) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_PIN, "PIN must be 6 digits"));
        }
        if (!fh.field(StatementLayout.FH_FILE_TYPE).equals(form.fileType())) {
            f.add(new Finding(fh.position(), "FH", StatementLayout.FH_FILE_TYPE, "file type must be "
                    + form.fileType() + " for Form " + form.number()));
        }
        long batches = records.stream().filter(r -> r.type().equals("BH")).count();
        if (!fh.field(StatementLayout.FH_BATCHES).equals(String.valueOf(batches))) {
            f.add(new Finding(fh.position(), "FH", StatementLayout.FH_BATCHES, "says " + fh.field(StatementLayout.FH_BATCHES)
                    + " batches, the file has " + batches));
        }

        // challans and their deductees
        List<StatementRecord> cds = records.stream().filter(r -> r.type().equals("CD")).toList();
        if (!bh.field(StatementLayout.BH_CHALLAN_COUNT).equals(String.valueOf(cds.size()))) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_CHALLAN_COUNT, "says "
                    + bh.field(StatementLayout.BH_CHALLAN_COUNT) + " challans, the file has " + cds.size()));
        }
        BigDecimal challanTotals = BigDecimal.ZERO;
        int challanNo = 0;
        for (int i = 0; i < records.size(); i++) {
            StatementRecord cd = records.get(i);
            if (!cd.type().equals("CD")) {
                continue;
            }
            challanNo++;
            if (!cd.field(4).equals(String.valueOf(challanNo))) {
                f.add(new Finding(cd.position(), "CD", 4, "challan serial " + cd.field(4) + ", expected " + challanNo));
            }
            if (!cd.field(layout.cdBsr).matches("[0-9]{7}")) {
                f.add(new Finding(cd.position(), "CD", layout.cdBsr, "BSR code must be 7 digits"));
            }
            if (!cd.field(layout.cdSerial).matches("[0-9]{5}")) {
                f.add(new Finding(cd.position(), "CD", layout.cdSerial, "challan serial number must be 5 digits"));
            }
            LocalDate deposit = date(f, cd, layout.cdDate, "date of deposit");
            BigDecimal total = money(f, cd, layout.cdTotal);
            BigDecimal parts = money(f, cd, layout.cdTax).add(money(f, cd, layout.cdSurcharge))
                    .add(money(f, cd, layout.cdCess)).add(money(f, cd, layout.cdInterest))
                    .add(layout.cdOthers > 0 ? money(f, cd, layout.cdOthers) : BigDecimal.ZERO);
            if (total.compareTo(parts) != 0) {
                f.add(new Finding(cd.position(), "CD", layout.cdTotal, "total " + total.toPlainString()
                        + " is not the sum of its parts " + parts.toPlainString()));
            }
            challanTotals = challanTotals.add(total);
            List<StatementRecord> dds = new ArrayList<>();
            for (int j = i + 1; j < records.size() && records.get(j).type().equals("DD"); j++) {
                dds.add(records.get(j));
            }
            if (!cd.field(5).equals(String.valueOf(dds.size()))) {
                f.add(new Finding(cd.position(), "CD", 5, "says " + cd.field(5) + " deductees, " + dds.size()
                        + " DD records follow"));
            }
            BigDecimal deposited = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            int serial = 0;
            for (StatementRecord dd : dds) {
                serial++;
                if (!dd.field(4).equals(String.valueOf(challanNo))) {
                    f.add(new Finding(dd.position(), "DD", 4, "challan number " + dd.field(4) + ", its CD is " + challanNo));
                }
                if (!dd.field(5).equals(String.valueOf(serial))) {
                    f.add(new Finding(dd.position(), "DD", 5, "deductee serial " + dd.field(5) + ", expected " + serial));
                }
                checkDeductee(f, dd, layout, qStart, qEnd, deposit);
                deposited = deposited.add(money(f, dd, layout.ddDeposited));
                tax = tax.add(money(f, dd, layout.ddTax));
            }
            if (money(f, cd, layout.cdDeducteeDeposited).compareTo(deposited) != 0) {
                f.add(new Finding(cd.position(), "CD", layout.cdDeducteeDeposited, "tax deposited as per deductees "
                        + cd.field(layout.cdDeducteeDeposited) + " but the DD records sum to " + deposited.toPlainString()));
            }
            if (money(f, cd, layout.cdDeducteeTax).compareTo(tax) != 0) {
                f.add(new Finding(cd.position(), "CD", layout.cdDeducteeTax, "income tax as per deductees "
                        + cd.field(layout.cdDeducteeTax) + " but the DD records sum to " + tax.toPlainString()));
            }
            if (deposited.compareTo(total) > 0) {
                f.add(new Finding(cd.position(), "CD", layout.cdTotal, "the deductees' tax " + deposited.toPlainString()
                        + " exceeds the challan's " + total.toPlainString() + ": the FVU rejects over-consumed challans"));
            }
        }
        BigDecimal bhTotal = money(f, bh, StatementLayout.BH_TOTAL_DEPOSIT);
        if (bhTotal.compareTo(challanTotals) != 0) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_TOTAL_DEPOSIT, "batch total "
                    + bhTotal.toPlainString() + " but the challans sum to " + challanTotals.toPlainString()));
        }

        // salary detail
        List<StatementRecord> sds = records.stream().filter(r -> r.type().equals("SD")).toList();
        if (form.salary() && quarter == 4 && sds.isEmpty()) {
            f.add(new Finding(bh.position(), "BH", StatementLayout.BH_SD_COUNT,
                    "a Q4 salary statement needs the salary detail (SD) of every employee"));
        }
        if (!sds.isEmpty() && !(form.salary() && quarter == 4)) {
            f.add(new Finding(sds.get(0).position(), "SD", 0, "salary detail belongs only in a salary statement's Q4"));
        }
        if (form.salary() && quarter == 4 || layout == StatementLayout.NSDL) {
            if (!bh.field(StatementLayout.BH_SD_COUNT).equals(String.valueOf(sds.size()))) {
                f.add(new Finding(bh.position(), "BH", StatementLayout.BH_SD_COUNT, "says "
                        + bh.field(StatementLayout.BH_SD_COUNT) + " salary details, the file has " + sds.size()));
            }
            BigDecimal gti = BigDecimal.ZERO;
            int serial = 0;
            for (StatementRecord sd : sds) {
                serial++;
                if (!sd.field(StatementLayout.SD_SERIAL).equals(String.valueOf(serial))) {
                    f.add(new Finding(sd.position(), "SD", StatementLayout.SD_SERIAL, "serial " + sd.field(4)
                            + ", expected " + serial));
                }
                checkPan(f, sd, StatementLayout.SD_PAN);
                gti = gti.add(money(f, sd, StatementLayout.SD_GROSS_TOTAL));
                BigDecimal net = money(f, sd, StatementLayout.SD_TAX).add(money(f, sd, StatementLayout.SD_SURCHARGE))
                        .add(money(f, sd, StatementLayout.SD_CESS)).subtract(money(f, sd, StatementLayout.SD_RELIEF_89));
                if (net.compareTo(money(f, sd, StatementLayout.SD_NET_TAX)) != 0) {
                    f.add(new Finding(sd.position(), "SD", StatementLayout.SD_NET_TAX, "net tax "
                            + sd.field(StatementLayout.SD_NET_TAX) + " is not tax + surcharge + cess - relief = "
                            + net.toPlainString()));
                }
            }
            if (money(f, bh, StatementLayout.BH_SD_GROSS_TOTAL).compareTo(gti) != 0) {
                f.add(new Finding(bh.position(), "BH", StatementLayout.BH_SD_GROSS_TOTAL, "gross total income "
                        + bh.field(StatementLayout.BH_SD_GROSS_TOTAL) + " but the SD records sum to " + gti.toPlainString()));
            }
        }
        return f;
    }

    private static void checkDeductee(List<Finding> f, StatementRecord dd, StatementLayout layout, LocalDate qStart,
                                      LocalDate qEnd, LocalDate deposit) {
        checkPan(f, dd, layout.ddPan);
        String pan = dd.field(layout.ddPan);
        BigDecimal tax = money(f, dd, layout.ddTax);
        if (NOT_A_PAN.contains(pan) && tax.signum() > 0 && !"C".equals(dd.field(layout.ddRemark))) {
            f.add(new Finding(dd.position(), "DD", layout.ddRemark, pan
                    + " with tax deducted: mark remark C (higher rate, s.206AA) or give the PAN"));
        }
        if (dd.field(layout.ddName).isBlank()) {
            f.add(new Finding(dd.position(), "DD", layout.ddName, "deductee name is required"));
        }
        LocalDate paid = date(f, dd, layout.ddPaymentDate, "date of payment/credit");
        LocalDate deducted = date(f, dd, layout.ddDeductionDate, "date of deduction");
        if (paid != null && (paid.isBefore(qStart) || paid.isAfter(qEnd))) {
            f.add(new Finding(dd.position(), "DD", layout.ddPaymentDate, "date of payment " + paid
                    + " is outside the quarter " + qStart + " to " + qEnd));
        }
        if (deducted != null && deposit != null && deducted.isAfter(deposit)) {
            f.add(new Finding(dd.position(), "DD", layout.ddDeductionDate, "deducted on " + deducted
                    + ", after the challan's deposit on " + deposit));
        }
        if (money(f, dd, layout.ddAmountPaid).signum() <= 0) {
            f.add(new Finding(dd.position(), "DD", layout.ddAmountPaid, "amount paid/credited must be positive"));
        }
    }

    private static void checkPan(List<Finding> f, StatementRecord r, int field) {
        String pan = r.field(field);
        if (!Pan.isValid(pan) && !NOT_A_PAN.contains(pan)) {
            f.add(new Finding(r.position(), r.type(), field, "'" + Pan.masked(pan)
                    + "' is neither a PAN (AAAAA9999A, 4th letter a holder status) nor PANNOTAVBL/PANINVALID/PANAPPLIED"));
        }
    }

    private static LocalDate date(List<Finding> f, StatementRecord r, int field, String what) {
        try {
            return StatementWriter.parseDate(r.field(field));
        } catch (DateTimeParseException e) {
            f.add(new Finding(r.position(), r.type(), field, what + " '" + r.field(field) + "' is not a ddMMyyyy date"));
            return null;
        }
    }

    private static BigDecimal money(List<Finding> f, StatementRecord r, int field) {
        String v = r.field(field);
        if (v.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (!v.matches("-?[0-9]{1,15}\\.[0-9]{2}")) {
            f.add(new Finding(r.position(), r.type(), field, "amount '" + v + "' must have two decimals"));
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                return BigDecimal.ZERO;
            }
        }
        return new BigDecimal(v);
    }
}

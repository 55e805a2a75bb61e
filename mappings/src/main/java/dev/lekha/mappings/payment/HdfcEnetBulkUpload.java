package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.BankOutcome;
import dev.lekha.domain.payment.FieldProblem;
import dev.lekha.domain.payment.PaymentInstruction;
import dev.lekha.domain.payment.PaymentMode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HDFC Bank ENet bulk (vendor) payment upload and its reverse file.
 *
 * <p>Upload, as HDFC's "RBI Adapter / ENet upload file format" annexure lays it out: no header, one payment a line,
 * 28 comma-separated fields, commas and special characters forbidden in values ("please do not use commas in any
 * field", HDFC ENet bulk upload manual), lines ended CR LF (the manual has the file saved from Notepad; the ERP
 * templates for this format end records with a carriage return). Fields Lekha fills: 1 transaction type ({@code N}
 * NEFT, {@code R} RTGS), 3 beneficiary account, 4 amount (17.2), 5 beneficiary name (35 for NEFT/RTGS), 14 customer
 * reference (20, echoed in the reverse file), 15 payment details 1 (30), 23 transaction date dd/MM/yyyy, 25 IFSC,
 * 28 beneficiary e-mail; the others (beneficiary code, drawee/print location, addresses, instruction reference,
 * payment details 2-7, cheque number, MICR, bank and branch name) stay empty, as they may for NEFT/RTGS. IMPS and
 * HDFC-internal transfers ({@code I}, needing a registered beneficiary code) are not written in this layout.
 * File name: client code + DDMM + "." + 3-digit serial, e.g. {@code LEKH0612.001}.
 *
 * <p>Reverse file (ENet "reverse file layout"): same naming with {@code .r} before the serial, comma-separated,
 * 10 fields: customer reference, beneficiary name, beneficiary account, IFSC, account type, amount, value date
 * yyyyMMdd, bank reference (the UTR), status {@code E} executed or {@code R} rejected, reject reason.
 */
public final class HdfcEnetBulkUpload implements PaymentFileFormat {

    static final int UPLOAD_FIELDS = 28;
    static final int REVERSE_FIELDS = 10;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter TXN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VALUE_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.ofPattern("ddMM", Locale.ROOT);
    private static final Pattern REVERSE_NAME = Pattern.compile(".+\\.r\\d{3}");

    @Override
    public PaymentFileLayout layout() {
        return PaymentFileLayout.HDFC_ENET;
    }

    @Override
    public byte[] write(PaymentFileRequest request) {
        List<FieldProblem> problems = PaymentFileChecks.common(request, 20, 30);
        for (PaymentInstruction p : request.payments()) {
            if (p.mode() == PaymentMode.IMPS) {
                problems.add(new FieldProblem(p.lineNo(), "mode", "IMPS is not a transaction type of the HDFC ENet"
                        + " upload (N NEFT, R RTGS); pay by NEFT or use the generic layout"));
            }
            if (p.beneficiaryName() != null && p.beneficiaryName().length() > 35) {
                problems.add(new FieldProblem(p.lineNo(), "beneficiaryName", "is longer than the 35 characters HDFC"
                        + " ENet takes for NEFT/RTGS"));
            }
            if (p.accountNumber() != null && p.accountNumber().length() > 25) {
                problems.add(new FieldProblem(p.lineNo(), "accountNumber", "is longer than the 25 characters HDFC ENet takes"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PaymentFileException("HDFC ENet payment file", problems);
        }
        StringBuilder out = new StringBuilder();
        for (PaymentInstruction p : request.payments()) {
            String[] f = new String[UPLOAD_FIELDS];
            Arrays.fill(f, "");
            f[0] = p.mode() == PaymentMode.RTGS ? "R" : "N";
            f[2] = p.accountNumber();
            f[3] = PaymentFileChecks.amount(p.amount());
            f[4] = p.beneficiaryName();
            f[13] = p.ourReference();
            f[14] = GenericPaymentCsv.nz(p.narration());
            f[22] = request.paymentDate().format(TXN_DATE);
            f[24] = p.ifsc();
            f[27] = GenericPaymentCsv.nz(p.beneficiaryEmail());
            out.append(String.join(",", f)).append(CRLF);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String fileName(String clientCode, long serial, LocalDate date) {
        return clientCode + date.format(NAME_DATE) + "." + String.format(Locale.ROOT, "%03d", serial % 1000);
    }

    @Override
    public boolean isAcknowledgement(String fileName) {
        return REVERSE_NAME.matcher(fileName).matches();
    }

    @Override
    public String acknowledgementName(String uploadFileName) {
        int dot = uploadFileName.lastIndexOf('.');
        return uploadFileName.substring(0, dot + 1) + "r" + uploadFileName.substring(dot + 1);
    }

    @Override
    public List<BankOutcome> readAcknowledgement(String fileName, byte[] content) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(content);
        } catch (IllegalArgumentException e) {
            throw new AcknowledgementFileException(fileName, List.of(new FieldProblem(0, "file", e.getMessage())));
        }
        if (rows.isEmpty()) {
            throw new AcknowledgementFileException(fileName, List.of(new FieldProblem(0, "file", "has no lines")));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<BankOutcome> outcomes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : rows) {
            String[] c = row.cells();
            int line = row.line();
            if (c.length != REVERSE_FIELDS) {
                problems.add(new FieldProblem(line, "columns", "has " + c.length + " fields, expected " + REVERSE_FIELDS
                        + " (customer reference, name, account, IFSC, account type, amount, value date, bank reference,"
                        + " status, reason)"));
                continue;
            }
            int before = problems.size();
            if (c[0].isEmpty()) {
                problems.add(new FieldProblem(line, "Customer Reference No", "is missing"));
            } else if (!seen.add(c[0])) {
                problems.add(new FieldProblem(line, "Customer Reference No", "'" + c[0] + "' is answered twice in the file"));
            }
            LocalDate valueDate = null;
            if (!c[6].isEmpty()) {
                try {
                    valueDate = LocalDate.parse(c[6], VALUE_DATE);
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(line, "Value date", "'" + c[6] + "' is not a date yyyyMMdd"));
                }
            }
            boolean paid = c[8].equalsIgnoreCase("E");
            if (!paid && !c[8].equalsIgnoreCase("R")) {
                problems.add(new FieldProblem(line, "Transaction Status", "'" + c[8] + "' is not E (executed) or R (rejected)"));
            } else if (paid && c[7].isEmpty()) {
                problems.add(new FieldProblem(line, "Bank Ref No", "an executed line must carry the bank reference (UTR)"));
            }
            if (problems.size() == before) {
                outcomes.add(new BankOutcome(line, c[0], paid, GenericPaymentCsv.emptyToNull(c[7]),
                        GenericPaymentCsv.emptyToNull(c[9]), valueDate));
            }
        }
        if (!problems.isEmpty()) {
            throw new AcknowledgementFileException(fileName, problems);
        }
        return outcomes;
    }

    @Override
    public List<UploadedPayment> readUpload(String fileName, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        List<UploadedPayment> payments = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(content)) {
            String[] c = row.cells();
            if (c.length != UPLOAD_FIELDS) {
                problems.add(new FieldProblem(row.line(), "columns", "has " + c.length + " fields, expected " + UPLOAD_FIELDS));
                continue;
            }
            PaymentMode mode = switch (c[0]) {
                case "N" -> PaymentMode.NEFT;
                case "R" -> PaymentMode.RTGS;
                default -> null;
            };
            if (mode == null) {
                problems.add(new FieldProblem(row.line(), "Transaction Type", "'" + c[0] + "' is not N or R"));
                continue;
            }
            try {
                payments.add(new UploadedPayment(row.line(), c[13], mode, new BigDecimal(c[3]), c[4], c[2], c[24],
                        GenericPaymentCsv.emptyToNull(c[14]), GenericPaymentCsv.emptyToNull(c[27]),
                        LocalDate.parse(c[22], TXN_DATE)));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem(row.line(), "row", "unreadable: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PaymentFileException(fileName, problems);
        }
        return payments;
    }

    @Override
    public byte[] writeAcknowledgement(List<AcknowledgementLine> lines) {
        StringBuilder out = new StringBuilder();
        for (AcknowledgementLine l : lines) {
            out.append(String.join(",", l.customerReference(), l.beneficiaryName(), l.accountNumber(), l.ifsc(), "10",
                    PaymentFileChecks.amount(l.amount()), l.valueDate() == null ? "" : l.valueDate().format(VALUE_DATE),
                    GenericPaymentCsv.nz(l.utr()), l.paid() ? "E" : "R",
                    GenericPaymentCsv.nz(l.reason()).replace(',', ' '))).append(CRLF);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

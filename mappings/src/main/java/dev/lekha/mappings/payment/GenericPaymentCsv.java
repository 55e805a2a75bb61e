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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lekha's generic NEFT/RTGS/IMPS layout, for banks whose host-to-host desk maps a CSV of their choosing. US-ASCII,
 * a header row, LF line ends, ISO dates, amounts in rupees with two decimals, no quoting (commas are refused in
 * every field).
 *
 * <pre>
 * upload:  PAYMENT_TYPE,CUSTOMER_REFERENCE,AMOUNT,PAYMENT_DATE,DEBIT_ACCOUNT,BENEFICIARY_NAME,BENEFICIARY_ACCOUNT,IFSC,NARRATION,EMAIL
 * reverse: CUSTOMER_REFERENCE,STATUS,UTR,VALUE_DATE,REASON        (STATUS is PAID or REJECTED)
 * </pre>
 */
public final class GenericPaymentCsv implements PaymentFileFormat {

    static final String UPLOAD_HEADER = "PAYMENT_TYPE,CUSTOMER_REFERENCE,AMOUNT,PAYMENT_DATE,DEBIT_ACCOUNT,"
            + "BENEFICIARY_NAME,BENEFICIARY_ACCOUNT,IFSC,NARRATION,EMAIL";
    static final String ACK_HEADER = "CUSTOMER_REFERENCE,STATUS,UTR,VALUE_DATE,REASON";
    private static final DateTimeFormatter NAME_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    @Override
    public PaymentFileLayout layout() {
        return PaymentFileLayout.GENERIC_CSV;
    }

    @Override
    public byte[] write(PaymentFileRequest request) {
        List<FieldProblem> problems = PaymentFileChecks.common(request, 20, 140);
        if (!request.debitAccountNumber().matches("[A-Za-z0-9]{6,34}")) {
            problems.add(new FieldProblem(0, "debitAccount", "the debit account is not 6 to 34 letters or digits"));
        }
        if (!problems.isEmpty()) {
            throw new PaymentFileException("generic payment file", problems);
        }
        StringBuilder out = new StringBuilder(UPLOAD_HEADER).append('\n');
        for (PaymentInstruction p : request.payments()) {
            out.append(p.mode().name()).append(',')
                    .append(p.ourReference()).append(',')
                    .append(PaymentFileChecks.amount(p.amount())).append(',')
                    .append(request.paymentDate()).append(',')
                    .append(request.debitAccountNumber()).append(',')
                    .append(p.beneficiaryName()).append(',')
                    .append(p.accountNumber()).append(',')
                    .append(p.ifsc()).append(',')
                    .append(nz(p.narration())).append(',')
                    .append(nz(p.beneficiaryEmail())).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String fileName(String clientCode, long serial, LocalDate date) {
        return "PAY-" + clientCode + "-" + date.format(NAME_DATE) + "-" + serial + ".csv";
    }

    @Override
    public boolean isAcknowledgement(String fileName) {
        return fileName.startsWith("ACK-") && fileName.endsWith(".csv");
    }

    @Override
    public String acknowledgementName(String uploadFileName) {
        return "ACK-" + (uploadFileName.startsWith("PAY-") ? uploadFileName.substring(4) : uploadFileName);
    }

    @Override
    public List<BankOutcome> readAcknowledgement(String fileName, byte[] content) {
        List<FieldProblem> problems = new ArrayList<>();
        List<BankOutcome> outcomes = new ArrayList<>();
        List<CsvRows.Row> rows = rows(fileName, content, ACK_HEADER);
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String[] c = row.cells();
            int line = row.line();
            if (c.length != 5) {
                problems.add(new FieldProblem(line, "columns", "has " + c.length + " columns, expected 5 (" + ACK_HEADER + ")"));
                continue;
            }
            int before = problems.size();
            if (c[0].isEmpty()) {
                problems.add(new FieldProblem(line, "CUSTOMER_REFERENCE", "is missing"));
            } else if (!seen.add(c[0])) {
                problems.add(new FieldProblem(line, "CUSTOMER_REFERENCE", "'" + c[0] + "' is answered twice in the file"));
            }
            Boolean paid = switch (c[1].toUpperCase(Locale.ROOT)) {
                case "PAID" -> true;
                case "REJECTED" -> false;
                default -> null;
            };
            if (paid == null) {
                problems.add(new FieldProblem(line, "STATUS", "'" + c[1] + "' is not PAID or REJECTED"));
            } else if (paid && c[2].isEmpty()) {
                problems.add(new FieldProblem(line, "UTR", "a PAID line must carry the UTR"));
            }
            LocalDate valueDate = null;
            if (!c[3].isEmpty()) {
                try {
                    valueDate = LocalDate.parse(c[3]);
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(line, "VALUE_DATE", "'" + c[3] + "' is not a date yyyy-MM-dd"));
                }
            }
            if (problems.size() == before) {
                outcomes.add(new BankOutcome(line, c[0], paid, emptyToNull(c[2]), emptyToNull(c[4]), valueDate));
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
        List<CsvRows.Row> rows = CsvRows.read(content);
        if (rows.isEmpty() || !String.join(",", rows.get(0).cells()).equalsIgnoreCase(UPLOAD_HEADER)) {
            throw new PaymentFileException(fileName, List.of(new FieldProblem(1, "header", "expected " + UPLOAD_HEADER)));
        }
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String[] c = row.cells();
            if (c.length != 10) {
                problems.add(new FieldProblem(row.line(), "columns", "has " + c.length + " columns, expected 10"));
                continue;
            }
            try {
                payments.add(new UploadedPayment(row.line(), c[1], PaymentMode.valueOf(c[0]), new BigDecimal(c[2]), c[5],
                        c[6], c[7], emptyToNull(c[8]), emptyToNull(c[9]), LocalDate.parse(c[3])));
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
        StringBuilder out = new StringBuilder(ACK_HEADER).append('\n');
        for (AcknowledgementLine l : lines) {
            out.append(l.customerReference()).append(',')
                    .append(l.paid() ? "PAID" : "REJECTED").append(',')
                    .append(nz(l.utr())).append(',')
                    .append(l.valueDate() == null ? "" : l.valueDate().toString()).append(',')
                    .append(nz(l.reason()).replace(',', ' ')).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static List<CsvRows.Row> rows(String fileName, byte[] content, String header) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.read(content);
        } catch (IllegalArgumentException e) {
            throw new AcknowledgementFileException(fileName, List.of(new FieldProblem(0, "file", e.getMessage())));
        }
        if (rows.isEmpty() || !String.join(",", rows.get(0).cells()).equalsIgnoreCase(header)) {
            throw new AcknowledgementFileException(fileName, List.of(new FieldProblem(1, "header",
                    "expected the header " + header)));
        }
        return rows;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

package dev.lekha.mappings.payment;

import dev.lekha.domain.payment.FieldProblem;
import dev.lekha.domain.payment.PaymentInstruction;
import dev.lekha.domain.payment.PaymentRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks every layout makes before writing, row = the payment's line in the batch. */
final class PaymentFileChecks {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

    private PaymentFileChecks() {
    }

    static List<FieldProblem> common(PaymentFileRequest request, int referenceMax, int narrationMax) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.payments().isEmpty()) {
            problems.add(new FieldProblem(0, "payments", "a payment file needs at least one payment"));
        }
        Set<String> references = new HashSet<>();
        for (PaymentInstruction p : request.payments()) {
            int row = p.lineNo();
            problems.addAll(PaymentRules.check(row, p.beneficiaryName(), p.accountNumber(), p.ifsc(), p.mode(),
                    p.amount(), p.narration()));
            if (p.ourReference() == null || p.ourReference().isBlank()) {
                problems.add(new FieldProblem(row, "customerReference", "is missing"));
            } else if (p.ourReference().length() > referenceMax || !p.ourReference().matches("[A-Za-z0-9\\-/]+")) {
                problems.add(new FieldProblem(row, "customerReference", "'" + p.ourReference() + "' is not up to "
                        + referenceMax + " letters, digits, - or /"));
            } else if (!references.add(p.ourReference())) {
                problems.add(new FieldProblem(row, "customerReference", "'" + p.ourReference() + "' is used twice"));
            }
            if (p.narration() != null && p.narration().length() > narrationMax) {
                problems.add(new FieldProblem(row, "narration", "is longer than " + narrationMax + " characters"));
            }
            if (p.beneficiaryEmail() != null && !p.beneficiaryEmail().isEmpty()
                    && !EMAIL.matcher(p.beneficiaryEmail()).matches()) {
                problems.add(new FieldProblem(row, "beneficiaryEmail", "'" + p.beneficiaryEmail() + "' is not an e-mail address"));
            }
        }
        return problems;
    }

    /** Rupees with exactly two decimals, no grouping: 150000.5 -> "150000.50". */
    static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}

package dev.lekha.domain.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every outgoing payment must meet whatever the bank's file layout: the checks a bank's upload would
 * otherwise reject the whole file for, made before anything is written.
 */
public final class PaymentRules {

    /** RBI: IFSC is 11 characters, four letters (bank), a zero reserved for future use, six for the branch. */
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");

    /**
     * The characters NEFT/RTGS carry in names and remarks (the SWIFT "x" set the RBI's NEFT and RTGS messages use:
     * letters, digits, space and / - ? : ( ) . ' +), less the comma, which the banks' comma-separated uploads forbid
     * (HDFC ENet bulk upload manual: "please do not use commas in any field").
     */
    private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9 /\\-?:().'+]*");

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9]{6,34}");

    /**
     * RTGS is for large payments only: RBI, "RTGS - Frequently Asked Questions" (rbi.org.in, Q6): "The minimum amount to
     * be remitted through RTGS is ₹2,00,000/-". Kept here with its source; should the RBI change it, this is the one
     * place to change.
     */
    public static final BigDecimal RTGS_MINIMUM = new BigDecimal("200000.00");

    /** NEFT names and remarks beyond this are cut by the banks' screens; refused rather than silently cut. */
    public static final int NAME_MAX = 100;

    private PaymentRules() {
    }

    /** Problems with one payment (empty when it can be paid). {@code row} is reported back in each problem. */
    public static List<FieldProblem> check(int row, String beneficiaryName, String accountNumber, String ifsc,
                                           PaymentMode mode, BigDecimal amount, String narration) {
        List<FieldProblem> problems = new ArrayList<>();
        if (beneficiaryName == null || beneficiaryName.isBlank()) {
            problems.add(new FieldProblem(row, "beneficiaryName", "is missing"));
        } else if (!TEXT.matcher(beneficiaryName).matches()) {
            problems.add(new FieldProblem(row, "beneficiaryName", "'" + beneficiaryName + "' has characters NEFT/RTGS"
                    + " do not carry (allowed: letters, digits, space and / - ? : ( ) . ' +; no commas)"));
        } else if (beneficiaryName.length() > NAME_MAX) {
            problems.add(new FieldProblem(row, "beneficiaryName", "is longer than " + NAME_MAX + " characters"));
        }
        if (accountNumber == null || !ACCOUNT.matcher(accountNumber).matches()) {
            problems.add(new FieldProblem(row, "accountNumber", "'" + (accountNumber == null ? "" : accountNumber)
                    + "' is not 6 to 34 letters or digits"));
        }
        if (!validIfsc(ifsc)) {
            problems.add(new FieldProblem(row, "ifsc", "'" + (ifsc == null ? "" : ifsc) + "' is not an IFSC"
                    + " (11 characters: 4 letters, a zero, 6 letters or digits, e.g. HDFC0000123)"));
        }
        if (mode == null) {
            problems.add(new FieldProblem(row, "mode", "is missing (NEFT, RTGS or IMPS)"));
        }
        if (amount == null) {
            problems.add(new FieldProblem(row, "amount", "is missing"));
        } else if (amount.signum() <= 0) {
            problems.add(new FieldProblem(row, "amount", amount.toPlainString() + " is not positive"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(row, "amount", amount.toPlainString() + " has more than 2 decimals (paise)"));
        } else if (mode == PaymentMode.RTGS && amount.compareTo(RTGS_MINIMUM) < 0) {
            problems.add(new FieldProblem(row, "amount", amount.toPlainString() + " is below the RTGS minimum of "
                    + RTGS_MINIMUM.toPlainString() + "; pay it by NEFT or IMPS"));
        }
        if (narration != null && !TEXT.matcher(narration).matches()) {
            problems.add(new FieldProblem(row, "narration", "'" + narration + "' has characters NEFT/RTGS do not carry"
                    + " (allowed: letters, digits, space and / - ? : ( ) . ' +; no commas)"));
        }
        return problems;
    }

    public static boolean validIfsc(String ifsc) {
        return ifsc != null && IFSC.matcher(ifsc).matches();
    }
}

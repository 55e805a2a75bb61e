package dev.lekha.mappings.payroll.files;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Lists what the EPFO portal would reject in an ECR 2.0 text file, line by line and field by field, so a person can
 * fix the payroll before uploading. Pure: reads only the text given.
 *
 * <p>Rules, from the EPFO's ECR file-format instructions and its list of ECR error codes (sources in
 * docs/payroll-files.md): 11 fields separated by {@code #~#}; the UAN is 12 digits and appears once; the name is at
 * most 85 characters, starts with a letter and has only letters, spaces, '.' and '-'; amounts are whole numbers
 * (digits only, below 10,000,000,000), refund of advances may be empty; the file is ANSI text without control
 * characters and without empty lines. On top of the format, the contribution rules: EPF wages do not exceed gross
 * wages, EPS wages do not exceed EPF wages nor the wage ceiling, EDLI wages do not exceed the ceiling; the EPS
 * contribution is EPS wages × 8.33% and the employer's difference is EPF wages × 12% less the EPS contribution, each
 * within ₹1 of the rounded figure; the employee's share is at least EPF wages × 12% less ₹1 (more is voluntary PF);
 * NCP days do not exceed the days of the wage month.
 */
public final class EcrCheck {

    static final int FIELDS = 11;
    private static final Pattern UAN = Pattern.compile("\\d{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,10}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z .\\-]*");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> NAMES = List.of("UAN", "member name", "gross wages", "EPF wages", "EPS wages",
            "EDLI wages", "EPF contribution", "EPS contribution", "EPF-EPS difference", "NCP days",
            "refund of advances");

    private EcrCheck() {
    }

    /**
     * Checks a whole ECR file.
     *
     * @param ecr   the file's text (CRLF or LF line breaks); must not be null
     * @param rules the month's statutory numbers; must not be null
     * @return the problems in file order; empty when the portal would accept the file
     */
    public static List<EcrProblem> check(String ecr, EcrRules rules) {
        Objects.requireNonNull(ecr, "ecr must not be null");
        Objects.requireNonNull(rules, "rules must not be null");
        List<EcrProblem> problems = new ArrayList<>();
        if (ecr.isEmpty()) {
            problems.add(new EcrProblem(1, 0, "line", "the file is empty: an ECR has one line per member"));
            return problems;
        }
        String[] lines = ecr.split("\r?\n", -1);
        Map<String, Integer> uans = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            checkLine(i + 1, lines[i], rules, uans, problems);
        }
        return problems;
    }

    private static void checkLine(int n, String line, EcrRules rules, Map<String, Integer> uans,
                                  List<EcrProblem> problems) {
        if (line.isEmpty()) {
            problems.add(new EcrProblem(n, 0, "line", "empty line: remove it (the file must end with the last "
                    + "member's line, without a line break after it)"));
            return;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                problems.add(new EcrProblem(n, 0, "line", String.format("character U+%04X at position %d is not "
                        + "ANSI text (control characters, tabs and non-Latin letters are rejected)", (int) c, i + 1)));
                return;
            }
        }
        String[] f = line.split(Pattern.quote(EcrFile.SEPARATOR), -1);
        if (f.length != FIELDS) {
            problems.add(new EcrProblem(n, 0, "line", "has " + f.length + " fields; an ECR line has exactly "
                    + FIELDS + " separated by " + EcrFile.SEPARATOR));
            return;
        }
        if (!UAN.matcher(f[0]).matches()) {
            problem(problems, n, 1, "'" + f[0] + "' is not a 12-digit UAN");
        } else if (uans.putIfAbsent(f[0], n) != null) {
            problem(problems, n, 1, "UAN " + f[0] + " is already on line " + uans.get(f[0])
                    + "; a member appears once per ECR");
        }
        if (f[1].length() > 85) {
            problem(problems, n, 2, "the name has " + f[1].length() + " characters; at most 85 are allowed");
        }
        if (!NAME.matcher(f[1]).matches()) {
            problem(problems, n, 2, "'" + f[1] + "' must start with a letter and have only letters, spaces, "
                    + "'.' and '-'");
        }
        long[] v = new long[FIELDS];
        boolean numbersOk = true;
        for (int i = 2; i < FIELDS; i++) {
            if (i == 10 && f[i].isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(f[i]).matches()) {
                problem(problems, n, i + 1, "'" + f[i] + "' is not a whole number of rupees (digits only, "
                        + "no decimals, separators or signs)");
                numbersOk = false;
            } else {
                v[i] = Long.parseLong(f[i]);
            }
        }
        if (numbersOk) {
            checkAmounts(n, v, rules, problems);
        }
    }

    private static void checkAmounts(int n, long[] v, EcrRules rules, List<EcrProblem> problems) {
        long gross = v[2];
        long epfWages = v[3];
        long epsWages = v[4];
        long edliWages = v[5];
        long ceiling = rules.wageCeiling().setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (epfWages > gross) {
            problem(problems, n, 4, "EPF wages " + epfWages + " exceed gross wages " + gross);
        }
        if (epsWages > epfWages) {
            problem(problems, n, 5, "EPS wages " + epsWages + " exceed EPF wages " + epfWages);
        }
        if (epsWages > ceiling) {
            problem(problems, n, 5, "EPS wages " + epsWages + " exceed the wage ceiling " + ceiling
                    + " for " + rules.wageMonth() + "; cap them at the ceiling");
        }
        if (edliWages > ceiling) {
            problem(problems, n, 6, "EDLI wages " + edliWages + " exceed the wage ceiling " + ceiling
                    + " for " + rules.wageMonth() + "; cap them at the ceiling");
        }
        long epf = percent(epfWages, rules.epfRatePercent());
        long eps = percent(epsWages, rules.epsRatePercent());
        if (v[6] < epf - 1) {
            problem(problems, n, 7, "employee share " + v[6] + " is less than " + rules.epfRatePercent()
                    .stripTrailingZeros().toPlainString() + "% of EPF wages " + epfWages + " (" + epf + ")");
        }
        if (Math.abs(v[7] - eps) > 1) {
            problem(problems, n, 8, "EPS contribution " + v[7] + " is not " + rules.epsRatePercent()
                    .stripTrailingZeros().toPlainString() + "% of EPS wages " + epsWages + " (" + eps + ")");
        }
        if (Math.abs(v[8] - (epf - v[7])) > 1) {
            problem(problems, n, 9, "EPF-EPS difference " + v[8] + " is not " + rules.epfRatePercent()
                    .stripTrailingZeros().toPlainString() + "% of EPF wages less the EPS contribution ("
                    + epf + " - " + v[7] + " = " + (epf - v[7]) + ")");
        }
        int days = rules.wageMonth().lengthOfMonth();
        if (v[9] > days) {
            problem(problems, n, 10, "NCP days " + v[9] + " exceed the " + days + " days of " + rules.wageMonth());
        }
    }

    private static long percent(long wages, BigDecimal rate) {
        return BigDecimal.valueOf(wages).multiply(rate).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void problem(List<EcrProblem> problems, int line, int field, String message) {
        problems.add(new EcrProblem(line, field, NAMES.get(field - 1), message));
    }
}

package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule broken on purpose, with the line and field the EPFO's error list names. */
class EcrCheckTest {

    private static final EcrRules MAY_2026 = new EcrRules(YearMonth.of(2026, 5), rs("15000"), rs("12"), rs("8.33"));

    private static List<String> problems(String ecr, EcrRules rules) {
        return EcrCheck.check(ecr, rules).stream().map(EcrProblem::toString).toList();
    }

    @Test
    void namesLineAndFieldOfEachRejection() {
        String ecr = String.join("\r\n",
                "10025727474#~#NITESH#~#15000#~#15000#~#15000#~#15000#~#1800#~#1250#~#550#~#0#~#0",
                "100427601130#~#R@MESH#~#15000#~#15000#~#16000#~#15000#~#1800#~#1333#~#467#~#32#~#0",
                "100427601130#~#FGH#~#10000#~#10000#~#10000#~#10000#~#1100#~#900#~#367#~#0#~#0",
                "100427601131#~#TOO FEW#~#1",
                "100427601132#~#DECIMAL#~#10000.50#~#10000#~#10000#~#10000#~#1200#~#833#~#367#~#0#~#0",
                "");
        assertThat(problems(ecr, MAY_2026)).containsExactly(
                "line 1, field 1 (UAN): '10025727474' is not a 12-digit UAN",
                "line 2, field 2 (member name): 'R@MESH' must start with a letter and have only letters, spaces, "
                        + "'.' and '-'",
                "line 2, field 5 (EPS wages): EPS wages 16000 exceed EPF wages 15000",
                "line 2, field 5 (EPS wages): EPS wages 16000 exceed the wage ceiling 15000 for 2026-05; cap them "
                        + "at the ceiling",
                // 8.33% of 16,000 = 1,332.80 -> 1,333 is right for the (wrong) wages; 1,800 - 1,333 = 467 too
                "line 2, field 10 (NCP days): NCP days 32 exceed the 31 days of 2026-05",
                "line 3, field 1 (UAN): UAN 100427601130 is already on line 2; a member appears once per ECR",
                "line 3, field 7 (EPF contribution): employee share 1100 is less than 12% of EPF wages 10000 (1200)",
                "line 3, field 8 (EPS contribution): EPS contribution 900 is not 8.33% of EPS wages 10000 (833)",
                "line 3, field 9 (EPF-EPS difference): EPF-EPS difference 367 is not 12% of EPF wages less the EPS "
                        + "contribution (1200 - 900 = 300)",
                "line 4: has 3 fields; an ECR line has exactly 11 separated by #~#",
                "line 5, field 3 (gross wages): '10000.50' is not a whole number of rupees (digits only, no "
                        + "decimals, separators or signs)",
                "line 6: empty line: remove it (the file must end with the last member's line, without a line "
                        + "break after it)");
    }

    @Test
    void usesTheCeilingInForceForTheMonth() {
        // From 17 September 2026 the ceiling is ₹25,000: 25,000 EPS wages give 8.33% = 2,082.50 -> 2,083 and the
        // employer's difference 3,000 - 2,083 = 917. In October 2026 that passes; under the old ceiling it does not.
        String line = "100900000001#~#ASHA#~#25000#~#25000#~#25000#~#25000#~#3000#~#2083#~#917#~#0#~#0";
        assertThat(problems(line, new EcrRules(YearMonth.of(2026, 10), rs("25000"), rs("12"), rs("8.33")))).isEmpty();
        assertThat(problems(line, MAY_2026)).containsExactly(
                "line 1, field 5 (EPS wages): EPS wages 25000 exceed the wage ceiling 15000 for 2026-05; cap them at "
                        + "the ceiling",
                "line 1, field 6 (EDLI wages): EDLI wages 25000 exceed the wage ceiling 15000 for 2026-05; cap them "
                        + "at the ceiling");
    }

    @Test
    void rejectsControlCharactersAndLongNames() {
        String tab = "100900000001#~#AS\tHA#~#10000#~#10000#~#10000#~#10000#~#1200#~#833#~#367#~#0#~#0";
        assertThat(problems(tab, MAY_2026)).containsExactly(
                "line 1: character U+0009 at position 18 is not ANSI text (control characters, tabs and non-Latin "
                        + "letters are rejected)");
        String longName = "A".repeat(86);
        assertThat(problems("100900000001#~#" + longName + "#~#10000#~#10000#~#10000#~#10000#~#1200#~#833#~#367#~#0#~#0",
                MAY_2026)).containsExactly("line 1, field 2 (member name): the name has 86 characters; at most 85 are "
                + "allowed");
    }
}

package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.mappings.payroll.Payslip;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The expected lines are the EPFO's own: the two return lines of the ReECR user manual's help file (NITESH and
 * RAMESH at ₹15,000: 1800 / 1250 / 550) and the ₹10,000 line of the ECR validation tool's example (1200 / 833 / 367),
 * fixtures payroll/ecr/epfo_ecr_return_sample_lines.txt and epfo_ecr_validation_tool_example_lines.txt. The
 * payslips carry the payroll's unrounded figures (8.33% of 15,000 = 1,249.50; of 10,000 = 833.00), so the test also
 * proves the rounding.
 */
class EcrFileTest {

    private static Payslip fifteenThousand(String uan, String name) {
        // 12% of 15,000 = 1,800; 8.33% = 1,249.50; employer's difference 1,800 - 1,249.50 = 550.50
        return new TestPayslips.Builder(employee("E" + name, name, "M", uan, null, "MH"))
                .pf("15000", "1800", "1249.50", "550.50").build();
    }

    @Test
    void writesTheEpfoHelpFileLinesByteForByte() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EcrFile ecr = EcrFile.open(out, TestPayslips.header(TestPayslips.MONTH))) {
            ecr.add(fifteenThousand("100257274743", "NITESH"));
            ecr.add(fifteenThousand("100427601130", "RAMESH"));
            assertThat(ecr.lines()).isEqualTo(2);
        }
        byte[] expected = ("100257274743#~#NITESH#~#15000#~#15000#~#15000#~#15000#~#1800#~#1250#~#550#~#0#~#0\r\n"
                + "100427601130#~#RAMESH#~#15000#~#15000#~#15000#~#15000#~#1800#~#1250#~#550#~#0#~#0")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(out.toByteArray()).isEqualTo(expected);
    }

    @Test
    void writesTheValidationToolsTenThousandLineWithZeroRefund() {
        Payslip fgh = new TestPayslips.Builder(employee("E3", "FGH", "M", "100427601130", null, "MH"))
                .pf("10000", "1200", "833.00", "367.00").build();
        // The tool's example leaves refund of advances empty; the help file writes 0, which we always do.
        assertThat(EcrFile.line(fgh))
                .isEqualTo("100427601130#~#FGH#~#10000#~#10000#~#10000#~#10000#~#1200#~#833#~#367#~#0#~#0");
    }

    @Test
    void addsVoluntaryPfToTheEmployeeShareAndWritesNcpDaysAndCappedWages() {
        // ₹35,000 PF wages on actual wages: EE 4,200 + VPF 1,000; EPS on the ₹15,000 ceiling 1,249.50;
        // employer 4,200 - 1,249.50 = 2,950.50, written as the rounded employer share less the rounded EPS:
        // 4,200 - 1,250 = 2,950; 3 NCP days.
        TestPayslips.Builder b = new TestPayslips.Builder(employee("E4", "ASHA K. RAO", "F", "100900000001", null,
                "MH"));
        b.gross = rs("40000");
        b.pfWages = rs("35000");
        b.epsWages = rs("15000");
        b.edliWages = rs("15000");
        b.epfEmployee = rs("4200");
        b.vpf = rs("1000");
        b.epsEmployer = rs("1249.50");
        b.epfEmployer = rs("2950.50");
        b.ncpDays = rs("3");
        assertThat(EcrFile.line(b.build()))
                .isEqualTo("100900000001#~#ASHA K. RAO#~#40000#~#35000#~#15000#~#15000#~#5200#~#1250#~#2950#~#3#~#0");
    }

    @Test
    void refusesWhatCannotBeWritten() {
        Payslip noUan = new TestPayslips.Builder(employee("E5", "NO UAN", "M", null, null, "MH"))
                .pf("10000", "1200", "833", "367").build();
        assertThatThrownBy(() -> EcrFile.line(noUan)).hasMessageContaining("employee E5 has no UAN");
        Payslip devanagari = new TestPayslips.Builder(employee("E6", "रमेश", "M", "100900000002", null, "MH"))
                .pf("10000", "1200", "833", "367").build();
        assertThatThrownBy(() -> EcrFile.line(devanagari))
                .hasMessageContaining("employee E6: the name has the character 'र' (U+0930) at position 1");
    }

    @Test
    void theFixtureLinesPassTheCheckAndOurOutputToo() {
        EcrRules rules = new EcrRules(YearMonth.of(2026, 5), rs("15000"), rs("12"), rs("8.33"));
        String fixtureLines = "100427607286#~#xy#~#15000#~#15000#~#15000#~#15000#~#1800#~#1250#~#550#~#0#~#0\n"
                + "100257274743#~#NITESHKR#~#15000#~#15000#~#15000#~#15000#~#1800#~#1250#~#550#~#0#~#0\n"
                + "100427601130#~#FGH#~#10000#~#10000#~#10000#~#10000#~#1200#~#833#~#367#~#0#~#";
        assertThat(EcrCheck.check(fixtureLines, rules)).isEmpty();
    }
}

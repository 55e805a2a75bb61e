package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import dev.lekha.mappings.payroll.PayslipEmployee;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PayslipPdfTest {

    /**
     * Basic 15,000 + HRA 6,000 + special 4,000 = 25,000; EPF 1,800 + PT 200 + TDS 1,250 + canteen 500 = 3,750;
     * net 21,250 (Twenty One Thousand Two Hundred Fifty). Employer: EPS 1,250, EPF 550, EDLI 75, admin 75.
     */
    static Payslip payslip() {
        TestPayslips.Builder b = new TestPayslips.Builder(employee("E001", "Asha Ramaswamy", "F", "100900000001",
                null, "MH")).pf("15000", "1800", "1250", "550");
        b.earnings = List.of(new PayslipAmount("BASIC", "Basic", rs("15000")),
                new PayslipAmount("HRA", "House rent allowance", rs("6000")),
                new PayslipAmount("SPECIAL", "Special allowance", rs("4000")));
        b.deductions = List.of(new PayslipAmount("CANTEEN", "Canteen", rs("500")));
        b.gross = rs("25000");
        b.pt = rs("200");
        b.tds = rs("1250");
        b.edli = rs("75");
        b.pfAdmin = rs("75");
        b.totalDeductions = rs("3750");
        b.net = rs("21250");
        return b.build();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void printsTheFiguresWithTheRupeeSignAndTheNetPayInWords() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PayslipPdf pdf = PayslipPdf.open(TestPayslips.header(TestPayslips.MONTH))) {
            pdf.write(payslip(), out);
        }
        String text = text(out.toByteArray());
        // PAN ABCPE1234F and account 123456789012 masked to their last four; UAN in full
        assertThat(text.lines()).contains(
                "Lekha Test Industries Private Limited",
                "Payslip for May 2026",
                "Employee code E001 PAN XXXXXX234F",
                "Name Asha Ramaswamy UAN 100900000001",
                "Department Operations Bank account XXXXXXXX9012",
                "Basic ₹15,000.00 Provident fund (employee) ₹1,800.00",
                "House rent allowance ₹6,000.00 Professional tax ₹200.00",
                "Special allowance ₹4,000.00 Income tax (TDS) ₹1,250.00",
                "Canteen ₹500.00",
                "Gross earnings ₹25,000.00 Total deductions ₹3,750.00",
                "Net pay ₹21,250.00",
                "In words: Rupees Twenty One Thousand Two Hundred Fifty Only",
                "Pension scheme (EPS) ₹1,250.00",
                "Provident fund (employer) ₹550.00",
                "EDLI ₹75.00");
        assertThat(text).doesNotContain("ABCPE1234F").doesNotContain("123456789012").doesNotContain("VPF");
    }

    /**
     * The year-to-date block: April and May 2026 at the same pay as {@link #payslip()}: gross 2 × 25,000 = 50,000,
     * PF 2 × 1,800 = 3,600, PT 2 × 200 = 400, TDS 2 × 1,250 = 2,500, net 2 × 21,250 = 42,500.
     */
    @Test
    void showsTheYearToDateWhenGiven() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PayslipPdf pdf = PayslipPdf.open(TestPayslips.header(TestPayslips.MONTH))) {
            pdf.write(payslip(), new PayslipYearToDate(java.time.YearMonth.of(2026, 4), TestPayslips.MONTH,
                    rs("50000"), rs("3600"), rs("400"), rs("2500"), rs("42500")), out);
        }
        assertThat(text(out.toByteArray()).lines()).containsSubsequence(
                "Year to date (Apr 2026 to May 2026) Amount",
                "Gross earnings ₹50,000.00",
                "Provident fund (employee) ₹3,600.00",
                "Professional tax ₹400.00",
                "Income tax (TDS) ₹2,500.00",
                "Net pay ₹42,500.00");
        assertThat(PayslipYearToDate.financialYearStart(java.time.YearMonth.of(2027, 3)))
                .isEqualTo(java.time.YearMonth.of(2026, 4));
        assertThat(PayslipYearToDate.financialYearStart(java.time.YearMonth.of(2026, 4)))
                .isEqualTo(java.time.YearMonth.of(2026, 4));
    }

    /** Without a valid PAN the TDS is at least 20% (s.206AA; s.397(2)(b)): the payslip says why; with one it does not. */
    @Test
    void explainsTheTdsRateWhenThereIsNoValidPan() throws IOException {
        Payslip withPan = payslip();
        Payslip withoutPan = new Payslip(new PayslipEmployee("E001", "Asha Ramaswamy", "F", null, null, "100900000001",
                null, null, null, "MH", null, null, java.time.LocalDate.of(2020, 4, 1), null), withPan.month(),
                withPan.daysInMonth(), withPan.paidDays(), withPan.lopDays(), withPan.ncpDays(), withPan.earnings(),
                withPan.otherDeductions(), withPan.grossEarnings(), withPan.taxableEarnings(), withPan.pfWages(),
                withPan.epsWages(), withPan.edliWages(), withPan.epfEmployee(), withPan.vpfEmployee(),
                withPan.epsEmployer(), withPan.epfEmployer(), withPan.edliEmployer(), withPan.pfAdminEmployer(),
                withPan.esiWages(), withPan.esiEmployee(), withPan.esiEmployer(), withPan.professionalTax(),
                withPan.lwfEmployee(), withPan.lwfEmployer(), rs("5000"), withPan.totalDeductions(), withPan.netPay(),
                withPan.regime(), withPan.projectedTaxableIncome(), withPan.projectedAnnualTax());
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (PayslipPdf pdf = PayslipPdf.open(TestPayslips.header(TestPayslips.MONTH))) {
            pdf.write(withPan, a);
            pdf.write(withoutPan, b);
        }
        assertThat(text(a.toByteArray())).doesNotContain("No valid PAN");
        assertThat(text(b.toByteArray()).lines()).contains(
                "No valid PAN on record: TDS is at least 20% of the month's taxable salary",
                "(s.206AA; s.397(2)(b) of the Income-tax Act, 2025). Give your PAN to payroll.");
    }

    @Test
    void continuesALongPayslipOnASecondPage() throws IOException {
        TestPayslips.Builder b = new TestPayslips.Builder(employee("E002", "Ravi", "M", null, null, "MH"));
        b.earnings = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new PayslipAmount("ARREAR" + i, "Arrear " + i, rs("100"))).toList();
        b.gross = rs("6000");
        b.net = rs("6000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PayslipPdf pdf = PayslipPdf.open(TestPayslips.header(TestPayslips.MONTH))) {
            pdf.write(b.build(), out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(text(out.toByteArray()).lines()).contains("Arrear 60 ₹100.00", "Net pay ₹6,000.00");
    }
}

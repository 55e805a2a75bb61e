package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class PayslipZipTest {

    @Test
    void writesOnePdfPerEmployeeNamedByCodeAndMonth() throws IOException {
        TestPayslips.Builder ravi = new TestPayslips.Builder(employee("HO/002", "Ravi Kumar", "M", null, null, "KA"));
        ravi.earnings = List.of(new dev.lekha.mappings.payroll.PayslipAmount("BASIC", "Basic", rs("10000")));
        ravi.gross = rs("10000");
        ravi.net = rs("10000");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PayslipZip zip = PayslipZip.open(out, TestPayslips.header(TestPayslips.MONTH))) {
            assertThat(zip.add(PayslipPdfTest.payslip())).isEqualTo("E001_2026-05.pdf");
            assertThat(zip.add(ravi.build())).isEqualTo("HO_002_2026-05.pdf");
            assertThatThrownBy(() -> zip.add(PayslipPdfTest.payslip()))
                    .hasMessageContaining("a payslip named E001_2026-05.pdf is already in the ZIP");
            assertThat(zip.entries()).isEqualTo(2);
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<LocalDateTime> times = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
                times.add(e.getTimeLocal());
            }
        }
        assertThat(entries).containsOnlyKeys("E001_2026-05.pdf", "HO_002_2026-05.pdf");
        assertThat(times).containsOnly(LocalDateTime.of(2026, 5, 31, 0, 0));
        assertThat(PayslipPdfTest.text(entries.get("E001_2026-05.pdf")).lines()).contains("Net pay ₹21,250.00");
        assertThat(PayslipPdfTest.text(entries.get("HO_002_2026-05.pdf")).lines())
                .contains("Name Ravi Kumar UAN -", "Net pay ₹10,000.00",
                        "In words: Rupees Ten Thousand Only");
    }
}

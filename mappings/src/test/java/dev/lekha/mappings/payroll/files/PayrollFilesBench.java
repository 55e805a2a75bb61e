package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Not a test (no assertion; never picked up by {@code ./mvnw verify}, whose surefire runs {@code *Test}): writes every
 * payroll file for {@code lekha.bench.payslips} (default 10,000) generated payslips, one payslip at a time as the
 * payroll job does, and reports each file's wall time, size and the peak heap in use. Run with
 * {@code ops/bench/payroll-files.sh}; results in {@code mappings/target/bench/payroll-files.txt}.
 */
class PayrollFilesBench {

    @Test
    void writeAllPayrollFiles() throws Exception {
        int n = Integer.getInteger("lekha.bench.payslips", 10_000);
        PayrollFileHeader header = TestPayslips.header(TestPayslips.MONTH);
        IntFunction<Payslip> payslip = PayrollFilesBench::payslip;
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        List<String> report = new ArrayList<>();
        report.add("payslips=" + n + " maxHeap=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "MB jdk="
                + System.getProperty("java.version") + " cores=" + Runtime.getRuntime().availableProcessors());
        report.add(run("ECR", n, out -> {
            try (EcrFile ecr = EcrFile.open(out, header)) {
                for (int i = 0; i < n; i++) {
                    ecr.add(payslip.apply(i));
                }
            }
        }));
        report.add(run("ESIC", n, out -> {
            try (EsicContributionWorkbook esic = EsicContributionWorkbook.open(out, header)) {
                for (int i = 0; i < n; i++) {
                    esic.add(payslip.apply(i));
                }
            }
        }));
        report.add(run("PT", n, out -> {
            try (ProfessionalTaxReturnWorkbook pt = ProfessionalTaxReturnWorkbook.open(out, header,
                    ProfessionalTaxReturnWorkbookTest.MAHARASHTRA)) {
                for (int i = 0; i < n; i++) {
                    pt.add(payslip.apply(i));
                }
            }
        }));
        report.add(run("register", n, out -> {
            try (PayrollRegisterWorkbook register = PayrollRegisterWorkbook.open(out, header)) {
                for (int i = 0; i < n; i++) {
                    register.add(payslip.apply(i));
                }
            }
        }));
        report.add(run("payslip ZIP", n, out -> {
            try (PayslipZip zip = PayslipZip.open(out, header)) {
                for (int i = 0; i < n; i++) {
                    zip.add(payslip.apply(i));
                }
            }
        }));
        sampler.interrupt();
        report.add("peak heap in use (sampled every 100 ms) " + peak.get() / (1024 * 1024) + " MB");
        Path file = Path.of("target", "bench", "payroll-files.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
        report.forEach(System.out::println);
    }

    private static String run(String name, int n, Consumer<OutputStream> writer) {
        Counting out = new Counting();
        long start = System.nanoTime();
        writer.accept(out);
        long ms = (System.nanoTime() - start) / 1_000_000;
        return String.format("%-12s %6d ms  %,12d bytes  %,.0f payslips/s", name, ms, out.bytes, n * 1000.0 / ms);
    }

    /** Basic 20,000 + HRA 8,000 + special 2,000 + i rupees; PF at the ₹15,000 ceiling; ESI for a third of them. */
    private static Payslip payslip(int i) {
        String code = String.format("E%05d", i);
        boolean esi = i % 3 == 0;
        TestPayslips.Builder b = new TestPayslips.Builder(employee(code, "Employee " + code.substring(1),
                i % 2 == 0 ? "M" : "F", String.format("1009%08d", i), esi ? String.format("31%08d", i) : null, "MH"));
        String special = String.valueOf(2000 + i % 1000);
        b.earnings = List.of(new PayslipAmount("BASIC", "Basic", rs("20000")),
                new PayslipAmount("HRA", "House rent allowance", rs("8000")),
                new PayslipAmount("SPECIAL", "Special allowance", rs(special)));
        b.gross = rs("28000").add(rs(special));
        b.pfWages = rs("20000");
        b.epsWages = rs("15000");
        b.edliWages = rs("15000");
        b.epfEmployee = rs("2400");
        b.epsEmployer = rs("1250");
        b.epfEmployer = rs("1150");
        b.esiWages = esi ? rs("20000") : rs("0");
        b.esiEmployee = esi ? rs("150") : rs("0");
        b.esiEmployer = esi ? rs("650") : rs("0");
        b.pt = rs("200");
        b.tds = rs("1500");
        b.totalDeductions = rs("4100").add(b.esiEmployee);
        b.net = b.gross.subtract(b.totalDeductions);
        return b.build();
    }

    /** Counts bytes and drops them: the bench measures the writers, not a disk. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes += len;
        }
    }
}

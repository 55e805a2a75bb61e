package dev.lekha.domain.employee;

import dev.lekha.domain.demo.DemoDataExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thirty demo employees of the demo company across Maharashtra, Karnataka, West Bengal, Tamil Nadu, Telangana and
 * Gujarat, with the cases a payroll must get right: PF wages below ₹15,000 and above ₹25,000, ESI-covered employees
 * (gross up to ₹21,000), women in Maharashtra under and over ₹25,000 (PT), both tax regimes, a joiner and a leaver
 * in the current month, an employee on actual-wages PF and one outside EPS; loss-of-pay days for the last three
 * months, bonus (spread and in-month), arrears and a reimbursement, and declarations for the current financial
 * year. Dates follow the clock's current month, so the demo is current whenever it is first seeded; seeded once
 * (nothing happens when the company already has employees).
 */
@Component
public class DemoEmployees implements DemoDataExtension {

    private static final Logger log = LoggerFactory.getLogger(DemoEmployees.class);

    /** Everything the demo seeds. */
    public record DemoData(List<EmployeeData> employees, List<SalaryStructureData> structures,
                           List<AttendanceData> attendance, List<PayrollInputData> inputs,
                           List<DeclarationData> declarations) {
    }

    // code | name | gender | state | city | regime | joined (years before the month, or J/L) | pay | flags
    // pay: C<annual CTC> for the formula structure, F<basic>/<special> for a fixed low-wage structure,
    //      D<basic>/<da>/<special> with dearness allowance; flags: E ESI, A PF on actual wages, X outside EPS
    private static final String[] ROWS = {
        "LD001|Aarti Deshpande|F|MH|Mumbai|NEW|6|C1800000|",
        "LD002|Sneha Patil|F|MH|Pune|NEW|3|C264000|",
        "LD003|Kavita Joshi|F|MH|Mumbai|OLD|5|C600000|",
        "LD004|Ramesh Pawar|M|MH|Nashik|NEW|2|F9000/2800|E",
        "LD005|Vikram Kulkarni|M|MH|Mumbai|OLD|9|C2400000|A",
        "LD006|Nikhil Shinde|M|MH|Pune|NEW|1|C960000|X",
        "LD007|Pooja Gaikwad|F|MH|Thane|NEW|4|F10000/2400|E",
        "LD008|Anil Hegde|M|KA|Bengaluru|NEW|7|C1500000|",
        "LD009|Deepa Shetty|F|KA|Bengaluru|OLD|5|C840000|",
        "LD010|Suresh Naik|M|KA|Mysuru|NEW|3|C420000|",
        "LD011|Manjunath Gowda|M|KA|Hubballi|NEW|2|F8500/2000|E",
        "LD012|Lakshmi Rao|F|KA|Bengaluru|NEW|1|C720000|",
        "LD013|Sourav Ghosh|M|WB|Kolkata|OLD|8|C1080000|",
        "LD014|Rituparna Sen|F|WB|Kolkata|NEW|4|C360000|",
        "LD015|Arijit Banerjee|M|WB|Howrah|NEW|2|F10000/2400|E",
        "LD016|Moumita Das|F|WB|Kolkata|NEW|1|C300000|",
        "LD017|Karthik Raman|M|TN|Chennai|OLD|6|C1320000|",
        "LD018|Priya Subramanian|F|TN|Chennai|NEW|3|C540000|",
        "LD019|Senthil Kumar|M|TN|Coimbatore|NEW|2|F10500/3200|E",
        "LD020|Divya Krishnan|F|TN|Madurai|NEW|5|D12000/3000/6400|",
        "LD021|Arun Prakash|M|TN|Chennai|NEW|1|C480000|",
        "LD022|Srinivas Reddy|M|TG|Hyderabad|OLD|7|C1680000|",
        "LD023|Swathi Rao|F|TG|Hyderabad|NEW|3|C660000|",
        "LD024|Mahesh Goud|M|TG|Warangal|NEW|2|F11000/3500|E",
        "LD025|Harika Varma|F|TG|Hyderabad|NEW|L|C900000|",
        "LD026|Jignesh Patel|M|GJ|Ahmedabad|OLD|6|C780000|",
        "LD027|Hetal Shah|F|GJ|Surat|NEW|3|C390000|",
        "LD028|Bhavesh Desai|M|GJ|Vadodara|NEW|2|D9500/2500/3000|",
        "LD029|Nirav Mehta|M|GJ|Ahmedabad|NEW|J|C1020000|",
        "LD030|Farhan Qureshi|M|MH|Mumbai|NEW|4|C450000|",
    };

    /** Made-up registration numbers of the demo company, in each scheme's published shape. */
    private static final String[][] REGISTRATIONS = {
        {"EPF", null, "MHBAN0012345000"}, {"ESIC", null, "31000123450001001"},
        {"PT", "MH", "27551234567P"}, {"PT", "KA", "PTRKA1234567"}, {"PT", "WB", "PTWB0012345"},
        {"PT", "TN", "PTTN07654321"}, {"PT", "TG", "PTTG36123456"}, {"PT", "GJ", "PRCGJ2400123"},
        {"LWF", "MH", "MLWB/PUN/012345"}, {"LWF", "KA", "KLWB/BLR/2024/0456"}, {"LWF", "WB", "WBLWB/0789"},
        {"LWF", "TN", "TNLWB/CHN/1011"}, {"LWF", "TG", "TGLWB/HYD/1213"}, {"LWF", "GJ", "GLWB/AMD/1415"},
    };

    private final Employees employees;
    private final PayrollInputs inputs;
    private final EmployerRegistrations registrations;
    private final Clock clock;

    public DemoEmployees(Employees employees, PayrollInputs inputs, EmployerRegistrations registrations, Clock clock) {
        this.employees = employees;
        this.inputs = inputs;
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void seedIfEmpty(long companyId) {
        if (!employees.known(companyId).isEmpty()) {
            return;
        }
        DemoData data = data(YearMonth.now(clock));
        employees.storeMaster(companyId, null, data.employees(), data.structures());
        inputs.store(companyId, null, data.attendance(), data.inputs(), data.declarations());
        for (String[] r : REGISTRATIONS) {
            registrations.register(companyId, EmployerRegistrations.Scheme.valueOf(r[0]), r[1], r[2]);
        }
        log.info("demo payroll: {} employees, {} structures, {} attendance rows, {} inputs, {} declarations",
                data.employees().size(), data.structures().size(), data.attendance().size(), data.inputs().size(),
                data.declarations().size());
    }

    /**
     * The demo data for a current month: the joiner (LD029) joins on its 8th, the leaver (LD025) leaves on its 15th.
     */
    public static DemoData data(YearMonth month) {
        List<EmployeeData> emps = new ArrayList<>();
        List<SalaryStructureData> structures = new ArrayList<>();
        int n = 0;
        for (String row : ROWS) {
            n++;
            String[] f = row.split("\\|", -1);
            String code = f[0];
            LocalDate joined;
            LocalDate left = null;
            if (f[6].equals("J")) {
                joined = month.atDay(8);
            } else if (f[6].equals("L")) {
                joined = month.minusYears(2).atDay(1).plusDays(n);
                left = month.atDay(15);
            } else {
                joined = month.minusYears(Integer.parseInt(f[6])).minusMonths(n % 12).atDay(1 + n % 20);
            }
            String flags = f[8];
            boolean esi = flags.contains("E");
            String surname = f[1].substring(f[1].indexOf(' ') + 1);
            String pan = "AB" + (char) ('A' + n % 26) + "P" + surname.charAt(0) + String.format("%04d", 4100 + n)
                    + (char) ('A' + (n * 7) % 26);
            emps.add(new EmployeeData(code, f[1], f[2], joined.minusYears(24 + n % 15).withDayOfMonth(10),
                    null, pan, String.format("1009%08d", 52_000_000 + n), esi ? String.format("31%08d", 11_000_000 + n)
                    : null, code.toLowerCase(java.util.Locale.ROOT) + "@demo.lekha.dev", String.format("+9198%08d", 20_000_000 + n * 137),
                    designation(f[7]), department(n), String.format("5010%010d", 7_700_000_000L + n * 91),
                    ifsc(f[3]), f[3], f[4], f[5], joined, left, true, flags.contains("A"), !flags.contains("X"), esi,
                    false));
            structures.add(structure(code, joined, f[7]));
        }
        List<AttendanceData> attendance = new ArrayList<>();
        for (int back = 2; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            for (int i = 0; i < emps.size(); i++) {
                EmployeeData e = emps.get(i);
                if (e.dateOfJoining().isAfter(m.atEndOfMonth())
                        || (e.dateOfLeaving() != null && e.dateOfLeaving().isBefore(m.atDay(1)))) {
                    continue;
                }
                // a few employees lose pay each month: 1, 2.5 or 4 days
                String lop = (i + back) % 7 == 0 ? "1.0" : (i + back) % 11 == 0 ? "2.5" : (i + back) % 13 == 0 ? "4.0" : "0.0";
                attendance.add(new AttendanceData(e.employeeCode(), m.toString(), new BigDecimal(lop)));
            }
        }
        String current = month.toString();
        String previous = month.minusMonths(1).toString();
        List<PayrollInputData> one = List.of(
                new PayrollInputData("LD003", previous, "BONUS", money("50000"), "SPREAD", "Diwali bonus, tax spread"),
                new PayrollInputData("LD008", current, "BONUS", money("120000"), "IN_MONTH", "annual performance bonus"),
                new PayrollInputData("LD010", current, "INCENTIVE", money("7500"), "IN_MONTH", "sales incentive"),
                new PayrollInputData("LD004", current, "OVERTIME", money("2400"), "IN_MONTH", "16 hours overtime"),
                new PayrollInputData("LD013", current, "ARREAR_BASIC", money("9000"), "IN_MONTH",
                        "revision arrears for three months"),
                new PayrollInputData("LD017", current, "REIMBURSEMENT", money("3250.50"), null, "fuel bills"),
                new PayrollInputData("LD025", current, "LOAN_RECOVERY", money("15000"), null, "final settlement"));
        int fyStart = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
        String fy = fyStart + "-" + String.format("%02d", (fyStart + 1) % 100);
        List<DeclarationData> declarations = List.of(
                new DeclarationData("LD003", fy, "80C", money("150000"), money("150000"), null),
                new DeclarationData("LD003", fy, "HRA_RENT", money("240000"), null, "AAKPL4321M"),
                new DeclarationData("LD005", fy, "80C", money("150000"), null, null),
                new DeclarationData("LD005", fy, "80D", money("25000"), null, null),
                new DeclarationData("LD005", fy, "24B", money("200000"), null, "home loan interest"),
                new DeclarationData("LD009", fy, "HRA_RENT", money("96000"), null, null),
                new DeclarationData("LD013", fy, "80C", money("100000"), null, null),
                new DeclarationData("LD017", fy, "80CCD1B", money("50000"), null, null),
                new DeclarationData("LD022", fy, "80D_PARENTS", money("50000"), null, null),
                new DeclarationData("LD026", fy, "LTA", money("30000"), null, null),
                new DeclarationData("LD001", fy, "80CCD2", money("100000"), null, "employer NPS"));
        return new DemoData(List.copyOf(emps), List.copyOf(structures), List.copyOf(attendance), one, declarations);
    }

    private static SalaryStructureData structure(String code, LocalDate from, String pay) {
        List<SalaryStructureData.Line> lines = new ArrayList<>();
        BigDecimal ctc = null;
        if (pay.startsWith("C")) {
            ctc = money(pay.substring(1));
            lines.add(new SalaryStructureData.Line("BASIC", null, "40% of CTC / 12"));
            lines.add(new SalaryStructureData.Line("HRA", null, "50% of BASIC"));
            lines.add(new SalaryStructureData.Line("CONVEYANCE", money("1600"), null));
            lines.add(new SalaryStructureData.Line("SPECIAL", null, "CTC/12 - BASIC - HRA - CONVEYANCE"));
        } else {
            String[] p = pay.substring(1).split("/");
            lines.add(new SalaryStructureData.Line("BASIC", money(p[0]), null));
            boolean da = pay.startsWith("D");
            if (da) {
                lines.add(new SalaryStructureData.Line("DA", money(p[1]), null));
            }
            lines.add(new SalaryStructureData.Line("HRA", null, da ? "40% of (BASIC + DA)" : "40% of BASIC"));
            lines.add(new SalaryStructureData.Line("CONVEYANCE", money("1600"), null));
            lines.add(new SalaryStructureData.Line("SPECIAL", money(p[da ? 2 : 1]), null));
        }
        return new SalaryStructureData(code, from, ctc, lines);
    }

    private static String designation(String pay) {
        if (!pay.startsWith("C")) {
            return "Associate";
        }
        long ctc = Long.parseLong(pay.substring(1));
        return ctc >= 1_500_000 ? "Manager" : ctc >= 700_000 ? "Senior Executive" : "Executive";
    }

    private static String department(int n) {
        return List.of("Finance", "Sales", "Operations", "Warehouse", "Human Resources").get(n % 5);
    }

    private static String ifsc(String state) {
        return switch (state) {
            case "MH" -> "HDFC0000123";
            case "KA" -> "ICIC0000456";
            case "WB" -> "SBIN0000789";
            case "TN" -> "UTIB0000321";
            case "TG" -> "KKBK0000654";
            default -> "BARB0GUJARA";
        };
    }

    private static BigDecimal money(String v) {
        return new BigDecimal(v).setScale(2);
    }
}

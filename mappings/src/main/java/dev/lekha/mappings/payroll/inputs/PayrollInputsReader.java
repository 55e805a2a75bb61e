package dev.lekha.mappings.payroll.inputs;

import dev.lekha.domain.employee.AttendanceData;
import dev.lekha.domain.employee.DeclarationData;
import dev.lekha.domain.employee.KnownEmployee;
import dev.lekha.domain.employee.PayrollInputData;
import dev.lekha.domain.employee.SalaryComponent;
import dev.lekha.mappings.payroll.inputs.SheetReader.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reads a {@code payroll-inputs} drop file: sheets {@code Attendance} (loss-of-pay days per employee and month),
 * {@code Variable} (bonus, incentive, overtime, arrears, reimbursements and deductions of a month) and
 * {@code Declarations} (investment declarations and proofs of a financial year), any one or more of them. Every
 * row is checked against the company's employee master (the employee exists and was employed in that month or
 * year) and every problem is reported with its file, sheet, row and column.
 */
public final class PayrollInputsReader {

    public static final String ATTENDANCE = "Attendance";
    public static final String VARIABLE = "Variable";
    public static final String DECLARATIONS = "Declarations";

    /** The sections of {@code investment_declaration} (V18). */
    public static final List<String> SECTIONS = List.of("80C", "80CCD1B", "80CCD2", "80D", "80D_PARENTS", "24B",
            "HRA_RENT", "LTA", "PREV_EMPLOYER_SALARY", "PREV_EMPLOYER_TDS", "OTHER_INCOME");

    /** Annual rent above which the landlord's PAN is required (CBDT Circular No. 8/2013 of 10 Oct 2013). */
    static final BigDecimal LANDLORD_PAN_ABOVE = new BigDecimal("100000");

    static final Column CODE = Column.required("Employee code", "Emp code", "Employee ID", "Employee no");
    static final Column MONTH = Column.required("Month", "Pay month", "Payroll month");
    static final Column LOP = Column.required("LOP days", "LOP", "Loss of pay days");
    static final Column COMPONENT = Column.required("Component", "Component code");
    static final Column AMOUNT = Column.required("Amount");
    static final Column TAX = Column.optional("Tax treatment");
    static final Column NOTE = Column.optional("Note", "Remarks");
    static final Column FY = Column.required("Financial year", "FY");
    static final Column SECTION = Column.required("Section");
    static final Column DECLARED = Column.required("Declared", "Declared amount");
    static final Column PROOF = Column.optional("Proof", "Proof amount", "Verified amount");
    static final Column DETAIL = Column.optional("Detail", "Landlord PAN", "Details");

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private PayrollInputsReader() {
    }

    /**
     * Reads and checks the file.
     *
     * @param known      the company's employees
     * @param components the company's salary components (the default catalogue when it has none yet)
     * @throws InvalidPayrollFileException listing every problem
     */
    public static PayrollInputsFile read(String fileName, byte[] content, Map<String, KnownEmployee> known,
                                         List<SalaryComponent> components) {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(components, "components");
        Map<String, SheetTable> tables = DropWorkbook.read(fileName, content, List.of(ATTENDANCE, VARIABLE, DECLARATIONS));
        List<String> problems = new ArrayList<>();
        List<AttendanceData> attendance = new ArrayList<>();
        List<PayrollInputData> inputs = new ArrayList<>();
        List<DeclarationData> declarations = new ArrayList<>();
        if (tables.containsKey(ATTENDANCE)) {
            readAttendance(fileName, tables.get(ATTENDANCE), known, attendance, problems);
        }
        if (tables.containsKey(VARIABLE)) {
            readVariable(fileName, tables.get(VARIABLE), known, components, inputs, problems);
        }
        if (tables.containsKey(DECLARATIONS)) {
            readDeclarations(fileName, tables.get(DECLARATIONS), known, declarations, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPayrollFileException(problems);
        }
        return new PayrollInputsFile(attendance, inputs, declarations);
    }

    private static KnownEmployee employee(SheetReader r, SheetTable.Row row, Map<String, KnownEmployee> known) {
        String code = r.text(row, CODE, true, 30);
        if (code == null) {
            return null;
        }
        KnownEmployee e = known.get(code);
        if (e == null) {
            r.problem(row, CODE, code + " is not an employee of the company: drop the employees file with " + code
                    + " first");
        }
        return e;
    }

    /** Days of {@code month} the employee was employed; 0 when none (and a problem added). */
    private static long daysEmployed(SheetReader r, SheetTable.Row row, KnownEmployee e, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate from = e.dateOfJoining().isAfter(first) ? e.dateOfJoining() : first;
        LocalDate to = e.dateOfLeaving() != null && e.dateOfLeaving().isBefore(last) ? e.dateOfLeaving() : last;
        if (to.isBefore(from)) {
            r.problem(row, MONTH, month + " is " + (e.dateOfJoining().isAfter(last)
                    ? "before " + e.employeeCode() + " joined on " + e.dateOfJoining()
                    : "after " + e.employeeCode() + " left on " + e.dateOfLeaving()));
            return 0;
        }
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static void readAttendance(String fileName, SheetTable table, Map<String, KnownEmployee> known,
                                       List<AttendanceData> out, List<String> problems) {
        SheetReader r = SheetReader.of(fileName, table, List.of(CODE, MONTH, LOP), problems);
        if (r == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (SheetTable.Row row : r.rows()) {
            int before = problems.size();
            KnownEmployee e = employee(r, row, known);
            YearMonth month = r.month(row, MONTH);
            BigDecimal lop = days(r, row);
            if (e != null && month != null) {
                String key = e.employeeCode() + " " + month;
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (earlier != null) {
                    r.problem(row, MONTH, e.employeeCode() + " already has " + month + " on row " + earlier
                            + "; one row per employee and month");
                }
                long employed = daysEmployed(r, row, e, month);
                if (lop != null && employed > 0 && lop.compareTo(BigDecimal.valueOf(employed)) > 0) {
                    r.problem(row, LOP, "LOP " + lop.stripTrailingZeros().toPlainString() + " days is more than the "
                            + employed + " days " + (employed == month.lengthOfMonth() ? "of " + month
                            : e.employeeCode() + " was employed in " + month));
                }
            }
            if (problems.size() == before) {
                out.add(new AttendanceData(e.employeeCode(), month.toString(), lop));
            }
        }
    }

    private static BigDecimal days(SheetReader r, SheetTable.Row row) {
        String v = r.text(row, LOP);
        if (v.isEmpty()) {
            r.problem(row, LOP, "is empty; it is required (0 when the employee had no loss-of-pay days)");
            return null;
        }
        if (!v.matches("\\d+(\\.\\d+)?")) {
            r.problem(row, LOP, "'" + SheetReader.abbreviate(v) + "' is not a number of days");
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        if (d.remainder(HALF).signum() != 0) {
            r.problem(row, LOP, "'" + v + "' is not a whole or half day (e.g. 2 or 2.5)");
            return null;
        }
        return d.setScale(1);
    }

    private static void readVariable(String fileName, SheetTable table, Map<String, KnownEmployee> known,
                                     List<SalaryComponent> components, List<PayrollInputData> out,
                                     List<String> problems) {
        SheetReader r = SheetReader.of(fileName, table, List.of(CODE, MONTH, COMPONENT, AMOUNT, TAX, NOTE), problems);
        if (r == null) {
            return;
        }
        Map<String, SalaryComponent> byCode = components.stream()
                .collect(Collectors.toMap(SalaryComponent::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<String> allowed = byCode.values().stream().filter(c -> !c.kind().equals(SalaryComponent.EARNING))
                .map(SalaryComponent::code).toList();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetTable.Row row : r.rows()) {
            int before = problems.size();
            KnownEmployee e = employee(r, row, known);
            YearMonth month = r.month(row, MONTH);
            if (e != null && month != null) {
                daysEmployed(r, row, e, month);
            }
            String code = r.text(row, COMPONENT, true, 30);
            SalaryComponent component = null;
            if (code != null) {
                code = code.toUpperCase(Locale.ROOT).replace(' ', '_');
                component = byCode.get(code);
                if (component == null) {
                    r.problem(row, COMPONENT, "'" + code + "' is not a salary component of the company (one of "
                            + allowed + ")");
                } else if (component.kind().equals(SalaryComponent.EARNING)) {
                    r.problem(row, COMPONENT, code + " is paid every month by the salary structure; for arrears use "
                            + SalaryComponent.ARREAR_PREFIX + code + ", for a revision drop a new structure");
                    component = null;
                }
            }
            BigDecimal amount = r.amount(row, AMOUNT, true);
            String tax = r.text(row, TAX, false, 10);
            if (tax != null) {
                tax = tax.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            }
            if (component != null) {
                boolean taxableVariable = component.taxable() && component.kind().equals(SalaryComponent.VARIABLE);
                if (taxableVariable) {
                    if (tax == null) {
                        tax = "IN_MONTH";
                    } else if (!tax.equals("SPREAD") && !tax.equals("IN_MONTH")) {
                        r.problem(row, TAX, "'" + tax + "' is not SPREAD (tax spread over the remaining months of the"
                                + " year) or IN_MONTH (tax on it deducted in the month paid; the default)");
                    }
                } else if (tax != null) {
                    r.problem(row, TAX, "must be empty: " + code + " is not taxable variable pay ("
                            + component.kind().toLowerCase(Locale.ROOT) + ")");
                }
            }
            String note = r.text(row, NOTE, false, 200);
            if (e != null && month != null && code != null) {
                String key = e.employeeCode() + " " + month + " " + code;
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (earlier != null) {
                    r.problem(row, COMPONENT, e.employeeCode() + " already has " + code + " for " + month + " on row "
                            + earlier + "; add the amounts into one row");
                }
            }
            if (problems.size() == before) {
                out.add(new PayrollInputData(e.employeeCode(), month.toString(), code, amount, tax, note));
            }
        }
    }

    private static void readDeclarations(String fileName, SheetTable table, Map<String, KnownEmployee> known,
                                         List<DeclarationData> out, List<String> problems) {
        SheetReader r = SheetReader.of(fileName, table, List.of(CODE, FY, SECTION, DECLARED, PROOF, DETAIL), problems);
        if (r == null) {
            return;
        }
        Map<String, String> sections = new LinkedHashMap<>();
        SECTIONS.forEach(s -> sections.put(SheetTable.normalise(s), s));
        sections.put("hra", "HRA_RENT");
        sections.put("rent", "HRA_RENT");
        Map<String, Integer> seen = new HashMap<>();
        for (SheetTable.Row row : r.rows()) {
            int before = problems.size();
            KnownEmployee e = employee(r, row, known);
            String fy = financialYear(r, row);
            if (e != null && fy != null) {
                LocalDate start = LocalDate.of(Integer.parseInt(fy.substring(0, 4)), 4, 1);
                LocalDate end = start.plusYears(1).minusDays(1);
                if (e.dateOfJoining().isAfter(end) || (e.dateOfLeaving() != null && e.dateOfLeaving().isBefore(start))) {
                    r.problem(row, FY, e.employeeCode() + " was not employed in " + fy + " (joined "
                            + e.dateOfJoining() + (e.dateOfLeaving() == null ? "" : ", left " + e.dateOfLeaving()) + ")");
                }
            }
            String sectionText = r.text(row, SECTION, true, 40);
            String section = null;
            if (sectionText != null) {
                section = sections.get(SheetTable.normalise(sectionText));
                if (section == null) {
                    r.problem(row, SECTION, "'" + sectionText + "' is not a section; one of " + SECTIONS);
                }
            }
            BigDecimal declared = r.amount(row, DECLARED, true);
            BigDecimal proof = r.amount(row, PROOF, false);
            String detail = r.text(row, DETAIL, false, 200);
            if ("HRA_RENT".equals(section) && declared != null) {
                BigDecimal rent = proof != null && proof.compareTo(declared) > 0 ? proof : declared;
                if (rent.compareTo(LANDLORD_PAN_ABOVE) > 0) {
                    if (detail == null) {
                        r.problem(row, DETAIL, "the landlord's PAN is required: annual rent " + rent.toPlainString()
                                + " is above Rs 1,00,000 (CBDT Circular 8/2013)");
                    } else {
                        detail = EmployeeMasterReader.pan(r, row, DETAIL, false);
                    }
                }
            }
            if (e != null && fy != null && section != null) {
                String key = e.employeeCode() + " " + fy + " " + section;
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (earlier != null) {
                    r.problem(row, SECTION, e.employeeCode() + " already has " + section + " for " + fy + " on row "
                            + earlier + "; one row per employee, year and section");
                }
            }
            if (problems.size() == before) {
                out.add(new DeclarationData(e.employeeCode(), fy, section, declared, proof, detail));
            }
        }
    }

    /** {@code 2025-26} (also {@code 2025-2026} or {@code FY 2025-26}), the second year the one after the first. */
    private static String financialYear(SheetReader r, SheetTable.Row row) {
        String v = r.text(row, FY);
        if (v.isEmpty()) {
            r.problem(row, FY, "is empty; it is required (e.g. 2026-27)");
            return null;
        }
        String s = v.toUpperCase(Locale.ROOT).replace("FY", "").replace(" ", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2}|\\d{4})").matcher(s);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean next = m.group(2).length() == 2 ? second == (first + 1) % 100 : second == first + 1;
            if (next) {
                return first + "-" + String.format("%02d", (first + 1) % 100);
            }
        }
        r.problem(row, FY, "'" + SheetReader.abbreviate(v) + "' is not a financial year; write it as 2026-27"
                + " (April 2026 to March 2027)");
        return null;
    }
}

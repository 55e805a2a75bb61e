package dev.lekha.mappings.payroll.inputs;

import dev.lekha.domain.employee.EmployeeData;
import dev.lekha.domain.employee.KnownEmployee;
import dev.lekha.domain.employee.SalaryComponent;
import dev.lekha.domain.employee.SalaryStructureData;
import dev.lekha.domain.gst.InvalidGstValueException;
import dev.lekha.domain.gst.Pan;
import dev.lekha.mappings.payroll.formula.InvalidSalaryStructureException;
import dev.lekha.mappings.payroll.formula.SalaryStructureEvaluator;
import dev.lekha.mappings.payroll.formula.StructureLine;
import dev.lekha.mappings.payroll.inputs.SheetReader.Column;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an {@code employees} drop file: sheet {@code Employees} (the master, one row per employee) and/or sheet
 * {@code SalaryStructures} (one row per component of a structure). Every row is checked and every problem reported
 * with its file, sheet, row and column; a structure's formulas are evaluated (so a cycle or unknown component is
 * caught now, not at payroll time). docs/payroll-inputs.md describes the columns and rules.
 */
public final class EmployeeMasterReader {

    public static final String EMPLOYEES = "Employees";
    public static final String STRUCTURES = "SalaryStructures";

    static final Column CODE = Column.required("Employee code", "Emp code", "Employee ID", "Employee no");
    static final Column NAME = Column.required("Name", "Employee name", "Full name");
    static final Column GENDER = Column.required("Gender");
    static final Column DOB = Column.optional("Date of birth", "DOB", "Birth date");
    static final Column FATHER = Column.optional("Father or spouse name", "Father/Spouse name", "Father name");
    static final Column PAN = Column.optional("PAN");
    static final Column UAN = Column.optional("UAN");
    static final Column ESI_NO = Column.optional("ESI number", "ESI IP number", "ESIC number", "IP number");
    static final Column EMAIL = Column.optional("Email", "E-mail");
    static final Column PHONE = Column.optional("Phone", "Mobile", "Mobile number");
    static final Column DESIGNATION = Column.optional("Designation");
    static final Column DEPARTMENT = Column.optional("Department");
    static final Column ACCOUNT = Column.optional("Bank account", "Bank account number", "Account number");
    static final Column IFSC = Column.optional("IFSC", "Bank IFSC", "IFSC code");
    static final Column STATE = Column.required("Work state", "State");
    static final Column CITY = Column.optional("Residence city", "City");
    static final Column REGIME = Column.optional("Tax regime", "Regime");
    static final Column JOINED = Column.required("Joining date", "Date of joining", "DOJ");
    static final Column LEFT = Column.optional("Leaving date", "Date of leaving", "DOL");
    static final Column PF = Column.optional("PF applicable");
    static final Column PF_ACTUAL = Column.optional("PF on actual wages");
    static final Column EPS = Column.optional("EPS member");
    static final Column ESI = Column.optional("ESI applicable");
    static final Column DISABLED = Column.optional("Disabled", "Person with disability", "PwD");

    static final Column S_CODE = Column.required("Employee code", "Emp code", "Employee ID", "Employee no");
    static final Column S_FROM = Column.required("Effective from", "Effective date", "With effect from");
    static final Column S_CTC = Column.optional("Annual CTC", "CTC");
    static final Column S_COMPONENT = Column.required("Component", "Component code");
    static final Column S_AMOUNT = Column.optional("Monthly amount", "Amount");
    static final Column S_FORMULA = Column.optional("Formula");

    static final Pattern EMPLOYEE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.-]{0,29}");
    private static final Pattern UAN_SHAPE = Pattern.compile("\\d{12}");
    private static final Pattern ESI_SHAPE = Pattern.compile("\\d{10}");
    private static final Pattern IFSC_SHAPE = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern ACCOUNT_SHAPE = Pattern.compile("\\d{9,18}");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final int MIN_AGE = 14;

    private EmployeeMasterReader() {
    }

    /**
     * Reads and checks the file.
     *
     * @param known      the company's employees already in the master (structures may be for them)
     * @param components the company's salary components (the default catalogue when it has none yet)
     * @throws InvalidPayrollFileException listing every problem
     */
    public static EmployeeMasterFile read(String fileName, byte[] content, Map<String, KnownEmployee> known,
                                          List<SalaryComponent> components) {
        Objects.requireNonNull(known, "known");
        Objects.requireNonNull(components, "components");
        Map<String, SheetTable> tables = DropWorkbook.read(fileName, content, List.of(EMPLOYEES, STRUCTURES));
        List<String> problems = new ArrayList<>();
        Map<String, EmployeeData> employees = new LinkedHashMap<>();
        Map<String, Integer> employeeRows = new HashMap<>();
        SheetTable employeeSheet = tables.get(EMPLOYEES);
        if (employeeSheet != null) {
            readEmployees(fileName, employeeSheet, employees, employeeRows, problems);
        }
        List<SalaryStructureData> structures = new ArrayList<>();
        SheetTable structureSheet = tables.get(STRUCTURES);
        if (structureSheet != null) {
            readStructures(fileName, structureSheet, employees, employeeRows.keySet(), known, components, structures,
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidPayrollFileException(problems);
        }
        return new EmployeeMasterFile(new ArrayList<>(employees.values()), structures);
    }

    private static void readEmployees(String fileName, SheetTable table, Map<String, EmployeeData> out,
                                      Map<String, Integer> rowsByCode, List<String> problems) {
        SheetReader r = SheetReader.of(fileName, table, List.of(CODE, NAME, GENDER, DOB, FATHER, PAN, UAN, ESI_NO, EMAIL,
                PHONE, DESIGNATION, DEPARTMENT, ACCOUNT, IFSC, STATE, CITY, REGIME, JOINED, LEFT, PF, PF_ACTUAL, EPS,
                ESI, DISABLED), problems);
        if (r == null) {
            return;
        }
        Map<String, Integer> panRows = new HashMap<>();
        for (SheetTable.Row row : r.rows()) {
            int before = problems.size();
            String code = r.text(row, CODE, true, 30);
            if (code != null && !EMPLOYEE_CODE.matcher(code).matches()) {
                r.problem(row, CODE, "'" + code + "' is not an employee code (letters, digits and / _ . - only,"
                        + " starting with a letter or digit)");
                code = null;
            }
            if (code != null && rowsByCode.containsKey(code)) {
                r.problem(row, CODE, code + " is already on row " + rowsByCode.get(code) + "; one row per employee");
                code = null;
            }
            if (code != null) {
                rowsByCode.put(code, row.number());
            }
            String name = r.text(row, NAME, true, 200);
            String gender = gender(r, row);
            LocalDate dob = r.date(row, DOB, false);
            String father = r.text(row, FATHER, false, 200);
            String pan = pan(r, row, PAN, true);
            if (pan != null && panRows.containsKey(pan)) {
                r.problem(row, PAN, "PAN " + masked(pan) + " is also the PAN of the employee on row " + panRows.get(pan)
                        + "; a PAN belongs to one person");
            } else if (pan != null) {
                panRows.put(pan, row.number());
            }
            String uan = digits(r, row, UAN, UAN_SHAPE, "a UAN is 12 digits");
            String esiNo = digits(r, row, ESI_NO, ESI_SHAPE, "an ESI (IP) number is 10 digits");
            String email = r.text(row, EMAIL, false, 200);
            if (email != null && !EMAIL_SHAPE.matcher(email).matches()) {
                r.problem(row, EMAIL, "'" + SheetReader.abbreviate(email) + "' is not an e-mail address");
            }
            String phone = phone(r, row);
            String designation = r.text(row, DESIGNATION, false, 100);
            String department = r.text(row, DEPARTMENT, false, 100);
            String account = r.text(row, ACCOUNT, false, 34);
            if (account != null) {
                account = account.replace(" ", "");
                if (!ACCOUNT_SHAPE.matcher(account).matches()) {
                    r.problem(row, ACCOUNT, "'" + maskedAccount(account) + "' is not a bank account number (9 to 18"
                            + " digits; format the column as text so Excel keeps leading zeros)");
                }
            }
            String ifsc = r.text(row, IFSC, false, 11);
            if (ifsc != null) {
                ifsc = ifsc.toUpperCase(Locale.ROOT);
                if (!IFSC_SHAPE.matcher(ifsc).matches()) {
                    r.problem(row, IFSC, "'" + ifsc + "' is not an IFSC (four letters, a zero, six letters or digits:"
                            + " AAAA0XXXXXX)");
                }
            }
            if ((account == null) != (ifsc == null)) {
                r.problem(row, account == null ? ACCOUNT : IFSC, "a bank account needs both the account number and"
                        + " the IFSC (salary is paid by bank transfer); give both or neither");
            }
            String stateText = r.text(row, STATE, true, 60);
            String state = null;
            if (stateText != null) {
                state = WorkStates.code(stateText).orElse(null);
                if (state == null) {
                    r.problem(row, STATE, "'" + stateText + "' is not a state: use a code of " + WorkStates.CODES.keySet()
                            + " (or the state's name)");
                }
            }
            String city = r.text(row, CITY, false, 100);
            String regime = r.text(row, REGIME, false, 10);
            regime = regime == null ? "NEW" : regime.toUpperCase(Locale.ROOT);
            if (!regime.equals("NEW") && !regime.equals("OLD")) {
                r.problem(row, REGIME, "'" + regime + "' is not NEW or OLD (empty means NEW, the default regime"
                        + " of s.115BAC(1A))");
            }
            LocalDate joined = r.date(row, JOINED, true);
            LocalDate left = r.date(row, LEFT, false);
            if (joined != null && left != null && left.isBefore(joined)) {
                r.problem(row, LEFT, "leaving date " + left + " is before the joining date " + joined);
            }
            if (joined != null && dob != null) {
                if (!dob.isBefore(joined)) {
                    r.problem(row, DOB, "date of birth " + dob + " is not before the joining date " + joined);
                } else if (Period.between(dob, joined).getYears() < MIN_AGE) {
                    r.problem(row, DOB, "date of birth " + dob + " makes the employee younger than " + MIN_AGE
                            + " at joining (" + joined + "); check the dates");
                }
            }
            Boolean pf = r.flag(row, PF, true);
            Boolean pfActual = r.flag(row, PF_ACTUAL, false);
            Boolean eps = r.flag(row, EPS, pf == null || pf);
            Boolean esi = r.flag(row, ESI, false);
            Boolean disabled = r.flag(row, DISABLED, false);
            if (Boolean.FALSE.equals(pf) && Boolean.TRUE.equals(pfActual)) {
                r.problem(row, PF_ACTUAL, "is Y but PF applicable is N");
            }
            if (Boolean.FALSE.equals(pf) && Boolean.TRUE.equals(eps)) {
                r.problem(row, EPS, "is Y but PF applicable is N (EPS membership comes with PF)");
            }
            if (problems.size() == before) {
                out.put(code, new EmployeeData(code, name, gender, dob, father, pan, uan, esiNo, email, phone,
                        designation, department, account, ifsc, state, city, regime, joined, left, pf, pfActual, eps,
                        esi, disabled));
            }
        }
    }

    private static String gender(SheetReader r, SheetTable.Row row) {
        String g = r.text(row, GENDER, true, 20);
        if (g == null) {
            return null;
        }
        return switch (g.toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> "M";
            case "F", "FEMALE" -> "F";
            case "T", "TRANSGENDER" -> "T";
            default -> {
                r.problem(row, GENDER, "'" + g + "' is not M, F or T (Male, Female, Transgender)");
                yield null;
            }
        };
    }

    /** A PAN in the form AAAAA9999A; when {@code individual}, with P (individual) as its 4th letter. */
    static String pan(SheetReader r, SheetTable.Row row, Column c, boolean individual) {
        String v = r.text(row, c, false, 20);
        if (v == null) {
            return null;
        }
        try {
            Pan pan = Pan.of(v);
            if (individual && pan.holderType() != 'P') {
                r.problem(row, c, "PAN " + masked(pan.value()) + " has '" + pan.holderType() + "' as its 4th letter;"
                        + " an employee's PAN is an individual's, with P there");
                return null;
            }
            return pan.value();
        } catch (InvalidGstValueException e) {
            r.problem(row, c, "'" + SheetReader.abbreviate(v) + "' is not a PAN (five letters, four digits, a letter:"
                    + " AAAAA9999A)");
            return null;
        }
    }

    private static String digits(SheetReader r, SheetTable.Row row, Column c, Pattern shape, String rule) {
        String v = r.text(row, c, false, 30);
        if (v == null) {
            return null;
        }
        String d = v.replace(" ", "");
        if (!shape.matcher(d).matches()) {
            r.problem(row, c, "'" + SheetReader.abbreviate(v) + "' is wrong: " + rule);
            return null;
        }
        return d;
    }

    private static String phone(SheetReader r, SheetTable.Row row) {
        String v = r.text(row, PHONE, false, 20);
        if (v == null) {
            return null;
        }
        String d = v.replaceAll("[\\s()-]", "");
        if (d.startsWith("+91")) {
            d = d.substring(3);
        } else if (d.length() == 12 && d.startsWith("91")) {
            d = d.substring(2);
        } else if (d.length() == 11 && d.startsWith("0")) {
            d = d.substring(1);
        }
        if (!d.matches("[6-9]\\d{9}")) {
            r.problem(row, PHONE, "'" + v + "' is not an Indian mobile number (ten digits starting 6 to 9,"
                    + " optionally +91)");
            return null;
        }
        return "+91" + d;
    }

    private record StructureKey(String employeeCode, LocalDate effectiveFrom) {
    }

    private static final class StructureRows {
        final List<Integer> rows = new ArrayList<>();
        final List<StructureLine> lines = new ArrayList<>();
        BigDecimal ctc;
        boolean broken;
    }

    private static void readStructures(String fileName, SheetTable table, Map<String, EmployeeData> inFile,
                                       java.util.Set<String> codesInFile, Map<String, KnownEmployee> known,
                                       List<SalaryComponent> components, List<SalaryStructureData> out,
                                       List<String> problems) {
        SheetReader r = SheetReader.of(fileName, table, List.of(S_CODE, S_FROM, S_CTC, S_COMPONENT, S_AMOUNT, S_FORMULA),
                problems);
        if (r == null) {
            return;
        }
        Map<String, SalaryComponent> byCode = components.stream()
                .collect(Collectors.toMap(SalaryComponent::code, c -> c, (a, b) -> a, LinkedHashMap::new));
        Map<StructureKey, StructureRows> groups = new LinkedHashMap<>();
        for (SheetTable.Row row : r.rows()) {
            int before = problems.size();
            String code = r.text(row, S_CODE, true, 30);
            LocalDate joined = null;
            LocalDate left = null;
            if (code != null) {
                EmployeeData e = inFile.get(code);
                KnownEmployee k = known.get(code);
                if (e != null) {
                    joined = e.dateOfJoining();
                    left = e.dateOfLeaving();
                } else if (k != null && !codesInFile.contains(code)) {
                    joined = k.dateOfJoining();
                    left = k.dateOfLeaving();
                } else if (!codesInFile.contains(code)) {
                    r.problem(row, S_CODE, code + " is not an employee of the company: add the employee to the"
                            + " Employees sheet (of this file or an earlier one) first");
                }
            }
            LocalDate from = r.date(row, S_FROM, true);
            if (from != null && joined != null && from.isBefore(joined)) {
                r.problem(row, S_FROM, "effective from " + from + " is before " + code + " joined on " + joined);
            }
            if (from != null && left != null && from.isAfter(left)) {
                r.problem(row, S_FROM, "effective from " + from + " is after " + code + " left on " + left);
            }
            BigDecimal ctc = r.amount(row, S_CTC, false);
            String component = r.text(row, S_COMPONENT, true, 30);
            if (component != null) {
                component = component.toUpperCase(Locale.ROOT).replace(' ', '_');
                SalaryComponent c = byCode.get(component);
                if (c == null) {
                    r.problem(row, S_COMPONENT, "'" + component + "' is not a salary component of the company (known: "
                            + byCode.values().stream().filter(x -> !x.kind().equals(SalaryComponent.VARIABLE))
                            .map(SalaryComponent::code).toList() + ")");
                } else if (c.kind().equals(SalaryComponent.VARIABLE)) {
                    r.problem(row, S_COMPONENT, component + " is variable pay: give it month by month in the Variable"
                            + " sheet of a payroll-inputs file, not in a structure");
                }
            }
            BigDecimal amount = r.amount(row, S_AMOUNT, false);
            String formula = r.text(row, S_FORMULA, false, 200);
            if (r.text(row, S_AMOUNT).isEmpty() == (formula == null)) {
                r.problem(row, formula == null ? S_AMOUNT : S_FORMULA, formula == null
                        ? "give the component's monthly amount or its formula (e.g. '40% of CTC / 12')"
                        : "give the monthly amount or the formula, not both");
            }
            if (code == null || from == null) {
                continue;
            }
            StructureRows g = groups.computeIfAbsent(new StructureKey(code, from), k -> new StructureRows());
            g.rows.add(row.number());
            if (ctc != null) {
                if (g.ctc != null && g.ctc.compareTo(ctc) != 0) {
                    r.problem(row, S_CTC, "annual CTC " + ctc.toPlainString() + " differs from " + g.ctc.toPlainString()
                            + " on row " + g.rows.get(0) + " of the same structure (" + code + " from " + from
                            + "); give it once or the same on every row");
                }
                g.ctc = g.ctc == null ? ctc : g.ctc;
            }
            if (problems.size() != before) {
                g.broken = true;
            } else {
                g.lines.add(new StructureLine(component, amount, formula));
            }
        }
        groups.forEach((key, g) -> {
            if (g.broken) {
                return;
            }
            try {
                SalaryStructureEvaluator.monthlyAmounts(g.lines, g.ctc);
                out.add(new SalaryStructureData(key.employeeCode(), key.effectiveFrom(), g.ctc, g.lines.stream()
                        .map(l -> new SalaryStructureData.Line(l.componentCode(), l.monthlyAmount(),
                                l.formula() == null ? null : l.formula().strip())).toList()));
            } catch (InvalidSalaryStructureException e) {
                String where = fileName + ", sheet " + r.sheet() + ", " + rows(g.rows) + " (structure of "
                        + key.employeeCode() + " from " + key.effectiveFrom() + ")";
                e.problems().forEach(p -> problems.add(where + ": " + p));
            }
        });
    }

    private static String rows(List<Integer> rows) {
        if (rows.size() == 1) {
            return "row " + rows.get(0);
        }
        return "rows " + rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** First five characters and the last shown: enough to find the row, not enough to leak the PAN. */
    static String masked(String pan) {
        return pan.substring(0, 5) + "XXXX" + pan.substring(9);
    }

    private static String maskedAccount(String account) {
        return account.length() <= 4 ? account : "X".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }
}

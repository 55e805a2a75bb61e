package dev.lekha.jobs.runs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks launch parameters against a job's {@link JobDescriptor}: required ones present, each value
 * of its declared type, nothing the job does not know. Collects every problem instead of stopping at
 * the first, so a person can fix them all at once.
 */
final class LaunchParameters {

    /** Test hook honoured only when {@code lekha.jobs.fault-injection.enabled=true}. */
    static final String FAIL_AFTER_ITEMS = "failAfterItems";

    private static final Pattern PERIOD = Pattern.compile("(0[1-9]|1[0-2])\\d{4}");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern GSTIN = Pattern.compile("\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private LaunchParameters() {
    }

    /**
     * @return problems by parameter name (empty when all is well), in name order
     */
    static Map<String, String> problems(JobDescriptor job, Map<String, String> params, boolean faultInjection) {
        Map<String, String> problems = new TreeMap<>();
        Map<String, String> given = new LinkedHashMap<>(params);
        for (JobDescriptor.ParamSpec spec : job.parameters()) {
            String value = given.remove(spec.name());
            if (value == null || value.isBlank()) {
                if (spec.required()) {
                    problems.put(spec.name(), "is required (" + spec.type() + ", e.g. " + spec.example() + ")");
                }
                continue;
            }
            String problem = typeProblem(spec.type(), value.trim());
            if (problem != null) {
                problems.put(spec.name(), "'" + value + "' " + problem + ", e.g. " + spec.example());
            }
        }
        String failAfter = given.remove(FAIL_AFTER_ITEMS);
        if (failAfter != null && !faultInjection) {
            problems.put(FAIL_AFTER_ITEMS, "is a test hook; set lekha.jobs.fault-injection.enabled=true to use it");
        } else if (failAfter != null && !INTEGER.matcher(failAfter.trim()).matches()) {
            problems.put(FAIL_AFTER_ITEMS, "'" + failAfter + "' must be a whole number of items");
        }
        for (String unknown : given.keySet()) {
            problems.put(unknown, "is not a parameter of job " + job.name() + " (it takes "
                    + job.parameters().stream().map(JobDescriptor.ParamSpec::name).toList() + ")");
        }
        return problems;
    }

    private static String typeProblem(String type, String value) {
        switch (type) {
            case "period":
                return PERIOD.matcher(value).matches() ? null
                        : "must be a GST return period MMYYYY (month 01-12 then the year)";
            case "date":
                try {
                    LocalDate.parse(value);
                    return null;
                } catch (DateTimeParseException e) {
                    return "must be a date yyyy-MM-dd";
                }
            case "month":
                try {
                    YearMonth.parse(value);
                    return null;
                } catch (DateTimeParseException e) {
                    return "must be a month yyyy-MM";
                }
            case "financialYear": {
                var m = FINANCIAL_YEAR.matcher(value);
                return m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2)) ? null
                        : "must be a financial year like 2025-26 (April to March: the second year follows the first)";
            }
            case "gstin":
                return GSTIN.matcher(value).matches() ? null
                        : "must be a 15-character GSTIN (state code, PAN, entity number, Z, check character)";
            case "integer":
                return INTEGER.matcher(value).matches() ? null : "must be a whole number";
            case "boolean":
                return value.equals("true") || value.equals("false") ? null : "must be true or false";
            default:
                return null;
        }
    }
}

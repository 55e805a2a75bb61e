package dev.lekha.hub.payroll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * A payroll run's lines as people review them before locking: one row per employee paid, with the figures a payslip
 * shows. Read here (not in {@code PayrollRuns}) because only the screens and the API need the employee's name beside
 * the line. A run has a line per employee, so a large company's run is read a page at a time ({@link #page}).
 */
@Component
public class PayrollRunLines {

    /** The most lines one page may hold, on the screen and in the API. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final String COLUMNS = "select l.employee_id, e.employee_code, e.name, l.paid_days, l.lop_days,"
            + " l.gross_earnings, l.epf_employee, l.esi_employee, l.professional_tax, l.lwf_employee, l.tds,"
            + " l.other_deductions, l.net_pay";
    private static final String FROM = " from payroll_run_line l join employee e on e.id = l.employee_id"
            + " where l.payroll_run_id = ?";
    /** Code prefix or part of the name, both ignoring case; '!' escapes the query's own % and _. */
    private static final String MATCHING = " and (lower(e.employee_code) like ? escape '!'"
            + " or lower(e.name) like ? escape '!')";
    private static final RowMapper<Line> LINE = (rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
            rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
            rs.getBigDecimal(13));

    private final JdbcTemplate jdbc;

    public PayrollRunLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One employee's month in a run.
     *
     * @param epfEmployee the employee's EPF (VPF not included)
     */
    public record Line(long employeeId, String employeeCode, String employeeName, BigDecimal paidDays,
                       BigDecimal lopDays, BigDecimal grossEarnings, BigDecimal epfEmployee, BigDecimal esiEmployee,
                       BigDecimal professionalTax, BigDecimal lwfEmployee, BigDecimal tds, BigDecimal otherDeductions,
                       BigDecimal netPay) {
    }

    /**
     * Lines {@code offset + 1} to {@code offset + lines.size()} of the {@code total} that match the query, by
     * employee code.
     *
     * @param query the search as asked, never null ("" for none)
     */
    public record Page(List<Line> lines, long total, String query, int offset, int limit) {

        /** 1-based number of the first line shown; 0 when none is. */
        public long from() {
            return lines.isEmpty() ? 0 : offset + 1L;
        }

        /** 1-based number of the last line shown; 0 when none is. */
        public long to() {
            return lines.isEmpty() ? 0 : offset + (long) lines.size();
        }

        public boolean hasPrevious() {
            return offset > 0;
        }

        public int previousOffset() {
            return Math.max(0, offset - limit);
        }

        public boolean hasNext() {
            return offset + (long) limit < total;
        }

        public int nextOffset() {
            return offset + limit;
        }
    }

    /**
     * A page of the run's lines by employee code, with how many match in all; empty for an unknown run (callers check
     * the run first).
     *
     * @param query   an employee code's beginning or a part of the name, case ignored; null or blank for all lines
     * @param offset  how many matching lines to skip, 0 or more
     * @param limit   how many lines at most, 1 to {@value #MAX_PAGE_SIZE}
     * @throws InvalidPageException if offset or limit is out of range, saying which
     */
    public Page page(long runId, String query, int offset, int limit) {
        checkWindow(offset, limit, "limit");
        String q = query == null ? "" : query.strip();
        List<Object> args = new ArrayList<>(List.of(runId));
        String sql = COLUMNS + FROM + filter(q, args) + " order by e.employee_code, l.employee_id"
                + " offset ? rows fetch next ? rows only";
        args.add(offset);
        args.add(limit);
        List<Line> lines = jdbc.query(sql, LINE, args.toArray());
        long total = lines.size() < limit && (offset == 0 || !lines.isEmpty()) ? offset + lines.size()
                : count(runId, q);
        return new Page(lines, total, q, offset, limit);
    }

    /**
     * How many of the run's lines match the query (as in {@link #page}); with no query only the run's lines are
     * counted, without reading employees.
     */
    public long count(long runId, String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return jdbc.queryForObject("select count(*) from payroll_run_line where payroll_run_id = ?", Long.class,
                    runId);
        }
        List<Object> args = new ArrayList<>(List.of(runId));
        String sql = "select count(*)" + FROM + filter(q, args);
        return jdbc.queryForObject(sql, Long.class, args.toArray());
    }

    /**
     * Fails with what is wrong when a page's offset or size is out of range.
     *
     * @param limitName what the caller calls the page size ({@code limit} in the API, {@code size} on the screen)
     * @throws InvalidPageException naming the parameter, its range and the value given
     */
    public static void checkWindow(int offset, int limit, String limitName) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidPageException(limitName + " must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
        }
        if (offset < 0) {
            throw new InvalidPageException("offset must be 0 or more, was " + offset);
        }
    }

    /** A page asked for with an offset or size out of range: the caller's mistake (400), never ours. */
    public static class InvalidPageException extends IllegalArgumentException {

        InvalidPageException(String message) {
            super(message);
        }
    }

    private static String filter(String query, List<Object> args) {
        if (query.isEmpty()) {
            return "";
        }
        String escaped = query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        args.add(escaped + "%");
        args.add("%" + escaped + "%");
        return MATCHING;
    }
}

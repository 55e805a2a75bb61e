package dev.lekha.domain.payroll;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payroll runs and their life: a month's run is DRAFT until locked, and running the month again replaces a DRAFT
 * run; a LOCKED run never changes (checked here, and by a trigger on PostgreSQL and Oracle); running a locked month
 * again makes a correction (run_no + 1, {@code corrects_run_id}) whose differences per employee and field against
 * the locked run are stored when the run finishes; locking the correction marks the corrected run SUPERSEDED.
 * Year-to-date figures come only from LOCKED runs.
 */
@Service
public class PayrollRuns {

    /** The line fields a correction compares, in the order differences are stated. */
    public static final List<String> COMPARED_FIELDS = List.of("paid_days", "lop_days", "gross_earnings",
            "taxable_earnings", "pf_wages", "epf_employee", "eps_employer", "epf_employer", "edli_employer",
            "pf_admin_employer", "esi_wages", "esi_employee", "esi_employer", "professional_tax", "lwf_employee",
            "lwf_employer", "tds", "other_deductions", "net_pay");

    private static final String RUN_COLUMNS = "r.id, r.company_id, r.pay_month, r.run_no, r.status, r.corrects_run_id,"
            + " r.job_execution_id, r.employee_count, r.total_gross, r.total_net, r.total_tds, r.created_at,"
            + " r.locked_at, r.locked_by, (select count(*) from payroll_run_error e where e.payroll_run_id = r.id)"
            + " as error_count";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PayrollRuns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Starts the month's run for a job execution: the DRAFT run emptied and reused, or a new run (the first, or a
     * correction of the latest LOCKED run).
     *
     * @return the run's id
     */
    @Transactional
    public long begin(long companyId, YearMonth month, Long jobExecutionId) {
        String payMonth = month.toString();
        List<PayrollRun> runs = list(companyId, payMonth);
        Timestamp now = Timestamp.from(clock.instant());
        if (!runs.isEmpty() && runs.get(0).isDraft()) {
            long id = runs.get(0).id();
            clear(id);
            jdbc.update("update payroll_run set job_execution_id = ?, created_at = ?, employee_count = 0,"
                    + " total_gross = 0, total_net = 0, total_tds = 0 where id = ? and status = 'DRAFT'",
                    jobExecutionId, now, id);
            return id;
        }
        int runNo = runs.isEmpty() ? 1 : runs.get(0).runNo() + 1;
        Long corrects = runs.isEmpty() ? null : runs.get(0).id();
        jdbc.update("insert into payroll_run (company_id, pay_month, run_no, status, corrects_run_id, job_execution_id,"
                + " employee_count, total_gross, total_net, total_tds, created_at) values (?,?,?,'DRAFT',?,?,0,0,0,0,?)",
                companyId, payMonth, runNo, corrects, jobExecutionId, now);
        return jdbc.queryForObject("select id from payroll_run where company_id = ? and pay_month = ? and run_no = ?",
                Long.class, companyId, payMonth, runNo);
    }

    private void clear(long runId) {
        jdbc.update("delete from payroll_run_error where payroll_run_id = ?", runId);
        jdbc.update("delete from payroll_run_difference where payroll_run_id = ?", runId);
        jdbc.update("delete from payroll_run_component where payroll_run_line_id in"
                + " (select id from payroll_run_line where payroll_run_id = ?)", runId);
        jdbc.update("delete from payroll_run_line where payroll_run_id = ?", runId);
    }

    /** Records an employee the run could not compute (replacing an earlier error of the same employee). */
    @Transactional
    public void recordError(long runId, long employeeId, String code, String message) {
        requireDraft(runId);
        jdbc.update("delete from payroll_run_error where payroll_run_id = ? and employee_id = ?", runId, employeeId);
        String text = message == null ? code : message.length() > 1000 ? message.substring(0, 1000) : message;
        jdbc.update("insert into payroll_run_error (payroll_run_id, employee_id, employee_code, error_code, message)"
                + " select ?, id, employee_code, ?, ? from employee where id = ?", runId, code, text, employeeId);
    }

    /** Sums the run's lines into its totals and, for a correction, states its differences. */
    @Transactional
    public PayrollRun finish(long runId) {
        requireDraft(runId);
        jdbc.update("update payroll_run set employee_count = (select count(*) from payroll_run_line where payroll_run_id = ?),"
                + " total_gross = (select coalesce(sum(gross_earnings), 0) from payroll_run_line where payroll_run_id = ?),"
                + " total_net = (select coalesce(sum(net_pay), 0) from payroll_run_line where payroll_run_id = ?),"
                + " total_tds = (select coalesce(sum(tds), 0) from payroll_run_line where payroll_run_id = ?)"
                + " where id = ?", runId, runId, runId, runId, runId);
        PayrollRun run = find(runId);
        if (run.correctsRunId() != null) {
            jdbc.update("delete from payroll_run_difference where payroll_run_id = ?", runId);
            List<PayrollRunDifference> differences = compare(run.correctsRunId(), runId);
            jdbc.batchUpdate("insert into payroll_run_difference (payroll_run_id, employee_id, employee_code, field,"
                    + " before_amount, after_amount) values (?,?,?,?,?,?)", differences, 500, (ps, d) -> {
                        ps.setLong(1, runId);
                        ps.setLong(2, d.employeeId());
                        ps.setString(3, d.employeeCode());
                        ps.setString(4, d.field());
                        ps.setBigDecimal(5, d.before());
                        ps.setBigDecimal(6, d.after());
                    });
        }
        return find(runId);
    }

    /**
     * Locks a DRAFT run; a correction's corrected run becomes SUPERSEDED.
     *
     * @throws PayrollRunLockedException when the run is not DRAFT
     */
    @Transactional
    public PayrollRun lock(long companyId, long runId, String user) {
        PayrollRun run = find(companyId, runId);
        if (!run.isDraft()) {
            throw new PayrollRunLockedException("Payroll run " + runId + " (" + run.payMonth() + " no. " + run.runNo()
                    + ") is " + run.status() + "; only a DRAFT run can be locked");
        }
        int updated = jdbc.update("update payroll_run set status = 'LOCKED', locked_at = ?, locked_by = ?"
                + " where id = ? and status = 'DRAFT'", Timestamp.from(clock.instant()), user, runId);
        if (updated != 1) {
            throw new PayrollRunLockedException("Payroll run " + runId + " was locked by someone else meanwhile");
        }
        if (run.correctsRunId() != null) {
            jdbc.update("update payroll_run set status = 'SUPERSEDED' where id = ? and status = 'LOCKED'",
                    run.correctsRunId());
        }
        return find(runId);
    }

    /** @throws PayrollRunLockedException when the run is not DRAFT (nothing may write to it) */
    public void requireDraft(long runId) {
        PayrollRun run = find(runId);
        if (!run.isDraft()) {
            throw new PayrollRunLockedException("Payroll run " + runId + " (" + run.payMonth() + " no. " + run.runNo()
                    + ") is " + run.status() + " and cannot be changed; run the month again to make a correction");
        }
    }

    public PayrollRun find(long companyId, long runId) {
        PayrollRun run = find(runId);
        if (run.companyId() != companyId) {
            throw new UnknownPayrollRunException("Company " + companyId + " has no payroll run " + runId);
        }
        return run;
    }

    public PayrollRun find(long runId) {
        List<PayrollRun> runs = jdbc.query("select " + RUN_COLUMNS + " from payroll_run r where r.id = ?",
                (rs, n) -> run(rs), runId);
        if (runs.isEmpty()) {
            throw new UnknownPayrollRunException("No payroll run " + runId);
        }
        return runs.get(0);
    }

    /** The company's runs of a month (all months when null), newest first. */
    public List<PayrollRun> list(long companyId, String payMonth) {
        if (payMonth == null) {
            return jdbc.query("select " + RUN_COLUMNS + " from payroll_run r where r.company_id = ?"
                    + " order by r.pay_month desc, r.run_no desc", (rs, n) -> run(rs), companyId);
        }
        return jdbc.query("select " + RUN_COLUMNS + " from payroll_run r where r.company_id = ? and r.pay_month = ?"
                + " order by r.run_no desc", (rs, n) -> run(rs), companyId, payMonth);
    }

    public List<PayrollRunError> errors(long runId) {
        return jdbc.query("select employee_id, employee_code, error_code, message from payroll_run_error"
                + " where payroll_run_id = ? order by employee_code", (rs, n) -> new PayrollRunError(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), runId);
    }

    public List<PayrollRunDifference> differences(long runId) {
        return jdbc.query("select employee_id, employee_code, field, before_amount, after_amount from payroll_run_difference"
                + " where payroll_run_id = ? order by employee_code, id", (rs, n) -> new PayrollRunDifference(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5)), runId);
    }

    /**
     * What LOCKED runs of the financial year paid an employee in the months before {@code month}.
     */
    public YearToDatePay yearToDate(long companyId, long employeeId, YearMonth month) {
        YearMonth fyStart = YearMonth.of(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1, 4);
        Map<String, Object> sums = jdbc.queryForMap("select coalesce(sum(l.taxable_earnings), 0) as taxable,"
                + " coalesce(sum(l.tds), 0) as tds, coalesce(sum(l.professional_tax), 0) as pt from payroll_run_line l"
                + " join payroll_run r on r.id = l.payroll_run_id where r.status = 'LOCKED' and l.company_id = ?"
                + " and l.employee_id = ? and l.pay_month >= ? and l.pay_month < ?",
                companyId, employeeId, fyStart.toString(), month.toString());
        // ESI contribution periods: April–September and October–March
        YearMonth periodStart = YearMonth.of(month.getMonthValue() >= 10 || month.getMonthValue() <= 3
                ? (month.getMonthValue() <= 3 ? month.getYear() - 1 : month.getYear()) : month.getYear(),
                month.getMonthValue() >= 4 && month.getMonthValue() <= 9 ? 4 : 10);
        List<Boolean> esi = jdbc.query("select l.esi_wages from payroll_run_line l join payroll_run r"
                + " on r.id = l.payroll_run_id where r.status = 'LOCKED' and l.company_id = ? and l.employee_id = ?"
                + " and l.pay_month >= ? and l.pay_month < ? order by l.pay_month",
                (rs, n) -> rs.getBigDecimal(1).signum() > 0, companyId, employeeId, periodStart.toString(),
                month.toString());
        Boolean covered = esi.isEmpty() ? null : esi.contains(Boolean.TRUE);
        return new YearToDatePay((BigDecimal) sums.get("taxable"), (BigDecimal) sums.get("tds"),
                (BigDecimal) sums.get("pt"), covered);
    }

    private List<PayrollRunDifference> compare(long beforeRunId, long afterRunId) {
        Map<Long, Map<String, BigDecimal>> before = figures(beforeRunId);
        Map<Long, Map<String, BigDecimal>> after = figures(afterRunId);
        Map<Long, String> codes = new HashMap<>();
        jdbc.query("select e.id, e.employee_code from employee e where e.id in (select employee_id from payroll_run_line"
                + " where payroll_run_id in (?, ?))", rs -> {
                    codes.put(rs.getLong(1), rs.getString(2));
                }, beforeRunId, afterRunId);
        TreeSet<Long> employees = new TreeSet<>((a, b) -> codes.get(a).compareTo(codes.get(b)));
        employees.addAll(before.keySet());
        employees.addAll(after.keySet());
        List<PayrollRunDifference> differences = new ArrayList<>();
        for (Long employee : employees) {
            Map<String, BigDecimal> b = before.get(employee);
            Map<String, BigDecimal> a = after.get(employee);
            if (b == null || a == null) {
                differences.add(new PayrollRunDifference(employee, codes.get(employee), "employee",
                        b == null ? null : b.get("net_pay"), a == null ? null : a.get("net_pay")));
                continue;
            }
            TreeSet<String> fields = new TreeSet<>((x, y) -> order(x).compareTo(order(y)));
            fields.addAll(b.keySet());
            fields.addAll(a.keySet());
            for (String field : fields) {
                BigDecimal x = b.get(field);
                BigDecimal y = a.get(field);
                if (x == null || y == null || x.compareTo(y) != 0) {
                    differences.add(new PayrollRunDifference(employee, codes.get(employee), field, x, y));
                }
            }
        }
        return differences;
    }

    private static String order(String field) {
        int i = COMPARED_FIELDS.indexOf(field);
        return i >= 0 ? String.format("%03d", i) : "999" + field;
    }

    private Map<Long, Map<String, BigDecimal>> figures(long runId) {
        Map<Long, Map<String, BigDecimal>> byEmployee = new LinkedHashMap<>();
        jdbc.query("select employee_id, " + String.join(", ", COMPARED_FIELDS) + " from payroll_run_line"
                + " where payroll_run_id = ?", rs -> {
                    Map<String, BigDecimal> f = new LinkedHashMap<>();
                    for (String field : COMPARED_FIELDS) {
                        f.put(field, rs.getBigDecimal(field));
                    }
                    byEmployee.put(rs.getLong(1), f);
                }, runId);
        jdbc.query("select l.employee_id, c.component_code, c.amount from payroll_run_component c"
                + " join payroll_run_line l on l.id = c.payroll_run_line_id where l.payroll_run_id = ?", rs -> {
                    Map<String, BigDecimal> f = byEmployee.get(rs.getLong(1));
                    if (f != null) {
                        f.put("component:" + rs.getString(2), rs.getBigDecimal(3));
                    }
                }, runId);
        return byEmployee;
    }

    private static PayrollRun run(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_at");
        long corrects = rs.getLong("corrects_run_id");
        Long correctsId = rs.wasNull() ? null : corrects;
        long job = rs.getLong("job_execution_id");
        Long jobId = rs.wasNull() ? null : job;
        return new PayrollRun(rs.getLong("id"), rs.getLong("company_id"), rs.getString("pay_month"),
                rs.getInt("run_no"), rs.getString("status"), correctsId, jobId, rs.getInt("employee_count"),
                rs.getInt("error_count"), rs.getBigDecimal("total_gross"), rs.getBigDecimal("total_net"),
                rs.getBigDecimal("total_tds"), rs.getTimestamp("created_at").toInstant(),
                locked == null ? null : locked.toInstant(), rs.getString("locked_by"));
    }
}

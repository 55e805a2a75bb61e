package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * MRP runs and their planned orders, pegs and exceptions; people's confirm and cancel decisions. The screens show
 * the latest run of a company; earlier runs stay for reference.
 */
@Component
public class MrpPlans {

    private static final int BATCH = 1000;

    /** A stored run. */
    public record Run(long id, long companyId, Long jobExecutionId, LocalDate planDate, int horizonDays, String bucket,
                      int itemCount, int orderCount, int exceptionCount, Instant createdAt) {
    }

    /** A stored planned order, as the screen and API show it. */
    public record PlannedOrderView(long id, long runId, String number, String itemCode, String itemName,
                                   OrderType type, BigDecimal quantity, LocalDate releaseDate, LocalDate dueDate,
                                   BigDecimal estimatedCost, boolean pastDue, PlannedOrderStatus status,
                                   String decidedBy, Instant decidedAt, String reason) {
    }

    /** A stored peg. */
    public record PegView(String demandKind, String demandRef, String endItemCode, LocalDate demandDate,
                          BigDecimal quantity, String viaOrder) {
    }

    /** A stored exception. */
    public record ExceptionView(String kind, String itemCode, String orderNumber, String message) {
    }

    /** Filters of {@link #plannedOrders}; null means any. */
    public record OrderFilter(String itemCode, PlannedOrderStatus status, OrderType type, Boolean pastDue) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MrpPlans(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a whole run: the run row, its planned orders with their pegs and its exceptions.
     *
     * @return the run id
     */
    @Transactional
    public long store(long companyId, Long jobExecutionId, LocalDate planDate, int horizonDays, String bucket,
                      int itemCount, List<NewPlannedOrder> orders, List<ExceptionView> exceptions) {
        jdbc.update("insert into mrp_run (company_id, job_execution_id, plan_date, horizon_days, bucket, item_count,"
                + " order_count, exception_count, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", companyId,
                jobExecutionId, Date.valueOf(planDate), horizonDays, bucket, itemCount, orders.size(), exceptions.size(),
                Timestamp.from(clock.instant()));
        long runId = jdbc.queryForObject("select max(id) from mrp_run where company_id = ?", Long.class, companyId);
        Map<String, Long> items = new HashMap<>();
        jdbc.query("select code, id from mrp_item where company_id = ?", rs -> {
            items.put(rs.getString(1), rs.getLong(2));
        }, companyId);
        batch("insert into mrp_planned_order (company_id, run_id, order_number, item_id, order_type, quantity,"
                + " release_date, due_date, estimated_cost, past_due, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'PLANNED')", orders.stream().map(o -> new Object[] {companyId, runId, o.number(),
                items.get(o.itemCode()), o.type().name(), o.quantity(), Date.valueOf(o.releaseDate()),
                Date.valueOf(o.dueDate()), o.estimatedCost(), o.pastDue()}).toList());
        Map<String, Long> orderIds = new HashMap<>();
        jdbc.query("select order_number, id from mrp_planned_order where run_id = ?", rs -> {
            orderIds.put(rs.getString(1), rs.getLong(2));
        }, runId);
        List<Object[]> pegs = new ArrayList<>();
        for (NewPlannedOrder o : orders) {
            long id = orderIds.get(o.number());
            for (NewPlannedOrder.NewPeg p : o.pegs()) {
                pegs.add(new Object[] {id, p.demandKind() == null ? null : p.demandKind().name(), p.demandRef(),
                    p.endItemCode(), p.demandDate() == null ? null : Date.valueOf(p.demandDate()), p.quantity(),
                    p.viaOrder()});
            }
            if (pegs.size() >= BATCH) {
                insertPegs(pegs);
                pegs.clear();
            }
        }
        insertPegs(pegs);
        batch("insert into mrp_exception (company_id, run_id, kind, item_code, order_number, message)"
                + " values (?, ?, ?, ?, ?, ?)", exceptions.stream().map(e -> new Object[] {companyId, runId, e.kind(),
                e.itemCode(), e.orderNumber(), e.message()}).toList());
        return runId;
    }

    private void insertPegs(List<Object[]> pegs) {
        batch("insert into mrp_peg (planned_order_id, demand_kind, demand_ref, end_item_code, demand_date, quantity,"
                + " via_order) values (?, ?, ?, ?, ?, ?, ?)", pegs);
    }

    private void batch(String sql, List<Object[]> args) {
        for (int from = 0; from < args.size(); from += BATCH) {
            jdbc.batchUpdate(sql, args.subList(from, Math.min(args.size(), from + BATCH)));
        }
    }

    /** The company's latest run, if any. */
    public Optional<Run> latestRun(long companyId) {
        return jdbc.query("select id, company_id, job_execution_id, plan_date, horizon_days, bucket, item_count,"
                + " order_count, exception_count, created_at from mrp_run where company_id = ? order by id desc",
                rs -> rs.next() ? Optional.of(new Run(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        rs.getDate(4).toLocalDate(), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        rs.getInt(9), rs.getTimestamp(10).toInstant())) : Optional.<Run>empty(), companyId);
    }

    /** A run's planned orders matching the filter, by release date then number, at most {@code limit}. */
    public List<PlannedOrderView> plannedOrders(long companyId, long runId, OrderFilter filter, int limit) {
        StringBuilder sql = new StringBuilder(SELECT_ORDER).append(" where o.company_id = ? and o.run_id = ?");
        List<Object> args = new ArrayList<>(List.of(companyId, runId));
        if (filter.itemCode() != null && !filter.itemCode().isBlank()) {
            sql.append(" and i.code = ?");
            args.add(filter.itemCode().trim());
        }
        if (filter.status() != null) {
            sql.append(" and o.status = ?");
            args.add(filter.status().name());
        }
        if (filter.type() != null) {
            sql.append(" and o.order_type = ?");
            args.add(filter.type().name());
        }
        if (filter.pastDue() != null) {
            sql.append(" and o.past_due = ?");
            args.add(filter.pastDue());
        }
        sql.append(" order by o.release_date, o.order_number");
        return jdbc.query(sql.toString(), rs -> {
            List<PlannedOrderView> found = new ArrayList<>();
            while (found.size() < limit && rs.next()) {
                found.add(order(rs));
            }
            return found;
        }, args.toArray());
    }

    /** One planned order of the company. */
    public Optional<PlannedOrderView> plannedOrder(long companyId, long orderId) {
        return jdbc.query(SELECT_ORDER + " where o.company_id = ? and o.id = ?", (rs, i) -> order(rs), companyId,
                orderId).stream().findFirst();
    }

    private static final String SELECT_ORDER = "select o.id, o.run_id, o.order_number, i.code, i.name, o.order_type,"
            + " o.quantity, o.release_date, o.due_date, o.estimated_cost, o.past_due, o.status, o.decided_by,"
            + " o.decided_at, o.decision_reason from mrp_planned_order o join mrp_item i on i.id = o.item_id";

    private static PlannedOrderView order(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(14);
        return new PlannedOrderView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                OrderType.valueOf(rs.getString(6)), plain(rs.getBigDecimal(7)),
                rs.getDate(8).toLocalDate(), rs.getDate(9).toLocalDate(), rs.getBigDecimal(10), rs.getBoolean(11),
                PlannedOrderStatus.valueOf(rs.getString(12)), rs.getString(13),
                decided == null ? null : decided.toInstant(), rs.getString(15));
    }

    /** A quantity as people write it: 230, 62.5 (numeric(19,4) columns come back as 230.0000). */
    static BigDecimal plain(BigDecimal q) {
        BigDecimal s = q.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A planned order's pegs in stored order. */
    public List<PegView> pegs(long orderId) {
        return jdbc.query("select demand_kind, demand_ref, end_item_code, demand_date, quantity, via_order from mrp_peg"
                + " where planned_order_id = ? order by id", (rs, i) -> new PegView(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                plain(rs.getBigDecimal(5)), rs.getString(6)), orderId);
    }

    /** A run's exceptions. */
    public List<ExceptionView> exceptions(long runId) {
        return jdbc.query("select kind, item_code, order_number, message from mrp_exception where run_id = ? order by id",
                (rs, i) -> new ExceptionView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), runId);
    }

    /**
     * Marks a PLANNED order CONFIRMED or CANCELLED with who and why.
     *
     * @throws PlannedOrderStateException when the company has no such order or it was already decided
     */
    @Transactional
    public PlannedOrderView decide(long companyId, long orderId, PlannedOrderStatus decision, String actor,
                                   String reason) {
        if (decision == PlannedOrderStatus.PLANNED) {
            throw new IllegalArgumentException("a decision is CONFIRMED or CANCELLED");
        }
        int n = jdbc.update("update mrp_planned_order set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?"
                + " where company_id = ? and id = ? and status = 'PLANNED'", decision.name(), actor,
                Timestamp.from(clock.instant()), reason, companyId, orderId);
        if (n == 0) {
            PlannedOrderView existing = plannedOrder(companyId, orderId).orElseThrow(() ->
                    new PlannedOrderStateException("company " + companyId + " has no planned order " + orderId));
            throw new PlannedOrderStateException("planned order " + existing.number() + " is already "
                    + existing.status() + " (by " + existing.decidedBy() + "); only PLANNED orders can be confirmed"
                    + " or cancelled");
        }
        return plannedOrder(companyId, orderId).orElseThrow();
    }
}

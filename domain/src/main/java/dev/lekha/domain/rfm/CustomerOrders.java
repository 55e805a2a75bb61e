package dev.lekha.domain.rfm;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order history RFM scores are computed from ({@code customer_order}). Orders come from the {@code orders}
 * drop only: the company's sales invoices are not counted, because a B2C invoice carries no stable customer key
 * and a shop's orders and its invoices would otherwise count the same purchase twice (docs/rfm.md).
 */
@Component
public class CustomerOrders {

    /**
     * @param companyId the company every row belongs to
     * @param inserted  orders not stored before
     * @param updated   orders already stored under the same order id, replaced by the file's row
     */
    public record Imported(long companyId, int inserted, int updated) {
    }

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CustomerOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the orders in one transaction. An order id the company already has is updated to the new row (a
     * re-export of a period overlapping an earlier one corrects it rather than failing or counting it twice).
     *
     * @param sourceFile the dropped file's name, kept on each row
     * @throws InvalidOrderHistoryException when a row's GSTIN is no active registration of a company in Lekha, or
     *         the rows belong to more than one company; nothing is stored then
     */
    @Transactional
    public Imported importAll(String sourceFile, List<IncomingOrder> orders) {
        Objects.requireNonNull(orders, "orders must not be null");
        if (orders.isEmpty()) {
            throw new InvalidOrderHistoryException(List.of(sourceFile + ": the file holds no orders"));
        }
        Map<String, Long> companies = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (IncomingOrder order : orders) {
            Long company = companies.computeIfAbsent(order.companyGstin(), gstin -> jdbc.query(
                    "select company_id from gst_registration where gstin = ? and active = true",
                    rs -> rs.next() ? rs.getLong(1) : -1L, gstin));
            if (company < 0 && problems.stream().noneMatch(p -> p.contains(order.companyGstin()))) {
                problems.add(order.source() + " company_gstin: " + order.companyGstin() + " is not an active GST"
                        + " registration of any company in Lekha; check the GSTIN or add the registration");
            }
        }
        long distinct = companies.values().stream().filter(c -> c >= 0).distinct().count();
        if (distinct > 1) {
            problems.add(sourceFile + ": the file mixes orders of " + distinct + " companies; drop one file per company");
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrderHistoryException(problems);
        }
        long companyId = companies.values().iterator().next();
        Timestamp now = Timestamp.from(clock.instant());
        int updated = 0;
        List<IncomingOrder> fresh = new ArrayList<>();
        for (int from = 0; from < orders.size(); from += BATCH) {
            List<IncomingOrder> batch = orders.subList(from, Math.min(orders.size(), from + BATCH));
            int[][] counts = jdbc.batchUpdate("update customer_order set order_date = ?, customer_key = ?,"
                    + " customer_name = ?, customer_phone = ?, customer_email = ?, net_amount = ?, is_return = ?,"
                    + " source_file = ?, imported_at = ? where company_id = ? and order_id = ?", batch, BATCH,
                    (ps, o) -> {
                        ps.setObject(1, o.orderDate());
                        ps.setString(2, o.customerKey());
                        ps.setString(3, o.customerName());
                        ps.setString(4, o.customerPhone());
                        ps.setString(5, o.customerEmail());
                        ps.setBigDecimal(6, o.netAmount());
                        ps.setBoolean(7, o.isReturn());
                        ps.setString(8, sourceFile);
                        ps.setTimestamp(9, now);
                        ps.setLong(10, companyId);
                        ps.setString(11, o.orderId());
                    });
            for (int i = 0; i < batch.size(); i++) {
                if (counts[0][i] == 0) {
                    fresh.add(batch.get(i));
                } else {
                    updated++;
                }
            }
        }
        jdbc.batchUpdate("insert into customer_order (company_id, order_id, order_date, customer_key, customer_name,"
                + " customer_phone, customer_email, net_amount, is_return, source_file, imported_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fresh, BATCH, (ps, o) -> {
                    ps.setLong(1, companyId);
                    ps.setString(2, o.orderId());
                    ps.setObject(3, o.orderDate());
                    ps.setString(4, o.customerKey());
                    ps.setString(5, o.customerName());
                    ps.setString(6, o.customerPhone());
                    ps.setString(7, o.customerEmail());
                    ps.setBigDecimal(8, o.netAmount());
                    ps.setBoolean(9, o.isReturn());
                    ps.setString(10, sourceFile);
                    ps.setTimestamp(11, now);
                });
        return new Imported(companyId, fresh.size(), updated);
    }
}

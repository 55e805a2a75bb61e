package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's manufacturing masters: planning items, BOMs, warehouses with stock, open orders and demand. Written by
 * the {@code manufacturing} drop (all of a file in one transaction), read whole by the {@code mrp} job.
 */
@Component
public class MrpMasters {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MrpMasters(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The codes of the company's planning items. */
    public Set<String> itemCodes(long companyId) {
        return new HashSet<>(jdbc.queryForList("select code from mrp_item where company_id = ?", String.class, companyId));
    }

    /** The company's BOM lines as stored. */
    public List<BomLine> bom(long companyId) {
        return jdbc.query("select p.code parent, c.code component, b.quantity_per, b.scrap_pct from mrp_bom_line b"
                + " join mrp_item p on p.id = b.parent_id join mrp_item c on c.id = b.component_id"
                + " where b.company_id = ?", (rs, i) -> new BomLine(rs.getString(1), rs.getString(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)), companyId);
    }

    /** Everything planning reads for the company. */
    @Transactional(readOnly = true)
    public ManufacturingMasters load(long companyId) {
        List<MrpItemMaster> items = jdbc.query("select code, name, source, lead_time_days, lot_rule, lot_size, periods,"
                + " max_stock, minimum_order, order_multiple, safety_stock, unit_cost, ordering_cost, holding_rate_pct"
                + " from mrp_item where company_id = ? order by code", (rs, i) -> item(rs), companyId);
        List<StockBalance> stock = jdbc.query("select i.code, w.code, s.quantity from mrp_stock s"
                + " join mrp_item i on i.id = s.item_id join mrp_warehouse w on w.id = s.warehouse_id"
                + " where s.company_id = ?", (rs, i) -> new StockBalance(rs.getString(1), rs.getString(2),
                rs.getBigDecimal(3)), companyId);
        List<ScheduledReceipt> receipts = jdbc.query("select i.code, r.reference, r.order_type, r.due_date, r.quantity"
                + " from mrp_scheduled_receipt r join mrp_item i on i.id = r.item_id where r.company_id = ?",
                (rs, i) -> new ScheduledReceipt(rs.getString(1), rs.getString(2), OrderType.valueOf(rs.getString(3)),
                        rs.getDate(4).toLocalDate(), rs.getBigDecimal(5)), companyId);
        List<IndependentDemand> demands = jdbc.query("select i.code, d.kind, d.reference, d.due_date, d.quantity"
                + " from mrp_demand d join mrp_item i on i.id = d.item_id where d.company_id = ?",
                (rs, i) -> new IndependentDemand(rs.getString(1), DemandKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getBigDecimal(5)), companyId);
        return new ManufacturingMasters(items, bom(companyId), stock, receipts, demands);
    }

    private static MrpItemMaster item(ResultSet rs) throws SQLException {
        return new MrpItemMaster(rs.getString(1), rs.getString(2), ItemSource.valueOf(rs.getString(3)),
                (Integer) rs.getObject(4, Integer.class), LotSizeRule.valueOf(rs.getString(5)), rs.getBigDecimal(6),
                (Integer) rs.getObject(7, Integer.class), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14));
    }

    /**
     * Stores an upload (see {@link MastersUpload} for what each section does) in one transaction. The caller has
     * checked it: every code it names is an item of the file or of the company, and the BOMs with it have no cycle.
     *
     * @return the rows written
     */
    @Transactional
    public int store(long companyId, MastersUpload upload) {
        int rows = 0;
        if (upload.items() != null) {
            rows += upsertItems(companyId, upload.items());
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from mrp_item where company_id = ?", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, companyId);
        if (upload.bom() != null) {
            Set<String> parents = new LinkedHashSet<>();
            upload.bom().forEach(l -> parents.add(l.parentCode()));
            batch("delete from mrp_bom_line where parent_id = ?", parents.stream()
                    .map(p -> new Object[] {ids.get(p)}).toList());
            rows += batch("insert into mrp_bom_line (company_id, parent_id, component_id, quantity_per, scrap_pct)"
                    + " values (?, ?, ?, ?, ?)", upload.bom().stream().map(l -> new Object[] {companyId,
                    ids.get(l.parentCode()), ids.get(l.componentCode()), l.quantityPer(), l.scrapPercent()}).toList());
        }
        if (upload.stock() != null) {
            Map<String, Long> warehouses = warehouses(companyId, upload.stock());
            Set<String> present = new HashSet<>();
            jdbc.query("select item_id, warehouse_id from mrp_stock where company_id = ?",
                    rs -> {
                        present.add(rs.getLong(1) + "/" + rs.getLong(2));
                    }, companyId);
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> inserts = new ArrayList<>();
            for (StockBalance s : upload.stock()) {
                long item = ids.get(s.itemCode());
                long wh = warehouses.get(s.warehouse());
                if (present.contains(item + "/" + wh)) {
                    updates.add(new Object[] {s.quantity(), item, wh});
                } else {
                    inserts.add(new Object[] {companyId, item, wh, s.quantity()});
                }
            }
            rows += batch("update mrp_stock set quantity = ? where item_id = ? and warehouse_id = ?", updates);
            rows += batch("insert into mrp_stock (company_id, item_id, warehouse_id, quantity) values (?, ?, ?, ?)",
                    inserts);
        }
        if (upload.receipts() != null) {
            jdbc.update("delete from mrp_scheduled_receipt where company_id = ?", companyId);
            rows += batch("insert into mrp_scheduled_receipt (company_id, item_id, reference, order_type, due_date,"
                    + " quantity) values (?, ?, ?, ?, ?, ?)", upload.receipts().stream().map(r -> new Object[] {
                    companyId, ids.get(r.itemCode()), r.reference(), r.type().name(), Date.valueOf(r.dueDate()),
                    r.quantity()}).toList());
        }
        if (upload.demands() != null) {
            jdbc.update("delete from mrp_demand where company_id = ?", companyId);
            rows += batch("insert into mrp_demand (company_id, item_id, kind, reference, due_date, quantity)"
                    + " values (?, ?, ?, ?, ?, ?)", upload.demands().stream().map(d -> new Object[] {companyId,
                    ids.get(d.itemCode()), d.kind().name(), d.reference(), Date.valueOf(d.dueDate()), d.quantity()})
                    .toList());
        }
        return rows;
    }

    private int upsertItems(long companyId, List<MrpItemMaster> items) {
        Set<String> existing = itemCodes(companyId);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (MrpItemMaster i : items) {
            Object[] values = {i.name(), i.source().name(), i.leadTimeDays(), i.lotRule().name(), i.lotSize(),
                i.periods(), i.maxStock(), i.minimumOrder(), i.orderMultiple(), i.safetyStock(), i.unitCost(),
                i.orderingCost(), i.holdingRatePercent(), now, companyId, i.code()};
            (existing.contains(i.code()) ? updates : inserts).add(values);
        }
        int rows = batch("update mrp_item set name = ?, source = ?, lead_time_days = ?, lot_rule = ?, lot_size = ?,"
                + " periods = ?, max_stock = ?, minimum_order = ?, order_multiple = ?, safety_stock = ?, unit_cost = ?,"
                + " ordering_cost = ?, holding_rate_pct = ?, updated_at = ? where company_id = ? and code = ?", updates);
        rows += batch("insert into mrp_item (name, source, lead_time_days, lot_rule, lot_size, periods, max_stock,"
                + " minimum_order, order_multiple, safety_stock, unit_cost, ordering_cost, holding_rate_pct,"
                + " updated_at, company_id, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        return rows;
    }

    private Map<String, Long> warehouses(long companyId, List<StockBalance> stock) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from mrp_warehouse where company_id = ?", rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        }, companyId);
        for (StockBalance s : stock) {
            if (!ids.containsKey(s.warehouse())) {
                jdbc.update("insert into mrp_warehouse (company_id, code) values (?, ?)", companyId, s.warehouse());
                ids.put(s.warehouse(), jdbc.queryForObject("select id from mrp_warehouse where company_id = ?"
                        + " and code = ?", Long.class, companyId, s.warehouse()));
            }
        }
        return ids;
    }

    private int batch(String sql, List<Object[]> args) {
        int n = 0;
        for (int from = 0; from < args.size(); from += BATCH) {
            List<Object[]> part = args.subList(from, Math.min(args.size(), from + BATCH));
            jdbc.batchUpdate(sql, part);
            n += part.size();
        }
        return n;
    }

    /** Total on hand of an item over all warehouses (zero when none). */
    public BigDecimal onHand(long companyId, String itemCode) {
        BigDecimal q = jdbc.queryForObject("select sum(s.quantity) from mrp_stock s join mrp_item i on i.id = s.item_id"
                + " where s.company_id = ? and i.code = ?", BigDecimal.class, companyId, itemCode);
        return q == null ? BigDecimal.ZERO : q;
    }
}

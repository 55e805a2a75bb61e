package dev.lekha.domain.razorpay;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows of Razorpay's settlement reconciliation report ({@code razorpay_settlement_item}), from a dropped file or the
 * API, stored all or nothing. A row seen again (same settlement, entity id and type) replaces the stored one, so a
 * report fetched or dropped twice adds nothing. Each settlement named by the rows is upserted as well: a settlement
 * Lekha did not know yet gets amount = credits - debits, fees and tax summed from its rows; one already known
 * (from a webhook or the API) keeps Razorpay's own figures and only gains a missing UTR or date.
 */
@Service
public class RazorpaySettlementItems {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private final JdbcTemplate jdbc;
    private final RazorpayPayments payments;

    public RazorpaySettlementItems(JdbcTemplate jdbc, RazorpayPayments payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    /** What an import stored. */
    public record Imported(int inserted, int updated, int settlements) {
    }

    /**
     * @param source {@code FILE} or {@code API}
     * @throws InvalidSettlementItemsException naming each bad row; nothing is stored then
     */
    @Transactional
    public Imported importAll(long companyId, List<SettlementItem> items, String source) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SettlementItem i : items) {
            String key = i.settlementId() + "|" + i.entityId() + "|" + i.entityType();
            if (!seen.add(key)) {
                problems.add(i.row() + ": entity_id " + i.entityId() + " (" + i.entityType() + ") appears twice in settlement "
                        + i.settlementId());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettlementItemsException(problems);
        }
        int inserted = 0;
        int updated = 0;
        Map<String, List<SettlementItem>> bySettlement = new LinkedHashMap<>();
        for (SettlementItem i : items) {
            bySettlement.computeIfAbsent(i.settlementId(), k -> new ArrayList<>()).add(i);
            int changed = jdbc.update("update razorpay_settlement_item set amount = ?, credit = ?, debit = ?, fee = ?, tax = ?,"
                            + " payment_id = ?, order_id = ?, order_receipt = ?, settlement_utr = ?, settled_at = ?, source = ?,"
                            + " method = ?, description = ?, created_at_rzp = ? where company_id = ? and settlement_id = ?"
                            + " and entity_id = ? and entity_type = ?", i.amount(), i.credit(), i.debit(), i.fee(), i.tax(),
                    i.paymentId(), i.orderId(), i.orderReceipt(), i.settlementUtr(), ts(i.settledAt()), source, i.method(),
                    cut(i.description(), 255), ts(i.createdAt()), companyId, i.settlementId(), i.entityId(), i.entityType());
            if (changed == 0) {
                jdbc.update("insert into razorpay_settlement_item (company_id, settlement_id, entity_id, entity_type, amount,"
                                + " credit, debit, fee, tax, payment_id, order_id, order_receipt, settlement_utr, settled_at,"
                                + " source, method, description, created_at_rzp) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        companyId, i.settlementId(), i.entityId(), i.entityType(), i.amount(), i.credit(), i.debit(),
                        i.fee(), i.tax(), i.paymentId(), i.orderId(), i.orderReceipt(), i.settlementUtr(),
                        ts(i.settledAt()), source, i.method(), cut(i.description(), 255), ts(i.createdAt()));
                inserted++;
            } else {
                updated++;
            }
        }
        for (var e : bySettlement.entrySet()) {
            upsertSettlement(companyId, e.getKey(), e.getValue());
        }
        return new Imported(inserted, updated, bySettlement.size());
    }

    private void upsertSettlement(long companyId, String settlementId, List<SettlementItem> rows) {
        SettlementItem first = rows.get(0);
        String utr = rows.stream().map(SettlementItem::settlementUtr).filter(u -> u != null && !u.isBlank()).findFirst().orElse(null);
        Instant settledAt = rows.stream().map(SettlementItem::settledAt).filter(t -> t != null).findFirst().orElse(null);
        boolean known = !jdbc.queryForList("select id from razorpay_settlement where company_id = ? and settlement_id = ?",
                Long.class, companyId, settlementId).isEmpty();
        if (known) {
            jdbc.update("update razorpay_settlement set utr = coalesce(utr, ?), settled_on = coalesce(settled_on, ?)"
                            + " where company_id = ? and settlement_id = ?", utr,
                    settledAt == null ? null : java.sql.Date.valueOf(settledAt.atZone(IST).toLocalDate()), companyId, settlementId);
            return;
        }
        // all stored rows of the settlement, not only this file's: a settlement may span two report days
        List<BigDecimal[]> sums = jdbc.query("select coalesce(sum(credit),0), coalesce(sum(debit),0), coalesce(sum(fee),0),"
                        + " coalesce(sum(tax),0) from razorpay_settlement_item where company_id = ? and settlement_id = ?",
                (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)},
                companyId, settlementId);
        BigDecimal[] s = sums.get(0);
        payments.apply(companyId, new SettlementState(settlementId, "processed", s[0].subtract(s[1]), s[2], s[3], utr,
                first.settledAt(), settledAt == null ? null : settledAt.atZone(IST).toLocalDate()));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

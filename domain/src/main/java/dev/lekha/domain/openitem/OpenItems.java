package dev.lekha.domain.openitem;

import dev.lekha.domain.ledger.JournalEntries;
import dev.lekha.domain.ledger.JournalEntry;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivables and payables and the money applied to them. An item's outstanding amount is its total less
 * its settlements; a settlement and its journal entry are stored together, once per (item, source).
 */
@Component
public class OpenItems {

    private final JdbcTemplate jdbc;
    private final JournalEntries journalEntries;
    private final Clock clock;

    public OpenItems(JdbcTemplate jdbc, JournalEntries journalEntries, Clock clock) {
        this.jdbc = jdbc;
        this.journalEntries = journalEntries;
        this.clock = clock;
    }

    /** What is stored for a settlement: its id and journal entry, and whether this call created it. */
    public record Settled(long settlementId, Long journalEntryId, boolean created) {
    }

    /**
     * The amount still open on an item: total less settlements (zero for a cancelled document).
     *
     * @throws IllegalArgumentException if the company has no such item
     */
    @Transactional(readOnly = true)
    public BigDecimal outstanding(long companyId, OpenItemType type, long itemId) {
        return total(companyId, type, itemId, false).subtract(settled(type, itemId));
    }

    /**
     * Applies money to an item and posts its journal entry, in one transaction. Settling the same item from
     * the same source again returns what was stored the first time and changes nothing.
     *
     * @throws OverSettlementException  if the amount exceeds what is outstanding
     * @throws IllegalArgumentException if the company has no such item
     */
    @Transactional
    public Settled settle(Settlement s) {
        Optional<Settled> existing = existing(s);
        if (existing.isPresent()) {
            return existing.get();
        }
        BigDecimal outstanding = total(s.companyId(), s.itemType(), s.itemId(), true).subtract(settled(s.itemType(), s.itemId()));
        if (s.amount().compareTo(outstanding) > 0) {
            throw new OverSettlementException(s.itemType(), s.itemId(), s.amount(), outstanding);
        }
        var now = clock.instant();
        Long journalId = null;
        if (!s.postings().isEmpty()) {
            journalId = journalEntries.save(JournalEntry.post(s.companyId(), s.settledOn(), s.narration(), s.sourceType(),
                    s.sourceId(), s.postings(), now)).getId();
        }
        var keys = new GeneratedKeyHolder();
        Long journal = journalId;
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into open_item_settlement (company_id, item_type, item_id, amount,"
                    + " settled_on, source_type, source_id, journal_entry_id, created_at) values (?,?,?,?,?,?,?,?,?)",
                    new String[] {"id"});
            ps.setLong(1, s.companyId());
            ps.setString(2, s.itemType().name());
            ps.setLong(3, s.itemId());
            ps.setBigDecimal(4, s.amount());
            ps.setDate(5, Date.valueOf(s.settledOn()));
            ps.setString(6, s.sourceType());
            ps.setString(7, s.sourceId());
            ps.setObject(8, journal);
            ps.setTimestamp(9, Timestamp.from(now));
            return ps;
        }, keys);
        return new Settled(keys.getKey().longValue(), journalId, true);
    }

    private Optional<Settled> existing(Settlement s) {
        List<Settled> rows = jdbc.query("select id, journal_entry_id from open_item_settlement where item_type = ?"
                        + " and item_id = ? and source_type = ? and source_id = ?",
                (rs, i) -> new Settled(rs.getLong(1), (Long) rs.getObject(2, Long.class), false),
                s.itemType().name(), s.itemId(), s.sourceType(), s.sourceId());
        return rows.stream().findFirst();
    }

    private BigDecimal total(long companyId, OpenItemType type, long itemId, boolean lock) {
        String sql = switch (type) {
            case SALES_DOCUMENT -> "select case when cancelled then 0 else total end from sales_document"
                    + " where id = ? and company_id = ?";
            case PURCHASE_INVOICE -> "select total from purchase_invoice where id = ? and company_id = ?";
        };
        List<BigDecimal> totals = jdbc.queryForList(sql + (lock ? " for update" : ""), BigDecimal.class, itemId, companyId);
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("company " + companyId + " has no " + type + " " + itemId);
        }
        return totals.get(0);
    }

    private BigDecimal settled(OpenItemType type, long itemId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from open_item_settlement where item_type = ?"
                + " and item_id = ?", BigDecimal.class, type.name(), itemId);
    }
}

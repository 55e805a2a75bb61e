package dev.lekha.domain.recon;

import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What razorpay-recon reads (settlements, their report rows, bank credits by UTR) and writes (issues, events). */
@Component
public class RazorpayRecons {

    public static final String RECONCILED = "settlement.reconciled";

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public RazorpayRecons(JdbcTemplate jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record SettlementRow(long id, String settlementId, BigDecimal amount, BigDecimal fees, BigDecimal tax,
                                String utr, LocalDate settledOn) {
    }

    public record ItemRow(String entityId, String entityType, BigDecimal amount, BigDecimal fee, BigDecimal tax,
                          BigDecimal credit, BigDecimal debit) {
    }

    public record Credit(long lineId, BigDecimal amount) {
    }

    public record IssueRow(String settlementId, String kind, BigDecimal expected, BigDecimal actual, String detail) {
    }

    /** SQL of the settlements settled (or created) in a range: parameters company, from, to. */
    public static String settlementsSql() {
        return "select id, settlement_id, amount, fees, tax, utr, coalesce(settled_on, cast(created_at_rzp as date)) d"
                + " from razorpay_settlement where company_id = ?"
                + " and coalesce(settled_on, cast(created_at_rzp as date)) between ? and ? order by d, id";
    }

    public static SettlementRow settlement(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SettlementRow(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getString(6), rs.getDate(7).toLocalDate());
    }

    @Transactional(readOnly = true)
    public List<SettlementRow> settlements(long companyId, LocalDate from, LocalDate to) {
        return jdbc.query(settlementsSql(), RazorpayRecons::settlement, companyId, Date.valueOf(from), Date.valueOf(to));
    }

    @Transactional(readOnly = true)
    public List<ItemRow> items(long companyId, String settlementId) {
        return jdbc.query("select entity_id, entity_type, amount, fee, tax, credit, debit from razorpay_settlement_item"
                + " where company_id = ? and settlement_id = ? order by id", (rs, i) -> new ItemRow(rs.getString(1),
                rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                rs.getBigDecimal(7)), companyId, settlementId);
    }

    /** Bank credits of the company carrying the UTR in their UTR field or narration. */
    @Transactional(readOnly = true)
    public List<Credit> bankCredits(long companyId, String utr) {
        if (utr == null || utr.isBlank()) {
            return List.of();
        }
        return jdbc.query("select id, amount from bank_statement_line where company_id = ? and direction = 'CR'"
                + " and (utr = ? or narration like ?) order by value_date, id", (rs, i) -> new Credit(rs.getLong(1),
                rs.getBigDecimal(2)), companyId, utr, "%" + utr + "%");
    }

    /** Payments Lekha holds as settled in the settlement. */
    @Transactional(readOnly = true)
    public List<String> paymentsOf(long companyId, String settlementId) {
        return jdbc.queryForList("select payment_id from razorpay_payment where company_id = ? and settlement_id = ?",
                String.class, companyId, settlementId);
    }

    /**
     * Stores a settlement's issues of this run; a clean settlement gets one {@code settlement.reconciled}
     * event, once ever per settlement (a re-run publishes nothing new).
     */
    @Transactional
    public void record(long companyId, long runId, SettlementRow s, BigDecimal computed, Long bankLineId,
                       List<IssueRow> issues) {
        var now = Timestamp.from(clock.instant());
        for (IssueRow i : issues) {
            jdbc.update("insert into razorpay_recon_issue (company_id, run_id, settlement_id, kind, expected, actual, detail,"
                    + " created_at) select ?,?,?,?,?,?,?,? where not exists (select 1 from razorpay_recon_issue where run_id = ?"
                    + " and settlement_id = ? and kind = ?)", companyId, runId, s.settlementId(), i.kind(), i.expected(),
                    i.actual(), i.detail().length() > 4000 ? i.detail().substring(0, 4000) : i.detail(), now, runId,
                    s.settlementId(), i.kind());
        }
        int updated = jdbc.update("update razorpay_settlement_recon set run_id = ?, issues = ?, checked_at = ?"
                + " where company_id = ? and settlement_id = ?", runId, issues.size(), now, companyId, s.settlementId());
        if (updated == 0) {
            jdbc.update("insert into razorpay_settlement_recon (company_id, settlement_id, run_id, issues, checked_at)"
                    + " values (?,?,?,?,?)", companyId, s.settlementId(), runId, issues.size(), now);
        }
        // the first clean check claims the event; a later run finds reconciled_at set and sends nothing
        if (issues.isEmpty() && jdbc.update("update razorpay_settlement_recon set reconciled_at = ? where company_id = ?"
                + " and settlement_id = ? and reconciled_at is null", now, companyId, s.settlementId()) == 1) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("companyId", companyId);
            body.put("settlementId", s.settlementId());
            body.put("amount", s.amount().toPlainString());
            body.put("utr", s.utr());
            body.put("settledOn", s.settledOn().toString());
            body.put("bankStatementLineId", bankLineId);
            body.put("runId", runId);
            outbox.publish(new OutboxMessage(companyId, RECONCILED, "razorpay_settlement", s.settlementId(),
                    json.writeValueAsString(body)));
        }
    }

    @Transactional(readOnly = true)
    public List<IssueRow> issues(long runId) {
        return jdbc.query("select settlement_id, kind, expected, actual, detail from razorpay_recon_issue where run_id = ?"
                + " order by id", (rs, i) -> new IssueRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getString(5)), runId);
    }
}

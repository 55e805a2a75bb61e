package dev.lekha.domain.recon;

import dev.lekha.domain.ledger.JournalEntries;
import dev.lekha.domain.ledger.JournalEntry;
import dev.lekha.domain.ledger.JournalEntry.Posting;
import dev.lekha.domain.ledger.StandardAccount;
import dev.lekha.domain.ledger.StandardAccounts;
import dev.lekha.domain.openitem.OpenItemType;
import dev.lekha.domain.openitem.OpenItems;
import dev.lekha.domain.openitem.OverSettlementException;
import dev.lekha.domain.openitem.Settlement;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bank reconciliation as stored: the candidates a run matches against, the matches it writes, and the
 * decisions people take (confirm, match by hand, post as a new entry, reject). Confirming posts the journal
 * entry: a receivable or payable through {@link OpenItems#settle} (source {@code BANK_LINE}/line id, so a
 * line settles an item once); a Razorpay settlement Dr bank, Cr Razorpay clearing (source
 * {@code RAZORPAY_SETTLEMENT}/settlement id, found and reused if already posted, so never posted twice); a
 * journal entry already on the bank account is only linked.
 */
@Component
public class BankReconciliations {

    public static final String SOURCE_BANK_LINE = "BANK_LINE";
    public static final String SOURCE_SETTLEMENT = "RAZORPAY_SETTLEMENT";
    private static final String LINE_COLUMNS = "id, company_id, bank_account_id, value_date, amount, direction,"
            + " narration, bank_reference, utr, recon_status";

    private final JdbcTemplate jdbc;
    private final OpenItems openItems;
    private final StandardAccounts standardAccounts;
    private final JournalEntries journalEntries;
    private final Clock clock;

    public BankReconciliations(JdbcTemplate jdbc, OpenItems openItems, StandardAccounts standardAccounts,
                               JournalEntries journalEntries, Clock clock) {
        this.jdbc = jdbc;
        this.openItems = openItems;
        this.standardAccounts = standardAccounts;
        this.journalEntries = journalEntries;
        this.clock = clock;
    }

    /** A company's bank account by account number (or by id when given as {@code #<id>}). */
    @Transactional(readOnly = true)
    public Optional<Long> bankAccountId(long companyId, String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = account.startsWith("#")
                ? jdbc.queryForList("select id from bank_account where company_id = ? and id = ?", Long.class, companyId,
                        Long.parseLong(account.substring(1)))
                : jdbc.queryForList("select id from bank_account where company_id = ? and account_number = ?", Long.class,
                        companyId, account.trim());
        return ids.stream().findFirst();
    }

    /** A bank account of a company, for choosing one on the screen. */
    public record Account(long id, String accountNumber, String bankName) {
    }

    @Transactional(readOnly = true)
    public List<Account> accounts(long companyId) {
        return jdbc.query("select id, account_number, bank_name from bank_account where company_id = ? order by id",
                (rs, i) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3)), companyId);
    }

    /** A ledger account a line can be posted to. */
    public record Ledger(long id, String code, String name) {
    }

    @Transactional(readOnly = true)
    public List<Ledger> ledgers(long companyId) {
        return jdbc.query("select id, code, name from ledger_account where company_id = ? order by code",
                (rs, i) -> new Ledger(rs.getLong(1), rs.getString(2), rs.getString(3)), companyId);
    }

    /** The bank account's own ledger account, or the company's standard BANK account. */
    @Transactional
    public long bankLedgerId(long companyId, long bankAccountId) {
        List<Long> ids = jdbc.queryForList("select ledger_account_id from bank_account where id = ? and company_id = ?"
                + " and ledger_account_id is not null", Long.class, bankAccountId, companyId);
        return ids.isEmpty() ? standardAccounts.idOf(companyId, StandardAccount.BANK) : ids.get(0);
    }

    /**
     * Starts a run: drops the suggestions of earlier runs for the account's lines in the range (decisions
     * stay) and puts their lines back to UNMATCHED.
     */
    @Transactional
    public void startRun(long companyId, long bankAccountId, LocalDate from, LocalDate to) {
        jdbc.update("delete from bank_recon_match where status = 'SUGGESTED' and statement_line_id in (select id from"
                + " bank_statement_line where company_id = ? and bank_account_id = ? and value_date between ? and ?)",
                companyId, bankAccountId, Date.valueOf(from), Date.valueOf(to));
        jdbc.update("update bank_statement_line set recon_status = 'UNMATCHED' where company_id = ? and bank_account_id = ?"
                + " and value_date between ? and ? and recon_status = 'SUGGESTED'",
                companyId, bankAccountId, Date.valueOf(from), Date.valueOf(to));
    }

    /** SQL selecting the lines still to reconcile, by value date (for a cursor reader): parameters company, account, from, to. */
    public static String openLinesSql() {
        return "select " + LINE_COLUMNS + " from bank_statement_line where company_id = ? and bank_account_id = ?"
                + " and value_date between ? and ? and recon_status in ('UNMATCHED', 'SUGGESTED') order by value_date, id";
    }

    public static BankLine line(ResultSet rs, int row) throws SQLException {
        return new BankLine(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("bank_account_id"),
                rs.getDate("value_date").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("direction"),
                rs.getString("narration"), rs.getString("bank_reference"), rs.getString("utr"),
                rs.getString("recon_status"));
    }

    /**
     * Streams every candidate open at {@code to}: receivables (invoices and debit notes, not cancelled) and
     * payables with outstanding left, dated up to {@code to}; Razorpay settlements settled within three days
     * of the range and not yet matched; journal entries on the bank ledger in that range, not made by
     * reconciliation and not yet matched.
     */
    @Transactional(readOnly = true)
    public void forEachCandidate(long companyId, long bankLedgerId, LocalDate from, LocalDate to,
                                 Consumer<ReconCandidate> sink) {
        Date upTo = Date.valueOf(to);
        Date windowFrom = Date.valueOf(from.minusDays(3));
        Date windowTo = Date.valueOf(to.plusDays(3));
        // its own template: a fetch size on the shared one would change every query of the application
        JdbcTemplate jdbc = new JdbcTemplate(this.jdbc.getDataSource());
        jdbc.setFetchSize(1000);
        RowCallbackHandler receivable = rs -> sink.accept(new ReconCandidate("SALES_DOCUMENT", rs.getLong(1), true,
                rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getString(2), null, rs.getString(5)));
        jdbc.query("""
                select d.id, d.doc_number, d.doc_date, d.total - coalesce(s.settled, 0), coalesce(p.name, d.buyer_legal_name)
                  from sales_document d
                  left join (select item_id, sum(amount) settled from open_item_settlement
                              where company_id = ? and item_type = 'SALES_DOCUMENT' group by item_id) s on s.item_id = d.id
                  left join party p on p.id = d.party_id
                 where d.company_id = ? and d.cancelled = false and d.doc_type in ('INV', 'DBN') and d.doc_date <= ?
                   and d.total - coalesce(s.settled, 0) > 0""", receivable, companyId, companyId, upTo);
        RowCallbackHandler payable = rs -> sink.accept(new ReconCandidate("PURCHASE_INVOICE", rs.getLong(1), false,
                rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getString(2), null, rs.getString(5)));
        jdbc.query("""
                select i.id, i.doc_number, i.doc_date, i.total - coalesce(s.settled, 0), coalesce(p.name, i.supplier_name)
                  from purchase_invoice i
                  left join (select item_id, sum(amount) settled from open_item_settlement
                              where company_id = ? and item_type = 'PURCHASE_INVOICE' group by item_id) s on s.item_id = i.id
                  left join party p on p.id = i.party_id
                 where i.company_id = ? and i.doc_type in ('INV', 'DBN') and i.doc_date <= ?
                   and i.total - coalesce(s.settled, 0) > 0""", payable, companyId, companyId, upTo);
        RowCallbackHandler settlement = rs -> sink.accept(new ReconCandidate("RAZORPAY_SETTLEMENT", rs.getLong(1), true,
                rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getString(2), rs.getString(5),
                "Razorpay Software Private Limited"));
        jdbc.query("""
                select r.id, r.settlement_id, coalesce(r.settled_on, cast(r.created_at_rzp as date)), r.amount, r.utr
                  from razorpay_settlement r
                 where r.company_id = ? and r.amount > 0
                   and coalesce(r.settled_on, cast(r.created_at_rzp as date)) between ? and ?
                   and not exists (select 1 from bank_recon_match m where m.target_type = 'RAZORPAY_SETTLEMENT'
                                    and m.target_id = r.id and m.status = 'CONFIRMED')""",
                settlement, companyId, windowFrom, windowTo);
        jdbc.query("""
                select e.id, e.entry_date, e.source_id, sum(l.debit), sum(l.credit)
                  from journal_entry e join journal_line l on l.journal_entry_id = e.id
                 where e.company_id = ? and l.ledger_account_id = ? and e.entry_date between ? and ?
                   and (e.source_type is null or e.source_type not in ('BANK_LINE', 'BANK_RECON', 'RAZORPAY_SETTLEMENT'))
                   and not exists (select 1 from bank_recon_match m where m.status = 'CONFIRMED'
                                    and (m.target_type = 'JOURNAL_ENTRY' and m.target_id = e.id
                                         or m.journal_entry_id = e.id))
                 group by e.id, e.entry_date, e.source_id
                having sum(l.debit) <> sum(l.credit)""", rs -> {
            // a net debit to the bank is money in, a net credit money out
            BigDecimal net = rs.getBigDecimal(4).subtract(rs.getBigDecimal(5));
            sink.accept(new ReconCandidate("JOURNAL_ENTRY", rs.getLong(1), net.signum() > 0,
                    rs.getDate(2).toLocalDate(), net.abs(), "JE" + rs.getLong(1), rs.getString(3), null));
        }, companyId, bankLedgerId, windowFrom, windowTo);
    }

    /**
     * Stores a run's result for one line: suggestions as SUGGESTED rows (a pairing already rejected is not
     * proposed again), a confirmed match posted at once. A confirmed match whose item no longer has the
     * outstanding (changed since the run read it) is stored as a suggestion instead.
     *
     * @return the line's new recon status
     */
    @Transactional
    public String record(BankLine line, List<NewMatch> matches, boolean confirm, Long runId, String actor) {
        if (matches.isEmpty()) {
            return line.reconStatus();
        }
        if (confirm && stillOpen(line.companyId(), matches)) {
            for (NewMatch m : matches) {
                post(line, m, runId, actor);
            }
            setStatus(line.id(), "MATCHED");
            return "MATCHED";
        }
        for (NewMatch m : matches) {
            jdbc.update("insert into bank_recon_match (company_id, bank_account_id, statement_line_id, target_type,"
                    + " target_id, amount, rule, confidence, status, reason, run_id, created_at)"
                    + " select ?,?,?,?,?,?,?,?,'SUGGESTED',?,?,? where not exists (select 1 from bank_recon_match"
                    + " where statement_line_id = ? and target_type = ? and target_id = ?)",
                    line.companyId(), line.bankAccountId(), line.id(), m.targetType(), m.targetId(), m.amount(), m.rule(),
                    m.confidence(), cut(m.reason()), runId, Timestamp.from(clock.instant()),
                    line.id(), m.targetType(), m.targetId());
        }
        setStatus(line.id(), "SUGGESTED");
        return "SUGGESTED";
    }

    /**
     * Whether every receivable/payable still has the amount outstanding (checked before posting: a refused
     * settlement inside the chunk's transaction would roll the whole chunk back).
     */
    private boolean stillOpen(long companyId, List<NewMatch> matches) {
        for (NewMatch m : matches) {
            if (("SALES_DOCUMENT".equals(m.targetType()) || "PURCHASE_INVOICE".equals(m.targetType()))
                    && openItems.outstanding(companyId, OpenItemType.valueOf(m.targetType()), m.targetId())
                            .compareTo(m.amount()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Posts one confirmed match and stores it CONFIRMED with its journal entry. */
    private void post(BankLine line, NewMatch m, Long runId, String actor) {
        long bank = bankLedgerId(line.companyId(), line.bankAccountId());
        Long journalId;
        String narration = "Bank line " + line.id() + ": " + (line.narration() == null ? "" : line.narration());
        narration = narration.length() > 450 ? narration.substring(0, 450) : narration;
        switch (m.targetType()) {
            case "SALES_DOCUMENT" -> {
                long receivables = standardAccounts.idOf(line.companyId(), StandardAccount.TRADE_RECEIVABLES);
                journalId = openItems.settle(new Settlement(line.companyId(), OpenItemType.SALES_DOCUMENT, m.targetId(),
                        m.amount(), line.valueDate(), SOURCE_BANK_LINE, String.valueOf(line.id()), narration,
                        List.of(new Posting(bank, m.amount(), null), new Posting(receivables, null, m.amount()))))
                        .journalEntryId();
            }
            case "PURCHASE_INVOICE" -> {
                long payables = standardAccounts.idOf(line.companyId(), StandardAccount.TRADE_PAYABLES);
                journalId = openItems.settle(new Settlement(line.companyId(), OpenItemType.PURCHASE_INVOICE, m.targetId(),
                        m.amount(), line.valueDate(), SOURCE_BANK_LINE, String.valueOf(line.id()), narration,
                        List.of(new Posting(payables, m.amount(), null), new Posting(bank, null, m.amount()))))
                        .journalEntryId();
            }
            case "RAZORPAY_SETTLEMENT" -> journalId = postSettlement(line, m, bank, narration);
            case "JOURNAL_ENTRY" -> journalId = m.targetId();
            case "LEDGER_ACCOUNT" -> {
                List<Posting> postings = line.credit()
                        ? List.of(new Posting(bank, m.amount(), null), new Posting(m.targetId(), null, m.amount()))
                        : List.of(new Posting(m.targetId(), m.amount(), null), new Posting(bank, null, m.amount()));
                journalId = journalEntries.save(JournalEntry.post(line.companyId(), line.valueDate(), narration,
                        "BANK_RECON", String.valueOf(line.id()), postings, clock.instant())).getId();
            }
            default -> throw new ReconException("unknown target type " + m.targetType());
        }
        var now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update bank_recon_match set status = 'CONFIRMED', amount = ?, rule = ?, confidence = ?,"
                + " reason = ?, run_id = coalesce(?, run_id), decided_by = ?, decided_at = ?, journal_entry_id = ?"
                + " where statement_line_id = ? and target_type = ? and target_id = ?",
                m.amount(), m.rule(), m.confidence(), cut(m.reason()), runId, actor, now, journalId, line.id(),
                m.targetType(), m.targetId());
        if (updated == 0) {
            jdbc.update("insert into bank_recon_match (company_id, bank_account_id, statement_line_id, target_type,"
                    + " target_id, amount, rule, confidence, status, reason, run_id, decided_by, decided_at,"
                    + " journal_entry_id, created_at) values (?,?,?,?,?,?,?,?,'CONFIRMED',?,?,?,?,?,?)",
                    line.companyId(), line.bankAccountId(), line.id(), m.targetType(), m.targetId(), m.amount(), m.rule(),
                    m.confidence(), cut(m.reason()), runId, actor, now, journalId, now);
        }
    }

    private Long postSettlement(BankLine line, NewMatch m, long bank, String narration) {
        String settlementId = jdbc.queryForObject("select settlement_id from razorpay_settlement where id = ?"
                + " and company_id = ?", String.class, m.targetId(), line.companyId());
        List<Long> existing = jdbc.queryForList("select id from journal_entry where company_id = ? and source_type = ?"
                + " and source_id = ?", Long.class, line.companyId(), SOURCE_SETTLEMENT, settlementId);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        // Razorpay's settlement fees include the GST on them (its settlement entity: fees = fee + tax): the
        // clearing account gave up the gross (credit + fees), the bank got the credit, the fee less its GST is an
        // expense and the GST is input tax (Razorpay bills from Karnataka; booked as IGST, see docs/reconciliation.md).
        var fees = jdbc.queryForMap("select fees, tax from razorpay_settlement where id = ?", m.targetId());
        BigDecimal fee = (BigDecimal) fees.get("fees");
        BigDecimal tax = (BigDecimal) fees.get("tax");
        long clearing = standardAccounts.idOf(line.companyId(), StandardAccount.RAZORPAY_CLEARING);
        List<Posting> postings = new java.util.ArrayList<>(List.of(new Posting(bank, m.amount(), null)));
        if (fee.subtract(tax).signum() > 0) {
            postings.add(new Posting(standardAccounts.idOf(line.companyId(), StandardAccount.BANK_AND_GATEWAY_CHARGES),
                    fee.subtract(tax), null));
        }
        if (tax.signum() > 0) {
            postings.add(new Posting(standardAccounts.idOf(line.companyId(), StandardAccount.INPUT_IGST), tax, null));
        }
        postings.add(new Posting(clearing, null, m.amount().add(fee.signum() > 0 ? fee : BigDecimal.ZERO)));
        return journalEntries.save(JournalEntry.post(line.companyId(), line.valueDate(),
                "Razorpay settlement " + settlementId + " credited: " + narration, SOURCE_SETTLEMENT, settlementId,
                postings, clock.instant())).getId();
    }

    /** A person confirms a suggestion: it is posted; the line's other suggestions go. */
    @Transactional
    public void confirm(long companyId, long matchId, String actor) {
        var rows = jdbc.query("select statement_line_id, target_type, target_id, amount, rule, confidence, reason, status"
                + " from bank_recon_match where id = ? and company_id = ?", (rs, i) -> new Object[] {rs.getLong(1),
                new NewMatch(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getString(7)), rs.getString(8)}, matchId, companyId);
        if (rows.isEmpty()) {
            throw new ReconException("company " + companyId + " has no match " + matchId);
        }
        if (!"SUGGESTED".equals(rows.get(0)[2])) {
            throw new ReconException("match " + matchId + " is " + rows.get(0)[2] + ", only a suggestion can be confirmed");
        }
        BankLine line = openLine(companyId, (Long) rows.get(0)[0]);
        NewMatch m = (NewMatch) rows.get(0)[1];
        BigDecimal left = line.amount().subtract(confirmedAmount(line.id()));
        if (m.amount().compareTo(left) > 0) {
            throw new ReconException("match " + matchId + " applies " + m.amount() + " but only " + left
                    + " of line " + line.id() + " is left");
        }
        try {
            post(line, m, null, actor);
        } catch (OverSettlementException e) {
            throw new ReconException(e.getMessage());
        }
        finishIfFull(line, "MATCHED");
    }

    /** The part of a line already applied by confirmed matches. */
    private BigDecimal confirmedAmount(long lineId) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from bank_recon_match where statement_line_id = ?"
                + " and status = 'CONFIRMED'", BigDecimal.class, lineId);
    }

    /** A line fully applied is done (its other suggestions go); a line partly applied waits for the rest. */
    private void finishIfFull(BankLine line, String status) {
        if (confirmedAmount(line.id()).compareTo(line.amount()) >= 0) {
            jdbc.update("delete from bank_recon_match where statement_line_id = ? and status = 'SUGGESTED'", line.id());
            setStatus(line.id(), status);
        }
    }

    /** A person matches a line to an open item (or settlement / journal entry) by hand, for the whole line. */
    @Transactional
    public void matchByHand(long companyId, long lineId, String targetType, long targetId, String actor) {
        BankLine line = openLine(companyId, lineId);
        BigDecimal left = line.amount().subtract(confirmedAmount(lineId));
        BigDecimal amount = left;
        if ("SALES_DOCUMENT".equals(targetType) || "PURCHASE_INVOICE".equals(targetType)) {
            try {
                amount = left.min(openItems.outstanding(companyId, OpenItemType.valueOf(targetType), targetId));
            } catch (IllegalArgumentException e) {
                throw new ReconException(e.getMessage());
            }
            if (amount.signum() <= 0) {
                throw new ReconException(targetType + " " + targetId + " has nothing outstanding");
            }
        } else if (!List.of("RAZORPAY_SETTLEMENT", "JOURNAL_ENTRY").contains(targetType)) {
            throw new ReconException("cannot match a line to " + targetType);
        }
        NewMatch m = new NewMatch(lineId, targetType, targetId, amount, "MANUAL", BigDecimal.ONE, "matched by " + actor);
        try {
            post(line, m, null, actor);
        } catch (OverSettlementException | IllegalArgumentException | org.springframework.dao.EmptyResultDataAccessException e) {
            throw new ReconException(e.getMessage());
        }
        finishIfFull(line, "MATCHED");
    }

    /** A person posts the line as a new entry against a ledger account of the company (bank charges, suspense...). */
    @Transactional
    public long postToLedger(long companyId, long lineId, long ledgerAccountId, String actor) {
        BankLine line = openLine(companyId, lineId);
        Integer n = jdbc.queryForObject("select count(*) from ledger_account where id = ? and company_id = ?",
                Integer.class, ledgerAccountId, companyId);
        if (n == null || n == 0) {
            throw new ReconException("company " + companyId + " has no ledger account " + ledgerAccountId);
        }
        BigDecimal left = line.amount().subtract(confirmedAmount(lineId));
        post(line, new NewMatch(lineId, "LEDGER_ACCOUNT", ledgerAccountId, left, "MANUAL", BigDecimal.ONE,
                "posted by " + actor), null, actor);
        finishIfFull(line, "POSTED");
        return jdbc.queryForObject("select journal_entry_id from bank_recon_match where statement_line_id = ?"
                + " and target_type = 'LEDGER_ACCOUNT' and target_id = ?", Long.class, lineId, ledgerAccountId);
    }

    /** A person rejects a suggestion: kept as REJECTED so no run proposes it again. */
    @Transactional
    public void reject(long companyId, long matchId, String actor) {
        int n = jdbc.update("update bank_recon_match set status = 'REJECTED', decided_by = ?, decided_at = ?"
                + " where id = ? and company_id = ? and status = 'SUGGESTED'", actor, Timestamp.from(clock.instant()),
                matchId, companyId);
        if (n == 0) {
            throw new ReconException("company " + companyId + " has no suggestion " + matchId);
        }
        jdbc.update("update bank_statement_line set recon_status = 'UNMATCHED' where recon_status = 'SUGGESTED'"
                + " and id = (select statement_line_id from bank_recon_match where id = ?) and not exists"
                + " (select 1 from bank_recon_match m where m.statement_line_id = bank_statement_line.id"
                + " and m.status = 'SUGGESTED')", matchId);
    }

    private BankLine openLine(long companyId, long lineId) {
        List<BankLine> lines = jdbc.query("select " + LINE_COLUMNS + " from bank_statement_line where id = ?"
                + " and company_id = ? for update", BankReconciliations::line, lineId, companyId);
        if (lines.isEmpty()) {
            throw new ReconException("company " + companyId + " has no bank statement line " + lineId);
        }
        BankLine line = lines.get(0);
        if (!List.of("UNMATCHED", "SUGGESTED").contains(line.reconStatus())) {
            throw new ReconException("bank statement line " + lineId + " is already " + line.reconStatus());
        }
        return line;
    }

    private void setStatus(long lineId, String status) {
        jdbc.update("update bank_statement_line set recon_status = ? where id = ?", status, lineId);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    // ---- reading, for the screen and the workbook ----

    /** A stored match with what the screen shows about its target. */
    public record MatchRow(long id, long lineId, String targetType, long targetId, String targetLabel,
                           BigDecimal amount, String rule, BigDecimal confidence, String status, String reason,
                           String decidedBy, Long journalEntryId) {
    }

    private static final String MATCH_SELECT = """
            select m.id, m.statement_line_id, m.target_type, m.target_id,
                   coalesce(d.doc_number || ' ' || coalesce(dp.name, d.buyer_legal_name, ''),
                            i.doc_number || ' ' || coalesce(ip.name, i.supplier_name, ''),
                            r.settlement_id || ' UTR ' || coalesce(r.utr, ''),
                            la.code || ' ' || la.name,
                            'journal entry ' || cast(m.target_id as varchar(20))) label,
                   m.amount, m.rule, m.confidence, m.status, m.reason, m.decided_by, m.journal_entry_id
              from bank_recon_match m
              left join sales_document d on m.target_type = 'SALES_DOCUMENT' and d.id = m.target_id
              left join party dp on dp.id = d.party_id
              left join purchase_invoice i on m.target_type = 'PURCHASE_INVOICE' and i.id = m.target_id
              left join party ip on ip.id = i.party_id
              left join razorpay_settlement r on m.target_type = 'RAZORPAY_SETTLEMENT' and r.id = m.target_id
              left join ledger_account la on m.target_type = 'LEDGER_ACCOUNT' and la.id = m.target_id
            """;

    private static MatchRow matchRow(ResultSet rs, int i) throws SQLException {
        return new MatchRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10),
                rs.getString(11), (Long) rs.getObject(12, Long.class));
    }

    /** Lines not yet matched or posted, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<BankLine> openLines(long companyId, long bankAccountId, int limit) {
        return jdbc.query("select " + LINE_COLUMNS + " from bank_statement_line where company_id = ?"
                + " and bank_account_id = ? and recon_status in ('UNMATCHED', 'SUGGESTED') order by value_date, id"
                + " fetch first ? rows only", BankReconciliations::line, companyId, bankAccountId, limit);
    }

    /** The line's matches of any status. */
    @Transactional(readOnly = true)
    public List<MatchRow> matchesOf(long companyId, long lineId) {
        return jdbc.query(MATCH_SELECT + " where m.company_id = ? and m.statement_line_id = ? order by m.confidence desc, m.id",
                BankReconciliations::matchRow, companyId, lineId);
    }

    /** A match with its line's date, direction, amount and narration, for the workbook. */
    public record MatchWithLine(MatchRow match, LocalDate valueDate, String direction, BigDecimal lineAmount,
                                String narration) {
    }

    /** Streams the account's matches and suggestions of lines in the range, by line. */
    @Transactional(readOnly = true)
    public void forEachMatch(long companyId, long bankAccountId, LocalDate from, LocalDate to,
                             Consumer<MatchWithLine> sink) {
        JdbcTemplate jdbc = new JdbcTemplate(this.jdbc.getDataSource());
        jdbc.setFetchSize(1000);
        jdbc.query(MATCH_SELECT.replace("select m.id,", "select b.value_date, b.direction, b.amount, b.narration, m.id,")
                + " join bank_statement_line b on b.id = m.statement_line_id where m.company_id = ?"
                + " and m.bank_account_id = ? and b.value_date between ? and ? and m.status <> 'REJECTED'"
                + " order by b.value_date, b.id, m.id", (RowCallbackHandler) rs -> sink.accept(new MatchWithLine(
                        new MatchRow(rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                                rs.getBigDecimal(10), rs.getString(11), rs.getBigDecimal(12), rs.getString(13),
                                rs.getString(14), rs.getString(15), (Long) rs.getObject(16, Long.class)),
                        rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBigDecimal(3), rs.getString(4))),
                companyId, bankAccountId, Date.valueOf(from), Date.valueOf(to));
    }

    /** Streams the account's lines in the range (all statuses). */
    @Transactional(readOnly = true)
    public void forEachLine(long companyId, long bankAccountId, LocalDate from, LocalDate to, Consumer<BankLine> sink) {
        JdbcTemplate jdbc = new JdbcTemplate(this.jdbc.getDataSource());
        jdbc.setFetchSize(1000);
        jdbc.query("select " + LINE_COLUMNS + " from bank_statement_line where company_id = ? and bank_account_id = ?"
                + " and value_date between ? and ? order by value_date, id",
                (RowCallbackHandler) rs -> sink.accept(line(rs, 0)), companyId, bankAccountId, Date.valueOf(from),
                Date.valueOf(to));
    }

    /** An open item found by a person's search. */
    public record OpenItemRow(String type, long id, String number, LocalDate date, String party, BigDecimal outstanding) {
    }

    /** Open receivables and payables whose number or party contains the text, or whose outstanding equals it. */
    @Transactional(readOnly = true)
    public List<OpenItemRow> searchOpenItems(long companyId, String text, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toUpperCase()) + "%";
        BigDecimal amount = null;
        try {
            amount = text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException notAnAmount) {
            amount = null;
        }
        List<OpenItemRow> out = new ArrayList<>();
        out.addAll(jdbc.query("""
                select * from (select 'SALES_DOCUMENT' t, d.id, d.doc_number, d.doc_date, coalesce(p.name, d.buyer_legal_name) party,
                       d.total - coalesce((select sum(s.amount) from open_item_settlement s where s.item_type = 'SALES_DOCUMENT'
                                           and s.item_id = d.id), 0) outstanding
                  from sales_document d left join party p on p.id = d.party_id
                 where d.company_id = ? and d.cancelled = false and d.doc_type in ('INV', 'DBN')
                union all
                select 'PURCHASE_INVOICE', i.id, i.doc_number, i.doc_date, coalesce(p.name, i.supplier_name),
                       i.total - coalesce((select sum(s.amount) from open_item_settlement s where s.item_type = 'PURCHASE_INVOICE'
                                           and s.item_id = i.id), 0)
                  from purchase_invoice i left join party p on p.id = i.party_id where i.company_id = ?) x
                 where x.outstanding > 0 and (upper(x.doc_number) like ? or upper(coalesce(x.party, '')) like ? or x.outstanding = ?)
                 order by x.doc_date, x.id fetch first ? rows only""",
                (rs, i) -> new OpenItemRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        rs.getString(5), rs.getBigDecimal(6)), companyId, companyId, like, like, amount, limit));
        return out;
    }
}

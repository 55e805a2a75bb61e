package dev.lekha.domain.ledger;

import dev.lekha.domain.common.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A double-entry journal entry. It can only be made balanced: {@link #post} refuses an entry whose
 * debits and credits differ, has fewer than two lines, or has a line that is not exactly one
 * positive debit or one positive credit. The table's check constraint backs the line rule.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(name = "narration", nullable = false)
    private String narration;

    @Column(name = "source_type")
    private String sourceType;

    @Column(name = "source_id")
    private String sourceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    /**
     * A balanced entry, ready to save.
     *
     * @param sourceType what caused it (e.g. {@code sales_document}); may be null
     * @param sourceId   the id of that; may be null
     * @param postings   two or more postings, each a positive debit or a positive credit
     * @throws UnbalancedJournalEntryException naming the difference or the bad posting
     */
    public static JournalEntry post(long companyId, LocalDate entryDate, String narration, String sourceType,
                                    String sourceId, List<Posting> postings, Instant createdAt) {
        Objects.requireNonNull(postings, "postings must not be null");
        if (postings.size() < 2) {
            throw new UnbalancedJournalEntryException("journal entry '" + narration + "' has " + postings.size()
                    + " posting(s); a double entry needs at least one debit and one credit");
        }
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            BigDecimal debit = Money.orZero(p.debit());
            BigDecimal credit = Money.orZero(p.credit());
            if (debit.signum() < 0 || credit.signum() < 0 || (debit.signum() == 0) == (credit.signum() == 0)) {
                throw new UnbalancedJournalEntryException("posting " + (i + 1) + " of journal entry '" + narration
                        + "' has debit " + debit + " and credit " + credit
                        + "; each posting is either a positive debit or a positive credit");
            }
            debits = debits.add(debit);
            credits = credits.add(credit);
        }
        if (debits.compareTo(credits) != 0) {
            throw new UnbalancedJournalEntryException("journal entry '" + narration + "' does not balance: debits "
                    + debits + ", credits " + credits + " (difference " + debits.subtract(credits) + ")");
        }
        JournalEntry entry = new JournalEntry();
        entry.companyId = companyId;
        entry.entryDate = Objects.requireNonNull(entryDate, "entryDate must not be null");
        entry.narration = Objects.requireNonNull(narration, "narration must not be null");
        entry.sourceType = sourceType;
        entry.sourceId = sourceId;
        entry.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            entry.lines.add(new JournalLine(entry, companyId, i + 1, p.ledgerAccountId(), Money.orZero(p.debit()),
                    Money.orZero(p.credit())));
        }
        return entry;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public LocalDate getEntryDate() { return entryDate; }
    public String getNarration() { return narration; }
    public String getSourceType() { return sourceType; }
    public String getSourceId() { return sourceId; }
    public Instant getCreatedAt() { return createdAt; }
    public List<JournalLine> getLines() { return Collections.unmodifiableList(lines); }

    /**
     * One side of an entry: a debit or a credit to a ledger account.
     *
     * @param debit  positive, or null/zero for a credit
     * @param credit positive, or null/zero for a debit
     */
    public record Posting(long ledgerAccountId, BigDecimal debit, BigDecimal credit) {

        public static Posting debit(long ledgerAccountId, BigDecimal amount) {
            return new Posting(ledgerAccountId, amount, null);
        }

        public static Posting credit(long ledgerAccountId, BigDecimal amount) {
            return new Posting(ledgerAccountId, null, amount);
        }
    }
}

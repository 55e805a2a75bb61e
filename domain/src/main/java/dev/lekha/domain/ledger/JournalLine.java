package dev.lekha.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One posting of a {@link JournalEntry}: a debit or a credit to one ledger account. */
@Entity
@Table(name = "journal_line")
public class JournalLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_entry_id", nullable = false)
    private JournalEntry entry;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "ledger_account_id", nullable = false)
    private long ledgerAccountId;

    @Column(name = "debit", nullable = false)
    private BigDecimal debit;

    @Column(name = "credit", nullable = false)
    private BigDecimal credit;

    protected JournalLine() {
    }

    JournalLine(JournalEntry entry, long companyId, int lineNo, long ledgerAccountId, BigDecimal debit, BigDecimal credit) {
        this.entry = entry;
        this.companyId = companyId;
        this.lineNo = lineNo;
        this.ledgerAccountId = ledgerAccountId;
        this.debit = debit;
        this.credit = credit;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public int getLineNo() { return lineNo; }
    public long getLedgerAccountId() { return ledgerAccountId; }
    public BigDecimal getDebit() { return debit; }
    public BigDecimal getCredit() { return credit; }
}

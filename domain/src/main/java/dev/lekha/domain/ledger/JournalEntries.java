package dev.lekha.domain.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Journal entries of all companies; build them with {@link JournalEntry#post}. */
public interface JournalEntries extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findByCompanyIdOrderByEntryDateAscIdAsc(long companyId);

    /** Debits minus credits of one ledger account over all entries. */
    @Query("select coalesce(sum(l.debit - l.credit), 0) from JournalLine l where l.ledgerAccountId = :ledgerAccountId")
    BigDecimal balanceOf(long ledgerAccountId);
}

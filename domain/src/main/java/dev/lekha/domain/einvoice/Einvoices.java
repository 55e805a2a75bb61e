package dev.lekha.domain.einvoice;

import dev.lekha.domain.invoice.EinvoiceStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** E-invoices of all companies, and the dispatcher's work list. */
public interface Einvoices extends JpaRepository<Einvoice, Long> {

    Optional<Einvoice> findBySalesDocumentId(long salesDocumentId);

    List<Einvoice> findBySalesDocumentIdIn(Collection<Long> salesDocumentIds);

    long countByCompanyIdAndStatus(long companyId, EinvoiceStatus status);

    long countByStatus(EinvoiceStatus status);

    /** Pending e-invoices due by {@code now} and not claimed by a live claim, oldest due first. */
    @Query("""
            select e.id from Einvoice e
             where e.status = dev.lekha.domain.invoice.EinvoiceStatus.PENDING
               and e.nextAttemptAt <= :now
               and (e.claimedUntil is null or e.claimedUntil < :now)
             order by e.nextAttemptAt, e.id""")
    List<Long> findDue(Instant now, Pageable page);

    /**
     * Claims one due e-invoice for {@code node}: a conditional update, so of several nodes racing for
     * the same row exactly one gets 1 back.
     */
    @Modifying
    @Query("""
            update Einvoice e set e.claimedBy = :node, e.claimedUntil = :until, e.attempts = e.attempts + 1,
                   e.updatedAt = :now, e.version = e.version + 1
             where e.id = :id and e.status = dev.lekha.domain.invoice.EinvoiceStatus.PENDING
               and e.nextAttemptAt <= :now and (e.claimedUntil is null or e.claimedUntil < :now)""")
    int claim(long id, String node, Instant now, Instant until);
}

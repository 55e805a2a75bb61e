package dev.lekha.domain.party;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Customers and vendors of all companies. */
public interface Parties extends JpaRepository<Party, Long> {

    /** The first party (lowest id) of the company with this GSTIN, if any. */
    Optional<Party> findFirstByCompanyIdAndGstinOrderById(long companyId, String gstin);

    List<Party> findByCompanyIdOrderByName(long companyId);

    List<Party> findByCompanyIdAndKindInOrderByName(long companyId, List<PartyKind> kinds);
}

package dev.lekha.domain.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Charts of accounts of all companies. */
public interface LedgerAccounts extends JpaRepository<LedgerAccount, Long> {

    Optional<LedgerAccount> findByCompanyIdAndCode(long companyId, String code);

    List<LedgerAccount> findByCompanyIdOrderByCode(long companyId);
}

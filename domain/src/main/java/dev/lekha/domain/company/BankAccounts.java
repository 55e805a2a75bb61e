package dev.lekha.domain.company;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankAccounts extends JpaRepository<BankAccount, Long> {

    List<BankAccount> findByCompanyId(long companyId);
}

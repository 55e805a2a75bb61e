package dev.lekha.domain.einvoice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Turnover history of companies. */
public interface CompanyTurnovers extends JpaRepository<CompanyTurnover, Long> {

    List<CompanyTurnover> findByCompanyIdOrderByFinancialYear(long companyId);
}

package dev.lekha.domain.purchase;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseInvoices extends JpaRepository<PurchaseInvoice, Long> {

    Optional<PurchaseInvoice> findByCompanyIdAndSupplierGstinAndFinancialYearAndDocumentTypeAndDocumentNumber(
            long companyId, String supplierGstin, String financialYear, String documentType, String documentNumber);

    /** @param returnPeriod {@code MMYYYY} */
    List<PurchaseInvoice> findByCompanyIdAndReturnPeriodOrderById(long companyId, String returnPeriod);
}

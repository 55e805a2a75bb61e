package dev.lekha.domain.invoice;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored sales documents of all companies. */
public interface SalesDocuments extends JpaRepository<SalesDocument, Long> {

    /** The document with this identity (financial year as {@code 2026-27}), if stored. */
    Optional<SalesDocument> findByCompanyIdAndFinancialYearAndDocumentTypeAndDocumentNumber(
            long companyId, String financialYear, DocumentType documentType, String documentNumber);

    long countByCompanyId(long companyId);

    Page<SalesDocument> findByCompanyId(long companyId, Pageable pageable);

    /** @param returnPeriod {@code MMYYYY} */
    Page<SalesDocument> findByCompanyIdAndReturnPeriod(long companyId, String returnPeriod, Pageable pageable);

    Page<SalesDocument> findByCompanyIdAndEinvoiceStatus(long companyId, EinvoiceStatus status, Pageable pageable);

    Page<SalesDocument> findByCompanyIdAndReturnPeriodAndEinvoiceStatus(long companyId, String returnPeriod,
                                                                        EinvoiceStatus status, Pageable pageable);

    /** @param supplierGstin the registration's GSTIN; {@code returnPeriod} as {@code MMYYYY} */
    Page<SalesDocument> findBySupplierGstinAndReturnPeriod(String supplierGstin, String returnPeriod, Pageable pageable);
}

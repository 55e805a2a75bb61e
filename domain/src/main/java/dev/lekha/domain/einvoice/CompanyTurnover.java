package dev.lekha.domain.einvoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** A company's aggregate turnover (all its GSTINs on one PAN) in one financial year. */
@Entity
@Table(name = "company_turnover")
public class CompanyTurnover {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "financial_year", nullable = false)
    private String financialYear;

    @Column(name = "aggregate_turnover", nullable = false)
    private BigDecimal aggregateTurnover;

    protected CompanyTurnover() {
    }

    /** @param financialYear as {@code 2025-26} */
    public CompanyTurnover(long companyId, String financialYear, BigDecimal aggregateTurnover) {
        this.companyId = companyId;
        this.financialYear = Objects.requireNonNull(financialYear, "financialYear");
        this.aggregateTurnover = Objects.requireNonNull(aggregateTurnover, "aggregateTurnover");
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public String getFinancialYear() { return financialYear; }
    public BigDecimal getAggregateTurnover() { return aggregateTurnover; }
}

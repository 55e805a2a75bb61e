package dev.lekha.domain.company;

import dev.lekha.domain.gst.Pan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A legal entity the hub serves, identified by its PAN; it holds GST registrations in one or more
 * states, bank accounts, parties and documents.
 *
 * <p>A <em>sandbox</em> company accepts the NIC sandbox's test GSTINs, which fail the GSTIN check
 * character; a real company never does.
 */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(name = "trade_name")
    private String tradeName;

    @Column(name = "pan", nullable = false)
    private String pan;

    @Column(name = "sandbox", nullable = false)
    private boolean sandbox;

    @Column(name = "einvoice_enabled", nullable = false)
    private boolean einvoiceEnabled;

    @Column(name = "aggregate_turnover")
    private BigDecimal aggregateTurnover;

    @Column(name = "turnover_fy")
    private String turnoverFinancialYear;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "einvoice_exemption")
    private String einvoiceExemption;

    protected Company() {
    }

    /**
     * @param einvoiceEnabled whether its B2B, SEZ and export documents must be reported to the IRP
     *                        (aggregate turnover above the e-invoice threshold)
     */
    public Company(String legalName, Pan pan, boolean sandbox, boolean einvoiceEnabled, Instant createdAt) {
        this.legalName = Objects.requireNonNull(legalName, "legalName must not be null");
        this.pan = Objects.requireNonNull(pan, "pan must not be null").value();
        this.sandbox = sandbox;
        this.einvoiceEnabled = einvoiceEnabled;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
    }

    public Long getId() { return id; }
    public String getLegalName() { return legalName; }
    public String getTradeName() { return tradeName; }
    public Pan getPan() { return Pan.of(pan); }
    public boolean isSandbox() { return sandbox; }
    public boolean isEinvoiceEnabled() { return einvoiceEnabled; }
    public BigDecimal getAggregateTurnover() { return aggregateTurnover; }
    public String getTurnoverFinancialYear() { return turnoverFinancialYear; }
    public Instant getCreatedAt() { return createdAt; }
    /** Why the company is exempt from e-invoicing whatever its turnover (e.g. {@code INSURER}), or null. */
    public String getEinvoiceExemption() { return einvoiceExemption; }

    public void setTradeName(String tradeName) { this.tradeName = tradeName; }

    /** Records (or clears, with null) an e-invoicing exemption of the supplier's kind (Notification 13/2020-CT). */
    public void exemptFromEinvoicing(String exemption) { this.einvoiceExemption = exemption; }

    /** Records the aggregate turnover of a financial year (drives e-invoice applicability). */
    public void recordTurnover(BigDecimal aggregateTurnover, String financialYear) {
        this.aggregateTurnover = aggregateTurnover;
        this.turnoverFinancialYear = financialYear;
    }

    @Override
    public String toString() {
        return "Company[id=" + id + ", legalName=" + legalName + "]";
    }
}

package dev.lekha.domain.purchase;

import dev.lekha.domain.common.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A supplier's invoice (or note) received by the company, the basis of input tax credit and of
 * GSTR-2B reconciliation. Identified by company, supplier GSTIN, financial year, type and number.
 * Totals are the sums of the lines, kept in step by {@link #addLine}.
 */
@Entity
@Table(name = "purchase_invoice")
public class PurchaseInvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "supplier_gstin", nullable = false)
    private String supplierGstin;

    @Column(name = "supplier_name")
    private String supplierName;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "doc_type", nullable = false)
    private String documentType;

    @Column(name = "doc_number", nullable = false)
    private String documentNumber;

    @Column(name = "doc_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "financial_year", nullable = false)
    private String financialYear;

    @Column(name = "return_period", nullable = false)
    private String returnPeriod;

    @Column(name = "place_of_supply", nullable = false)
    private String placeOfSupply;

    @Column(name = "reverse_charge", nullable = false)
    private boolean reverseCharge;

    @Column(name = "taxable_value", nullable = false)
    private BigDecimal taxableValue = Money.ZERO;

    @Column(name = "igst", nullable = false)
    private BigDecimal igst = Money.ZERO;

    @Column(name = "cgst", nullable = false)
    private BigDecimal cgst = Money.ZERO;

    @Column(name = "sgst", nullable = false)
    private BigDecimal sgst = Money.ZERO;

    @Column(name = "cess", nullable = false)
    private BigDecimal cess = Money.ZERO;

    @Column(name = "total", nullable = false)
    private BigDecimal total = Money.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "itc_eligibility", nullable = false)
    private ItcEligibility itcEligibility;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<PurchaseInvoiceLine> lines = new ArrayList<>();

    protected PurchaseInvoice() {
    }

    /**
     * @param documentType {@code INV}, {@code CRN} or {@code DBN}
     * @param financialYear e.g. {@code 2026-27}; {@code returnPeriod} as {@code MMYYYY}
     */
    public PurchaseInvoice(long companyId, Long registrationId, String supplierGstin, String supplierName,
                           String documentType, String documentNumber, LocalDate documentDate, String financialYear,
                           String returnPeriod, String placeOfSupply, boolean reverseCharge,
                           ItcEligibility itcEligibility, Instant receivedAt) {
        this.companyId = companyId;
        this.registrationId = registrationId;
        this.supplierGstin = Objects.requireNonNull(supplierGstin, "supplierGstin must not be null");
        this.supplierName = supplierName;
        this.documentType = Objects.requireNonNull(documentType, "documentType must not be null");
        this.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber must not be null");
        this.documentDate = Objects.requireNonNull(documentDate, "documentDate must not be null");
        this.financialYear = financialYear;
        this.returnPeriod = returnPeriod;
        this.placeOfSupply = placeOfSupply;
        this.reverseCharge = reverseCharge;
        this.itcEligibility = itcEligibility;
        this.receivedAt = receivedAt;
    }

    /** Adds a line and adds its amounts to the invoice totals. */
    public void addLine(PurchaseInvoiceLine line) {
        line.attachTo(this);
        lines.add(line);
        taxableValue = taxableValue.add(line.getTaxableValue());
        igst = igst.add(line.getIgst());
        cgst = cgst.add(line.getCgst());
        sgst = sgst.add(line.getSgst());
        cess = cess.add(line.getCess());
        total = taxableValue.add(igst).add(cgst).add(sgst).add(cess);
    }

    public void linkParty(Long partyId) { this.partyId = partyId; }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public Long getRegistrationId() { return registrationId; }
    public String getSupplierGstin() { return supplierGstin; }
    public String getSupplierName() { return supplierName; }
    public Long getPartyId() { return partyId; }
    public String getDocumentType() { return documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getDocumentDate() { return documentDate; }
    public String getFinancialYear() { return financialYear; }
    public String getReturnPeriod() { return returnPeriod; }
    public String getPlaceOfSupply() { return placeOfSupply; }
    public boolean isReverseCharge() { return reverseCharge; }
    public BigDecimal getTaxableValue() { return taxableValue; }
    public BigDecimal getIgst() { return igst; }
    public BigDecimal getCgst() { return cgst; }
    public BigDecimal getSgst() { return sgst; }
    public BigDecimal getCess() { return cess; }
    public BigDecimal getTotal() { return total; }
    public ItcEligibility getItcEligibility() { return itcEligibility; }
    public Instant getReceivedAt() { return receivedAt; }
    public List<PurchaseInvoiceLine> getLines() { return Collections.unmodifiableList(lines); }

    @Override
    public String toString() {
        return "PurchaseInvoice[id=" + id + ", supplier=" + supplierGstin + ", " + documentType + " " + documentNumber + "]";
    }
}

package dev.lekha.domain.purchase;

import dev.lekha.domain.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a {@link PurchaseInvoice}. Amounts at scale 2. */
@Entity
@Table(name = "purchase_invoice_line")
public class PurchaseInvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_invoice_id", nullable = false)
    private PurchaseInvoice invoice;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "description")
    private String description;

    @Column(name = "hsn")
    private String hsn;

    @Column(name = "quantity")
    private BigDecimal quantity;

    @Column(name = "uqc")
    private String uqc;

    @Column(name = "taxable_value", nullable = false)
    private BigDecimal taxableValue;

    @Column(name = "gst_rate", nullable = false)
    private BigDecimal gstRate;

    @Column(name = "igst", nullable = false)
    private BigDecimal igst;

    @Column(name = "cgst", nullable = false)
    private BigDecimal cgst;

    @Column(name = "sgst", nullable = false)
    private BigDecimal sgst;

    @Column(name = "cess", nullable = false)
    private BigDecimal cess;

    @Enumerated(EnumType.STRING)
    @Column(name = "itc_eligibility", nullable = false)
    private ItcEligibility itcEligibility;

    protected PurchaseInvoiceLine() {
    }

    public PurchaseInvoiceLine(long companyId, int lineNo, String description, String hsn, BigDecimal quantity, String uqc,
                               BigDecimal taxableValue, BigDecimal gstRate, BigDecimal igst, BigDecimal cgst,
                               BigDecimal sgst, BigDecimal cess, ItcEligibility itcEligibility) {
        this.companyId = companyId;
        this.lineNo = lineNo;
        this.description = description;
        this.hsn = hsn;
        this.quantity = quantity;
        this.uqc = uqc;
        this.taxableValue = Money.orZero(taxableValue);
        this.gstRate = gstRate;
        this.igst = Money.orZero(igst);
        this.cgst = Money.orZero(cgst);
        this.sgst = Money.orZero(sgst);
        this.cess = Money.orZero(cess);
        this.itcEligibility = itcEligibility;
    }

    void attachTo(PurchaseInvoice invoice) {
        this.invoice = invoice;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public int getLineNo() { return lineNo; }
    public String getDescription() { return description; }
    public String getHsn() { return hsn; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUqc() { return uqc; }
    public BigDecimal getTaxableValue() { return taxableValue; }
    public BigDecimal getGstRate() { return gstRate; }
    public BigDecimal getIgst() { return igst; }
    public BigDecimal getCgst() { return cgst; }
    public BigDecimal getSgst() { return sgst; }
    public BigDecimal getCess() { return cess; }
    public ItcEligibility getItcEligibility() { return itcEligibility; }
}

package dev.lekha.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One line of a {@link SalesDocument}: goods (HSN) or a service (SAC), its taxable value and taxes. */
@Entity
@Table(name = "sales_document_line")
public class SalesDocumentLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sales_document_id", nullable = false)
    private SalesDocument document;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "description")
    private String description;

    @Column(name = "hsn", nullable = false)
    private String hsn;

    @Column(name = "is_service", nullable = false)
    private boolean service;

    @Column(name = "quantity", nullable = false)
    private BigDecimal quantity;

    @Column(name = "uqc", nullable = false)
    private String uqc;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "discount", nullable = false)
    private BigDecimal discount;

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

    /** TAXABLE, NIL, EXEMPT or NON_GST. */
    @Column(name = "tax_category", nullable = false)
    private String taxCategory = "TAXABLE";

    protected SalesDocumentLine() {
    }

    SalesDocumentLine(long companyId, int lineNo, String description, String hsn, boolean service, BigDecimal quantity,
                      String uqc, BigDecimal unitPrice, BigDecimal discount, BigDecimal taxableValue, BigDecimal gstRate,
                      BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {
        this.companyId = companyId;
        this.lineNo = lineNo;
        this.description = description;
        this.hsn = hsn;
        this.service = service;
        this.quantity = quantity;
        this.uqc = uqc;
        this.unitPrice = unitPrice;
        this.discount = discount;
        this.taxableValue = taxableValue;
        this.gstRate = gstRate;
        this.igst = igst;
        this.cgst = cgst;
        this.sgst = sgst;
        this.cess = cess;
    }

    void taxCategory(String category) {
        this.taxCategory = category == null || category.isBlank() ? "TAXABLE"
                : category.trim().toUpperCase(java.util.Locale.ROOT);
    }

    void attachTo(SalesDocument document) {
        this.document = document;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public SalesDocument getDocument() { return document; }
    public int getLineNo() { return lineNo; }
    public String getDescription() { return description; }
    public String getHsn() { return hsn; }
    public boolean isService() { return service; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUqc() { return uqc; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscount() { return discount; }
    public BigDecimal getTaxableValue() { return taxableValue; }
    public BigDecimal getGstRate() { return gstRate; }
    public BigDecimal getIgst() { return igst; }
    public BigDecimal getCgst() { return cgst; }
    public BigDecimal getSgst() { return sgst; }
    public BigDecimal getCess() { return cess; }
    /** {@code TAXABLE}, {@code NIL}, {@code EXEMPT} or {@code NON_GST}; never null. */
    public String getTaxCategory() { return taxCategory; }

    @Override
    public String toString() {
        return "SalesDocumentLine[lineNo=" + lineNo + ", hsn=" + hsn + ", taxable=" + taxableValue + "]";
    }
}

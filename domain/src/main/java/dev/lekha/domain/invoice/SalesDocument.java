package dev.lekha.domain.invoice;

import dev.lekha.domain.gst.SupplyType;
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

/**
 * A stored sales invoice, credit note or debit note, as validated by {@link SalesDocumentIntake}.
 * Identified by company, financial year, type and number; its content hash tells a resend of the same
 * document from a conflicting one. The buyer is a snapshot as sent (the party link is optional).
 * Created only by the intake; other modules read it and move its e-invoice status.
 */
@Entity
@Table(name = "sales_document")
public class SalesDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "supplier_gstin", nullable = false)
    private String supplierGstin;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "doc_number", nullable = false)
    private String documentNumber;

    @Column(name = "doc_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "financial_year", nullable = false)
    private String financialYear;

    @Column(name = "return_period", nullable = false)
    private String returnPeriod;

    @Enumerated(EnumType.STRING)
    @Column(name = "supply_type", nullable = false)
    private SupplyType supplyType;

    @Column(name = "reverse_charge", nullable = false)
    private boolean reverseCharge;

    @Column(name = "place_of_supply", nullable = false)
    private String placeOfSupply;

    @Column(name = "party_id")
    private Long partyId;

    @Column(name = "buyer_gstin")
    private String buyerGstin;

    @Column(name = "buyer_legal_name")
    private String buyerLegalName;

    @Column(name = "buyer_state_code")
    private String buyerStateCode;

    @Column(name = "buyer_address")
    private String buyerAddress;

    @Column(name = "buyer_pincode")
    private String buyerPincode;

    @Column(name = "buyer_email")
    private String buyerEmail;

    @Column(name = "buyer_phone")
    private String buyerPhone;

    @Column(name = "preceding_doc_number")
    private String precedingDocumentNumber;

    @Column(name = "preceding_doc_date")
    private LocalDate precedingDocumentDate;

    @Column(name = "taxable_value", nullable = false)
    private BigDecimal taxableValue;

    @Column(name = "igst", nullable = false)
    private BigDecimal igst;

    @Column(name = "cgst", nullable = false)
    private BigDecimal cgst;

    @Column(name = "sgst", nullable = false)
    private BigDecimal sgst;

    @Column(name = "cess", nullable = false)
    private BigDecimal cess;

    @Column(name = "other_charges", nullable = false)
    private BigDecimal otherCharges;

    @Column(name = "round_off", nullable = false)
    private BigDecimal roundOff;

    @Column(name = "total", nullable = false)
    private BigDecimal total;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    @Column(name = "source_channel", nullable = false)
    private String sourceChannel;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "einvoice_status", nullable = false)
    private EinvoiceStatus einvoiceStatus;

    @Column(name = "ecommerce_gstin")
    private String ecommerceGstin;

    @Column(name = "port_code")
    private String portCode;

    @Column(name = "shipping_bill_number")
    private String shippingBillNumber;

    @Column(name = "shipping_bill_date")
    private LocalDate shippingBillDate;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "amended_at")
    private Instant amendedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SalesDocumentLine> lines = new ArrayList<>();

    protected SalesDocument() {
    }

    SalesDocument(long companyId, long registrationId, String supplierGstin, DocumentType documentType,
                  String documentNumber, LocalDate documentDate, String financialYear, String returnPeriod,
                  SupplyType supplyType, boolean reverseCharge, String placeOfSupply) {
        this.companyId = companyId;
        this.registrationId = registrationId;
        this.supplierGstin = supplierGstin;
        this.documentType = documentType;
        this.documentNumber = documentNumber;
        this.documentDate = documentDate;
        this.financialYear = financialYear;
        this.returnPeriod = returnPeriod;
        this.supplyType = supplyType;
        this.reverseCharge = reverseCharge;
        this.placeOfSupply = placeOfSupply;
    }

    /** Replaces the header of a refused document by its correction's (identity fields stay). */
    void header(long registrationId, String supplierGstin, LocalDate documentDate, String returnPeriod,
                SupplyType supplyType, boolean reverseCharge, String placeOfSupply) {
        this.registrationId = registrationId;
        this.supplierGstin = supplierGstin;
        this.documentDate = documentDate;
        this.returnPeriod = returnPeriod;
        this.supplyType = supplyType;
        this.reverseCharge = reverseCharge;
        this.placeOfSupply = placeOfSupply;
    }

    /** Drops every line (orphan removal deletes them), before a correction's lines are added. */
    void clearLines() {
        lines.clear();
    }

    void buyer(Long partyId, String gstin, String legalName, String stateCode, String address, String pincode,
               String email, String phone) {
        this.partyId = partyId;
        this.buyerGstin = gstin;
        this.buyerLegalName = legalName;
        this.buyerStateCode = stateCode;
        this.buyerAddress = address;
        this.buyerPincode = pincode;
        this.buyerEmail = email;
        this.buyerPhone = phone;
    }

    void precedingDocument(String number, LocalDate date) {
        this.precedingDocumentNumber = number;
        this.precedingDocumentDate = date;
    }

    void totals(BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess,
                BigDecimal otherCharges, BigDecimal roundOff, BigDecimal total) {
        this.taxableValue = taxableValue;
        this.igst = igst;
        this.cgst = cgst;
        this.sgst = sgst;
        this.cess = cess;
        this.otherCharges = otherCharges;
        this.roundOff = roundOff;
        this.total = total;
    }

    void receipt(String contentSha256, String sourceChannel, String messageId, Instant receivedAt,
                 EinvoiceStatus einvoiceStatus) {
        this.contentSha256 = contentSha256;
        this.sourceChannel = sourceChannel;
        this.messageId = messageId;
        this.receivedAt = receivedAt;
        this.einvoiceStatus = einvoiceStatus;
    }

    void addLine(SalesDocumentLine line) {
        line.attachTo(this);
        lines.add(line);
    }

    void gstReporting(String ecommerceGstin, String portCode, String shippingBillNumber, LocalDate shippingBillDate) {
        this.ecommerceGstin = ecommerceGstin;
        this.portCode = portCode;
        this.shippingBillNumber = shippingBillNumber;
        this.shippingBillDate = shippingBillDate;
    }

    /** Notes that the stored content was replaced by an amendment or a correction. */
    void amended(Instant at) {
        this.amendedAt = at;
    }

    /**
     * Cancels the document: it stops being a supply in the returns and counts as cancelled in GSTR-1 table 13.
     * Cancelling twice keeps the first time.
     */
    public void cancel(Instant at) {
        if (!cancelled) {
            this.cancelled = true;
            this.cancelledAt = at;
        }
    }

    /** Moves the e-invoice status (set by the e-invoice slice after talking to the IRP). */
    public void changeEinvoiceStatus(EinvoiceStatus status) {
        this.einvoiceStatus = status;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public long getRegistrationId() { return registrationId; }
    public String getSupplierGstin() { return supplierGstin; }
    public DocumentType getDocumentType() { return documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getDocumentDate() { return documentDate; }
    public String getFinancialYear() { return financialYear; }
    public String getReturnPeriod() { return returnPeriod; }
    public SupplyType getSupplyType() { return supplyType; }
    public boolean isReverseCharge() { return reverseCharge; }
    public String getPlaceOfSupply() { return placeOfSupply; }
    public Long getPartyId() { return partyId; }
    public String getBuyerGstin() { return buyerGstin; }
    public String getBuyerLegalName() { return buyerLegalName; }
    public String getBuyerStateCode() { return buyerStateCode; }
    public String getBuyerAddress() { return buyerAddress; }
    public String getBuyerPincode() { return buyerPincode; }
    public String getBuyerEmail() { return buyerEmail; }
    public String getBuyerPhone() { return buyerPhone; }
    public String getPrecedingDocumentNumber() { return precedingDocumentNumber; }
    public LocalDate getPrecedingDocumentDate() { return precedingDocumentDate; }
    public BigDecimal getTaxableValue() { return taxableValue; }
    public BigDecimal getIgst() { return igst; }
    public BigDecimal getCgst() { return cgst; }
    public BigDecimal getSgst() { return sgst; }
    public BigDecimal getCess() { return cess; }
    public BigDecimal getOtherCharges() { return otherCharges; }
    public BigDecimal getRoundOff() { return roundOff; }
    public BigDecimal getTotal() { return total; }
    public String getContentSha256() { return contentSha256; }
    public String getSourceChannel() { return sourceChannel; }
    public String getMessageId() { return messageId; }
    public Instant getReceivedAt() { return receivedAt; }
    public EinvoiceStatus getEinvoiceStatus() { return einvoiceStatus; }
    public String getEcommerceGstin() { return ecommerceGstin; }
    public String getPortCode() { return portCode; }
    public String getShippingBillNumber() { return shippingBillNumber; }
    public LocalDate getShippingBillDate() { return shippingBillDate; }
    public boolean isCancelled() { return cancelled; }
    public Instant getCancelledAt() { return cancelledAt; }
    public Instant getAmendedAt() { return amendedAt; }
    /** The lines in line-number order; unmodifiable. */
    public List<SalesDocumentLine> getLines() { return Collections.unmodifiableList(lines); }

    @Override
    public String toString() {
        return "SalesDocument[id=" + id + ", companyId=" + companyId + ", " + documentType + " " + documentNumber
                + " of " + documentDate + "]";
    }
}

package dev.lekha.domain.einvoice;

import dev.lekha.domain.invoice.EinvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sales document's life with the IRP: created {@link EinvoiceStatus#PENDING} by the intake in the same
 * transaction as the document (so none is lost), then registered ({@code GENERATED} with the signed
 * invoice and QR), refused ({@code FAILED} with the IRP's codes and messages, until a corrected document
 * is received) or {@code CANCELLED}. While pending it is also the dispatcher's work item: due at
 * {@code nextAttemptAt}, claimed by one node at a time until {@code claimedUntil}.
 *
 * <p>{@code errors} is a JSON array of {@code {"code":…,"message":…}} as the IRP (or Lekha's own checks
 * before calling) gave them. The document's {@code einvoice_status} column mirrors {@link #getStatus()}.
 */
@Entity
@Table(name = "einvoice")
public class Einvoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "sales_document_id", nullable = false)
    private long salesDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EinvoiceStatus status;

    @Column(name = "irn")
    private String irn;

    @Column(name = "ack_no")
    private String ackNo;

    @Column(name = "ack_date")
    private Instant ackDate;

    @Column(name = "irp_status")
    private String irpStatus;

    @Column(name = "signed_invoice")
    private String signedInvoice;

    @Column(name = "signed_qr_code")
    private String signedQrCode;

    @Column(name = "ewb_no")
    private String ewbNo;

    @Column(name = "ewb_date")
    private Instant ewbDate;

    @Column(name = "ewb_valid_till")
    private Instant ewbValidTill;

    @Column(name = "cancel_date")
    private Instant cancelDate;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancel_remark")
    private String cancelRemark;

    @Column(name = "errors")
    private String errors;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "transporter_id")
    private String transporterId;

    @Column(name = "transporter_name")
    private String transporterName;

    @Column(name = "transport_mode")
    private String transportMode;

    @Column(name = "distance_km")
    private Integer distanceKm;

    @Column(name = "transport_doc_no")
    private String transportDocumentNumber;

    @Column(name = "transport_doc_date")
    private LocalDate transportDocumentDate;

    @Column(name = "vehicle_no")
    private String vehicleNumber;

    @Column(name = "over_dimensional", nullable = false)
    private boolean overDimensional;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Einvoice() {
    }

    /** A new pending e-invoice of a stored document, due at once. */
    public Einvoice(long companyId, long salesDocumentId, TransportDetails transport, Instant now) {
        this.companyId = companyId;
        this.salesDocumentId = salesDocumentId;
        this.status = EinvoiceStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = Objects.requireNonNull(now, "now");
        this.createdAt = now;
        this.updatedAt = now;
        transport(transport);
    }

    /** Replaces the transport details (for the e-way bill); null clears them. */
    public void transport(TransportDetails t) {
        this.transporterId = t == null ? null : t.transporterId();
        this.transporterName = t == null ? null : t.transporterName();
        this.transportMode = t == null || t.mode() == null ? null : t.mode().name();
        this.distanceKm = t == null ? null : t.distanceKm();
        this.transportDocumentNumber = t == null ? null : t.documentNumber();
        this.transportDocumentDate = t == null ? null : t.documentDate();
        this.vehicleNumber = t == null ? null : t.vehicleNumber();
        this.overDimensional = t != null && t.overDimensionalCargo();
    }

    /** The transport details given with the document, or null. */
    public TransportDetails transportDetails() {
        if (transporterId == null && transportMode == null && vehicleNumber == null && transportDocumentNumber == null) {
            return null;
        }
        return new TransportDetails(transporterId, transporterName,
                transportMode == null ? null : TransportDetails.Mode.valueOf(transportMode),
                distanceKm == null ? 0 : distanceKm, transportDocumentNumber, transportDocumentDate, vehicleNumber,
                overDimensional);
    }

    /** Keeps errors beside a registered IRN (e.g. the e-way bill part failed); null clears them. */
    public void noteErrors(String errorsJson, Instant now) {
        this.errors = errorsJson;
        this.updatedAt = now;
    }

    /** A person asks to try again (after fixing credentials, or an IRP outage): pending, due at once. */
    public void retryNow(Instant now) {
        this.status = EinvoiceStatus.PENDING;
        this.nextAttemptAt = now;
        release(now);
    }

    /** The IRP issued (or Lekha adopted) an IRN. */
    public void registered(String irn, String ackNo, Instant ackDate, String irpStatus, String signedInvoice,
                           String signedQrCode, Instant now) {
        this.status = EinvoiceStatus.GENERATED;
        this.irn = irn;
        this.ackNo = ackNo;
        this.ackDate = ackDate;
        this.irpStatus = irpStatus;
        this.signedInvoice = signedInvoice;
        this.signedQrCode = signedQrCode;
        this.errors = null;
        release(now);
        this.nextAttemptAt = null;
    }

    /** An e-way bill was generated for the IRN. */
    public void ewayBill(String ewbNo, Instant ewbDate, Instant validTill, Instant now) {
        this.ewbNo = ewbNo;
        this.ewbDate = ewbDate;
        this.ewbValidTill = validTill;
        this.updatedAt = now;
    }

    /** Permanently refused for this content: no retry until a corrected document arrives. */
    public void failed(String errorsJson, Instant now) {
        this.status = EinvoiceStatus.FAILED;
        this.errors = errorsJson;
        release(now);
        this.nextAttemptAt = null;
    }

    /** A transient failure: stays pending, due again at {@code next}; the last error is kept for the screen. */
    public void retryAt(Instant next, String errorsJson, Instant now) {
        this.status = EinvoiceStatus.PENDING;
        this.errors = errorsJson;
        this.nextAttemptAt = next;
        release(now);
    }

    /** A corrected document replaced a refused one: pending again, due at once, attempts counted afresh. */
    public void resubmit(TransportDetails transport, Instant now) {
        this.status = EinvoiceStatus.PENDING;
        this.errors = null;
        this.attempts = 0;
        this.nextAttemptAt = now;
        release(now);
        transport(transport);
    }

    /** The IRN was cancelled on the IRP. */
    public void cancelled(Instant cancelDate, String reason, String remark, Instant now) {
        this.status = EinvoiceStatus.CANCELLED;
        this.irpStatus = "CNL";
        this.cancelDate = cancelDate;
        this.cancelReason = reason;
        this.cancelRemark = remark;
        this.updatedAt = now;
    }

    private void release(Instant now) {
        this.claimedBy = null;
        this.claimedUntil = null;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public long getSalesDocumentId() { return salesDocumentId; }
    public EinvoiceStatus getStatus() { return status; }
    public String getIrn() { return irn; }
    public String getAckNo() { return ackNo; }
    public Instant getAckDate() { return ackDate; }
    public String getIrpStatus() { return irpStatus; }
    public String getSignedInvoice() { return signedInvoice; }
    public String getSignedQrCode() { return signedQrCode; }
    public String getEwbNo() { return ewbNo; }
    public Instant getEwbDate() { return ewbDate; }
    public Instant getEwbValidTill() { return ewbValidTill; }
    public Instant getCancelDate() { return cancelDate; }
    public String getCancelReason() { return cancelReason; }
    public String getCancelRemark() { return cancelRemark; }
    /** JSON array of {@code {"code","message"}}; null when there are none. */
    public String getErrors() { return errors; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getClaimedBy() { return claimedBy; }
    public Instant getClaimedUntil() { return claimedUntil; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return "Einvoice[id=" + id + ", document=" + salesDocumentId + ", status=" + status + ", irn=" + irn + "]";
    }
}

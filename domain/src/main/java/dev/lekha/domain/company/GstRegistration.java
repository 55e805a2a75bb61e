package dev.lekha.domain.company;

import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.StateCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A company's GST registration in one state: the GSTIN its documents are issued under. */
@Entity
@Table(name = "gst_registration")
public class GstRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "gstin", nullable = false)
    private String gstin;

    @Column(name = "state_code", nullable = false)
    private String stateCode;

    @Column(name = "trade_name")
    private String tradeName;

    @Column(name = "address")
    private String address;

    @Column(name = "city")
    private String city;

    @Column(name = "pincode")
    private String pincode;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected GstRegistration() {
    }

    /** An active registration; the state code is taken from the GSTIN. */
    public GstRegistration(long companyId, Gstin gstin, String tradeName, String address, String city, String pincode) {
        this.companyId = companyId;
        this.gstin = Objects.requireNonNull(gstin, "gstin must not be null").value();
        this.stateCode = gstin.stateCode().code();
        this.tradeName = tradeName;
        this.address = address;
        this.city = city;
        this.pincode = pincode;
        this.active = true;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public String getGstin() { return gstin; }
    public StateCode getStateCode() { return StateCode.of(stateCode); }
    public String getTradeName() { return tradeName; }
    public String getAddress() { return address; }
    public String getCity() { return city; }
    public String getPincode() { return pincode; }
    public boolean isActive() { return active; }

    /** Cancelled or suspended registrations receive no new documents. */
    public void deactivate() { this.active = false; }

    @Override
    public String toString() {
        return "GstRegistration[id=" + id + ", companyId=" + companyId + ", gstin=" + gstin + "]";
    }
}

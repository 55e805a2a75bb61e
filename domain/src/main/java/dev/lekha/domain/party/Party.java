package dev.lekha.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A customer or vendor of a company. GSTIN and PAN are optional (unregistered buyers, foreign
 * customers); when present they were validated by whoever created the party.
 */
@Entity
@Table(name = "party")
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PartyKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "gstin")
    private String gstin;

    @Column(name = "pan")
    private String pan;

    @Column(name = "state_code")
    private String stateCode;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "address")
    private String address;

    @Column(name = "pincode")
    private String pincode;

    protected Party() {
    }

    public Party(long companyId, PartyKind kind, String name, String gstin, String pan, String stateCode) {
        this.companyId = companyId;
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.gstin = gstin;
        this.pan = pan;
        this.stateCode = stateCode;
    }

    /** Sets the contact details; returns this for chaining. */
    public Party withContact(String email, String phone, String address, String pincode) {
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.pincode = pincode;
        return this;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public PartyKind getKind() { return kind; }
    public String getName() { return name; }
    public String getGstin() { return gstin; }
    public String getPan() { return pan; }
    public String getStateCode() { return stateCode; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public String getPincode() { return pincode; }

    @Override
    public String toString() {
        return "Party[id=" + id + ", companyId=" + companyId + ", kind=" + kind + ", name=" + name + "]";
    }
}

package dev.lekha.domain.item;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Something a company sells or buys: goods classified by HSN, or a service by SAC (starting {@code 99}),
 * with its GST rate and GST unit quantity code (UQC; {@code OTH} for services).
 */
@Entity
@Table(name = "item")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "hsn_sac", nullable = false)
    private String hsnSac;

    @Column(name = "is_service", nullable = false)
    private boolean service;

    @Column(name = "gst_rate", nullable = false)
    private BigDecimal gstRate;

    @Column(name = "uqc", nullable = false)
    private String uqc;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    protected Item() {
    }

    public Item(long companyId, String code, String name, String hsnSac, boolean service, BigDecimal gstRate,
                String uqc, BigDecimal unitPrice) {
        this.companyId = companyId;
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.name = Objects.requireNonNull(name, "name must not be null");
        this.hsnSac = Objects.requireNonNull(hsnSac, "hsnSac must not be null");
        this.service = service;
        this.gstRate = Objects.requireNonNull(gstRate, "gstRate must not be null");
        this.uqc = Objects.requireNonNull(uqc, "uqc must not be null");
        this.unitPrice = unitPrice;
    }

    public Long getId() { return id; }
    public long getCompanyId() { return companyId; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getHsnSac() { return hsnSac; }
    public boolean isService() { return service; }
    public BigDecimal getGstRate() { return gstRate; }
    public String getUqc() { return uqc; }
    public BigDecimal getUnitPrice() { return unitPrice; }

    @Override
    public String toString() {
        return "Item[id=" + id + ", code=" + code + ", hsnSac=" + hsnSac + "]";
    }
}

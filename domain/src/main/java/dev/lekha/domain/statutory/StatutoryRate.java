package dev.lekha.domain.statutory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory number valid over a date range: a GST rate slab, a PF ceiling, a TDS section rate.
 * A budget change closes the old row ({@code effectiveTo}) and adds a new one, so a document is always
 * checked against the law of its own date.
 */
@Entity
@Table(name = "statutory_rate")
public class StatutoryRate {

    /** GST rate slabs; the code is the total rate in percent without trailing zeros ({@code 18}, {@code 0.25}). */
    public static final String GST_RATE = "GST_RATE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "rate_value", nullable = false)
    private BigDecimal value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "source_note", nullable = false)
    private String sourceNote;

    protected StatutoryRate() {
    }

    /** @param effectiveTo last day it applies, inclusive; null while in force */
    public StatutoryRate(String kind, String code, BigDecimal value, LocalDate effectiveFrom, LocalDate effectiveTo,
                         String sourceNote) {
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.value = Objects.requireNonNull(value, "value must not be null");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
        this.effectiveTo = effectiveTo;
        this.sourceNote = Objects.requireNonNull(sourceNote, "sourceNote must not be null (cite the notification)");
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getCode() { return code; }
    public BigDecimal getValue() { return value; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public String getSourceNote() { return sourceNote; }

    @Override
    public String toString() {
        return "StatutoryRate[" + kind + " " + code + " = " + value + " from " + effectiveFrom
                + (effectiveTo == null ? "" : " to " + effectiveTo) + "]";
    }
}

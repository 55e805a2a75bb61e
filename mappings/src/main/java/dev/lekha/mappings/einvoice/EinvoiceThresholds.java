package dev.lekha.mappings.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory e-invoice numbers with the dates they took effect, as the caller reads them from
 * statutory data (they change by notification and advisory, so they are data, not constants).
 *
 * <p>For the record, at the time of writing: the applicability threshold was ₹500 crore from
 * 1 Oct 2020 (13/2020-CT), 100 crore from 1 Jan 2021 (88/2020), 50 crore from 1 Apr 2021 (5/2021),
 * 20 crore from 1 Apr 2022 (1/2022), 10 crore from 1 Oct 2022 (17/2022) and 5 crore from 1 Aug 2023
 * (10/2023). The reporting time limit was 30 days for AATO ≥ ₹100 crore from 1 Nov 2023 (GSTN advisory
 * of 13 Sep 2023) and 30 days for AATO ≥ ₹10 crore from 1 Apr 2025 (GSTN advisory of 5 Nov 2024).
 *
 * @param applicability   the AATO thresholds; must not be null, may be empty (no e-invoicing)
 * @param reportingLimits the reporting time limits; must not be null, may be empty (no limit)
 */
public record EinvoiceThresholds(List<AatoThreshold> applicability, List<ReportingTimeLimit> reportingLimits) {

    public EinvoiceThresholds {
        applicability = List.copyOf(Objects.requireNonNull(applicability, "applicability must not be null"));
        reportingLimits = List.copyOf(Objects.requireNonNull(reportingLimits, "reportingLimits must not be null"));
    }

    /** The applicability threshold in force on {@code date}: the latest one effective on or before it. */
    public Optional<AatoThreshold> applicabilityOn(LocalDate date) {
        return applicability.stream().filter(t -> !t.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(AatoThreshold::effectiveFrom));
    }

    /** The reporting time limit in force on {@code date}: the latest one effective on or before it. */
    public Optional<ReportingTimeLimit> reportingLimitOn(LocalDate date) {
        return reportingLimits.stream().filter(t -> !t.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(ReportingTimeLimit::effectiveFrom));
    }

    /**
     * E-invoicing applies to a supplier whose AATO in any preceding financial year <em>exceeds</em>
     * {@code aggregateTurnover}.
     *
     * @param source the notification, for messages (e.g. {@code Notification 10/2023-Central Tax})
     */
    public record AatoThreshold(LocalDate effectiveFrom, BigDecimal aggregateTurnover, String source) {
        public AatoThreshold {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
            Objects.requireNonNull(aggregateTurnover, "aggregateTurnover must not be null");
            Objects.requireNonNull(source, "source must not be null");
        }
    }

    /**
     * A supplier whose AATO is <em>at least</em> {@code aggregateTurnoverAtLeast} must report a document
     * to the IRP within {@code days} days of its date.
     *
     * @param days   at least 1
     * @param source the advisory, for messages (e.g. {@code GSTN advisory of 5 Nov 2024})
     */
    public record ReportingTimeLimit(LocalDate effectiveFrom, BigDecimal aggregateTurnoverAtLeast, int days,
                                     String source) {
        public ReportingTimeLimit {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom must not be null");
            Objects.requireNonNull(aggregateTurnoverAtLeast, "aggregateTurnoverAtLeast must not be null");
            Objects.requireNonNull(source, "source must not be null");
            if (days < 1) {
                throw new IllegalArgumentException("a reporting time limit of " + days + " days makes no sense");
            }
        }
    }
}

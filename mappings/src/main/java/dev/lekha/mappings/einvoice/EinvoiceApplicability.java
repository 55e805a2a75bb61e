package dev.lekha.mappings.einvoice;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.SalesDocumentLine;
import dev.lekha.mappings.einvoice.EinvoiceThresholds.AatoThreshold;
import dev.lekha.mappings.einvoice.EinvoiceThresholds.ReportingTimeLimit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, before any call to the IRP, whether a document needs an IRN — and whether the IRP would
 * still take it. Pure: the thresholds and "today" come in.
 *
 * <p>Rules, in the order applied (the first that speaks decides):
 * <ol>
 * <li>B2C documents never get an IRN (Rule 48(4) CGST Rules covers supplies to registered persons and
 *     exports only).</li>
 * <li>Exempt kinds of supplier ({@link EinvoiceExemption}) never do.</li>
 * <li>The supplier must have had an aggregate turnover that <em>exceeds</em> the threshold in force on
 *     the document date in <em>any</em> preceding financial year from 2017-18 (Notification 10/2023-CT:
 *     "aggregate turnover in any preceding financial year from 2017-18 onwards exceeds five crore
 *     rupees"). Exactly the threshold is not above it.</li>
 * <li>A document whose every line is at 0% (nil-rated or exempt) is outside e-invoicing, except a
 *     zero-rated supply — an export or a supply to a SEZ (IGST Act section 16), which needs an IRN
 *     even without tax. A deemed export ({@code DEXP}) is a domestic supply, not zero-rated, and is
 *     treated like B2B.</li>
 * <li>When a reporting time limit is in force on {@code today} and the supplier's AATO of the financial
 *     year before today's is at least its turnover, a document older than the limit is BLOCKED.</li>
 * </ol>
 */
public final class EinvoiceApplicability {

    private static final FinancialYear FIRST_GST_YEAR = new FinancialYear(2017);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EinvoiceThresholds thresholds;

    /** @param thresholds the statutory thresholds with their dates; must not be null */
    public EinvoiceApplicability(EinvoiceThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds must not be null");
    }

    /**
     * @param supplier the issuing company's turnover history and exemption; must not be null
     * @param document the document, with its lines; must not be null
     * @param today    the day the document would be reported, in Asia/Kolkata; must not be null
     * @return the decision; never null
     */
    public EinvoiceDecision decide(SupplierProfile supplier, SalesDocument document, LocalDate today) {
        Objects.requireNonNull(supplier, "supplier must not be null");
        Objects.requireNonNull(document, "document must not be null");
        Objects.requireNonNull(today, "today must not be null");
        String doc = document.getDocumentType() + " " + document.getDocumentNumber();
        SupplyType supplyType = document.getSupplyType();
        if (supplyType == SupplyType.B2C) {
            return EinvoiceDecision.notApplicable(doc + " is B2C: supplies to unregistered persons get no IRN");
        }
        if (supplier.exemption() != null) {
            return EinvoiceDecision.notApplicable(doc + ": the supplier is exempt from e-invoicing as "
                    + supplier.exemption() + " (Notification 13/2020-Central Tax as amended)");
        }
        LocalDate date = document.getDocumentDate();
        Optional<AatoThreshold> threshold = thresholds.applicabilityOn(date);
        if (threshold.isEmpty()) {
            return EinvoiceDecision.notApplicable(doc + " is dated " + DAY.format(date)
                    + ", before e-invoicing began");
        }
        Optional<AnnualTurnover> above = firstYearAbove(supplier, threshold.get().aggregateTurnover(),
                FinancialYear.of(date));
        if (above.isEmpty()) {
            return EinvoiceDecision.notApplicable(doc + ": the supplier's aggregate turnover did not exceed "
                    + IndianRupees.crore(threshold.get().aggregateTurnover()) + " in any financial year from 2017-18"
                    + " before " + FinancialYear.of(date) + " (" + threshold.get().source() + ")");
        }
        if (!supplyType.isExport() && !supplyType.isSez() && allLinesAtZeroRate(document)) {
            return EinvoiceDecision.notApplicable(doc + ": every line is nil-rated or exempt (GST 0%);"
                    + " such documents get no IRN");
        }
        return timeLimit(supplier, document, today, doc);
    }

    private EinvoiceDecision timeLimit(SupplierProfile supplier, SalesDocument document, LocalDate today, String doc) {
        Optional<ReportingTimeLimit> limit = thresholds.reportingLimitOn(today);
        FinancialYear turnoverYear = FinancialYear.of(today).previous();
        // The AATO the IRP uses is the one of the year before the year of reporting; when we do not know
        // it we do not block: the IRP checks again and a wrong block would stop a document that may pass.
        Optional<BigDecimal> aato = supplier.turnoverOf(turnoverYear);
        if (limit.isEmpty() || aato.isEmpty() || aato.get().compareTo(limit.get().aggregateTurnoverAtLeast()) < 0) {
            return EinvoiceDecision.applicable(null);
        }
        // GSTN advisory of 5 Nov 2024: "taxpayers with an AATO of 10 crores and above would not be allowed to
        // report e-Invoices older than 30 days from the date of reporting ... if an invoice is dated 1st April
        // 2025, it cannot be reported after 30th April 2025" (same wording and example, for 1 Nov 2023, in
        // the advisory of 13 Sep 2023). So the document date is day 1 and day 30 is the last day it is taken:
        // last day = date + (days − 1).
        LocalDate lastDay = document.getDocumentDate().plusDays(limit.get().days() - 1L);
        if (!today.isAfter(lastDay)) {
            return EinvoiceDecision.applicable(lastDay);
        }
        return EinvoiceDecision.blocked(doc + " dated " + DAY.format(document.getDocumentDate())
                + " can no longer get an IRN: a supplier with aggregate turnover of "
                + IndianRupees.crore(limit.get().aggregateTurnoverAtLeast()) + " or more (" + turnoverYear + ": "
                + IndianRupees.crore(aato.get()) + ") must report a document within " + limit.get().days()
                + " days of its date (" + limit.get().source() + "); the last day was " + DAY.format(lastDay)
                + ", so the IRP will refuse it. Issue a new document with a current date instead.", lastDay);
    }

    private static Optional<AnnualTurnover> firstYearAbove(SupplierProfile supplier, BigDecimal threshold,
                                                           FinancialYear documentYear) {
        return supplier.turnovers().stream()
                .filter(t -> t.year().compareTo(FIRST_GST_YEAR) >= 0 && t.year().compareTo(documentYear) < 0)
                .filter(t -> t.aggregateTurnover().compareTo(threshold) > 0)
                .findFirst();
    }

    private static boolean allLinesAtZeroRate(SalesDocument document) {
        return !document.getLines().isEmpty()
                && document.getLines().stream().map(SalesDocumentLine::getGstRate).allMatch(r -> r.signum() == 0);
    }
}

package dev.lekha.mappings.einvoice;

import static dev.lekha.mappings.einvoice.Fixtures.dec;
import static dev.lekha.mappings.einvoice.Fixtures.toSahyadri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.gst.FinancialYear;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.invoice.SalesDocument;
import dev.lekha.domain.invoice.TestSalesDocuments;
import dev.lekha.mappings.einvoice.EinvoiceDecision.Verdict;
import dev.lekha.mappings.einvoice.EinvoiceThresholds.AatoThreshold;
import dev.lekha.mappings.einvoice.EinvoiceThresholds.ReportingTimeLimit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EinvoiceApplicabilityTest {

    /** The thresholds as notified (EinvoiceThresholds's Javadoc gives the sources). */
    static final EinvoiceThresholds THRESHOLDS = new EinvoiceThresholds(List.of(
            new AatoThreshold(LocalDate.of(2020, 10, 1), dec("5000000000.00"), "Notification 13/2020-Central Tax"),
            new AatoThreshold(LocalDate.of(2021, 1, 1), dec("1000000000.00"), "Notification 88/2020-Central Tax"),
            new AatoThreshold(LocalDate.of(2021, 4, 1), dec("500000000.00"), "Notification 5/2021-Central Tax"),
            new AatoThreshold(LocalDate.of(2022, 4, 1), dec("200000000.00"), "Notification 1/2022-Central Tax"),
            new AatoThreshold(LocalDate.of(2022, 10, 1), dec("100000000.00"), "Notification 17/2022-Central Tax"),
            new AatoThreshold(LocalDate.of(2023, 8, 1), dec("50000000.00"), "Notification 10/2023-Central Tax")),
            List.of(new ReportingTimeLimit(LocalDate.of(2023, 11, 1), dec("1000000000.00"), 30,
                            "GSTN advisory of 13 Sep 2023"),
                    new ReportingTimeLimit(LocalDate.of(2025, 4, 1), dec("100000000.00"), 30,
                            "GSTN advisory of 5 Nov 2024")));

    private static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
    private final EinvoiceApplicability applicability = new EinvoiceApplicability(THRESHOLDS);

    @Test
    void exactlyFiveCroreIsNotAboveTheThreshold() {
        SupplierProfile supplier = turnover(2024, "50000000.00");

        EinvoiceDecision decision = applicability.decide(supplier, invoice(APRIL_1), APRIL_1);

        assertThat(decision.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(decision.reason()).isEqualTo("INV LDT/25-26/0042: the supplier's aggregate turnover did not exceed"
                + " ₹5 crore in any financial year from 2017-18 before 2025-26 (Notification 10/2023-Central Tax)");
    }

    @Test
    void onePaisaAboveInAnyPrecedingYearIsEnough() {
        // given 5 crore + 1 paisa in 2019-20 only, and less since
        SupplierProfile supplier = new SupplierProfile(List.of(
                new AnnualTurnover(new FinancialYear(2019), dec("50000000.01")),
                new AnnualTurnover(new FinancialYear(2023), dec("30000000.00")),
                new AnnualTurnover(new FinancialYear(2024), dec("42000000.00"))), null);

        assertThat(applicability.decide(supplier, invoice(APRIL_1), APRIL_1))
                .isEqualTo(new EinvoiceDecision(Verdict.APPLICABLE, null, null));
    }

    @Test
    void theCurrentYearsTurnoverDoesNotCount() {
        SupplierProfile supplier = turnover(2025, "90000000.00");

        assertThat(applicability.decide(supplier, invoice(APRIL_1), APRIL_1).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void b2cNeverNeedsAnIrn() {
        SalesDocument b2c = TestSalesDocuments.document(DocumentType.INV, "B2C/0001", APRIL_1, SupplyType.B2C, "27")
                .line(1, "LED bulb, 9 W", "85395000", false, "1", "NOS", "100.00", "0.00", "100.00", "18", "0.00",
                        "9.00", "9.00", "0.00")
                .build();

        EinvoiceDecision decision = applicability.decide(turnover(2024, "620000000.00"), b2c, APRIL_1);

        assertThat(decision.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(decision.reason()).isEqualTo("INV B2C/0001 is B2C: supplies to unregistered persons get no IRN");
    }

    @Test
    void exemptSupplierNeverNeedsAnIrn() {
        SupplierProfile insurer = new SupplierProfile(
                List.of(new AnnualTurnover(new FinancialYear(2024), dec("9000000000.00"))), EinvoiceExemption.INSURER);

        EinvoiceDecision decision = applicability.decide(insurer, invoice(APRIL_1), APRIL_1);

        assertThat(decision.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(decision.reason()).contains("exempt from e-invoicing as INSURER");
    }

    @Test
    void documentOfOnlyNilRatedLinesNeedsNoIrn() {
        SalesDocument nil = toSahyadri(DocumentType.INV, "LDT/25-26/0050", APRIL_1)
                .line(1, "Fresh vegetables", "07099990", false, "10", "KGS", "40.00", "0.00", "400.00", "0", "0.00",
                        "0.00", "0.00", "0.00")
                .build();

        EinvoiceDecision decision = applicability.decide(turnover(2024, "620000000.00"), nil, APRIL_1);

        assertThat(decision.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(decision.reason()).contains("every line is nil-rated or exempt");
    }

    @Test
    void zeroRatedExportAndSezSupplyStillNeedAnIrn() {
        SalesDocument export = TestSalesDocuments.document(DocumentType.INV, "LDT/25-26/0100", APRIL_1,
                        SupplyType.EXPWOP, "96")
                .buyer(null, "Colombo Trading Company (Pvt) Ltd", "96", "Galle Road, Colombo 3, Sri Lanka", null, null, null)
                .line(1, "Assam CTC tea, 1 kg", "09024020", false, "500", "KGS", "420.00", "0.00", "210000.00", "0",
                        "0.00", "0.00", "0.00", "0.00")
                .build();
        SalesDocument sez = TestSalesDocuments.document(DocumentType.INV, "LDT/25-26/0101", APRIL_1,
                        SupplyType.SEZWOP, "29")
                .buyer("29AAFCK4321M1ZA", "Kaveri Foods Private Limited", "29", "SEZ, Bengaluru", "560058", null, null)
                .line(1, "LED bulb, 9 W", "85395000", false, "10", "NOS", "89.50", "0.00", "895.00", "0", "0.00",
                        "0.00", "0.00", "0.00")
                .build();
        SupplierProfile supplier = turnover(2024, "620000000.00");

        assertThat(applicability.decide(supplier, export, APRIL_1).verdict()).isEqualTo(Verdict.APPLICABLE);
        assertThat(applicability.decide(supplier, sez, APRIL_1).verdict()).isEqualTo(Verdict.APPLICABLE);
    }

    @Test
    void dayThirtyIsStillAllowedForTenCroreAndAbove() {
        // given AATO 62 crore in 2024-25 and a document dated 1 April 2025: day 1 is 1 April, day 30 is 30 April
        SupplierProfile supplier = turnover(2024, "620000000.00");

        EinvoiceDecision decision = applicability.decide(supplier, invoice(APRIL_1), LocalDate.of(2025, 4, 30));

        assertThat(decision).isEqualTo(new EinvoiceDecision(Verdict.APPLICABLE, null, LocalDate.of(2025, 4, 30)));
    }

    @Test
    void dayThirtyOneIsBlocked() {
        SupplierProfile supplier = turnover(2024, "100000000.00");

        EinvoiceDecision decision = applicability.decide(supplier, invoice(APRIL_1), LocalDate.of(2025, 5, 1));

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.lastReportingDay()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(decision.reason()).isEqualTo("INV LDT/25-26/0042 dated 01/04/2025 can no longer get an IRN:"
                + " a supplier with aggregate turnover of ₹10 crore or more (2024-25: ₹10 crore) must report a"
                + " document within 30 days of its date (GSTN advisory of 5 Nov 2024); the last day was 30/04/2025,"
                + " so the IRP will refuse it. Issue a new document with a current date instead.");
    }

    @Test
    void belowTenCroreThereIsNoTimeLimit() {
        // given AATO 9.99 crore: above the 5-crore threshold but below the 10-crore time limit
        SupplierProfile supplier = turnover(2024, "99900000.00");

        EinvoiceDecision decision = applicability.decide(supplier, invoice(APRIL_1), LocalDate.of(2025, 9, 1));

        assertThat(decision).isEqualTo(new EinvoiceDecision(Verdict.APPLICABLE, null, null));
    }

    @Test
    void beforeApril2025OnlyHundredCroreWasLimited() {
        // given AATO 62 crore in 2023-24, reported on 15 March 2025 (the 100-crore limit was in force then)
        SupplierProfile supplier = turnover(2023, "620000000.00");
        SalesDocument old = invoice(LocalDate.of(2025, 1, 2));

        assertThat(applicability.decide(supplier, old, LocalDate.of(2025, 3, 15)).verdict()).isEqualTo(Verdict.APPLICABLE);
    }

    private static SupplierProfile turnover(int startYear, String aato) {
        return new SupplierProfile(List.of(new AnnualTurnover(new FinancialYear(startYear), dec(aato))), null);
    }

    private static SalesDocument invoice(LocalDate date) {
        return toSahyadri(DocumentType.INV, "LDT/25-26/0042", date)
                .line(1, "Steel water bottle, 1 litre", "73239390", false, "1", "NOS", "349.00", "0.00", "349.00", "18",
                        "0.00", "31.41", "31.41", "0.00")
                .build();
    }
}

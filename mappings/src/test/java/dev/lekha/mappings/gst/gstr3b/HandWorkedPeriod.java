package dev.lekha.mappings.gst.gstr3b;

import static dev.lekha.domain.gst.SupplyType.B2B;
import static dev.lekha.domain.gst.SupplyType.B2C;
import static dev.lekha.domain.gst.SupplyType.EXPWOP;
import static dev.lekha.domain.gst.SupplyType.SEZWP;
import static dev.lekha.domain.invoice.DocumentType.CRN;
import static dev.lekha.domain.invoice.DocumentType.DBN;
import static dev.lekha.domain.invoice.DocumentType.INV;
import static dev.lekha.mappings.gst.gstr3b.RecipientClass.COMPOSITION;
import static dev.lekha.mappings.gst.gstr3b.RecipientClass.REGISTERED;
import static dev.lekha.mappings.gst.gstr3b.RecipientClass.UIN_HOLDER;
import static dev.lekha.mappings.gst.gstr3b.RecipientClass.UNREGISTERED;
import static dev.lekha.mappings.gst.gstr3b.TaxCategory.EXEMPT;
import static dev.lekha.mappings.gst.gstr3b.TaxCategory.NIL;
import static dev.lekha.mappings.gst.gstr3b.TaxCategory.NON_GST;
import static dev.lekha.mappings.gst.gstr3b.TaxCategory.TAXABLE;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.invoice.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A hand-built November 2026 for 27AAPFU0939F1ZV (Maharashtra), worked out by hand into
 * {@code gst/gstr3b/gstr3b-27AAPFU0939F1ZV-112026.json}. Each row is one SQL group as the job would
 * aggregate it; the working is in {@link Gstr3bCalculatorTest}.
 */
final class HandWorkedPeriod {

    static final String GSTIN = "27AAPFU0939F1ZV";
    static final String OPERATOR = "27AAACS1234A1Z1";
    static final GstReturnPeriod PERIOD = GstReturnPeriod.of(2026, 11);
    static final LocalDate FILED = LocalDate.of(2026, 12, 30);
    static final BigDecimal TURNOVER = new BigDecimal("20000000.00");

    /** Notification 76/2018 and 19/2021-Central Tax, section 50(1) CGST Act: as migration V11 seeds them. */
    static final LateFilingRules RULES = new LateFilingRules(new BigDecimal("18"), 20, new BigDecimal("25"),
            new BigDecimal("10"), new BigDecimal("250"), List.of(
                    new LateFilingRules.TurnoverCap(new BigDecimal("15000000"), new BigDecimal("1000")),
                    new LateFilingRules.TurnoverCap(new BigDecimal("50000000"), new BigDecimal("2500")),
                    new LateFilingRules.TurnoverCap(null, new BigDecimal("5000"))));

    private HandWorkedPeriod() {
    }

    static List<OutwardSupplyTotals> outward() {
        return List.of(
                out(INV, B2B, TAXABLE, "27", false, REGISTERED, null, "100000.00", tax("0", "9000", "9000")),
                out(INV, B2C, TAXABLE, "29", false, UNREGISTERED, null, "50000.00", tax("9000", "0", "0")),
                // through an operator collecting TCS (section 52): an ordinary 3.1(a) supply
                out(INV, B2C, TAXABLE, "29", false, UNREGISTERED, "29AAACF0001A1Z5", "20000.00", tax("3600", "0", "0")),
                out(CRN, B2C, TAXABLE, "29", false, UNREGISTERED, null, "5000.00", tax("900", "0", "0")),
                out(INV, B2C, TAXABLE, "07", false, UNREGISTERED, null, "10000.00", tax("1800", "0", "0")),
                out(INV, B2B, TAXABLE, "24", false, COMPOSITION, null, "30000.00", tax("5400", "0", "0")),
                out(INV, B2B, TAXABLE, "07", false, UIN_HOLDER, null, "8000.00", tax("1440", "0", "0")),
                out(DBN, B2B, TAXABLE, "27", false, REGISTERED, null, "2000.00", tax("0", "180", "180")),
                out(INV, EXPWOP, TAXABLE, "96", false, UNREGISTERED, null, "200000.00", tax("0", "0", "0")),
                out(INV, SEZWP, TAXABLE, "29", false, REGISTERED, null, "40000.00", tax("7200", "0", "0")),
                out(INV, B2B, NIL, "27", false, REGISTERED, null, "15000.00", tax("0", "0", "0")),
                out(INV, B2C, EXEMPT, "27", false, UNREGISTERED, null, "5000.00", tax("0", "0", "0")),
                out(INV, B2C, NON_GST, "27", false, UNREGISTERED, null, "12000.00", tax("0", "0", "0")),
                // outward supply on which the recipient pays under reverse charge: value only
                out(INV, B2B, TAXABLE, "27", true, REGISTERED, null, "25000.00", tax("0", "1250", "1250")),
                // restaurant service through an operator that pays tax u/s 9(5): 3.1.1(ii)
                out(INV, B2C, TAXABLE, "27", true, UNREGISTERED, OPERATOR, "6000.00", tax("0", "0", "0")),
                // we are the operator paying u/s 9(5): 3.1.1(i), and the inter-state one also in 3.2
                out(INV, B2C, TAXABLE, "27", false, UNREGISTERED, GSTIN, "4000.00", tax("0", "200", "200")),
                out(INV, B2C, TAXABLE, "29", false, UNREGISTERED, GSTIN, "3000.00", tax("150", "0", "0")));
    }

    static List<InwardSupplyTotals> inward() {
        return List.of(
                in(INV, TAXABLE, true, false, "27", "10000.00", tax("0", "900", "900")),
                in(INV, TAXABLE, true, false, "29", "20000.00", tax("3600", "0", "0")),
                in(CRN, TAXABLE, true, false, "29", "2000.00", tax("360", "0", "0")),
                in(INV, EXEMPT, false, false, "27", "7000.00", TaxHeads.ZERO),
                in(INV, NIL, false, false, "29", "3000.00", TaxHeads.ZERO),
                in(INV, TAXABLE, false, true, "27", "4500.00", TaxHeads.ZERO),
                in(INV, NON_GST, false, false, "27", "1500.00", TaxHeads.ZERO),
                in(INV, NON_GST, false, false, "24", "2500.00", TaxHeads.ZERO),
                // an ordinary taxable purchase: its credit comes through the ItcLedger, not from here
                in(INV, TAXABLE, false, false, "27", "50000.00", tax("0", "4500", "4500")));
    }

    /** What a GSTR-2B reconciliation would give (a test ItcLedger's figures). */
    static ItcAvailability itc() {
        return new ItcAvailability(tax("1000", "0", "0"), tax("500", "0", "0"), tax("3240", "900", "900"),
                tax("0", "100", "100"), tax("8000", "4500", "4500"), tax("0", "300", "300"), tax("200", "0", "0"),
                tax("50", "0", "0"), tax("0", "75", "75"));
    }

    static Gstr3bCalculator.Inputs inputs() {
        return new Gstr3bCalculator.Inputs(GSTIN, PERIOD, outward(), inward(), List.of(), itc(), FILED, TURNOVER,
                RULES);
    }

    static TaxHeads tax(String igst, String cgst, String sgst) {
        return new TaxHeads(new BigDecimal(igst), new BigDecimal(cgst), new BigDecimal(sgst), BigDecimal.ZERO);
    }

    static OutwardSupplyTotals out(DocumentType type, SupplyType supply, TaxCategory category, String pos,
                                   boolean reverseCharge, RecipientClass recipient, String ecommerce, String txval,
                                   TaxHeads tax) {
        return new OutwardSupplyTotals(type, supply, category, pos, reverseCharge, recipient, ecommerce,
                new BigDecimal(txval), tax);
    }

    static InwardSupplyTotals in(DocumentType type, TaxCategory category, boolean reverseCharge, boolean composition,
                                 String supplierState, String txval, TaxHeads tax) {
        return new InwardSupplyTotals(type, category, reverseCharge, composition, supplierState, "27",
                new BigDecimal(txval), tax);
    }
}

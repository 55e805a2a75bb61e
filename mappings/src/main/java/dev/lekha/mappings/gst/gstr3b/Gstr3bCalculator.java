package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.SupplyType;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.domain.invoice.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes a GSTR-3B from the period's aggregated sales and purchase lines and the input tax credit
 * the GSTR-2B reconciliation established. Pure: the caller aggregates (SQL {@code GROUP BY}) and
 * passes the dated rules in.
 *
 * <p>Where each sales total goes (credit notes subtract, debit notes add, within the period of the note):
 * <ul>
 *   <li>{@code NON_GST} lines: 3.1(e); {@code NIL} and {@code EXEMPT}: 3.1(c);</li>
 *   <li>{@code TAXABLE} lines of a document whose e-commerce operator GSTIN is the filing GSTIN (we are the
 *       operator paying tax u/s 9(5)): 3.1.1(i);</li>
 *   <li>{@code TAXABLE} lines with another operator's GSTIN and reverse charge (the operator pays u/s 9(5)):
 *       3.1.1(ii), value only;</li>
 *   <li>{@code TAXABLE} exports and SEZ supplies ({@code EXPWP}, {@code EXPWOP}, {@code SEZWP}, {@code SEZWOP}):
 *       3.1(b), IGST and cess;</li>
 *   <li>other {@code TAXABLE} lines (deemed exports included): 3.1(a); when the recipient pays under reverse
 *       charge, the value only (the tax is the recipient's, reported in its own 3.1(d));</li>
 *   <li>3.2: of 3.1(a) and 3.1.1(i), the inter-state supplies (place of supply other than the GSTIN's state)
 *       to unregistered persons, composition taxpayers and UIN holders, by place of supply.</li>
 * </ul>
 * Advances: tax on advances received in the period (GSTR-1 11A) adds to 3.1(a), advances adjusted against
 * invoices (11B) subtract ({@link AdvanceTotals}); they carry no recipient, so they are not in 3.2.
 * Purchases: {@code TAXABLE} lines under reverse charge go to 3.1(d) with their tax; {@code NIL}, {@code EXEMPT}
 * and a composition supplier's lines to table 5 "GST", {@code NON_GST} to table 5 "non-GST", split inter-state
 * when the supplier's state differs from the place of supply.
 */
public final class Gstr3bCalculator {

    private Gstr3bCalculator() {
    }

    /**
     * What a computation needs.
     *
     * @param gstin             the filing GSTIN; never null
     * @param period            the return period; never null
     * @param outward           aggregated sales lines; never null
     * @param inward            aggregated purchase lines; never null
     * @param advances          aggregated advances received and adjusted; never null
     * @param itc               table 4 from the {@code ItcLedger}; never null
     * @param filingDate        when the return is (to be) filed; null when not given (no interest or late fee)
     * @param aggregateTurnover aggregate turnover of the preceding financial year; null when unknown
     * @param rules             interest, due date and late fee rules in force for the period; never null
     */
    public record Inputs(String gstin, GstReturnPeriod period, List<OutwardSupplyTotals> outward,
                         List<InwardSupplyTotals> inward, List<AdvanceTotals> advances, ItcAvailability itc,
                         LocalDate filingDate,
                         BigDecimal aggregateTurnover, LateFilingRules rules) {

        public Inputs {
            Objects.requireNonNull(gstin, "gstin must not be null");
            Objects.requireNonNull(period, "period must not be null");
            outward = List.copyOf(outward);
            inward = List.copyOf(inward);
            advances = List.copyOf(advances);
            Objects.requireNonNull(itc, "itc must not be null");
            Objects.requireNonNull(rules, "rules must not be null");
        }
    }

    /** The return and its table 5.1 working. */
    public static Gstr3bComputation compute(Inputs in) {
        String ownState = in.gstin().substring(0, 2);
        SupplyValue taxable = SupplyValue.ZERO;
        SupplyValue zeroRated = SupplyValue.ZERO;
        SupplyValue nilExempt = SupplyValue.ZERO;
        SupplyValue nonGst = SupplyValue.ZERO;
        SupplyValue operatorPays = SupplyValue.ZERO;
        BigDecimal throughOperator = Money.ZERO;
        Map<RecipientClass, Map<String, PlaceOfSupplyValue>> interState = Map.of(
                RecipientClass.UNREGISTERED, new TreeMap<>(), RecipientClass.COMPOSITION, new TreeMap<>(),
                RecipientClass.UIN_HOLDER, new TreeMap<>());
        for (OutwardSupplyTotals row : in.outward()) {
            SupplyValue value = signed(row.documentType(), row.taxableValue(), row.tax());
            boolean reportInterState = false;
            switch (row.category()) {
                case NON_GST -> nonGst = nonGst.plus(valueOnly(value));
                case NIL, EXEMPT -> nilExempt = nilExempt.plus(valueOnly(value));
                case TAXABLE -> {
                    if (in.gstin().equals(row.ecommerceGstin())) {
                        operatorPays = operatorPays.plus(value);
                        reportInterState = true;
                    } else if (row.ecommerceGstin() != null && row.reverseCharge()) {
                        throughOperator = throughOperator.add(value.taxableValue());
                    } else if (zeroRated(row.supplyType())) {
                        TaxHeads t = value.tax();
                        zeroRated = zeroRated.plus(new SupplyValue(value.taxableValue(),
                                new TaxHeads(t.igst(), Money.ZERO, Money.ZERO, t.cess())));
                    } else if (row.reverseCharge()) {
                        taxable = taxable.plus(valueOnly(value));
                    } else {
                        taxable = taxable.plus(value);
                        reportInterState = true;
                    }
                }
                default -> throw new IllegalStateException("unknown tax category " + row.category());
            }
            Map<String, PlaceOfSupplyValue> byPos = interState.get(row.recipient());
            if (reportInterState && byPos != null && !ownState.equals(row.placeOfSupply())) {
                byPos.merge(row.placeOfSupply(), new PlaceOfSupplyValue(row.placeOfSupply(), value.taxableValue(),
                        value.tax().igst()), (a, b) -> new PlaceOfSupplyValue(a.placeOfSupply(),
                        a.taxableValue().add(b.taxableValue()), a.igst().add(b.igst())));
            }
        }

        for (AdvanceTotals advance : in.advances()) {
            SupplyValue value = new SupplyValue(advance.amount(), advance.tax());
            taxable = advance.kind() == AdvanceTotals.Kind.RECEIVED ? taxable.plus(value)
                    : taxable.plus(new SupplyValue(value.taxableValue().negate(), TaxHeads.ZERO.minus(value.tax())));
        }

        SupplyValue reverseChargeInward = SupplyValue.ZERO;
        BigDecimal[] exempt = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        for (InwardSupplyTotals row : in.inward()) {
            SupplyValue value = signed(row.documentType(), row.taxableValue(), row.tax());
            int inter = row.interState() ? 0 : 1;
            if (row.category() == TaxCategory.NON_GST) {
                exempt[2 + inter] = exempt[2 + inter].add(value.taxableValue());
            } else if (row.category() != TaxCategory.TAXABLE || (row.compositionSupplier() && !row.reverseCharge())) {
                exempt[inter] = exempt[inter].add(value.taxableValue());
            } else if (row.reverseCharge()) {
                reverseChargeInward = reverseChargeInward.plus(value);
            }
        }

        Gstr3bReturn.OutwardSupplies outward = new Gstr3bReturn.OutwardSupplies(taxable, zeroRated, nilExempt,
                reverseChargeInward, nonGst);
        Gstr3bReturn.EcommerceSupplies ecommerce = new Gstr3bReturn.EcommerceSupplies(operatorPays, throughOperator);
        Gstr3bReturn.InterStateSupplies inter = new Gstr3bReturn.InterStateSupplies(
                nonZero(interState.get(RecipientClass.UNREGISTERED)), nonZero(interState.get(RecipientClass.COMPOSITION)),
                nonZero(interState.get(RecipientClass.UIN_HOLDER)));
        Gstr3bReturn.ExemptInward exemptInward = new Gstr3bReturn.ExemptInward(exempt[0], exempt[1], exempt[2],
                exempt[3]);

        TaxHeads outputTax = taxable.tax().plus(zeroRated.tax());
        TaxHeads cashOnly = reverseChargeInward.tax().plus(operatorPays.tax());
        boolean nilReturn = outputTax.plus(cashOnly).total().signum() <= 0;
        TaxHeads cash = TaxPayment.cash(outputTax, cashOnly, in.itc().net());
        LateFiling lateFiling = LateFiling.compute(in.period(), in.filingDate(), cash, nilReturn,
                in.aggregateTurnover(), in.rules());
        Gstr3bReturn gstr3b = new Gstr3bReturn(in.gstin(), in.period(), outward, ecommerce, inter, in.itc(),
                exemptInward, lateFiling.table51());
        return new Gstr3bComputation(gstr3b, lateFiling);
    }

    static boolean zeroRated(SupplyType type) {
        return type.isExport() || type.isSez();
    }

    private static SupplyValue signed(DocumentType type, BigDecimal taxableValue, TaxHeads tax) {
        return type == DocumentType.CRN
                ? new SupplyValue(taxableValue.negate(), TaxHeads.ZERO.minus(tax))
                : new SupplyValue(taxableValue, tax);
    }

    private static SupplyValue valueOnly(SupplyValue value) {
        return SupplyValue.valueOnly(value.taxableValue());
    }

    private static List<PlaceOfSupplyValue> nonZero(Map<String, PlaceOfSupplyValue> byPos) {
        return byPos.values().stream()
                .filter(v -> v.taxableValue().signum() != 0 || v.igst().signum() != 0)
                .toList();
    }
}

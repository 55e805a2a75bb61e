package dev.lekha.domain.gst;

import dev.lekha.domain.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The GST rule for sales documents: which taxes apply, and how much, to the paisa.
 *
 * <p><b>Which taxes.</b> Intra-state supplies (supplier's state = place of supply) bear CGST and
 * SGST/UTGST at half the rate each; inter-state supplies bear IGST (IGST Act 2017, sections 7 and 8).
 * Supplies to a SEZ and exports are inter-state whatever the states (IGST Act section 7(5)(a)/(b),
 * section 16), so {@code SEZWP}, {@code SEZWOP}, {@code EXPWP} and {@code EXPWOP} always take IGST.
 * Deemed exports ({@code DEXP}) are supplies within India (CGST Act section 147) and are taxed like
 * any domestic supply: CGST+SGST when the supplier's state equals the place of supply, IGST
 * otherwise; this is also how the NIC IRP validates them (e-invoice validation rules: the IGST-only
 * rule is applied to SEZ and export supply types, and to {@code IgstOnIntra = Y}, which Lekha does not use).
 *
 * <p><b>How much.</b> Tax is rounded half-up to paise. For a document, each tax head is computed per
 * rate on the summed taxable value of the lines at that rate ({@code round(Σ taxable × rate%)} for
 * IGST; CGST and SGST each {@code round(Σ taxable × rate/2 %)}, computed separately), and then
 * allocated to the lines by the largest-remainder method: each line gets its exact share rounded
 * down, and the paise left over go one each to the lines with the largest discarded fractions
 * (earlier lines first on ties). Line taxes therefore add up exactly to the document's tax.
 *
 * <p>Pure functions: no state, no I/O; safe to use from {@code mappings}.
 */
public final class GstTaxRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO_HUNDRED = BigDecimal.valueOf(200);
    private static final BigDecimal PAISA = new BigDecimal("0.01");

    private GstTaxRule() {
    }

    /**
     * Intra- or inter-state, as explained in the class comment.
     *
     * @param supplierState the state of the supplier's registration
     * @param placeOfSupply the place of supply ({@code 96} for exports)
     * @param supplyType    the document's supply type
     */
    public static TaxJurisdiction jurisdiction(StateCode supplierState, StateCode placeOfSupply, SupplyType supplyType) {
        Objects.requireNonNull(supplierState, "supplierState must not be null");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply must not be null");
        Objects.requireNonNull(supplyType, "supplyType must not be null");
        if (supplyType.isSez() || supplyType.isExport()) {
            return TaxJurisdiction.INTER_STATE;
        }
        return supplierState.equals(placeOfSupply) ? TaxJurisdiction.INTRA_STATE : TaxJurisdiction.INTER_STATE;
    }

    /**
     * The tax on one amount on its own, rounded half-up: IGST = round(taxable × rate%); or
     * CGST = SGST = round(taxable × rate/2 %).
     *
     * @param taxableValue not negative
     * @param ratePercent  e.g. {@code 18}
     */
    public static GstAmounts tax(BigDecimal taxableValue, BigDecimal ratePercent, TaxJurisdiction jurisdiction) {
        requireNonNegative(taxableValue, ratePercent);
        if (jurisdiction == TaxJurisdiction.INTER_STATE) {
            return new GstAmounts(Money.of(taxableValue.multiply(ratePercent).divide(HUNDRED)), null, null);
        }
        BigDecimal half = Money.of(taxableValue.multiply(ratePercent).divide(TWO_HUNDRED));
        return new GstAmounts(null, half, half);
    }

    /**
     * The tax of a whole document, computed per rate on the summed taxable values and allocated to
     * the lines so that they add up exactly (class comment).
     *
     * @param lines        the lines in document order; taxable values and rates not negative
     * @param jurisdiction from {@link #jurisdiction}
     * @return the per-line amounts in the same order, and the document's totals
     */
    public static DocumentTax documentTax(List<TaxableLine> lines, TaxJurisdiction jurisdiction) {
        for (TaxableLine line : lines) {
            requireNonNegative(line.taxableValue(), line.ratePercent());
        }
        int n = lines.size();
        BigDecimal[] igst = zeros(n);
        BigDecimal[] cgst = zeros(n);
        BigDecimal[] sgst = zeros(n);
        Map<BigDecimal, List<Integer>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRate.computeIfAbsent(lines.get(i).ratePercent().stripTrailingZeros(), r -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<BigDecimal, List<Integer>> group : byRate.entrySet()) {
            BigDecimal rate = group.getKey();
            if (jurisdiction == TaxJurisdiction.INTER_STATE) {
                allocate(lines, group.getValue(), taxable -> taxable.multiply(rate).divide(HUNDRED), igst);
            } else {
                allocate(lines, group.getValue(), taxable -> taxable.multiply(rate).divide(TWO_HUNDRED), cgst);
                allocate(lines, group.getValue(), taxable -> taxable.multiply(rate).divide(TWO_HUNDRED), sgst);
            }
        }
        List<GstAmounts> perLine = new ArrayList<>(n);
        GstAmounts total = GstAmounts.NONE;
        for (int i = 0; i < n; i++) {
            GstAmounts amounts = new GstAmounts(igst[i], cgst[i], sgst[i]);
            perLine.add(amounts);
            total = total.plus(amounts);
        }
        return new DocumentTax(List.copyOf(perLine), total);
    }

    private static void allocate(List<TaxableLine> lines, List<Integer> indexes,
                                 Function<BigDecimal, BigDecimal> exactTax, BigDecimal[] into) {
        BigDecimal exactSum = BigDecimal.ZERO;
        BigDecimal floorSum = BigDecimal.ZERO;
        BigDecimal[] remainders = new BigDecimal[lines.size()];
        for (int i : indexes) {
            BigDecimal exact = exactTax.apply(lines.get(i).taxableValue());
            BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
            into[i] = floor;
            remainders[i] = exact.subtract(floor);
            exactSum = exactSum.add(exact);
            floorSum = floorSum.add(floor);
        }
        int residuePaise = Money.of(exactSum).subtract(floorSum).movePointRight(2).intValueExact();
        List<Integer> order = new ArrayList<>(indexes);
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < residuePaise; k++) {
            int i = order.get(k);
            into[i] = into[i].add(PAISA);
        }
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, Money.ZERO);
        return a;
    }

    private static void requireNonNegative(BigDecimal taxableValue, BigDecimal ratePercent) {
        Objects.requireNonNull(taxableValue, "taxableValue must not be null");
        Objects.requireNonNull(ratePercent, "ratePercent must not be null");
        if (taxableValue.signum() < 0 || ratePercent.signum() < 0) {
            throw new IllegalArgumentException("taxable value " + taxableValue + " and rate " + ratePercent
                    + " must not be negative: credit notes carry positive amounts");
        }
    }

    /** One line's taxable value (rupees) and GST rate (percent). */
    public record TaxableLine(BigDecimal taxableValue, BigDecimal ratePercent) {
    }

    /** A document's tax: per line in document order, and in total. */
    public record DocumentTax(List<GstAmounts> lines, GstAmounts total) {
    }
}

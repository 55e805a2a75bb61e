package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gst.ItcAvailability;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A GSTR-3B return (Form GSTR-3B, rule 61(5) of the CGST Rules, as amended by Notification
 * 14/2022-Central Tax of 5 July 2022 which added table 3.1.1 and recast table 4), one GSTIN and one
 * monthly period, every amount in rupees at scale 2. Each component is one table of the form and
 * one block of the GST portal's JSON ({@link Gstr3bJson}).
 *
 * @param gstin         the filing registration; never null
 * @param period        the return period; never null
 * @param outward       table 3.1 ({@code sup_details}); never null
 * @param ecommerce     table 3.1.1 ({@code eco_dtls}); never null
 * @param interState    table 3.2 ({@code inter_sup}); never null
 * @param itc           table 4 ({@code itc_elg}), as the GSTR-2B reconciliation gives it; never null
 * @param exemptInward  table 5 ({@code inward_sup}); never null
 * @param interestAndLateFee table 5.1 ({@code intr_ltfee}); never null
 */
public record Gstr3bReturn(String gstin, GstReturnPeriod period, OutwardSupplies outward, EcommerceSupplies ecommerce,
                           InterStateSupplies interState, ItcAvailability itc, ExemptInward exemptInward,
                           InterestAndLateFee interestAndLateFee) {

    public Gstr3bReturn {
        Objects.requireNonNull(gstin, "gstin must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(outward, "outward must not be null");
        Objects.requireNonNull(ecommerce, "ecommerce must not be null");
        Objects.requireNonNull(interState, "interState must not be null");
        Objects.requireNonNull(itc, "itc must not be null");
        Objects.requireNonNull(exemptInward, "exemptInward must not be null");
        Objects.requireNonNull(interestAndLateFee, "interestAndLateFee must not be null");
    }

    /**
     * Table 3.1: details of outward supplies and inward supplies liable to reverse charge.
     *
     * @param taxable            (a) outward taxable supplies other than zero-rated, nil-rated and exempted ({@code osup_det})
     * @param zeroRated          (b) outward taxable supplies, zero-rated: exports and supplies to SEZ, with or
     *                           without payment of IGST ({@code osup_zero}; IGST and cess only)
     * @param nilRatedAndExempt  (c) other outward supplies, nil-rated and exempted ({@code osup_nil_exmp}; value only)
     * @param inwardReverseCharge (d) inward supplies liable to reverse charge ({@code isup_rev})
     * @param nonGst             (e) non-GST outward supplies ({@code osup_nongst}; value only)
     */
    public record OutwardSupplies(SupplyValue taxable, SupplyValue zeroRated, SupplyValue nilRatedAndExempt,
                                  SupplyValue inwardReverseCharge, SupplyValue nonGst) {

        public static final OutwardSupplies NONE = new OutwardSupplies(SupplyValue.ZERO, SupplyValue.ZERO,
                SupplyValue.ZERO, SupplyValue.ZERO, SupplyValue.ZERO);

        public OutwardSupplies {
            Objects.requireNonNull(taxable, "taxable");
            Objects.requireNonNull(zeroRated, "zeroRated");
            Objects.requireNonNull(nilRatedAndExempt, "nilRatedAndExempt");
            Objects.requireNonNull(inwardReverseCharge, "inwardReverseCharge");
            Objects.requireNonNull(nonGst, "nonGst");
        }
    }

    /**
     * Table 3.1.1: supplies notified under section 9(5) of the CGST Act (restaurant, accommodation,
     * passenger transport and housekeeping services through an e-commerce operator). Neither row is
     * part of table 3.1(a) (GSTN advisory on table 3.1.1, 20 July 2022).
     *
     * @param operatorPays    (i) taxable supplies on which the e-commerce operator pays tax u/s 9(5),
     *                        reported by the operator ({@code eco_sup}); Lekha's company is the operator when a
     *                        sales document's {@code ecommerce_gstin} is the filing GSTIN itself
     * @param throughOperator (ii) taxable supplies made through an e-commerce operator which pays the tax
     *                        u/s 9(5), reported by the supplier ({@code eco_reg_sup}; value only): a sales
     *                        document with another {@code ecommerce_gstin} and {@code reverse_charge} set
     *                        (the operator, not the supplier, pays)
     */
    public record EcommerceSupplies(SupplyValue operatorPays, BigDecimal throughOperator) {

        public static final EcommerceSupplies NONE = new EcommerceSupplies(SupplyValue.ZERO, Money.ZERO);

        public EcommerceSupplies {
            Objects.requireNonNull(operatorPays, "operatorPays");
            throughOperator = Money.orZero(throughOperator);
        }
    }

    /**
     * Table 3.2: of the supplies in 3.1(a) and 3.1.1(i), the inter-state ones to unregistered persons,
     * composition taxable persons and UIN holders, one row per place of supply in state-code order.
     */
    public record InterStateSupplies(List<PlaceOfSupplyValue> unregistered, List<PlaceOfSupplyValue> composition,
                                     List<PlaceOfSupplyValue> uinHolders) {

        public static final InterStateSupplies NONE = new InterStateSupplies(List.of(), List.of(), List.of());

        public InterStateSupplies {
            unregistered = List.copyOf(unregistered);
            composition = List.copyOf(composition);
            uinHolders = List.copyOf(uinHolders);
        }
    }

    /**
     * Table 5: values of exempt, nil-rated and non-GST inward supplies, inter-state and intra-state.
     *
     * @param gstInter    from a supplier under the composition scheme, exempt and nil-rated, inter-state ({@code ty GST})
     * @param gstIntra    the same, intra-state
     * @param nonGstInter non-GST supply, inter-state ({@code ty NONGST})
     * @param nonGstIntra non-GST supply, intra-state
     */
    public record ExemptInward(BigDecimal gstInter, BigDecimal gstIntra, BigDecimal nonGstInter,
                               BigDecimal nonGstIntra) {

        public static final ExemptInward NONE = new ExemptInward(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        public ExemptInward {
            gstInter = Money.orZero(gstInter);
            gstIntra = Money.orZero(gstIntra);
            nonGstInter = Money.orZero(nonGstInter);
            nonGstIntra = Money.orZero(nonGstIntra);
        }
    }

    /**
     * Table 5.1: interest (section 50 of the CGST Act) and late fee (section 47) payable.
     * The late fee is levied under the CGST Act and the State/UT GST Act in equal amounts; IGST and cess
     * carry none.
     */
    public record InterestAndLateFee(TaxHeads interest, TaxHeads lateFee) {

        public static final InterestAndLateFee NONE = new InterestAndLateFee(TaxHeads.ZERO, TaxHeads.ZERO);

        public InterestAndLateFee {
            interest = interest == null ? TaxHeads.ZERO : interest;
            lateFee = lateFee == null ? TaxHeads.ZERO : lateFee;
        }
    }
}

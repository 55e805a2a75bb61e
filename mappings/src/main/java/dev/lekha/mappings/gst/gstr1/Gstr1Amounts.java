package dev.lekha.mappings.gst.gstr1;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Taxable value and the four tax heads of a GSTR-1 row ({@code txval}, {@code iamt}, {@code camt},
 * {@code samt}, {@code csamt}), in rupees at scale 2. Never null components.
 */
public record Gstr1Amounts(BigDecimal taxable, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {

    public static final Gstr1Amounts ZERO = of("0", "0", "0", "0", "0");

    public Gstr1Amounts {
        taxable = money(taxable);
        igst = money(igst);
        cgst = money(cgst);
        sgst = money(sgst);
        cess = money(cess);
    }

    public static Gstr1Amounts of(String taxable, String igst, String cgst, String sgst, String cess) {
        return new Gstr1Amounts(new BigDecimal(taxable), new BigDecimal(igst), new BigDecimal(cgst),
                new BigDecimal(sgst), new BigDecimal(cess));
    }

    public Gstr1Amounts plus(Gstr1Amounts o) {
        return new Gstr1Amounts(taxable.add(o.taxable), igst.add(o.igst), cgst.add(o.cgst), sgst.add(o.sgst),
                cess.add(o.cess));
    }

    public Gstr1Amounts minus(Gstr1Amounts o) {
        return plus(o.negate());
    }

    public Gstr1Amounts negate() {
        return new Gstr1Amounts(taxable.negate(), igst.negate(), cgst.negate(), sgst.negate(), cess.negate());
    }

    /** IGST + CGST + SGST + cess. */
    public BigDecimal tax() {
        return igst.add(cgst).add(sgst).add(cess);
    }

    public boolean isZero() {
        return taxable.signum() == 0 && tax().signum() == 0 && igst.signum() == 0 && cgst.signum() == 0
                && sgst.signum() == 0;
    }

    /** Rupees at scale 2 (half-up), as the portal wants every amount. */
    public static BigDecimal money(BigDecimal value) {
        return Objects.requireNonNull(value, "amount").setScale(2, RoundingMode.HALF_UP);
    }
}

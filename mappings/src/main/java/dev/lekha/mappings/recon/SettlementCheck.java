package dev.lekha.mappings.recon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one Razorpay settlement against the rows of its settlement reconciliation report and the bank.
 *
 * <p>Razorpay's report (GET /v1/settlements/recon/combined) gives per row {@code amount}, {@code fee},
 * {@code tax}, {@code credit} and {@code debit}; its documented example payment has amount 100000, fee 2900,
 * tax 0 and credit 97100: the credit is the amount less the fee, and the fee already includes the tax (GST
 * on the fee; {@code tax} only says how much of the fee it is). So the settled amount is
 * <pre>payments - refunds - fees (tax included) - transfers +/- adjustments</pre>
 * and subtracting the tax again would count the GST twice. Checks, each a {@link Issue} when broken:
 * <ul>
 *   <li>{@code ROW_NET}: a row whose credit - debit is not what its type implies (payment: amount - fee;
 *       refund and transfer: -(amount + fee); adjustment and others: taken as given);</li>
 *   <li>{@code NO_ROWS}: a settlement with no report rows;</li>
 *   <li>{@code TOTAL}: payments - refunds - fees - transfers +/- adjustments differs from the settled amount
 *       (exact to the paisa);</li>
 *   <li>{@code NO_UTR}, {@code NOT_IN_BANK} (no credit with the UTR), {@code BANK_AMOUNT} (a credit with the
 *       UTR but another amount);</li>
 *   <li>{@code PAYMENT_NOT_IN_REPORT}: a payment Lekha holds as settled in it that the report does not list.</li>
 * </ul>
 */
public final class SettlementCheck {

    private SettlementCheck() {
    }

    /** A row of the report: {@code type} payment, refund, transfer, adjustment... */
    public record Row(String entityId, String type, BigDecimal amount, BigDecimal fee, BigDecimal tax,
                      BigDecimal credit, BigDecimal debit) {
    }

    /** A bank credit found by the settlement's UTR. */
    public record BankCredit(long lineId, BigDecimal amount) {
    }

    public record Issue(String kind, BigDecimal expected, BigDecimal actual, String detail) {
    }

    /** The sums the total is made of, for the workbook. */
    public record Totals(BigDecimal payments, BigDecimal refunds, BigDecimal fees, BigDecimal tax,
                         BigDecimal transfers, BigDecimal adjustments, BigDecimal computed) {
    }

    public static Totals totals(List<Row> rows) {
        BigDecimal payments = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal transfers = BigDecimal.ZERO;
        BigDecimal adjustments = BigDecimal.ZERO;
        for (Row r : rows) {
            fees = fees.add(r.fee());
            tax = tax.add(r.tax());
            switch (type(r)) {
                case "payment" -> payments = payments.add(r.amount());
                case "refund" -> refunds = refunds.add(r.amount());
                case "transfer" -> transfers = transfers.add(r.amount());
                // an adjustment (or anything else) moves money by its credit and debit; its fee is in them
                default -> {
                    adjustments = adjustments.add(r.credit().subtract(r.debit()));
                    fees = fees.subtract(r.fee());
                }
            }
        }
        BigDecimal computed = payments.subtract(refunds).subtract(fees).subtract(transfers).add(adjustments);
        return new Totals(payments, refunds, fees, tax, transfers, adjustments, computed);
    }

    public static List<Issue> check(String settlementId, BigDecimal settled, String utr, List<Row> rows,
                                    List<BankCredit> bank, List<String> paymentsHeld) {
        List<Issue> issues = new ArrayList<>();
        if (rows.isEmpty()) {
            issues.add(new Issue("NO_ROWS", settled, BigDecimal.ZERO, settlementId + " has no rows in the settlement"
                    + " report: import the report (API or razorpay-settlements drop)"));
        }
        for (Row r : rows) {
            BigDecimal net = r.credit().subtract(r.debit());
            BigDecimal expected = switch (type(r)) {
                case "payment" -> r.amount().subtract(r.fee());
                case "refund", "transfer" -> r.amount().add(r.fee()).negate();
                default -> net;
            };
            if (net.compareTo(expected) != 0) {
                issues.add(new Issue("ROW_NET", expected, net, type(r) + " " + r.entityId() + ": amount " + plain(r.amount())
                        + ", fee " + plain(r.fee()) + " (tax " + plain(r.tax()) + "), credit " + plain(r.credit())
                        + ", debit " + plain(r.debit()) + "; credit - debit should be " + plain(expected)));
            }
        }
        if (!rows.isEmpty()) {
            Totals t = totals(rows);
            if (t.computed().compareTo(settled) != 0) {
                issues.add(new Issue("TOTAL", settled, t.computed(), "payments " + plain(t.payments()) + " - refunds "
                        + plain(t.refunds()) + " - fees " + plain(t.fees()) + " (tax " + plain(t.tax())
                        + " included) - transfers " + plain(t.transfers()) + " + adjustments " + plain(t.adjustments())
                        + " = " + plain(t.computed()) + ", settled " + plain(settled) + ", difference "
                        + plain(settled.subtract(t.computed())) + "; rows: " + rowList(rows)));
            }
            for (String p : paymentsHeld) {
                if (rows.stream().noneMatch(r -> r.entityId().equals(p))) {
                    issues.add(new Issue("PAYMENT_NOT_IN_REPORT", null, null, "payment " + p + " is recorded as settled in "
                            + settlementId + " but the report does not list it"));
                }
            }
        }
        if (utr == null || utr.isBlank()) {
            issues.add(new Issue("NO_UTR", settled, null, settlementId + " has no UTR yet: it cannot be found in the bank"));
        } else if (bank.stream().noneMatch(b -> b.amount().compareTo(settled) == 0)) {
            if (bank.isEmpty()) {
                issues.add(new Issue("NOT_IN_BANK", settled, null, "no bank credit carries UTR " + utr));
            } else {
                BankCredit b = bank.get(0);
                issues.add(new Issue("BANK_AMOUNT", settled, b.amount(), "bank line " + b.lineId() + " carries UTR " + utr
                        + " but credits " + plain(b.amount())));
            }
        }
        return issues;
    }

    private static String type(Row r) {
        return r.type() == null ? "" : r.type().toLowerCase(Locale.ROOT);
    }

    private static String rowList(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        for (Row r : rows) {
            if (b.length() > 2500) {
                b.append(" ...");
                break;
            }
            b.append(b.isEmpty() ? "" : "; ").append(type(r)).append(' ').append(r.entityId()).append(' ')
                    .append(plain(r.amount())).append(" fee ").append(plain(r.fee()));
        }
        return b.toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }
}

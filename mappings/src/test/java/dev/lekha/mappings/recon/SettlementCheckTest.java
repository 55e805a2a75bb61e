package dev.lekha.mappings.recon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.mappings.recon.SettlementCheck.BankCredit;
import dev.lekha.mappings.recon.SettlementCheck.Issue;
import dev.lekha.mappings.recon.SettlementCheck.Row;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows are those of Razorpay's documented settlement recon example (razorpay.com/docs/api/settlements/
 * fetch-recon): payment pay_DEXrnipqTmWVGE amount 100000 paise, fee 2900, credit 97100; refund
 * rfnd_DGRcGzZSLyEdg1 amount and debit 242500; here in rupees, with a GST-bearing fee added on a second payment.
 */
class SettlementCheckTest {

    private static BigDecimal r(String v) {
        return new BigDecimal(v);
    }

    // 1000.00 - 29.00 = 971.00 credited
    private static final Row PAYMENT = new Row("pay_DEXrnipqTmWVGE", "payment", r("1000.00"), r("29.00"), r("0.00"),
            r("971.00"), r("0.00"));
    // 5000.00 at 2% = 100.00 fee + 18% GST 18.00 = 118.00 fee (tax 18.00 inside it): credit 4882.00
    private static final Row PAYMENT_WITH_GST = new Row("pay_Gst5000xxxxxx", "payment", r("5000.00"), r("118.00"),
            r("18.00"), r("4882.00"), r("0.00"));
    private static final Row REFUND = new Row("rfnd_DGRcGzZSLyEdg1", "refund", r("2425.00"), r("0.00"), r("0.00"),
            r("0.00"), r("2425.00"));

    @Test
    void aCleanSettlementHasNoIssues() {
        // 1000.00 + 5000.00 - 2425.00 - (29.00 + 118.00) = 3428.00; the 18.00 tax is inside the 118.00 fee
        List<Row> rows = List.of(PAYMENT, PAYMENT_WITH_GST, REFUND);
        assertThat(SettlementCheck.totals(rows).computed()).isEqualByComparingTo("3428.00");
        assertThat(SettlementCheck.check("setl_DGlQ1Rj8os78Ec", r("3428.00"), "1568176960vxp0rj", rows,
                List.of(new BankCredit(9, r("3428.00"))), List.of("pay_DEXrnipqTmWVGE"))).isEmpty();
    }

    @Test
    void subtractingTheTaxAgainWouldBeWrongSoASettlementShortByItIsFlagged() {
        // a settled amount of 3410.00 is what one gets by taking the 18.00 tax off twice: reported, 18.00 apart
        List<Issue> issues = SettlementCheck.check("setl_X", r("3410.00"), "UTR1", List.of(PAYMENT, PAYMENT_WITH_GST, REFUND),
                List.of(new BankCredit(9, r("3410.00"))), List.of());
        assertThat(issues).extracting(Issue::kind).containsExactly("TOTAL");
        assertThat(issues.get(0).expected()).isEqualByComparingTo("3410.00");
        assertThat(issues.get(0).actual()).isEqualByComparingTo("3428.00");
        assertThat(issues.get(0).detail()).contains("difference -18.00", "pay_Gst5000xxxxxx 5000.00 fee 118.00");
    }

    @Test
    void aRowWhoseCreditIsNotAmountLessFeeIsListed() {
        Row bad = new Row("pay_Bad", "payment", r("1000.00"), r("29.00"), r("0.00"), r("981.00"), r("0.00"));
        List<Issue> issues = SettlementCheck.check("setl_Y", r("971.00"), "UTR2", List.of(bad),
                List.of(new BankCredit(1, r("971.00"))), List.of());
        assertThat(issues).extracting(Issue::kind).containsExactly("ROW_NET");
        assertThat(issues.get(0).expected()).isEqualByComparingTo("971.00");
        assertThat(issues.get(0).actual()).isEqualByComparingTo("981.00");
    }

    @Test
    void bankProblemsAndMissingRows() {
        assertThat(SettlementCheck.check("s", r("971.00"), "UTR3", List.of(PAYMENT), List.of(), List.of()))
                .extracting(Issue::kind).containsExactly("NOT_IN_BANK");
        assertThat(SettlementCheck.check("s", r("971.00"), "UTR3", List.of(PAYMENT), List.of(new BankCredit(4, r("970.00"))),
                List.of())).extracting(Issue::kind).containsExactly("BANK_AMOUNT");
        assertThat(SettlementCheck.check("s", r("971.00"), null, List.of(PAYMENT), List.of(), List.of("pay_Other")))
                .extracting(Issue::kind).containsExactly("PAYMENT_NOT_IN_REPORT", "NO_UTR");
        assertThat(SettlementCheck.check("s", r("971.00"), "U", List.of(), List.of(new BankCredit(4, r("971.00"))), List.of()))
                .extracting(Issue::kind).containsExactly("NO_ROWS");
    }
}

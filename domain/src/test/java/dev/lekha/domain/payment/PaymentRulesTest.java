package dev.lekha.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentRulesTest {

    private static List<String> fields(String name, String account, String ifsc, PaymentMode mode, String amount,
                                       String narration) {
        return PaymentRules.check(4, name, account, ifsc, mode, amount == null ? null : new BigDecimal(amount), narration)
                .stream().map(p -> p.row() + ":" + p.field()).toList();
    }

    @Test
    void aGoodPaymentHasNoProblems() {
        assertThat(fields("Shree Ganesh Traders (P) Ltd.", "50100012345678", "HDFC0001234", PaymentMode.NEFT, "45000.50",
                "INV/1001-A")).isEmpty();
    }

    @Test
    void ifscIsFourLettersAZeroAndSixLettersOrDigits() {
        assertThat(PaymentRules.validIfsc("SBIN0012345")).isTrue();
        assertThat(PaymentRules.validIfsc("ICIC0ABC123")).isTrue();
        assertThat(PaymentRules.validIfsc("SBIN1012345")).as("fifth character must be 0").isFalse();
        assertThat(PaymentRules.validIfsc("SBIN001234")).as("10 characters").isFalse();
        assertThat(PaymentRules.validIfsc("sbin0012345")).as("lower case").isFalse();
        assertThat(PaymentRules.validIfsc("SB1N0012345")).isFalse();
    }

    @Test
    void rtgsStartsAtTwoLakh() {
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.RTGS, "199999.99", null)).containsExactly("4:amount");
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.RTGS, "200000", null)).isEmpty();
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.NEFT, "1.00", null)).isEmpty();
    }

    @Test
    void amountsArePositiveRupeesAndPaise() {
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.NEFT, "10.005", null)).containsExactly("4:amount");
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.NEFT, "10.500", null)).as("trailing zero").isEmpty();
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.NEFT, "0", null)).containsExactly("4:amount");
        assertThat(fields("A", "123456", "SBIN0012345", PaymentMode.NEFT, null, null)).containsExactly("4:amount");
    }

    @Test
    void namesAndNarrationsCarryOnlyWhatNeftCarries() {
        assertThat(fields("Rao, A K", "123456", "SBIN0012345", PaymentMode.NEFT, "1", "bill; 12"))
                .containsExactly("4:beneficiaryName", "4:narration");
        assertThat(fields("Café Noir", "123456", "SBIN0012345", PaymentMode.NEFT, "1", null))
                .containsExactly("4:beneficiaryName");
        assertThat(fields(" ", "12-34", null, null, "1", null))
                .containsExactly("4:beneficiaryName", "4:accountNumber", "4:ifsc", "4:mode");
    }
}

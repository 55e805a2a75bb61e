package dev.lekha.mappings.einvoice;

import static dev.lekha.mappings.einvoice.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IndianRupeesTest {

    @Test
    void wordsFollowTheIndianNumberingSystem() {
        // 1,18,000 = 1 lakh + 18 thousand
        assertThat(IndianRupees.inWords(dec("118000.00"))).isEqualTo("One Lakh Eighteen Thousand");
        // 12,34,56,789.50 = 12 crore + 34 lakh + 56 thousand + 7 hundred + 89, and 50 paise
        assertThat(IndianRupees.inWords(dec("123456789.50")))
                .isEqualTo("Twelve Crore Thirty Four Lakh Fifty Six Thousand Seven Hundred Eighty Nine and Fifty Paise");
        assertThat(IndianRupees.inWords(dec("0"))).isEqualTo("Zero");
        assertThat(IndianRupees.inWords(dec("0.50"))).isEqualTo("Fifty Paise");
        assertThat(IndianRupees.inWords(dec("21"))).isEqualTo("Twenty One");
        assertThat(IndianRupees.inWords(dec("100"))).isEqualTo("One Hundred");
        assertThat(IndianRupees.inWords(dec("10000000"))).isEqualTo("One Crore");
        assertThat(IndianRupees.inWords(dec("1000000000"))).isEqualTo("One Hundred Crore");
        // 1234,56,78,901 = 1234 crore + 56 lakh + 78 thousand + 9 hundred + 1
        assertThat(IndianRupees.inWords(dec("12345678901")))
                .isEqualTo("One Thousand Two Hundred Thirty Four Crore Fifty Six Lakh Seventy Eight Thousand Nine Hundred One");
        // 0.005 rounds half-up to one paisa
        assertThat(IndianRupees.inWords(dec("10.005"))).isEqualTo("Ten and One Paise");
    }

    @Test
    void spelledAsInvoicesPrintIt() {
        assertThat(IndianRupees.spelled(dec("118000.00"))).isEqualTo("Rupees One Lakh Eighteen Thousand Only");
        assertThat(IndianRupees.spelled(dec("10.50"))).isEqualTo("Rupees Ten and Fifty Paise Only");
        assertThat(IndianRupees.spelled(dec("0.50"))).isEqualTo("Fifty Paise Only");
        assertThat(IndianRupees.spelled(dec("0.00"))).isEqualTo("Rupees Zero Only");
    }

    @Test
    void negativeAmountsHaveNoWords() {
        assertThatThrownBy(() -> IndianRupees.inWords(dec("-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digitsAreGroupedInLakhsAndCrores() {
        assertThat(IndianRupees.grouped(dec("123456789.5"))).isEqualTo("12,34,56,789.50");
        assertThat(IndianRupees.grouped(dec("100000"))).isEqualTo("1,00,000.00");
        assertThat(IndianRupees.grouped(dec("1000"))).isEqualTo("1,000.00");
        assertThat(IndianRupees.grouped(dec("999"))).isEqualTo("999.00");
        assertThat(IndianRupees.grouped(dec("-1180"))).isEqualTo("-1,180.00");
        assertThat(IndianRupees.grouped(dec("-0.50"))).isEqualTo("-0.50");
    }
}

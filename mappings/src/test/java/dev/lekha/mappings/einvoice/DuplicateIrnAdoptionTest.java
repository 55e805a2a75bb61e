package dev.lekha.mappings.einvoice;

import static dev.lekha.mappings.einvoice.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.mappings.einvoice.DuplicateIrnAdoption.Decision;
import org.junit.jupiter.api.Test;

class DuplicateIrnAdoptionTest {

    @Test
    void sameBuyerAndValueIsAdopted() {
        // given the golden invoice, total 17761.00, registered with the buyer GSTIN in lower case
        Decision decision = DuplicateIrnAdoption.decide(Fixtures.intraStateInvoice(), "27aabcs9876k1zk", dec("17761"));

        assertThat(decision).isEqualTo(new Decision(true, null));
    }

    @Test
    void onePaisaDifferenceIsRefused() {
        Decision decision = DuplicateIrnAdoption.decide(Fixtures.intraStateInvoice(), "27AABCS9876K1ZK", dec("17761.01"));

        assertThat(decision.adopt()).isFalse();
        assertThat(decision.reason()).isEqualTo("INV LDT/25-26/0042 of 05/11/2025 is already registered on the IRP"
                + " with different content (total invoice value: ours 17761.00, registered 17761.01); not adopting"
                + " that IRN: check which document the IRP holds and renumber ours or cancel theirs");
    }

    @Test
    void everyDifferingFieldIsNamed() {
        Decision decision = DuplicateIrnAdoption.decide(Fixtures.intraStateInvoice(), "29AAFCK4321M1ZA", dec("1000.00"));

        assertThat(decision.adopt()).isFalse();
        assertThat(decision.reason()).contains("buyer GSTIN: ours 27AABCS9876K1ZK, registered 29AAFCK4321M1ZA; "
                + "total invoice value: ours 17761.00, registered 1000.00");
    }

    @Test
    void exportBuyerIsUrp() {
        Decision decision = DuplicateIrnAdoption.decide(IrpInvoiceMapperTest.export("LDT/25-26/0100"), "urp",
                dec("210000.00"));

        assertThat(decision.adopt()).isTrue();
    }
}

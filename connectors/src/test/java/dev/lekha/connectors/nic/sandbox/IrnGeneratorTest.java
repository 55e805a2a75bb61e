package dev.lekha.connectors.nic.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IrnGeneratorTest {

    // Real NIC-sandbox responses published by india-compliance (resilient-tech/india-compliance test data).
    @Test
    void irnIsSha256OfGstinFinancialYearTypeAndNumberAsTheNicSandboxAnswered() {
        assertThat(IrnGenerator.irn("02AMBPG7773M002", LocalDate.of(2023, 7, 1), "INV", "9sQ5E2"))
                .isEqualTo("2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399");
        assertThat(IrnGenerator.irn("01AMBPG7773M002", LocalDate.of(2022, 12, 20), "INV", "SINV-CFY-00067"))
                .isEqualTo("706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7");
        assertThat(IrnGenerator.irn("01AMBPG7773M002", LocalDate.of(2023, 3, 31), "CRN", "g2qxhY"))
                .isEqualTo("1c96258af085e45da556494ea5e5a7b401a598ab80af4136309c2dac7b54d795");
    }

    @Test
    void financialYearRunsAprilToMarch() {
        assertThat(IrnGenerator.financialYear(LocalDate.of(2023, 4, 1))).isEqualTo("2023-24");
        assertThat(IrnGenerator.financialYear(LocalDate.of(2024, 3, 31))).isEqualTo("2023-24");
        assertThat(IrnGenerator.financialYear(LocalDate.of(1999, 6, 1))).isEqualTo("1999-00");
    }

    @Test
    void numberCaseIsKept() {
        assertThat(IrnGenerator.irn("02AMBPG7773M002", LocalDate.of(2023, 7, 1), "INV", "9SQ5E2"))
                .isNotEqualTo("2ecc42a8e81dcbbb56923e4bd046c861ce7374060bd31875ce35447e922c9399");
    }
}

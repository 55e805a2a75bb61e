package dev.lekha.mappings.payment;

import static dev.lekha.mappings.payment.SamplePayments.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lekha.domain.payment.BankOutcome;
import dev.lekha.domain.payment.FieldProblem;
import dev.lekha.domain.payment.PaymentMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericPaymentCsvTest {

    private final GenericPaymentCsv format = new GenericPaymentCsv();

    @Test
    void writesTheUploadByteForByteWithLf() {
        byte[] written = format.write(SamplePayments.batch());

        assertThat(written).isEqualTo(SamplePayments.resource("generic-upload.csv"));
        assertThat(new String(written, StandardCharsets.US_ASCII)).doesNotContain("\r");
    }

    @Test
    void carriesImps() {
        var request = new PaymentFileRequest("50200099887766", LocalDate.of(2026, 12, 7), List.of(
                payment(1, "Asha Menon", "1234567890", "UTIB0000123", PaymentMode.IMPS, "25000.00", "SALARY NOV 2026", null)));

        assertThat(new String(format.write(request), StandardCharsets.US_ASCII)).endsWith(
                "\nIMPS,LK7-1,25000.00,2026-12-07,50200099887766,Asha Menon,1234567890,UTIB0000123,SALARY NOV 2026,\n");
    }

    @Test
    void refusesBadPaymentsNamingRowAndField() {
        var request = new PaymentFileRequest("50200099887766", LocalDate.of(2026, 12, 7), List.of(
                payment(1, "Asha; Menon", "1234567890", "UTIB0000123", PaymentMode.NEFT, "25000.00", null, null),
                payment(2, "Asha Menon", "12-34", "utib0000123", PaymentMode.NEFT, "0.001", null, "not-an-email")));

        assertThatThrownBy(() -> format.write(request))
                .isInstanceOfSatisfying(PaymentFileException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::row, FieldProblem::field)
                        .containsExactly(tuple(1, "beneficiaryName"), tuple(2, "accountNumber"), tuple(2, "ifsc"),
                                tuple(2, "amount"), tuple(2, "beneficiaryEmail")));
    }

    @Test
    void readsAndWritesTheAcknowledgement() {
        List<BankOutcome> outcomes = format.readAcknowledgement("ACK-x.csv", SamplePayments.resource("generic-ack.csv"));

        assertThat(outcomes).containsExactly(
                new BankOutcome(2, "LK7-1", true, "HDFCN26341000001", null, LocalDate.of(2026, 12, 7)),
                new BankOutcome(3, "LK7-2", true, "HDFCR52026120700000002", null, LocalDate.of(2026, 12, 7)),
                new BankOutcome(4, "LK7-3", false, null, "Account closed", LocalDate.of(2026, 12, 7)));
        assertThat(format.writeAcknowledgement(outcomes.stream().map(o -> new AcknowledgementLine(o.ourReference(), null,
                null, null, null, o.valueDate(), o.paid(), o.utr(), o.reason())).toList()))
                .isEqualTo(SamplePayments.resource("generic-ack.csv"));
    }

    @Test
    void refusesABadAcknowledgementWithRowAndField() {
        String file = "CUSTOMER_REFERENCE,STATUS,UTR,VALUE_DATE,REASON\n"
                + "LK7-1,PAID,,2026-12-07,\n"
                + "LK7-2,BOUNCED,,2026-12-07,\n"
                + ",REJECTED,,07/12/2026,x\n";

        assertThatThrownBy(() -> format.readAcknowledgement("ACK-1.csv", file.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(AcknowledgementFileException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::row, FieldProblem::field)
                        .containsExactly(tuple(2, "UTR"), tuple(3, "STATUS"), tuple(4, "CUSTOMER_REFERENCE"),
                                tuple(4, "VALUE_DATE")));
        assertThatThrownBy(() -> format.readAcknowledgement("ACK-2.csv", "REF,STATUS\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(AcknowledgementFileException.class).hasMessageContaining("row 1, header");
    }

    @Test
    void namesFiles() {
        String name = format.fileName("LEKH", 7, LocalDate.of(2026, 12, 7));
        assertThat(name).isEqualTo("PAY-LEKH-20261207-7.csv");
        assertThat(format.acknowledgementName(name)).isEqualTo("ACK-LEKH-20261207-7.csv");
        assertThat(format.isAcknowledgement("ACK-LEKH-20261207-7.csv")).isTrue();
    }
}

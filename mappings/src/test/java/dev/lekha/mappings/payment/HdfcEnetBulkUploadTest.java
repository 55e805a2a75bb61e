package dev.lekha.mappings.payment;

import static dev.lekha.mappings.payment.SamplePayments.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lekha.domain.payment.BankOutcome;
import dev.lekha.domain.payment.FieldProblem;
import dev.lekha.domain.payment.PaymentMode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HdfcEnetBulkUploadTest {

    private final HdfcEnetBulkUpload format = new HdfcEnetBulkUpload();

    @Test
    void writesTheUploadByteForByteWithCrLf() {
        // golden file: 28 fields in the annexure's order, N/R type, amount 17.2, date dd/MM/yyyy, IFSC in field 25
        byte[] written = format.write(SamplePayments.batch());

        assertThat(written).isEqualTo(SamplePayments.resource("hdfc-enet-upload.txt"));
        assertThat(new String(written, StandardCharsets.US_ASCII)).contains("\r\n").doesNotContain("\r\n\r\n");
    }

    @Test
    void namesTheFileClientCodeDayMonthAndSerial() {
        assertThat(format.fileName("LEKH", 7, LocalDate.of(2026, 12, 7))).isEqualTo("LEKH0712.007");
        assertThat(format.fileName("LEKH", 1234, LocalDate.of(2026, 1, 31))).isEqualTo("LEKH3101.234");
        assertThat(format.acknowledgementName("LEKH0712.007")).isEqualTo("LEKH0712.r007");
        assertThat(format.isAcknowledgement("LEKH0712.r007")).isTrue();
        assertThat(format.isAcknowledgement("LEKH0712.007")).isFalse();
    }

    @Test
    void refusesEveryBadPaymentNamingRowAndField() {
        var request = new PaymentFileRequest("50200099887766", LocalDate.of(2026, 12, 7), List.of(
                payment(1, "Good Vendor", "50100012345678", "HDFC1001234", PaymentMode.NEFT, "100.00", null, null),
                payment(2, "Vendor, Pvt Ltd", "50100012345678", "HDFC0001234", PaymentMode.NEFT, "100.00", null, null),
                payment(3, "Good Vendor", "50100012345678", "HDFC0001234", PaymentMode.NEFT, "10.555", null, null),
                payment(4, "Good Vendor", "50100012345678", "HDFC0001234", PaymentMode.RTGS, "199999.99", null, null),
                payment(5, "Good Vendor", "50100012345678", "HDFC0001234", PaymentMode.IMPS, "500.00", null, null),
                payment(6, "Good Vendor", "50100012345678", "HDFC000123", PaymentMode.NEFT, "500.00", null, null),
                payment(7, "A Name Far Too Long For HDFC ENet Neft", "50100012345678", "HDFC0001234", PaymentMode.NEFT,
                        "500.00", null, null)));

        assertThatThrownBy(() -> format.write(request))
                .isInstanceOfSatisfying(PaymentFileException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::row, FieldProblem::field)
                        .containsExactly(tuple(1, "ifsc"), tuple(2, "beneficiaryName"), tuple(3, "amount"),
                                tuple(4, "amount"), tuple(6, "ifsc"), tuple(5, "mode"), tuple(7, "beneficiaryName")))
                .hasMessageContaining("row 4, amount: 199999.99 is below the RTGS minimum of 200000.00")
                .hasMessageContaining("row 3, amount: 10.555 has more than 2 decimals");
    }

    @Test
    void rtgsAtExactlyTheMinimumIsAccepted() {
        var request = new PaymentFileRequest("50200099887766", LocalDate.of(2026, 12, 7), List.of(
                payment(1, "Kaveri Steel", "000405012345", "ICIC0000004", PaymentMode.RTGS, "200000.00", null, null)));

        assertThat(new String(format.write(request), StandardCharsets.US_ASCII)).startsWith("R,,000405012345,200000.00,");
    }

    @Test
    void readsTheReverseFile() {
        List<BankOutcome> outcomes = format.readAcknowledgement("LEKH0712.r007", SamplePayments.resource("hdfc-enet-reverse.r007"));

        assertThat(outcomes).containsExactly(
                new BankOutcome(1, "LK7-1", true, "HDFCN26341000001", null, LocalDate.of(2026, 12, 7)),
                new BankOutcome(2, "LK7-2", true, "HDFCR52026120700000002", null, LocalDate.of(2026, 12, 7)),
                new BankOutcome(3, "LK7-3", false, null, "Account closed", LocalDate.of(2026, 12, 7)));
    }

    @Test
    void writesTheReverseFileTheWayItIsRead() {
        byte[] written = format.writeAcknowledgement(List.of(
                new AcknowledgementLine("LK7-1", "Shree Ganesh Traders", "50100012345678", "HDFC0001234",
                        new BigDecimal("45000"), LocalDate.of(2026, 12, 7), true, "HDFCN26341000001", null),
                new AcknowledgementLine("LK7-2", "Kaveri Steel Pvt Ltd", "000405012345", "ICIC0000004",
                        new BigDecimal("250000"), LocalDate.of(2026, 12, 7), true, "HDFCR52026120700000002", null),
                new AcknowledgementLine("LK7-3", "A. K. Rao", "12345678901", "SBIN0012345",
                        new BigDecimal("1234.50"), LocalDate.of(2026, 12, 7), false, null, "Account closed")));

        assertThat(written).isEqualTo(SamplePayments.resource("hdfc-enet-reverse.r007"));
    }

    @Test
    void refusesABadReverseFileWithRowAndField() {
        String file = "LK7-1,Shree Ganesh Traders,50100012345678,HDFC0001234,10,45000.00,20261207,,E,\r\n"
                + "LK7-2,Kaveri,000405012345,ICIC0000004,10,250000.00,20261307,UTR1,E,\r\n"
                + "LK7-3,A. K. Rao,12345678901,SBIN0012345,10,1234.50,20261207,,X,\r\n"
                + "LK7-4,short line\r\n"
                + "LK7-1,Shree Ganesh Traders,50100012345678,HDFC0001234,10,45000.00,20261207,UTR9,E,\r\n";

        assertThatThrownBy(() -> format.readAcknowledgement("LEKH0712.r007", file.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(AcknowledgementFileException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::row, FieldProblem::field)
                        .containsExactly(tuple(1, "Bank Ref No"), tuple(2, "Value date"), tuple(3, "Transaction Status"),
                                tuple(4, "columns"), tuple(5, "Customer Reference No")))
                .hasMessageStartingWith("LEKH0712.r007: row 1, Bank Ref No");
    }

    @Test
    void theSandboxReadsBackWhatWasWritten() {
        List<UploadedPayment> read = format.readUpload("LEKH0712.007", format.write(SamplePayments.batch()));

        assertThat(read).extracting(UploadedPayment::customerReference, UploadedPayment::mode, UploadedPayment::amount,
                        UploadedPayment::accountNumber, UploadedPayment::ifsc, UploadedPayment::paymentDate)
                .containsExactly(
                        tuple("LK7-1", PaymentMode.NEFT, new BigDecimal("45000.00"), "50100012345678", "HDFC0001234",
                                LocalDate.of(2026, 12, 7)),
                        tuple("LK7-2", PaymentMode.RTGS, new BigDecimal("250000.00"), "000405012345", "ICIC0000004",
                                LocalDate.of(2026, 12, 7)),
                        tuple("LK7-3", PaymentMode.NEFT, new BigDecimal("1234.50"), "12345678901", "SBIN0012345",
                                LocalDate.of(2026, 12, 7)));
    }
}

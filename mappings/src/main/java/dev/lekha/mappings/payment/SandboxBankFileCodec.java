package dev.lekha.mappings.payment;

import dev.lekha.connectors.banking.sandbox.BankFileCodec;
import dev.lekha.connectors.banking.sandbox.SandboxOutcome;
import dev.lekha.connectors.banking.sandbox.SandboxPayment;
import java.util.List;

/**
 * Lets the sandbox bank read and answer files in Lekha's layouts, telling them apart by name: generic files are
 * {@code PAY-….csv}, HDFC ENet files {@code <client code><DDMM>.<serial>}.
 */
public final class SandboxBankFileCodec implements BankFileCodec {

    @Override
    public List<SandboxPayment> readPayments(String fileName, byte[] content) {
        try {
            return formatOf(fileName).readUpload(fileName, content).stream()
                    .map(p -> new SandboxPayment(p.customerReference(), p.mode().name(), p.amount(), p.beneficiaryName(),
                            p.accountNumber(), p.ifsc(), p.paymentDate()))
                    .toList();
        } catch (PaymentFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String reverseFileName(String paymentFileName) {
        return formatOf(paymentFileName).acknowledgementName(paymentFileName);
    }

    @Override
    public byte[] writeReverse(String paymentFileName, List<SandboxOutcome> outcomes) {
        return formatOf(paymentFileName).writeAcknowledgement(outcomes.stream()
                .map(o -> new AcknowledgementLine(o.payment().customerReference(), o.payment().beneficiaryName(),
                        o.payment().accountNumber(), o.payment().ifsc(), o.payment().amount(), o.valueDate(), o.paid(),
                        o.utr(), o.reason()))
                .toList());
    }

    static PaymentFileFormat formatOf(String fileName) {
        if (fileName.startsWith("PAY-") && fileName.endsWith(".csv")) {
            return PaymentFileLayout.GENERIC_CSV.format();
        }
        if (fileName.matches(".+\\.\\d{3}")) {
            return PaymentFileLayout.HDFC_ENET.format();
        }
        throw new IllegalArgumentException(fileName + " is named like no payment file layout the sandbox bank knows"
                + " (PAY-….csv or <client code><DDMM>.<serial>)");
    }
}

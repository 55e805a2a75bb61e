package dev.lekha.mappings.payment;

import dev.lekha.connectors.banking.sandbox.BankFileCodec;
import dev.lekha.connectors.banking.sandbox.SandboxOutcome;
import dev.lekha.connectors.banking.sandbox.SandboxPayment;
import java.util.List;

/** Lets the sandbox bank read and answer files in one of Lekha's layouts. */
public final class SandboxBankFileCodec implements BankFileCodec {

    private final PaymentFileFormat format;

    public SandboxBankFileCodec(PaymentFileLayout layout) {
        this.format = layout.format();
    }

    @Override
    public List<SandboxPayment> readPayments(String fileName, byte[] content) {
        try {
            return format.readUpload(fileName, content).stream()
                    .map(p -> new SandboxPayment(p.customerReference(), p.mode().name(), p.amount(), p.beneficiaryName(),
                            p.accountNumber(), p.ifsc(), p.paymentDate()))
                    .toList();
        } catch (PaymentFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public String reverseFileName(String paymentFileName) {
        return format.acknowledgementName(paymentFileName);
    }

    @Override
    public byte[] writeReverse(List<SandboxOutcome> outcomes) {
        return format.writeAcknowledgement(outcomes.stream()
                .map(o -> new AcknowledgementLine(o.payment().customerReference(), o.payment().beneficiaryName(),
                        o.payment().accountNumber(), o.payment().ifsc(), o.payment().amount(), o.valueDate(), o.paid(),
                        o.utr(), o.reason()))
                .toList());
    }
}

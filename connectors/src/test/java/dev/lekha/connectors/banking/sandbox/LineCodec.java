package dev.lekha.connectors.banking.sandbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A minimal layout for connector tests: "ref,mode,amount,name,account,ifsc,date" in, "ref,E|R,utr,reason" out. */
final class LineCodec implements BankFileCodec {

    @Override
    public List<SandboxPayment> readPayments(String fileName, byte[] content) {
        List<SandboxPayment> payments = new ArrayList<>();
        for (String line : new String(content, StandardCharsets.US_ASCII).split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(fileName + ": line '" + line + "' has " + f.length + " fields");
            }
            payments.add(new SandboxPayment(f[0], f[1], new BigDecimal(f[2]), f[3], f[4], f[5], LocalDate.parse(f[6])));
        }
        return payments;
    }

    @Override
    public String reverseFileName(String paymentFileName) {
        return paymentFileName + ".rev";
    }

    @Override
    public byte[] writeReverse(String paymentFileName, List<SandboxOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (SandboxOutcome o : outcomes) {
            out.append(o.payment().customerReference()).append(',').append(o.paid() ? "E" : "R").append(',')
                    .append(o.utr() == null ? "" : o.utr()).append(',').append(o.reason() == null ? "" : o.reason())
                    .append(',').append(o.valueDate()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}

package dev.lekha.connectors.banking.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment as the sandbox bank reads it from an upload file; {@code mode} is NEFT, RTGS or IMPS. */
public record SandboxPayment(String customerReference, String mode, BigDecimal amount, String beneficiaryName,
                             String accountNumber, String ifsc, LocalDate paymentDate) {
}

package dev.lekha.jobs.bankrecon;

import dev.lekha.mappings.recon.BankReconciliation;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code bank-recon} job ({@code lekha.jobs.bank-recon.*}); defaults as in {@link BankReconciliation.Settings#defaults()}.
 *
 * @param chunkSize            statement lines per transaction (default 500)
 * @param invoiceWindowDays    an invoice can be paid up to this many days after its date (120)
 * @param settlementWindowDays settlements and journal entries are credited within this many days either side (3)
 * @param valueDateSlackDays   a line may carry a value date this many days before the invoice date (3)
 * @param amountTolerance      rupees by which R4 (party name) accepts a different amount (1.00)
 * @param autoConfirmAt        confidence from which a match is confirmed and posted without a person (0.90);
 *                             above 1 nothing is auto-confirmed and every match waits on the screen
 * @param nameThreshold        party-name similarity from which a narration names a party (0.60)
 */
@ConfigurationProperties("lekha.jobs.bank-recon")
public record BankReconSettings(Integer chunkSize, Integer invoiceWindowDays, Integer settlementWindowDays,
                                Integer valueDateSlackDays, BigDecimal amountTolerance, BigDecimal autoConfirmAt,
                                Double nameThreshold) {

    public BankReconSettings {
        var d = BankReconciliation.Settings.defaults();
        chunkSize = chunkSize == null || chunkSize < 1 ? 500 : chunkSize;
        invoiceWindowDays = invoiceWindowDays == null ? d.invoiceWindowDays() : invoiceWindowDays;
        settlementWindowDays = settlementWindowDays == null ? d.settlementWindowDays() : settlementWindowDays;
        valueDateSlackDays = valueDateSlackDays == null ? d.valueDateSlackDays() : valueDateSlackDays;
        amountTolerance = amountTolerance == null ? d.amountTolerance() : amountTolerance;
        autoConfirmAt = autoConfirmAt == null ? d.autoConfirmAt() : autoConfirmAt;
        nameThreshold = nameThreshold == null ? d.nameThreshold() : nameThreshold;
    }

    public BankReconciliation.Settings engine() {
        var d = BankReconciliation.Settings.defaults();
        return new BankReconciliation.Settings(invoiceWindowDays, settlementWindowDays, valueDateSlackDays,
                amountTolerance, autoConfirmAt, nameThreshold, d.maxSplitItems(), d.maxSplitSize(), d.maxNameFanout());
    }
}

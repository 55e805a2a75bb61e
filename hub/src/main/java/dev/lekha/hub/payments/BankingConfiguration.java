package dev.lekha.hub.payments;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the bank connection the payment routes use ({@code lekha.banking.*}). */
@Configuration
@EnableConfigurationProperties(BankingSettings.class)
public class BankingConfiguration {

    @Bean
    HubBankLink bankLink(BankingSettings settings, @Value("${lekha.data-dir:./data}") Path dataDir, Clock clock) {
        dev.lekha.mappings.payment.PaymentFileLayout.parse(settings.layout());
        return new HubBankLink(settings, dataDir, clock);
    }
}

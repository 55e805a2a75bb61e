package dev.lekha.domain.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's clock: Asia/Kolkata, because document dates, return periods and financial years are Indian
 * calendar dates. Everything that asks "what is today" takes this bean, so tests can fix time.
 */
@Configuration(proxyBeanMethods = false)
public class DomainClockConfiguration {

    /** India Standard Time, in which document dates are reckoned. */
    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.system(INDIA);
    }
}

package dev.lekha.routes.queues;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camel's {@code jms:} component on the broker connection Spring Boot configures (embedded or external). */
@Configuration(proxyBeanMethods = false)
public class JmsComponentConfiguration {

    @Bean
    JmsComponent jms(ConnectionFactory connectionFactory) {
        JmsComponent jms = new JmsComponent();
        jms.setConnectionFactory(connectionFactory);
        return jms;
    }
}

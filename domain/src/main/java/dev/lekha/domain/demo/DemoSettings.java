package dev.lekha.domain.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data settings ({@code lekha.demo.*}).
 *
 * @param enabled seed the demo company, its parties, items and about 220 sales documents on start-up
 *                when it does not exist yet ({@code LEKHA_DEMO_ENABLED}, default true)
 */
@ConfigurationProperties("lekha.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled) {
}

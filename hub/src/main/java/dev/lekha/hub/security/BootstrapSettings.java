package dev.lekha.hub.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lekha.bootstrap.*}: the first start.
 *
 * @param adminPassword the password of the {@code admin} user created when there are no users
 *                      (env {@code LEKHA_BOOTSTRAP_ADMIN_PASSWORD}); when absent a random one is
 *                      generated and printed once
 */
@ConfigurationProperties("lekha.bootstrap")
public record BootstrapSettings(String adminPassword) {

    @Override
    public String toString() {
        return "BootstrapSettings[adminPassword=" + (adminPassword == null ? "null" : "***") + "]";
    }
}

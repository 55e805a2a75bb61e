package dev.lekha.hub.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Turns on {@code @PreAuthorize} for the job and artifact endpoints (the security configuration may do so too). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class JobsMethodSecurity {
}

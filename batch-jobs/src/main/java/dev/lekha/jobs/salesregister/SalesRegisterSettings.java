package dev.lekha.jobs.salesregister;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code sales-register} job ({@code lekha.jobs.sales-register.*}).
 *
 * @param chunkSize documents staged per transaction (default 500); a restart resumes after the last committed chunk
 */
@ConfigurationProperties("lekha.jobs.sales-register")
public record SalesRegisterSettings(Integer chunkSize) {

    public SalesRegisterSettings {
        chunkSize = chunkSize == null || chunkSize < 1 ? 500 : chunkSize;
    }
}

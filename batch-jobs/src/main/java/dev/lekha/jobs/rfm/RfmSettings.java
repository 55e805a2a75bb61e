package dev.lekha.jobs.rfm;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code rfm} job ({@code lekha.jobs.rfm.*}).
 *
 * @param chunkSize customers scored per transaction (default 1000); a restart resumes after the last committed chunk
 */
@ConfigurationProperties("lekha.jobs.rfm")
public record RfmSettings(Integer chunkSize) {

    public RfmSettings {
        chunkSize = chunkSize == null || chunkSize < 1 ? 1000 : chunkSize;
    }
}

package dev.lekha.jobs.gstr1;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gstr1} job ({@code lekha.jobs.gstr1.*}).
 *
 * @param chunkSize documents classified and staged per transaction (default 1000)
 * @param fetchSize rows the cursors fetch per round trip (default 1000)
 */
@ConfigurationProperties("lekha.jobs.gstr1")
public record Gstr1Settings(Integer chunkSize, Integer fetchSize) {

    public Gstr1Settings {
        chunkSize = chunkSize == null || chunkSize < 1 ? 1000 : chunkSize;
        fetchSize = fetchSize == null || fetchSize < 1 ? 1000 : fetchSize;
    }
}

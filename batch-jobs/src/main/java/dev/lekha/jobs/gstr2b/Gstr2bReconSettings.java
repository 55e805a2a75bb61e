package dev.lekha.jobs.gstr2b;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gstr2b-recon} job ({@code lekha.jobs.gstr2b-recon.*}).
 *
 * @param chunkSize  supplier PANs reconciled per transaction (default 50); a restart resumes after the last committed chunk
 * @param tolerance  amounts differing by at most this many rupees count as equal (default 1.00)
 */
@ConfigurationProperties("lekha.jobs.gstr2b-recon")
public record Gstr2bReconSettings(Integer chunkSize, BigDecimal tolerance) {

    public Gstr2bReconSettings {
        chunkSize = chunkSize == null || chunkSize < 1 ? 50 : chunkSize;
        tolerance = tolerance == null || tolerance.signum() < 0 ? new BigDecimal("1.00") : tolerance;
    }
}

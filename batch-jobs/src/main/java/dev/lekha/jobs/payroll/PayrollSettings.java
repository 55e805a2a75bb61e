package dev.lekha.jobs.payroll;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code payroll} job ({@code lekha.jobs.payroll.*}).
 *
 * @param chunkSize employees computed and stored per transaction (default 200)
 * @param layout    bank salary file layout when the launch does not name one (HDFC_ENET or GENERIC_CSV)
 */
@ConfigurationProperties("lekha.jobs.payroll")
public record PayrollSettings(Integer chunkSize, String layout) {

    public PayrollSettings {
        chunkSize = chunkSize == null || chunkSize < 1 ? 200 : chunkSize;
        layout = layout == null || layout.isBlank() ? "HDFC_ENET" : layout;
    }
}

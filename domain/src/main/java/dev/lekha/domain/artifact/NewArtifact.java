package dev.lekha.domain.artifact;

/**
 * @param companyId      the company it belongs to
 * @param kind           e.g. {@code SALES_REGISTER_XLSX}, {@code GSTR1_JSON} (CONTRACTS.md)
 * @param period         the period it covers as the job named it (e.g. {@code 112026}, {@code 2025-26}); may be null
 * @param fileName       the download name, e.g. {@code sales-register-27AAAAA0000A1Z5-112026.xlsx}
 * @param contentType    MIME type
 * @param jobExecutionId the Spring Batch job execution that made it; may be null
 */
public record NewArtifact(long companyId, String kind, String period, String fileName, String contentType,
                          Long jobExecutionId) {
}

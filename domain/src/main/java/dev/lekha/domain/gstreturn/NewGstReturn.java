package dev.lekha.domain.gstreturn;

import dev.lekha.domain.gst.Gstin;
import dev.lekha.domain.gst.GstReturnPeriod;
import java.util.Objects;

/**
 * A freshly generated return version, as a job records it once its files are stored.
 *
 * @param jobExecutionId   the Spring Batch execution that generated it; may be null
 * @param jsonArtifactId   the portal JSON artifact; must not be null
 * @param reportArtifactId the human-readable artifact (GSTR-1 XLSX, GSTR-3B PDF); may be null
 * @param summaryJson      section/table totals as JSON, shown on the review screen; may be null
 * @param createdBy        who launched the job ({@code system} for schedules); may be null
 */
public record NewGstReturn(long companyId, Gstin gstin, GstReturnPeriod period, ReturnType type,
                           Long jobExecutionId, Long jsonArtifactId, Long reportArtifactId, String summaryJson,
                           String createdBy) {

    public NewGstReturn {
        Objects.requireNonNull(gstin, "gstin");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(jsonArtifactId, "jsonArtifactId");
    }
}

package dev.lekha.jobs.runs;

import java.util.List;

/**
 * What the screens and {@code GET /api/jobs} show about a job: its name (as in CONTRACTS.md),
 * what it does, its parameters besides {@code companyId}, and the artifact kinds it makes.
 */
public record JobDescriptor(String name, String description, List<ParamSpec> parameters, List<String> artifactKinds) {

    /**
     * @param type    {@code period} (MMYYYY), {@code date} (yyyy-MM-dd), {@code month} (yyyy-MM),
     *                {@code financialYear} (2025-26), {@code gstin}, {@code string}, {@code integer}, {@code boolean}
     * @param example a valid example value
     */
    public record ParamSpec(String name, String type, boolean required, String description, String example) {
    }
}

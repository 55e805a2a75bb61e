package dev.lekha.domain.payroll;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payroll run for a company and month (status DRAFT, LOCKED or SUPERSEDED).
 *
 * @param correctsRunId the locked run this one corrects, or null for a month's first run
 */
public record PayrollRun(long id, long companyId, String payMonth, int runNo, String status, Long correctsRunId,
                         Long jobExecutionId, int employeeCount, int errorCount, BigDecimal totalGross,
                         BigDecimal totalNet, BigDecimal totalTds, Instant createdAt, Instant lockedAt,
                         String lockedBy) {

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }
}

package dev.lekha.mappings.payroll.files;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every payroll file says about the employer and the month, passed once when a writer is opened so the writers
 * never hold more than one payslip. Optional codes are null when the company is not registered for that scheme.
 *
 * @param legalName             company's legal name; must not be null
 * @param address               registered address, one line; may be null
 * @param pan                   company PAN; may be null
 * @param tan                   TAN the salary TDS is deducted under; may be null
 * @param epfEstablishmentCode  EPFO establishment code (e.g. MHBAN0012345000); may be null
 * @param esicEmployerCode      ESIC 17-digit employer code; may be null
 * @param ptRegistrationByState professional-tax registration (PTRC) number by two-letter state code; never null
 *                              (copied)
 * @param month                 the wage month; must not be null
 * @param earningColumns        earning components in the order the register shows them, known before the first
 *                              payslip; never null (copied)
 * @param deductionColumns      non-statutory deduction components in register order; never null (copied)
 */
public record PayrollFileHeader(String legalName, String address, String pan, String tan, String epfEstablishmentCode,
                                String esicEmployerCode, Map<String, String> ptRegistrationByState, YearMonth month,
                                List<ComponentColumn> earningColumns, List<ComponentColumn> deductionColumns) {

    public PayrollFileHeader {
        Objects.requireNonNull(legalName, "legalName must not be null");
        Objects.requireNonNull(month, "month must not be null");
        ptRegistrationByState = Map.copyOf(ptRegistrationByState);
        earningColumns = List.copyOf(earningColumns);
        deductionColumns = List.copyOf(deductionColumns);
    }

    /**
     * A salary component that gets its own register column.
     *
     * @param code the salary component's code, as in {@code PayslipAmount.code()}
     * @param name the column heading
     */
    public record ComponentColumn(String code, String name) {
        public ComponentColumn {
            Objects.requireNonNull(code, "code must not be null");
            Objects.requireNonNull(name, "name must not be null");
        }
    }
}

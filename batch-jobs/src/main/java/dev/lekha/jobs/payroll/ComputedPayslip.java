package dev.lekha.jobs.payroll;

import dev.lekha.mappings.payroll.Payslip;
import java.util.Map;

/** A computed month for one employee, with the kind of each component for storing. */
record ComputedPayslip(long employeeId, Payslip payslip, Map<String, String> componentKinds) {
}

package dev.lekha.jobs.payroll;

import dev.lekha.mappings.payroll.PayslipEmployee;

/** An employee active in the month as the reader streams them, with their payroll options. */
record EmployeeRow(long id, PayslipEmployee employee, String residenceCity, String taxRegime, boolean pfApplicable,
                   boolean pfOnActualWages, boolean epsMember, boolean esiApplicable) {
}

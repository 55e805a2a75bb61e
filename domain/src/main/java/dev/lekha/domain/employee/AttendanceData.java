package dev.lekha.domain.employee;

import java.math.BigDecimal;

/** Loss-of-pay days of an employee in a month ({@code YYYY-MM}); replaces the same employee and month. */
public record AttendanceData(String employeeCode, String payMonth, BigDecimal lopDays) {
}

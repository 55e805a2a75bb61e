package dev.lekha.domain.employee;

import java.time.LocalDate;

/** An employee already in the master, with what input checks need: when the employment starts and ends. */
public record KnownEmployee(long id, String employeeCode, LocalDate dateOfJoining, LocalDate dateOfLeaving) {
}

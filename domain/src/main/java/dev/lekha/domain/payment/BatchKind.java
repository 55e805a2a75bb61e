package dev.lekha.domain.payment;

/** Who is paid: suppliers against their open bills, or employees (salary; payroll fills these in a later issue). */
public enum BatchKind {
    VENDOR,
    SALARY
}

package dev.lekha.mappings.payroll.statutory;

import java.util.List;
import java.util.Objects;

/**
 * Labour Welfare Fund for one state: the {@code LWF_EMPLOYEE} and {@code LWF_EMPLOYER} bands in force, each with
 * its variant the two-digit month in which the contribution is deducted ('06', '12'). No band for a month means
 * nothing is due that month; a state without a fund has no bands.
 */
public record LwfRules(String state, List<Band> employee, List<Band> employer) {

    public LwfRules {
        Objects.requireNonNull(state, "state");
        employee = List.copyOf(employee);
        employer = List.copyOf(employer);
    }

    /** Rules that yield zero, for a state without a Labour Welfare Fund. */
    public static LwfRules none(String state) {
        return new LwfRules(state, List.of(), List.of());
    }
}

package dev.lekha.hub.payroll;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.domain.employee.EmployerRegistrations.Scheme;
import dev.lekha.hub.security.CurrentActor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an employer registration number and its audit entry in one transaction, so that the API
 * ({@link EmployerRegistrationsApi}) and the screen ({@link EmployerRegistrationsScreen}) check and record a change the
 * same way; and says which states a company needs PT and LWF numbers for.
 */
@Component
public class EmployerRegistrationChanges {

    static final String AUDIT_ACTION = "EMPLOYER_REGISTRATION";

    private final EmployerRegistrations registrations;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;

    EmployerRegistrationChanges(EmployerRegistrations registrations, AuditTrail audit, JdbcTemplate jdbc) {
        this.registrations = registrations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Checks and records one number (replacing any earlier one) and audits it as {@value #AUDIT_ACTION}.
     *
     * @param scheme EPF, ESIC, PT or LWF in any case
     * @param state  two-letter state for PT and LWF; ignored for EPF and ESIC
     * @param actor  who made the change, for the audit trail; must not be null
     * @return what was recorded as the audit entry states it, e.g. {@code PT MH 27551234567P}; never null
     * @throws IllegalArgumentException naming the scheme, number or state that is wrong and the shape expected
     */
    @Transactional
    public String record(long companyId, String scheme, String state, String number, String actor) {
        Scheme s = scheme(scheme);
        registrations.register(companyId, s, state, number);
        String recorded = s + (s.perState() ? " " + state.trim().toUpperCase(Locale.ROOT) : "") + " "
                + number.trim().toUpperCase(Locale.ROOT);
        audit.record(new AuditRecord(actor, AUDIT_ACTION, "employer_registration:" + s, companyId, recorded,
                CurrentActor.remoteAddress()));
        return recorded;
    }

    /**
     * The states a company needs PT and LWF numbers for: those its employees work in, and any it already has a
     * number for; in alphabetical order, never null.
     */
    public List<String> states(long companyId) {
        TreeSet<String> states = new TreeSet<>(jdbc.queryForList(
                "select distinct work_state from employee where company_id = ?", String.class, companyId));
        EmployerRegistrations.Registrations known = registrations.forCompany(companyId);
        states.addAll(known.ptByState().keySet());
        states.addAll(known.lwfByState().keySet());
        return List.copyOf(states);
    }

    private static Scheme scheme(String scheme) {
        try {
            return Scheme.valueOf(scheme.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scheme '" + scheme + "' is not one of " + Arrays.toString(Scheme.values()));
        }
    }
}

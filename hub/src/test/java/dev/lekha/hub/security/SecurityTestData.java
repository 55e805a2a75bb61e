package dev.lekha.hub.security;

import dev.lekha.domain.security.Role;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Users and companies for the security ITs, each with names unique within the test JVM. */
public final class SecurityTestData {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;

    public SecurityTestData(UserAccounts accounts, DataSource dataSource) {
        this.accounts = accounts;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A new enabled user with {@link #PASSWORD}; returns its username. */
    public String user(String prefix, Role role, Long... companyIds) {
        String username = prefix + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.create(username, "Test " + prefix, PASSWORD, List.of(role), List.of(companyIds));
        return username;
    }

    /** A new company (table from core's V1) with one GSTIN; returns its id. */
    public long company(String legalName, String gstin) {
        int n = SEQ.incrementAndGet();
        String pan = String.format("AAACT%04dZ", n % 10000);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into company (legal_name, pan, sandbox, einvoice_enabled,"
                    + " created_at) values (?, ?, true, false, ?)", new String[] {"id"});
            ps.setString(1, legalName);
            ps.setString(2, pan);
            ps.setObject(3, OffsetDateTime.now());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        jdbc.update("insert into gst_registration (company_id, gstin, state_code, active) values (?, ?, ?, true)",
                id, gstin, gstin.substring(0, 2));
        return id;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public long auditCount(String actor, String action) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Long.class,
                actor, action);
        return n == null ? 0 : n;
    }
}

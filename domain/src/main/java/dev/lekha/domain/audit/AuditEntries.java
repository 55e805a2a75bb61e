package dev.lekha.domain.audit;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for screens and exports, newest first. Writing goes through {@link AuditTrail}. */
@Repository
public class AuditEntries {

    private final JdbcTemplate jdbc;

    public AuditEntries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * A page of entries, newest first.
     *
     * @param actor  exact actor, or null/blank for any
     * @param action exact action, or null/blank for any
     */
    @Transactional(readOnly = true)
    public Page<AuditEntry> find(String actor, String action, Pageable page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = ?");
            args.add(actor.strip());
        }
        if (action != null && !action.isBlank()) {
            where.append(" and action = ?");
            args.add(action.strip());
        }
        Long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.getOffset());
        pageArgs.add(page.getPageSize());
        List<AuditEntry> content = jdbc.query("select id, occurred_at, actor, action, target, company_id, detail,"
                        + " remote_address, prev_hash, hash from audit_event" + where
                        + " order by id desc offset ? rows fetch next ? rows only",
                (rs, n) -> HashChainedAuditTrail.read(rs), pageArgs.toArray());
        return new PageImpl<>(content, page, total == null ? 0 : total);
    }
}

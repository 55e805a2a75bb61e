package dev.lekha.hub.jobs;

import dev.lekha.hub.security.CompanyScope;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The companies a screen may offer in a company select: those the caller can see, by name. */
@Component
public class CompanyChoices {

    private final JdbcTemplate jdbc;
    private final CompanyScope scope;

    public CompanyChoices(JdbcTemplate jdbc, CompanyScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public List<Choice> visible() {
        return jdbc.query("select id, legal_name from company order by legal_name, id",
                (rs, n) -> new Choice(rs.getLong("id"), rs.getString("legal_name"))).stream()
                .filter(c -> scope.canSee(c.id())).toList();
    }

    public record Choice(long id, String name) {
    }
}

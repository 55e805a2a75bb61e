package dev.lekha.hub.jobs;

import dev.lekha.hub.security.CompanyScope;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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

    /**
     * The company a screen shows: the one asked for, or else the first the caller can see; checked against the
     * caller's scope (refused when out of it). Puts the select's choices and the chosen company on the model as
     * {@code companies} and {@code companyId}.
     *
     * @return the chosen company's id (0 when the caller can see none)
     */
    public long select(Long companyId, Model model) {
        List<Choice> visible = visible();
        long company = companyId != null ? companyId : visible.isEmpty() ? 0 : visible.get(0).id();
        scope.check(company);
        model.addAttribute("companies", visible);
        model.addAttribute("companyId", company);
        return company;
    }

    public record Choice(long id, String name) {
    }
}

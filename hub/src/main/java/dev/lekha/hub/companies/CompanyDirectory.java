package dev.lekha.hub.companies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists companies and their GST registrations, limited to the ids a caller may see. */
@Component
public class CompanyDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    public CompanyDirectory(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /**
     * @param visibleIds the ids the caller may see, or null for every company
     * @return by id; never null
     */
    @Transactional(readOnly = true)
    public List<CompanySummary> list(Set<Long> visibleIds) {
        if (visibleIds != null && visibleIds.isEmpty()) {
            return List.of();
        }
        String filter = visibleIds == null ? "" : " where id in (:ids)";
        String regFilter = visibleIds == null ? "" : " where company_id in (:ids)";
        MapSqlParameterSource params = new MapSqlParameterSource("ids", visibleIds);
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("select id, legal_name from company" + filter + " order by id", params,
                rs -> { names.put(rs.getLong("id"), rs.getString("legal_name")); });
        Map<Long, List<String>> gstins = new LinkedHashMap<>();
        jdbc.query("select company_id, gstin from gst_registration" + regFilter + " order by gstin", params,
                rs -> { gstins.computeIfAbsent(rs.getLong("company_id"), k -> new ArrayList<>()).add(rs.getString("gstin")); });
        List<CompanySummary> result = new ArrayList<>();
        names.forEach((id, name) -> result.add(new CompanySummary(id, name, List.copyOf(gstins.getOrDefault(id, List.of())))));
        return result;
    }
}

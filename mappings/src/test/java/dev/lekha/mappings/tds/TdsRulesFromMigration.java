package dev.lekha.mappings.tds;

import dev.lekha.domain.tds.TdsSectionRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The TDS rules exactly as V23 inserts them, read from the migration on the classpath (tests use the real data). */
final class TdsRulesFromMigration {

    private TdsRulesFromMigration() {
    }

    static List<TdsSectionRule> load() {
        String sql;
        try (InputStream in = TdsRulesFromMigration.class.getResourceAsStream("/db/migration/common/V23__tds.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TdsSectionRule> rules = new ArrayList<>();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("('194")) {
                continue;
            }
            List<String> v = values(t.substring(1, t.lastIndexOf(')')));
            rules.add(new TdsSectionRule(v.get(0), v.get(1), v.get(2), new BigDecimal(v.get(3)), new BigDecimal(v.get(4)),
                    TdsSectionRule.ThresholdBasis.valueOf(v.get(5)), num(v.get(6)), num(v.get(7)), v.get(8), v.get(9),
                    v.get(10), date(v.get(11)), date(v.get(12)), v.get(13)));
        }
        return rules;
    }

    private static List<String> values(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(clean(cur.toString()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(clean(cur.toString()));
        return out;
    }

    private static String clean(String v) {
        String t = v.strip();
        return "null".equals(t) ? null : t;
    }

    private static BigDecimal num(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static LocalDate date(String v) {
        return v == null ? null : LocalDate.parse(v.replace("date ", "").strip());
    }
}

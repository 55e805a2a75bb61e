package dev.lekha.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which database the integration tests of this JVM use, once, and says so.
 *
 * <p>PostgreSQL at {@code LEKHA_TEST_DB_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test})
 * when it answers; otherwise H2 in PostgreSQL mode, unless {@code CI=true}, where PostgreSQL is
 * required. Each Maven module gets its own schema ({@code it_<module>_<checkout>}), dropped and recreated
 * once per test JVM, so modules never see each other's rows and every run starts clean.
 */
public final class TestDatabase {

    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static volatile TestDatabase chosen;

    private final String url;
    private final String username;
    private final String password;
    private final String schema;
    private final boolean postgres;

    private TestDatabase(String url, String username, String password, String schema, boolean postgres) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.schema = schema;
        this.postgres = postgres;
    }

    /** The database for this JVM; never returns null. Fails when {@code CI=true} and PostgreSQL is unreachable. */
    public static synchronized TestDatabase get() {
        if (chosen == null) {
            chosen = choose(System.getenv());
            System.out.println("[lekha-tests] database: " + chosen.describe());
        }
        return chosen;
    }

    static TestDatabase choose(Map<String, String> env) {
        Path moduleDir = Path.of("").toAbsolutePath();
        String schema = schemaForModule(moduleDir.getFileName().toString(), moduleDir.getParent());
        String base = env.getOrDefault("LEKHA_TEST_DB_URL", DEFAULT_POSTGRES_URL);
        String user = env.getOrDefault("LEKHA_TEST_DB_USER", "postgres");
        String pass = env.getOrDefault("LEKHA_TEST_DB_PASSWORD", "");
        boolean ci = "true".equalsIgnoreCase(env.get("CI"));
        try (Connection c = DriverManager.getConnection(base, user, pass); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            String sep = base.contains("?") ? "&" : "?";
            return new TestDatabase(base + sep + "currentSchema=" + schema + "&reWriteBatchedInserts=true",
                    user, pass, schema, true);
        } catch (SQLException e) {
            if (ci) {
                throw new IllegalStateException("CI=true requires PostgreSQL at " + base
                        + " (set LEKHA_TEST_DB_URL to point elsewhere): " + e.getMessage(), e);
            }
            System.out.println("[lekha-tests] PostgreSQL at " + base + " not reachable (" + e.getMessage()
                    + "); falling back to H2");
            String h2 = "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            return new TestDatabase(h2, "sa", "", schema, false);
        }
    }

    /**
     * {@code it_<module>_<checkout>}: the checkout part (a hash of the checkout's path) keeps two
     * checkouts on one machine from dropping each other's schema while both run tests.
     */
    static String schemaForModule(String moduleDir, Path checkout) {
        String tag = Integer.toHexString(String.valueOf(checkout).hashCode() & 0xfffff);
        return "it_" + moduleDir.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + tag;
    }

    public String url() { return url; }
    public String username() { return username; }
    public String password() { return password; }
    public String schema() { return schema; }
    public boolean isPostgres() { return postgres; }

    public String describe() {
        return (postgres ? "PostgreSQL " : "H2 (PostgreSQL mode) ") + url.replaceAll("password=[^&;]*", "password=***");
    }
}

package dev.lekha.hub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.testsupport.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, for real: {@code java -jar hub/target/lekha-hub.jar} started in an
 * empty folder (embedded H2 and Artemis under its ./data), health UP, and the admin login it
 * printed works, both for the API (HTTP Basic) and the login form.
 */
class PackagedHubIT {

    private static final Pattern LOGIN_LINE = Pattern.compile("Lekha admin login: admin / (\\S+)");

    @TempDir
    Path workDir;

    private Process hub;
    private final CopyOnWriteArrayList<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopHub() throws InterruptedException {
        if (hub != null) {
            hub.destroy();
            if (!hub.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                hub.destroyForcibly();
            }
        }
    }

    @Test
    void packagedJarStartsInAnyFolderWithEmbeddedDefaultsAndPrintsAWorkingAdminLogin() throws Exception {
        Path jar = Path.of("target", "lekha-hub.jar").toAbsolutePath();
        assertThat(jar).as("run after the package phase (./mvnw verify)").exists();
        int port = freePort();
        System.out.println("[lekha-tests] packaged hub uses its own embedded H2 (not " + TestDatabase.get().describe() + ")");

        hub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(hub.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "hub-output");
        pump.setDaemon(true);
        pump.start();

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> health = waitForHealth(http, base, Duration.ofMinutes(3));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        String password = printedPassword();
        assertThat(Files.isDirectory(workDir.resolve("data"))).as("embedded data under ./data of the start folder").isTrue();

        HttpResponse<String> companies = http.send(HttpRequest.newBuilder(URI.create(base + "/api/companies"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(companies.statusCode()).isEqualTo(200);
        assertThat(companies.body()).contains("27AAACL1234C1Z5").contains("29AAACL1234C1Z1");

        // the demo company is e-invoicing-enabled in sandbox mode: its seeded B2B, export and note documents
        // get IRNs from the hub's own sandbox IRP shortly after the first start, and none is refused
        Matcher company = Pattern.compile("\"id\":(\\d+)").matcher(companies.body());
        assertThat(company.find()).isTrue();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        long pending;
        do {
            Thread.sleep(1000);
            pending = count(http, base, auth, company.group(1), "PENDING");
        } while (pending > 0 && System.nanoTime() < deadline);
        assertThat(pending).as("demo documents still waiting for an IRN").isZero();
        assertThat(count(http, base, auth, company.group(1), "FAILED")).as("demo documents the IRP refused").isZero();
        assertThat(count(http, base, auth, company.group(1), "GENERATED")).isGreaterThan(100);

        HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(base + "/api/companies"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:not-the-password".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        // the login form: fetch the page for its CSRF token, post the printed credentials
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).isEqualTo(200);
    }

    private static long count(HttpClient http, String base, String auth, String companyId, String status)
            throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/api/invoices?companyId="
                + companyId + "&einvoiceStatus=" + status + "&size=1")).header("Authorization", auth).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher total = Pattern.compile("\"totalElements\":(\\d+)").matcher(page.body());
        assertThat(total.find()).as(page.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private HttpResponse<String> waitForHealth(HttpClient http, String base, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!hub.isAlive()) {
                throw new AssertionError("hub exited with " + hub.exitValue() + ":\n" + String.join("\n", output));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("hub not healthy within " + limit + ":\n" + String.join("\n", output));
    }

    private String printedPassword() {
        return output.stream().map(LOGIN_LINE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no admin login printed:\n" + String.join("\n", output)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

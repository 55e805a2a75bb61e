package dev.lekha.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A finance user in real headless Chromium: logs in, launches {@code sales-register} for the demo
 * company's current month, watches the run finish, and downloads the XLSX, which must be the
 * recorded artifact (same SHA-256) and open as a workbook.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lekha.bootstrap.admin-password=test-admin-password")
@ActiveProfiles("test")
@LekhaIntegrationTest
class SalesRegisterBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    @Autowired
    ArtifactStore artifacts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @TempDir
    Path downloads;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (ci) {
            assertThat(installed).as(".ci/run installs chromium and chromium-driver").isTrue();
        }
        assumeTrue(installed, "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // headless Chromium ignores the download preference unless told through DevTools
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
        browser = chrome;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String listing(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList().toString();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void financeUserLaunchesSalesRegisterWatchesItFinishAndDownloadsTheWorkbook() throws Exception {
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(base + "/jobs");
        browser.findElement(By.id("launch-sales-register")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("param-period")));
        long demoCompany = jdbc.queryForObject("select id from company where pan = 'AAACL1234C'", Long.class);
        new Select(browser.findElement(By.id("companyId"))).selectByValue(String.valueOf(demoCompany));
        String period = LocalDate.now(ZoneId.of("Asia/Kolkata")).format(DateTimeFormatter.ofPattern("MMyyyy"));
        WebElement periodField = browser.findElement(By.id("param-period"));
        periodField.clear();
        periodField.sendKeys(period);
        browser.findElement(By.id("launch")).click();

        wait.until(ExpectedConditions.urlMatches(".*/runs/\\d+$"));
        long runId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/runs/(\\d+)$", "$1"));
        // the run page refreshes itself while the run is going; wait for the final status
        wait.until(d -> {
            String status = d.findElement(By.id("run-status")).getText();
            assertThat(status).doesNotContain("FAILED");
            return status.contains("COMPLETED");
        });

        List<StoredArtifact> made = artifacts.search(demoCompany, "SALES_REGISTER_XLSX", period).stream()
                .filter(a -> a.jobExecutionId() != null && a.jobExecutionId() == runId).toList();
        assertThat(made).hasSize(1);
        StoredArtifact artifact = made.get(0);

        browser.findElement(By.id("download-" + artifact.id())).click();
        Path file = downloads.resolve(artifact.fileName());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "download of " + file + "; folder holds " + listing(downloads))
                .until(d -> Files.exists(file) && !Files.exists(downloads.resolve(artifact.fileName() + ".crdownload")));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(artifact.sha256());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(1);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThan(1);
        }
    }
}

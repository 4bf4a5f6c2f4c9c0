package nl.huurronde.balie;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium with the distribution's chromedriver (packages chromium and chromium-driver; .ci/run
 * installs them), a fresh profile and a download folder per browser; never a downloaded browser. A test
 * class starts one; {@link Schermafdruk} saves a screenshot of a failing test under target/.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCHERMEN = Path.of("target", "balie-schermen");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profiel;

    private static Browser laatste;

    Browser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI zonder chromium en chromedriver: .ci/run moet ze installeren");
            }
            Assumptions.abort("geen /usr/bin/chromium of /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        }
        profiel = Files.createTempDirectory("balie-chromium");
        downloads = Files.createTempDirectory("balie-downloads");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl-NL",
                "--user-data-dir=" + profiel.toAbsolutePath());
        Map<String, Object> voorkeuren = new HashMap<>();
        voorkeuren.put("download.default_directory", downloads.toAbsolutePath().toString());
        voorkeuren.put("download.prompt_for_download", false);
        voorkeuren.put("plugins.always_open_pdf_externally", true);
        opties.setExperimentalOption("prefs", voorkeuren);
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(dienst, opties);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        laatste = this;
    }

    /** Saves what the browser shows as target/balie-schermen/NAAM.png; returns the file. */
    Path schermafdruk(String naam) throws IOException {
        Files.createDirectories(SCHERMEN);
        File png = driver.getScreenshotAs(OutputType.FILE);
        Path doel = SCHERMEN.resolve(naam + ".png");
        Files.copy(png.toPath(), doel, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return doel;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            laatste = null;
            verwijder(profiel);
            verwijder(downloads);
        }
    }

    private static void verwijder(Path map) throws IOException {
        try (var paden = Files.walk(map)) {
            paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A screenshot of the browser when a test fails: target/balie-schermen/FOUT-class-method.png. */
    static final class Schermafdruk implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable oorzaak) {
            Browser b = laatste;
            if (b != null) {
                try {
                    b.schermafdruk("FOUT-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                } catch (IOException | RuntimeException e) {
                    oorzaak.addSuppressed(e);
                }
            }
        }
    }

    static boolean isScherm(Object o) {
        return o instanceof TakesScreenshot;
    }
}

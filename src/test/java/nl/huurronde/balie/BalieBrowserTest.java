package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The main flows of the desk in a real headless Chromium (one browser for the class): log in, find by
 * contract id, by postcode and house number, by a part of the name without accents; open a contract and
 * read its explanation; download its letter and read the PDF back; the round overview and its report.
 * A failing test leaves a screenshot in target/balie-schermen/; the passing ones leave the pages there
 * too (docs/balie/ holds copies).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(Browser.Schermafdruk.class)
class BalieBrowserTest {

    static Balieronde ronde;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        ronde = Balieronde.gedeeld();
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void inloggen() throws Exception {
        browser.driver.get(ronde.url("/zoek"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Gebruikersnaam");
        assertThat(browser.driver.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Wachtwoord");
        browser.schermafdruk("inloggen");
        WebElement naam = browser.driver.findElement(By.id("username"));
        naam.sendKeys("beheer1");
        // Keyboard only: tab to the password, Enter submits.
        naam.sendKeys(Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys(Balieronde.WACHTWOORD, Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/zoek");
        assertThat(browser.driver.findElement(By.className("uitloggen")).getText()).contains("beheer1");
    }

    @Test
    @Order(2)
    void zoekenOpContractPostcodeEnNaam() throws Exception {
        assertThat(zoek("g01")).containsExactly("G01", "G01");
        assertThat(zoek("8011 vm 2")).containsExactly("G02", "G02");
        assertThat(zoek("8011VM")).hasSize(2 * 23 - 1);
        assertThat(zoek("muller")).containsExactly("G02", "G02");
        assertThat(tekst()).contains(Balieronde.MULLER);
        assertThat(zoek("yilmaz")).containsExactly("G01", "G01");
        assertThat(tekst()).contains(Balieronde.YILMAZ);
        browser.schermafdruk("zoeken");
        // Markup in a name is text: no script runs, the page shows the characters.
        assertThat(zoek("vries")).containsExactly("G03", "G03");
        assertThat(tekst()).contains(Balieronde.SCRIPT);
        assertThat(geenAlert()).isTrue();
        assertThat(zoek("niemand-heet-zo")).isEmpty();
        assertThat(tekst()).contains("Niets gevonden");
    }

    @Test
    @Order(3)
    void contractOpenenEnDeBriefDownloaden() throws Exception {
        zoek("yilmaz");
        browser.driver.findElement(By.linkText("G01")).click();
        assertThat(browser.driver.getCurrentUrl()).contains("/contract/").endsWith("/G01");
        String pagina = tekst();
        assertThat(pagina).contains("Contract G01", Balieronde.YILMAZ, "Nieuwe kale huur", "Ingangsdatum",
                "1 juli 2020", "Wettelijk maximum", "Huursomcap", "Waarom");
        browser.schermafdruk("contract");
        browser.driver.findElement(By.partialLinkText("De brief zoals verzonden")).click();
        Path pdf = wachtOpDownload();
        assertThat(PdfTekst.lees(pdf).plat()).contains(Balieronde.YILMAZ).contains("1 juli 2020");
    }

    @Test
    @Order(4)
    void herzieneBriefNaBezwaar() throws Exception {
        browser.driver.get(ronde.url("/contract/" + ronde.runId + "/G04"));
        assertThat(tekst()).contains("Versie 2 – herzien na bezwaar", "Herzien voorstel na bezwaar.");
        assertThat(browser.driver.findElements(By.partialLinkText("De herziene brief"))).hasSize(1);
    }

    @Test
    @Order(5)
    void overzichtVanDeRondesEnHetRapport() throws Exception {
        browser.driver.findElement(By.linkText("Rondes")).click();
        assertThat(tekst()).contains(ronde.runId, ronde.tweedeRun, "Huursom vóór de cap", "Huursom na de cap",
                "jaarlijkse run");
        browser.schermafdruk("rondes");
        leegDownloads();
        browser.driver.findElements(By.linkText("Huursomrapport (PDF)")).get(0).click();
        assertThat(PdfTekst.lees(wachtOpDownload()).plat()).containsIgnoringCase("huursom");
    }

    @Test
    @Order(6)
    void uitloggen() {
        browser.driver.findElement(By.cssSelector(".uitloggen button")).click();
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
        browser.driver.get(ronde.url("/contract/" + ronde.runId + "/G01"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    /** Searches through the form (typed, Enter) and returns the contract ids found. */
    private static List<String> zoek(String q) {
        browser.driver.get(ronde.url("/zoek"));
        WebElement veld = browser.driver.findElement(By.id("q"));
        veld.clear();
        veld.sendKeys(q, Keys.ENTER);
        return browser.driver.findElements(By.cssSelector("table.lijst tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private static String tekst() {
        return browser.driver.findElement(By.tagName("body")).getText();
    }

    private static boolean geenAlert() {
        try {
            browser.driver.switchTo().alert();
            return false;
        } catch (NoAlertPresentException e) {
            return true;
        }
    }

    private static void leegDownloads() throws Exception {
        try (Stream<Path> paden = Files.list(browser.downloads)) {
            for (Path p : paden.toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path wachtOpDownload() throws Exception {
        long einde = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < einde) {
            try (Stream<Path> paden = Files.list(browser.downloads)) {
                List<Path> klaar = paden.filter(p -> p.toString().endsWith(".pdf")).toList();
                if (!klaar.isEmpty()) {
                    Path pdf = klaar.get(0);
                    Thread.sleep(200);
                    return pdf;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("geen download binnen 20 s in " + browser.downloads);
    }
}

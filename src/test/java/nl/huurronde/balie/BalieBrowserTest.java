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
        wachtOpAdres("/zoek");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/zoek");
        assertThat(browser.driver.findElement(By.className("uitloggen")).getText()).contains("beheer1");
    }

    @Test
    @Order(2)
    void zoekenOpContractPostcodeEnNaam() throws Exception {
        assertThat(zoek("g01")).containsExactly("G01", "G01");
        assertThat(zoek("8011 vm 2")).containsExactly("G02", "G02");
        // both yearly runs (the second without G23); the first run followed by its supplement with the new G90
        assertThat(zoek("8011VM")).hasSize(2 * 23 - 1 + 1).containsSubsequence("G23", Balieronde.NIEUW_CONTRACT, "G01");
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
    @Order(7)
    void medewerkerLegtEenBezwaarVast() {
        login("medewerker1");
        zoek("8011 vm 6");
        browser.driver.findElement(By.linkText("G06")).click();
        assertThat(tekst()).contains("Er is geen bezwaar tegen dit voorstel vastgelegd");
        assertThat(browser.driver.findElements(By.cssSelector("input[value=chronisch_ziek]"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("toekennen"))).isEmpty();
        browser.driver.findElement(By.cssSelector("input[name=grond][value=huishouden]")).click();
        browser.driver.findElement(By.id("r-toelichting")).sendKeys("zoon woont niet meer thuis");
        browser.driver.findElement(By.cssSelector("#registreer button")).click();
        wachtOp("Bezwaar (zaak 1)");
        assertThat(tekst()).contains("Bezwaar (zaak 1): ontvangen", "HUISHOUDEN", "Wettelijke termijn",
                "Geregistreerd door", "medewerker1");
        browser.driver.findElement(By.cssSelector(".uitloggen button")).click();
    }

    @Test
    @Order(8)
    void beheerKentToeNaEenVoorbeeldEnZietDeHerzieneBrief() throws Exception {
        login("beheer1");
        browser.driver.get(ronde.url("/contract/" + ronde.runId + "/G06"));
        browser.driver.findElement(By.id("t-chronisch")).click();
        browser.driver.findElement(By.cssSelector("#toekennen button")).click();
        wachtOp("Voorbeeld: nieuwe huur");
        // The preview: nothing stored yet.
        assertThat(tekst()).contains("Voorbeeld: nieuwe huur na toekennen", "Nog niets is opgeslagen")
                .doesNotContain("Versie 2 – herzien na bezwaar");
        String nieuw = browser.driver.findElement(By.id("voorbeeld-huur")).getText();
        browser.schermafdruk("bezwaar-voorbeeld");
        browser.driver.findElement(By.cssSelector("#bevestig button")).click();
        wachtOp("Versie 2 – herzien na bezwaar");
        assertThat(tekst()).contains("toegekend", "Versie 2 – herzien na bezwaar", "nieuwe kale huur " + nieuw);
        browser.driver.findElement(By.id("bezwaar-kop")).getLocation(); // the case panel
        browser.schermafdruk("bezwaar");
        leegDownloads();
        browser.driver.findElement(By.partialLinkText("De herziene brief")).click();
        assertThat(PdfTekst.lees(wachtOpDownload(".pdf")).plat()).contains("Herzien voorstel", "vervangt versie 1")
                .contains(nieuw.replace("€ ", ""));
    }

    @Test
    @Order(9)
    void werklijstEnCsv() throws Exception {
        // G07 gets an open case so the work list shows a row.
        browser.driver.get(ronde.url("/contract/" + ronde.runId + "/G07"));
        browser.driver.findElement(By.cssSelector("#registreer button")).click();
        wachtOp("Bezwaar (zaak 1)");
        browser.driver.findElement(By.linkText("Rondes")).click();
        wachtOp("Huursom vóór de cap");
        browser.driver.findElements(By.partialLinkText("Werklijst")).get(0).click();
        wachtOp("Werklijst bezwaren");
        assertThat(browser.driver.getCurrentUrl()).contains("/werklijst/" + ronde.runId);
        List<String> contracten = browser.driver.findElements(By.cssSelector("#werklijst tbody tr td:first-child a"))
                .stream().map(WebElement::getText).toList();
        assertThat(contracten).contains("G07").doesNotContain("G06"); // G06 is granted: closed
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("w-status"))).selectByValue("ontvangen");
        browser.driver.findElement(By.cssSelector("#filter button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("status="));
        assertThat(browser.driver.getCurrentUrl()).contains("status=ontvangen");
        assertThat(tekst()).contains("G07");
        browser.schermafdruk("werklijst");
        leegDownloads();
        browser.driver.findElement(By.id("csv")).click();
        List<String> regels = Files.readAllLines(wachtOpDownload(".csv"));
        assertThat(regels.get(0)).startsWith("contract_id,zaak,status,ontvangen,kanaal,gronden");
        assertThat(regels).anyMatch(r -> r.startsWith("G07,1,ontvangen,"));
    }

    @Test
    @Order(10)
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
        wachtOpAdres("q=");
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

    /** Waits for the page after a click (a form's POST and redirect) to show {@code tekst}. */
    private static void wachtOp(String tekst) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(tekst));
    }

    /** Waits for the navigation that a typed Enter starts (the driver does not wait for it). */
    private static void wachtOpAdres(String deel) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(deel));
    }

    private static void login(String naam) {
        browser.driver.get(ronde.url("/login"));
        browser.driver.findElement(By.id("username")).sendKeys(naam);
        browser.driver.findElement(By.id("password")).sendKeys(Balieronde.WACHTWOORD, Keys.ENTER);
        wachtOpAdres("/zoek");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/zoek");
    }

    private static Path wachtOpDownload() throws Exception {
        return wachtOpDownload(".pdf");
    }

    private static Path wachtOpDownload(String einde0) throws Exception {
        long einde = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < einde) {
            try (Stream<Path> paden = Files.list(browser.downloads)) {
                List<Path> klaar = paden.filter(p -> p.toString().endsWith(einde0)).toList();
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

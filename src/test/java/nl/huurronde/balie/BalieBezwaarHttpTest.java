package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desk's objection actions and work list through HTTP, on the shared real run (contracts G08–G12,
 * which no other desk test touches): roles (a medewerker records, only beheer grants, files, rules),
 * CSRF, 404 for another run's contract, Dutch validation messages, the register's refusals, health
 * grounds hidden from medewerker, the work list equal to {@code bezwaar lijst}, and the action log.
 */
class BalieBezwaarHttpTest {

    static Balieronde ronde;
    static final String VANDAAG = LocalDate.now().toString();

    @BeforeAll
    static void start() throws Exception {
        ronde = Balieronde.gedeeld();
    }

    private static String pad(String contract, String actie) {
        return "/contract/" + ronde.runId + "/" + contract + "/bezwaar/" + actie;
    }

    @Test
    void medewerkerLegtVastMaarKentNietToe() throws Exception {
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        String pagina = mw.get("/contract/" + ronde.runId + "/G08").body();
        assertThat(pagina).contains("Bezwaar vastleggen").contains("value=\"huishouden\"")
                .doesNotContain("value=\"chronisch_ziek\"").doesNotContain("bezwaar/voorbeeld");
        String token = mw.csrf("/contract/" + ronde.runId + "/G08");
        HttpResponse<String> r = mw.post(pad("G08", "registreer"), Map.of("ontvangen", VANDAAG, "kanaal", "balie",
                "grond", "huishouden", "toelichting", "dochter verhuisd", "_csrf", token));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/contract/" + ronde.runId + "/G08");
        String na = mw.get("/contract/" + ronde.runId + "/G08").body();
        assertThat(na).contains("Bezwaar (zaak 1): ontvangen").contains("HUISHOUDEN").contains("medewerker1")
                .contains("Wettelijke termijn").contains("verstreken"); // a 2020 round
        // None of the beheer moves, even with a valid token.
        for (String actie : List.of("voorbeeld", "toekennen", "intrekken", "voorleggen", "indienen", "uitspraak")) {
            assertThat(mw.post(pad("G08", actie), Map.of("datum", VANDAAG, "chronisch_ziek", "ja", "zaaknummer", "X",
                    "uitkomst", "gehandhaafd", "_csrf", token)).statusCode()).as(actie).isEqualTo(403);
        }
        assertThat(mw.post(pad("G10", "registreer"), Map.of("ontvangen", VANDAAG, "kanaal", "brief",
                "grond", "chronisch_ziek", "_csrf", token)).statusCode()).as("gezondheidsgrond").isEqualTo(403);
        assertThat(mw.get("/contract/" + ronde.runId + "/G08").body()).contains("<strong>ontvangen</strong>");
        // A second case for the same contract: the register's refusal, shown on the page.
        assertThat(doe(mw, "G08", "registreer", Map.of("ontvangen", VANDAAG, "kanaal", "brief", "_csrf", token))).contains("heeft al een open bezwaar");
        assertThat(acties()).anyMatch(a -> a.equals("medewerker1 BEZWAAR_GEREGISTREERD " + ronde.runId + " G08 null"))
                .noneMatch(a -> a.contains("dochter"));
        assertThat(ronde.webLog()).doesNotContain("dochter");
    }

    @Test
    void zonderCsrfOfVanEenAndereRunGeweigerd() throws Exception {
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        assertThat(beheer.post(pad("G11", "registreer"), Map.of("ontvangen", VANDAAG, "kanaal", "balie")).statusCode())
                .isEqualTo(403);
        String token = beheer.csrf("/zoek");
        for (String p : List.of("/contract/" + ronde.tweedeRun + "/G23/bezwaar/registreer",
                "/contract/" + ronde.runId + "/G99/bezwaar/registreer", "/contract/" + ronde.tweedeRun + "/G23/bezwaar/toekennen",
                "/contract/2026-onbekend/G01/bezwaar/voorleggen")) {
            assertThat(beheer.post(p, Map.of("ontvangen", VANDAAG, "datum", VANDAAG, "kanaal", "balie",
                    "chronisch_ziek", "ja", "_csrf", token)).statusCode()).as(p).isEqualTo(404);
        }
        assertThat(beheer.get("/werklijst/2026-onbekend").statusCode()).isEqualTo(404);
        assertThat(beheer.get("/contract/" + ronde.runId + "/G11").body()).contains("Er is geen bezwaar");
        // Validation: a message that says what to fill in, nothing stored.
        assertThat(doe(beheer, "G11", "registreer", Map.of("ontvangen", "3 juli", "kanaal", "balie", "_csrf", token)))
                .contains("Vul bij &#39;Ontvangen op&#39; een geldige datum in").contains("Er is geen bezwaar");
    }

    @Test
    void beheerVoertDeZaakNaarDeUitspraakEnDeWerklijstIsDieVanBezwaarLijst() throws Exception {
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        String token = beheer.csrf("/zoek");
        assertThat(doe(beheer, "G09", "registreer", Map.of("ontvangen", VANDAAG, "kanaal", "email",
                "grond", "chronisch_ziek", "_csrf", token))).contains("Bezwaar (zaak 1): ontvangen");
        assertThat(doe(beheer, "G09", "voorleggen", Map.of("datum", VANDAAG, "_csrf", token)))
                .contains("bezwaar/1/handhaven.pdf");
        // The letter restates a health ground: for beheer only, no link and no file for a medewerker.
        Sessie mw1 = Sessie.ingelogd(ronde, "medewerker1");
        assertThat(mw1.get("/contract/" + ronde.runId + "/G09").body()).doesNotContain("handhaven.pdf");
        assertThat(mw1.bytes("/contract/" + ronde.runId + "/G09/bezwaar/1/handhaven.pdf").statusCode()).isEqualTo(403);
        assertThat(beheer.bytes("/contract/" + ronde.runId + "/G09/bezwaar/1/handhaven.pdf").statusCode()).isEqualTo(200);
        assertThat(doe(beheer, "G09", "indienen", Map.of("datum", VANDAAG, "zaaknummer", "", "_csrf", token))).contains("Vul het zaaknummer")
                .contains("<strong>voorleggen</strong>");
        assertThat(doe(beheer, "G09", "indienen", Map.of("datum", VANDAAG, "zaaknummer", "HC-2026-17", "_csrf", token))).contains("<strong>ingediend</strong>")
                .contains("HC-2026-17").contains("CHRONISCH_ZIEK");

        HttpResponse<String> lijst = beheer.get("/werklijst/" + ronde.runId + "?status=ingediend");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("G09").contains("HC-2026-17").doesNotContain(">G08<");
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        assertThat(mw.get("/werklijst/" + ronde.runId).body()).contains("G09").doesNotContain("CHRONISCH_ZIEK");
        assertThat(mw.get("/contract/" + ronde.runId + "/G09").body()).doesNotContain("CHRONISCH_ZIEK")
                .contains("gezondheid: alleen beheer");

        HttpResponse<String> csv = beheer.get("/werklijst/" + ronde.runId + "/bezwaren.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        Path uit = ronde.tmp.resolve("bezwaren-lijst.csv");
        Huurronde.Uitkomst cli = ronde.huurronde.voer("bezwaar", "lijst", "--run", ronde.runId, "--uit", uit.toString());
        assertThat(cli.code()).as(cli.toString()).isZero();
        assertThat(csv.body()).isEqualTo(Files.readString(uit, StandardCharsets.UTF_8));
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("contract_id,zaak,status");

        // A ruling from the form; the medewerker may not.
        assertThat(mw.post(pad("G09", "uitspraak"), Map.of("datum", VANDAAG, "uitkomst", "gehandhaafd",
                "_csrf", mw.csrf("/zoek"))).statusCode()).isEqualTo(403);
        assertThat(doe(beheer, "G09", "uitspraak", Map.of("datum", VANDAAG, "uitkomst", "verlaagd", "_csrf", token))).contains("Vul bij &#39;verlaagd&#39; het bedrag in");
        assertThat(doe(beheer, "G09", "uitspraak", Map.of("datum", VANDAAG, "uitkomst", "gehandhaafd", "_csrf", token))).contains("<strong>uitspraak</strong>")
                .contains("gehandhaafd");
        assertThat(beheer.get("/werklijst/" + ronde.runId).body()).doesNotContain(">G09<");
        // A refused move shows the register's message.
        assertThat(doe(beheer, "G09", "intrekken", Map.of("datum", VANDAAG, "_csrf", token))).contains("de Huurcommissie deed al uitspraak");
        assertThat(acties()).anyMatch(a -> a.equals("beheer1 BEZWAAR_INGEDIEND " + ronde.runId + " G09 null"))
                .anyMatch(a -> a.equals("beheer1 WERKLIJST_GEDOWNLOAD " + ronde.runId + " null null"));
        assertThat(registerDoor("G09")).containsOnly("beheer1");
    }

    @Test
    void stukkenVanDeZaakScanHandhavenEnDossier() throws Exception {
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        String token = beheer.csrf("/contract/" + ronde.runId + "/G12");
        assertThat(beheer.get("/contract/" + ronde.runId + "/G12").body()).contains("enctype=\"multipart/form-data\"")
                .contains("name=\"scan\"");
        // Registered with its scanned letter (multipart, CSRF in the body as the form sends it).
        HttpResponse<String> r = beheer.multipart(pad("G12", "registreer"), Map.of("ontvangen", VANDAAG,
                "kanaal", "brief", "grond", "wws", "toelichting", "punten keuken kloppen niet", "_csrf", token),
                "scan", "brief van de huurder.pdf", scanPdf("SCANREGEL G12"));
        assertThat(r.statusCode()).isEqualTo(302);
        String pagina = beheer.get("/contract/" + ronde.runId + "/G12").body();
        assertThat(pagina).contains("Bezwaar (zaak 1): ontvangen").contains("Scan van de bezwaarbrief bewaard.")
                .contains("bezwaar/1/scan.pdf").doesNotContain("bezwaar/1/handhaven.pdf")
                .doesNotContain("Dossier voor de Huurcommissie"); // not before voorleggen
        HttpResponse<byte[]> scan = beheer.bytes("/contract/" + ronde.runId + "/G12/bezwaar/1/scan.pdf");
        assertThat(scan.statusCode()).isEqualTo(200);
        assertThat(scan.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(scan.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(scan.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(PdfTekst.lees(scan.body()).tekst()).contains("SCANREGEL G12");
        Path opgeslagen = ronde.runMap.resolve("bezwaren/scans/G12-zaak1.pdf");
        assertThat(Files.readAllBytes(opgeslagen)).isEqualTo(scan.body());
        // The scan is health data: a medewerker gets no link and no file.
        assertThat(mw.get("/contract/" + ronde.runId + "/G12").body()).doesNotContain("scan.pdf");
        assertThat(mw.bytes("/contract/" + ronde.runId + "/G12/bezwaar/1/scan.pdf").statusCode()).isEqualTo(403);

        // A grant that changes nothing: advice in desk words, no command line.
        String geen = doe(beheer, "G12", "voorbeeld", Map.of("maximale_huur", "800", "datum", VANDAAG, "_csrf", token));
        assertThat(geen).contains("Deze correctie verandert niets").contains("kies dan hieronder &#39;Voorleggen&#39;")
                .contains("Wij handhaven ons voorstel").doesNotContain("huurronde bezwaar");

        assertThat(doe(beheer, "G12", "voorleggen", Map.of("datum", VANDAAG, "_csrf", token)))
                .contains("<strong>voorleggen</strong>").contains("bezwaar/1/handhaven.pdf")
                .contains("Dossier voor de Huurcommissie");
        // No health ground: the letter is for both roles; the dossier button only for beheer.
        String mwPagina = mw.get("/contract/" + ronde.runId + "/G12").body();
        assertThat(mwPagina).contains("bezwaar/1/handhaven.pdf").doesNotContain("Dossier voor de Huurcommissie");
        HttpResponse<byte[]> brief = mw.bytes("/contract/" + ronde.runId + "/G12/bezwaar/1/handhaven.pdf");
        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(PdfTekst.lees(brief.body()).tekst()).contains("Wij handhaven ons voorstel");

        String dossierPad = pad("G12", "dossier");
        assertThat(mw.postBytes(dossierPad, Map.of("_csrf", mw.csrf("/zoek"))).statusCode()).isEqualTo(403);
        assertThat(beheer.postBytes(dossierPad, Map.of()).statusCode()).as("zonder CSRF").isEqualTo(403);
        HttpResponse<byte[]> dossier = beheer.postBytes(dossierPad, Map.of("_csrf", token));
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(dossier.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(dossier.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
                .contains("dossier-G12.pdf");
        assertThat(dossier.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        String tekst = PdfTekst.lees(dossier.body()).tekst().replaceAll("\\s+", " ");
        assertThat(tekst).contains("G12").contains("de punten volgens het woningwaarderingsstelsel of de maximale huur")
                .contains("punten keuken kloppen niet").contains("SCANREGEL G12");
        assertThat(Files.readAllBytes(ronde.runMap.resolve("bezwaren/dossier-G12.pdf"))).isEqualTo(dossier.body());

        // Only the files of the contract's own case: none of another contract, case or run.
        for (String p : List.of("/contract/" + ronde.runId + "/G11/bezwaar/1/scan.pdf",
                "/contract/" + ronde.runId + "/G08/bezwaar/1/handhaven.pdf",
                "/contract/" + ronde.runId + "/G12/bezwaar/2/handhaven.pdf",
                "/contract/" + ronde.tweedeRun + "/G12/bezwaar/1/scan.pdf",
                "/contract/" + ronde.runId + "/G12/bezwaar/..%2F..%2Fhuursom-rapport.pdf/scan.pdf")) {
            assertThat(beheer.bytes(p).statusCode()).as(p).isIn(400, 404);
        }
        // A dossier for a case that is not put to the Huurcommissie: the register's refusal on the page.
        assertThat(beheer.postBytes(pad("G11", "dossier"), Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(beheer.get("/contract/" + ronde.runId + "/G11").body())
                .contains("Er is geen bezwaar vastgelegd voor contract G11").doesNotContain("huurronde bezwaar");

        assertThat(acties()).anyMatch(a -> a.equals("beheer1 BEZWAAR_DOSSIER " + ronde.runId + " G12 null"))
                .anyMatch(a -> a.equals("beheer1 SCAN_GEOPEND " + ronde.runId + " G12 null"))
                .anyMatch(a -> a.equals("medewerker1 SCAN_GEWEIGERD " + ronde.runId + " G12 null"))
                .anyMatch(a -> a.equals("medewerker1 HANDHAVINGSBRIEF_GEOPEND " + ronde.runId + " G12 null"))
                .noneMatch(a -> a.contains("keuken"));
        assertThat(ronde.webLog()).doesNotContain("keuken");
    }

    @Test
    void eenScanDieGeenPdfIsWordtGeweigerd() throws Exception {
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        String token = beheer.csrf("/zoek");
        HttpResponse<String> r = beheer.multipart(pad("G10", "registreer"), Map.of("ontvangen", VANDAAG,
                "kanaal", "balie", "grond", "overig", "_csrf", token), "scan", "foto.jpg",
                "\u00ff\u00d8 geen pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.statusCode()).isEqualTo(302);
        String pagina = beheer.get("/contract/" + ronde.runId + "/G10").body();
        // Refused with the register's own line (the file named as uploaded, no server path), nothing stored.
        assertThat(pagina).contains("scan &#39;foto.jpg&#39;: geen PDF (het bestand begint niet met %PDF-)")
                .contains("Er is geen bezwaar").doesNotContain("/tmp/");
        assertThat(ronde.runMap.resolve("bezwaren/scans/G10-zaak1.pdf")).doesNotExist();
        // Starts like a PDF but does not open.
        beheer.multipart(pad("G10", "registreer"), Map.of("ontvangen", VANDAAG, "kanaal", "balie", "_csrf", token),
                "scan", "kapot.pdf", "%PDF-1.4 kapot".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(beheer.get("/contract/" + ronde.runId + "/G10").body()).contains("scan &#39;kapot.pdf&#39;: geen leesbare PDF")
                .contains("Er is geen bezwaar");
        // Too large: the register's own limit (20 MB) speaks, not the server's multipart limit (25 MB).
        byte[] groot = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1), 0, groot, 0, 8);
        assertThat(beheer.multipart(pad("G10", "registreer"), Map.of("ontvangen", VANDAAG, "kanaal", "balie",
                "_csrf", token), "scan", "groot.pdf", groot).statusCode()).isEqualTo(302);
        assertThat(beheer.get("/contract/" + ronde.runId + "/G10").body()).contains("21 MB is te groot (ten hoogste 20 MB)")
                .contains("Er is geen bezwaar");
        // Above the server's limit: refused before the register, nothing stored, the desk still answers.
        HttpResponse<String> teGroot = beheer.multipart(pad("G10", "registreer"), Map.of("ontvangen", VANDAAG,
                "kanaal", "balie", "_csrf", token), "scan", "enorm.pdf", new byte[27 * 1024 * 1024]);
        assertThat(teGroot.statusCode()).as(teGroot.body()).isBetween(400, 499);
        assertThat(beheer.get("/contract/" + ronde.runId + "/G10").body()).contains("Er is geen bezwaar");
    }

    /** A one-page PDF as a scanner writes it (here with text, so the dossier's copy can be read back). */
    private static byte[] scanPdf(String regel) {
        java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();
        org.openpdf.text.Document d = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(d, uit);
        d.open();
        d.add(new org.openpdf.text.Paragraph(regel));
        d.close();
        return uit.toByteArray();
    }

    /** A POST and the page it redirects to (each message is shown once, on the next page). */
    private static String doe(Sessie s, String contract, String actie, Map<String, String> velden) throws Exception {
        assertThat(s.post(pad(contract, actie), velden).statusCode()).as(actie).isEqualTo(302);
        return s.get("/contract/" + ronde.runId + "/" + contract).body();
    }

    private static List<String> acties() throws Exception {
        List<String> a = new ArrayList<>();
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT gebruiker, actie, run_id, contract_id, detail FROM gebruiker_actie")) {
            while (rs.next()) {
                a.add(rs.getString("gebruiker") + " " + rs.getString("actie") + " " + rs.getString("run_id") + " "
                        + rs.getString("contract_id") + " " + rs.getString("detail"));
            }
        }
        return a;
    }

    private static List<String> registerDoor(String contract) throws Exception {
        List<String> a = new ArrayList<>();
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT door FROM bezwaarzaak_historie WHERE contract_id = '" + contract + "'")) {
            while (rs.next()) {
                a.add(rs.getString("door"));
            }
        }
        return a;
    }

    private static Connection verbinding() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + ronde.tmp.resolve("data").toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
    }
}

package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desk through HTTP, on a real run (Balieronde): nothing without login, roles, CSRF, 404 for another
 * run's or an invented contract, injection in the search changes nothing and markup is shown as text,
 * the security headers, the lockout after failed logins, health data only for beheer, and an action log
 * without search terms.
 */
class BalieHttpTest {

    static Balieronde ronde;

    @BeforeAll
    static void start() throws Exception {
        ronde = Balieronde.gedeeld();
    }

    @Test
    void zonderInloggenGeenPaginaOfDownload() throws Exception {
        Sessie anoniem = new Sessie(ronde);
        for (String pad : List.of("/", "/zoek", Sessie.zoekpad("G01"), "/contract/" + ronde.runId + "/G01",
                "/contract/" + ronde.runId + "/G01/brief/1", "/rondes", "/rondes/" + ronde.runId + "/rapport",
                "/beheer/gebruikers")) {
            HttpResponse<String> r = anoniem.get(pad);
            assertThat(r.statusCode()).as(pad).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(pad).endsWith("/login");
            assertThat(r.body()).as(pad).doesNotContain("G01").doesNotContain("Yılmaz");
        }
        assertThat(anoniem.get("/login").statusCode()).isEqualTo(200);
        assertThat(anoniem.get("/css/balie.css").statusCode()).isEqualTo(200);
    }

    @Test
    void inloggenZonderCsrfTokenGeweigerd() throws Exception {
        Sessie s = new Sessie(ronde);
        HttpResponse<String> r = s.post("/login", Map.of("username", "medewerker1", "password", Balieronde.WACHTWOORD));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(s.get("/zoek").statusCode()).as("niet ingelogd").isEqualTo(302);
        // A logged-in user's POST without the token is refused too.
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        assertThat(beheer.post("/beheer/gebruikers/deblokkeer", Map.of("naam", "slot")).statusCode()).isEqualTo(403);
        assertThat(beheer.post("/uitloggen", Map.of()).statusCode()).isEqualTo(403);
        assertThat(beheer.get("/zoek").statusCode()).as("nog ingelogd").isEqualTo(200);
    }

    @Test
    void medewerkerBeheertGeenGebruikers() throws Exception {
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        assertThat(mw.get("/beheer/gebruikers").statusCode()).isEqualTo(403);
        String token = mw.csrf("/zoek");
        assertThat(mw.post("/beheer/gebruikers/deblokkeer", Map.of("naam", "slot", "_csrf", token)).statusCode())
                .isEqualTo(403);
        assertThat(mw.get("/zoek").body()).doesNotContain("/beheer/gebruikers");
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        HttpResponse<String> lijst = beheer.get("/beheer/gebruikers");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("medewerker1").contains("beheer1").doesNotContain("{bcrypt}");
    }

    @Test
    void contractVanEenAndereRunOfVerzonnenIsNietGevonden() throws Exception {
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        assertThat(mw.get("/contract/" + ronde.runId + "/G23").statusCode()).isEqualTo(200);
        for (String pad : List.of("/contract/" + ronde.tweedeRun + "/G23", "/contract/" + ronde.runId + "/G99",
                "/contract/2026-onbekend/G01", "/contract/" + ronde.runId + "/G01/brief/7",
                "/contract/" + ronde.tweedeRun + "/G23/brief/1", "/contract/" + ronde.runId + "/..%2F..%2Fetc/brief/1",
                "/rondes/2026-onbekend/rapport")) {
            HttpResponse<String> r = mw.get(pad);
            assertThat(r.statusCode()).as(pad).isIn(400, 404);
            assertThat(r.body()).as(pad).doesNotContain("Yılmaz").doesNotContain("Thorbeckegracht");
        }
        HttpResponse<String> niet = mw.get("/contract/" + ronde.runId + "/G99");
        assertThat(niet.body()).contains("Niet gevonden");
    }

    /** A contract new to the round in a supplement is found by id and name, and its page opens. */
    @Test
    void contractUitEenAanvullingWordtGevonden() throws Exception {
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        String pad = "/contract/" + ronde.aanvulRun + "/" + Balieronde.NIEUW_CONTRACT;
        for (String q : List.of(Balieronde.NIEUW_CONTRACT, "laatkomer", "8011VM 90")) {
            HttpResponse<String> r = mw.get(Sessie.zoekpad(q));
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).contains(pad, Balieronde.LAATKOMER);
        }
        HttpResponse<String> contract = mw.get(pad);
        assertThat(contract.statusCode()).isEqualTo(200);
        assertThat(contract.body()).contains(Balieronde.LAATKOMER, ronde.aanvulRun);
        // the round's other contracts stay found in the main run alone
        assertThat(mw.get(Sessie.zoekpad("G01")).body()).doesNotContain(ronde.aanvulRun);
    }

    @Test
    void injectieInHetZoekveldVerandertNietsEnOpmaakBlijftTekst() throws Exception {
        long voor = aantal("SELECT COUNT(*) FROM voorstel") + aantal("SELECT COUNT(*) FROM huurder");
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        for (String q : List.of("' OR '1'='1", "G01' --", "%", "_", "'; DROP TABLE voorstel; --",
                "\" onmouseover=\"x", "8011VM 1' OR 1=1")) {
            HttpResponse<String> r = mw.get(Sessie.zoekpad(q));
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).doesNotContain("Thorbeckegracht").doesNotContain("onmouseover=\"x");
        }
        assertThat(aantal("SELECT COUNT(*) FROM voorstel") + aantal("SELECT COUNT(*) FROM huurder")).isEqualTo(voor);

        HttpResponse<String> script = mw.get(Sessie.zoekpad("vries"));
        assertThat(script.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; de Vries")
                .doesNotContain("<script>");
        HttpResponse<String> contract = mw.get("/contract/" + ronde.runId + "/G03");
        assertThat(contract.body()).contains("&lt;script&gt;").doesNotContain("<script>");
        HttpResponse<String> rtl = mw.get("/contract/" + ronde.runId + "/G05");
        assertThat(rtl.body()).contains("Dhr. [U+202E]knip").doesNotContain("\u202E");
    }

    @Test
    void beveiligingskoppenEnGeenCache() throws Exception {
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        for (String pad : List.of("/zoek", Sessie.zoekpad("yilmaz"), "/contract/" + ronde.runId + "/G01", "/rondes",
                "/login")) {
            HttpResponse<String> r = mw.get(pad);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).as(pad)
                    .contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(pad).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(pad).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(pad).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).as(pad).contains("no-store");
            assertThat(r.body()).as(pad).doesNotContain("<script").doesNotContain("style=");
        }
        HttpResponse<byte[]> pdf = mw.bytes("/contract/" + ronde.runId + "/G01/brief/1");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(PdfTekst.lees(pdf.body()).plat()).contains(Balieronde.YILMAZ);
    }

    @Test
    void naVijfMisluktePogingenGeblokkeerdOokMetHetGoedeWachtwoord() throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = new Sessie(ronde).login("slot", "fout-wachtwoord-" + i);
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?fout");
        }
        HttpResponse<String> goed = new Sessie(ronde).login("slot", Balieronde.WACHTWOORD);
        assertThat(goed.headers().firstValue("Location").orElseThrow()).endsWith("/login?fout");
        // An unknown name gets the same answer, so the page tells nobody which names exist.
        HttpResponse<String> onbekend = new Sessie(ronde).login("bestaat-niet", Balieronde.WACHTWOORD);
        assertThat(onbekend.headers().firstValue("Location").orElseThrow()).endsWith("/login?fout");
        // beheer lifts the block on the desk; then the right password works again.
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        assertThat(beheer.get("/beheer/gebruikers").body()).contains("Opheffen");
        String token = beheer.csrf("/beheer/gebruikers");
        assertThat(beheer.post("/beheer/gebruikers/deblokkeer", Map.of("naam", "slot", "_csrf", token)).statusCode())
                .isEqualTo(302);
        Sessie.ingelogd(ronde, "slot");
    }

    @Test
    void gezondheidsgegevensAlleenVoorBeheer() throws Exception {
        String pad = "/contract/" + ronde.runId + "/G04";
        String mw = Sessie.ingelogd(ronde, "medewerker1").get(pad).body();
        assertThat(mw).contains("Versie <span>2</span>").doesNotContain("chronisch ziek of gehandicapt: geen")
                .doesNotContain("Chronisch ziek of gehandicapt</dt>").contains("alleen de rol beheer");
        assertThat(Sessie.ingelogd(ronde, "medewerker1").bytes(pad + "/brief/2").statusCode()).isEqualTo(403);
        Sessie beheer = Sessie.ingelogd(ronde, "beheer1");
        String b = beheer.get(pad).body();
        assertThat(b).contains("Iemand in het huishouden is chronisch ziek of gehandicapt");
        HttpResponse<byte[]> herzien = beheer.bytes(pad + "/brief/2");
        assertThat(herzien.statusCode()).isEqualTo(200);
        assertThat(PdfTekst.lees(herzien.body()).plat()).contains("bezwaar");
    }

    @Test
    void elkeActieVastgelegdZonderZoekterm() throws Exception {
        Sessie mw = Sessie.ingelogd(ronde, "medewerker1");
        mw.get(Sessie.zoekpad("muller"));
        mw.get("/contract/" + ronde.runId + "/G02");
        List<String> acties = new ArrayList<>();
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT gebruiker, actie, run_id, contract_id, detail FROM gebruiker_actie ORDER BY id")) {
            while (rs.next()) {
                acties.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " " + rs.getString(5));
            }
        }
        assertThat(acties).anyMatch(a -> a.startsWith("medewerker1 ZOEKEN null null NAAM 2"))
                .anyMatch(a -> a.equals("medewerker1 CONTRACT_BEKEKEN " + ronde.runId + " G02 null"))
                .anyMatch(a -> a.startsWith("medewerker1 INLOGGEN"))
                .noneMatch(a -> a.toLowerCase().contains("muller") || a.contains("Müller"));
        assertThat(ronde.webLog()).doesNotContain("muller").doesNotContain("Müller").doesNotContain("yilmaz");
    }

    private static Connection verbinding() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + ronde.tmp.resolve("data").toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
    }

    private static long aantal(String sql) throws Exception {
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.huurronde.CsvBestand;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bezwaar register (issue #21) through the real commands on the golden 2020 round (ingangsdatum
 * 1 July 2020, letters sent 20 April 2020): every path of a case, every impossible move refused with
 * exit 1, the list with its deadlines, status, and the history in the database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BezwaarregisterTest {

    @TempDir
    static Path tmp;

    static Ronde2020 ronde;

    @BeforeAll
    static void run() throws IOException {
        ronde = new Ronde2020(Huurronde.h2(tmp.resolve("data")), tmp);
    }

    static Huurronde.Uitkomst bezwaar(String stap, String contract, String... rest) {
        List<String> args = new ArrayList<>(List.of("bezwaar", stap, "--run", ronde.runId, "--contract", contract,
                "--door", "J. de Vries"));
        args.addAll(List.of(rest));
        return ronde.huurronde.voer(args.toArray(String[]::new));
    }

    static Huurronde.Uitkomst ok(String stap, String contract, String... rest) {
        Huurronde.Uitkomst u = bezwaar(stap, contract, rest);
        assertThat(u.code()).as(u.toString()).isZero();
        return u;
    }

    static void geweigerd(Huurronde.Uitkomst u, String melding) {
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).as(u.toString()).startsWith("fout: ").contains(melding);
        assertThat(u.fout().lines().count()).as("één regel").isEqualTo(1);
    }

    @Test
    @Order(1)
    void voorgelegdIngediendEnVerlaagdMaaktEenNieuweVersieEnDaarnaKanNietsMeer() throws IOException {
        Huurronde.Uitkomst r = ok("registreer", "G01", "--ontvangen", "2020-05-10", "--kanaal", "email",
                "--grond", "INKOMEN", "--grond", "chronisch_ziek", "--toelichting", "medische verklaring volgt");
        assertThat(r.uit()).contains("zaak 1", "ontvangen op 2020-05-10").doesNotContain("te laat")
                .doesNotContain("medische");
        geweigerd(bezwaar("registreer", "G01", "--ontvangen", "2020-05-11"), "heeft al een open bezwaar (zaak 1");
        geweigerd(bezwaar("indienen", "G01", "--datum", "2020-07-02", "--zaaknummer", "HC-1"),
                "kan niet worden ingediend: het bezwaar is ontvangen sinds 2020-05-10 (mogelijk: voorleggen, toegekend, ingetrokken)");
        ok("voorleggen", "G01", "--datum", "2020-06-20");
        ok("indienen", "G01", "--datum", "2020-08-03", "--zaaknummer", "HC-2020-0001");
        Huurronde.Uitkomst te = bezwaar("uitspraak", "G01", "--datum", "2020-10-01", "--uitkomst", "verlaagd");
        assertThat(te.code()).as(te.toString()).isEqualTo(2);
        geweigerd(bezwaar("uitspraak", "G01", "--datum", "2020-10-01", "--uitkomst", "verlaagd", "--bedrag", "520.50"),
                "is geen verlaging");
        Huurronde.Uitkomst u = ok("uitspraak", "G01", "--datum", "2020-10-01", "--uitkomst", "verlaagd",
                "--bedrag", "510.00");
        assertThat(u.uit()).contains("uitspraak op 2020-10-01", "versie 2 vervangt versie 1",
                "kale huur nieuw € 510,00 (was € 520,50)", "mutatie € -10,50");
        Path v2 = ronde.map("G01", 2);
        assertThat(Ronde2020.audit(v2)).containsEntry("versie", "2").containsEntry("kale_huur_nieuw", "510.00")
                .containsEntry("verhoging_bedrag", "10.00").containsEntry("verhoging_pct", "2.00");
        assertThat(Ronde2020.financieel(v2)).containsEntry("kale_huur_oud", "500.00")
                .containsEntry("kale_huur_nieuw", "510.00").containsEntry("mutatie", "-10.50")
                .containsEntry("ingangsdatum", "2020-07-01");
        // A letter after the ruling is no proposal: no invitation to object, the court instead (#24 item 4).
        assertThat(Ronde2020.audit(v2).get("redenen")).contains("UITSPRAAK_HUURCOMMISSIE");
        assertThat(Ronde2020.pdfTekst(v2.resolve("G01-v2.pdf"))).contains("510,00",
                        "Uw huur per 1 juli 2020 na de uitspraak van de Huurcommissie – vervangt versie 1",
                        "Zij heeft uw kale huur vastgesteld op € 510,00 per maand",
                        "Bent u het niet eens met de uitspraak?", "de kantonrechter om een beslissing vragen (artikel 7:262",
                        "Betaalde u sindsdien uw huidige huur? Dan betaalt u het verschil")
                .doesNotContain("Herzien voorstel", "Doe dit vóór", "Dan kunt u bezwaar maken",
                        "Met deze brief doen wij u een voorstel", "Dan gaat u akkoord");
        // After the ruling nothing can move: no grant, no shorthand, no new case against the same proposal.
        geweigerd(bezwaar("toekennen", "G01", "--chronisch-ziek"),
                "kan niet worden toegekend: de Huurcommissie deed al uitspraak (verlaagd, 2020-10-01)");
        geweigerd(ronde.bezwaar("G01", "--chronisch-ziek"), "heeft de Huurcommissie al uitspraak gedaan");
        geweigerd(bezwaar("registreer", "G01", "--ontvangen", "2020-10-02"), "al uitspraak gedaan");
        assertThat(historie("G01")).containsExactly(
                "1 ONTVANGEN 2020-05-10 J. de Vries geregistreerd: ontvangen per email, gronden INKOMEN|CHRONISCH_ZIEK",
                "2 VOORLEGGEN 2020-06-20 J. de Vries voorleggen: de verhuurder houdt vast aan het voorstel; brief 'wij "
                        + "handhaven ons voorstel'",
                "3 INGEDIEND 2020-08-03 J. de Vries ingediend bij de Huurcommissie, zaaknummer HC-2020-0001",
                "4 UITSPRAAK 2020-10-01 J. de Vries uitspraak Huurcommissie: verlaagd, kale huur € 510,00, versie 2, "
                        + "mutatie € -10,50");
    }

    @Test
    @Order(2)
    void ingetrokkenToegekendGehandhaafdEnTeLaat() throws IOException {
        ok("registreer", "G02", "--ontvangen", "2020-05-02", "--kanaal", "balie");
        geweigerd(bezwaar("intrekken", "G02", "--datum", "2020-05-01"), "ligt vóór de vorige stap");
        ok("intrekken", "G02", "--datum", "2020-05-20");
        geweigerd(bezwaar("intrekken", "G02", "--datum", "2020-05-21"), "het bezwaar is al ingetrokken (2020-05-20)");
        assertThat(ronde.map("G02", 2)).doesNotExist();

        ok("registreer", "G03", "--ontvangen", "2020-06-01", "--grond", "CHRONISCH_ZIEK", "--kanaal", "portaal");
        Huurronde.Uitkomst t = ok("toekennen", "G03", "--chronisch-ziek", "--datum", "2020-06-10");
        assertThat(t.uit()).contains("toegekend op 2020-06-10", "versie 2 vervangt versie 1");
        assertThat(Ronde2020.audit(ronde.map("G03", 2))).containsEntry("chronisch_ziek", "J");

        // Filed after the six weeks (11 August): recorded, with a warning.
        ok("registreer", "G10", "--ontvangen", "2020-06-15");
        ok("voorleggen", "G10", "--datum", "2020-06-20");
        Huurronde.Uitkomst laat = ok("indienen", "G10", "--datum", "2020-08-12", "--zaaknummer", "HC-2020-0002");
        assertThat(laat.uit()).contains("ingediend na de termijn (uiterlijk 2020-08-11");
        ok("uitspraak", "G10", "--datum", "2020-11-02", "--uitkomst", "gehandhaafd");
        assertThat(ronde.map("G10", 2)).doesNotExist();

        Huurronde.Uitkomst teLaat = ok("registreer", "G07", "--ontvangen", "2020-07-01", "--grond", "OVERIG");
        assertThat(teLaat.uit()).contains("[te laat]", "ontvangen na de ingangsdatum 2020-07-01",
                "tot en met 2020-10-31");

        ok("registreer", "G12", "--ontvangen", "2020-06-28", "--grond", "WWS");
        ok("registreer", "G13", "--ontvangen", "2020-06-29");
        ok("voorleggen", "G13", "--datum", "2020-07-01");
        ok("indienen", "G13", "--datum", "2020-07-10", "--zaaknummer", "HC-2020-0003");
    }

    @Test
    @Order(3)
    void onmogelijkeStappenWordenGeweigerd() {
        Huurronde.Uitkomst onbekend = ronde.huurronde.voer("bezwaar", "registreer", "--run", "2020-00000000",
                "--contract", "G05", "--ontvangen", "2020-05-01");
        geweigerd(onbekend, "onbekende run '2020-00000000'");
        geweigerd(bezwaar("registreer", "G99", "--ontvangen", "2020-05-01"), "contract G99 komt niet voor in run");
        geweigerd(bezwaar("registreer", "G05", "--ontvangen", "2020-04-19"),
                "ligt vóór de verzending van de brieven op 2020-04-20");
        geweigerd(bezwaar("registreer", "G05", "--ontvangen", "2099-01-01"), "ligt in de toekomst");
        geweigerd(bezwaar("toekennen", "G05", "--chronisch-ziek"), "heeft geen bezwaar in run");
        geweigerd(bezwaar("intrekken", "G05", "--datum", "2020-05-01"), "heeft geen bezwaar in run");
        geweigerd(bezwaar("uitspraak", "G12", "--datum", "2020-09-01", "--uitkomst", "afgewezen"),
                "kan niet een uitspraak krijgen: het bezwaar is ontvangen");
        Huurronde.Uitkomst kanaal = bezwaar("registreer", "G05", "--ontvangen", "2020-05-01", "--kanaal", "fax");
        assertThat(kanaal.code()).as(kanaal.toString()).isEqualTo(2);
        assertThat(kanaal.fout()).contains("--kanaal verwacht een van: brief|email|portaal|balie");
        Huurronde.Uitkomst zonder = bezwaar("registreer", "G05");
        assertThat(zonder.code()).isEqualTo(2);
        assertThat(zonder.fout()).contains("vraagt --ontvangen");
    }

    @Test
    @Order(4)
    void deKorteVormRegistreertEnKentToe() throws Exception {
        Huurronde.Uitkomst u = ronde.bezwaar("G05", "--chronisch-ziek");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.uit()).contains("versie 2 vervangt versie 1", "bezwaarregister: zaak 1 toegekend");
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, gronden, kanaal, versie FROM bezwaarzaak WHERE contract_id = 'G05'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("status")).isEqualTo("TOEGEKEND");
            assertThat(rs.getString("gronden")).isEqualTo("CHRONISCH_ZIEK");
            assertThat(rs.getInt("versie")).isEqualTo(2);
        }
        // A shorthand that changes nothing stores nothing, not even the case.
        Huurronde.Uitkomst niets = ronde.bezwaar("G05", "--chronisch-ziek");
        geweigerd(niets, "verandert niets");
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM bezwaarzaak WHERE contract_id = 'G05'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void deLijstToontDeOpenBezwarenMetHunTermijnMeestDringendEerst() throws IOException {
        Huurronde.Uitkomst l = ronde.huurronde.voer("bezwaar", "lijst", "--run", ronde.runId, "--peildatum", "2020-07-20");
        assertThat(l.code()).as(l.toString()).isZero();
        Path csv = ronde.runMap.resolve("bezwaren.csv");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        List<Map<String, String>> rijen = CsvBestand.lees(csv);
        assertThat(rijen).extracting(r -> r.get("contract_id") + " " + r.get("status") + " " + r.get("termijn") + " "
                + r.get("dagen_over") + " " + r.get("te_laat")).containsExactly(
                "G12 ontvangen 2020-08-11 22 N",
                "G07 ontvangen 2020-09-30 72 J",
                "G13 ingediend   N");
        assertThat(rijen.get(0)).containsEntry("gronden", "WWS").containsEntry("ingangsdatum", "2020-07-01");
        assertThat(rijen.get(2)).containsEntry("zaaknummer", "HC-2020-0003");
        assertThat(l.uit()).contains("G12", "(22 dagen)", "lijst: " + csv);

        Path eigen = tmp.resolve("termijn.csv");
        Huurronde.Uitkomst t = ronde.huurronde.voer("bezwaar", "lijst", "--run", ronde.runId, "--peildatum", "2020-07-20",
                "--termijn", "--uit", eigen.toString());
        assertThat(t.code()).as(t.toString()).isZero();
        assertThat(CsvBestand.lees(eigen)).extracting(r -> r.get("contract_id")).containsExactly("G12", "G07");

        Huurronde.Uitkomst status = ronde.huurronde.voer("status", "--run", ronde.runId);
        assertThat(status.code()).as(status.toString()).isZero();
        assertThat(status.uit()).contains("bezwaarregister: ontvangen 2, ingediend 1, toegekend 2, ingetrokken 1, "
                + "uitspraak 2").contains("eerstvolgende termijn: 2020-08-11");
    }

    @Test
    @Order(6)
    void deStappenHebbenHulp() {
        for (String stap : List.of("registreer", "toekennen", "intrekken", "voorleggen", "indienen", "uitspraak", "lijst")) {
            Huurronde.Uitkomst u = ronde.huurronde.voer("bezwaar", stap, "--help");
            assertThat(u.code()).as(u.toString()).isZero();
            assertThat(u.uit()).startsWith("gebruik: huurronde bezwaar " + stap + " ")
                    .contains("voorbeeld:\n  huurronde bezwaar " + stap + " ");
        }
    }

    @Test
    @Order(7)
    void herinneringVoorWieNietBetaaldeEnGeenBezwaarHeeftEnNaVierMaandenAanvaard() throws IOException {
        Path fout = tmp.resolve("betaald-fout.csv");
        Files.writeString(fout, "contract_id,bedrag\nG04,528.00\nG08,vijf\n");
        geweigerd(herinnering(fout, "2020-09-15"), "betaald-fout.csv regel 3, veld bedrag");
        Files.writeString(fout, "contract_id\nG77\n");
        geweigerd(herinnering(fout, "2020-09-15"), "regel 2, veld contract_id: contract 'G77' heeft geen voorstel");
        Files.writeString(fout, "klant\nG04\n");
        geweigerd(herinnering(fout, "2020-09-15"), "regel 1: kopregel 'klant' verwacht");

        Path betaald = tmp.resolve("betaald.csv");
        StringBuilder b = new StringBuilder("contract_id;bedrag\n");
        for (String c : List.of("G02", "G03", "G04", "G05", "G08", "G09", "G11", "G14", "G15", "G16", "G17", "G19",
                "G20", "G21")) {
            b.append(c).append(";9999.00\n");
        }
        b.append("G06;500.00\n;;\n"); // G06 pays the old rent on; an Excel row of only separators is skipped
        Files.writeString(betaald, b.toString());
        geweigerd(herinnering(betaald, "2020-06-30"), "pas op of na de ingangsdatum 2020-07-01");
        Huurronde.Uitkomst h = herinnering(betaald, "2020-09-15");
        assertThat(h.code()).as(h.toString()).isZero();
        assertThat(h.uit()).contains("2020-09-15: 3 contracten", "tot en met 2020-10-31");
        Path map = ronde.runMap.resolve("herinnering/2020-09-15");
        assertThat(CsvBestand.lees(map.resolve("aangetekend.csv"))).extracting(r -> r.get("contract_id"))
                .containsExactly("G06", "G22", "G23");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(map.resolve("aangetekend.csv"))))
                .isEqualTo("rw-------");
        String brief = Ronde2020.pdfTekst(map.resolve("G22-herinnering.pdf"));
        assertThat(brief).contains("Aangetekend", "Herinnering", "15 september 2020", "tot en met 31 oktober 2020",
                "Afschrift van ons voorstel van 20 april 2020", "Huurcommissie");
        nl.huurronde.PdfTekst druk = nl.huurronde.PdfTekst.lees(map.resolve("herinneringen-drukbestand.pdf"));
        assertThat(druk.paginas() % 2).as("duplex: elke brief begint op een voorkant").isZero();
        assertThat(druk.tekst()).contains("G06", "G22", "G23");
        // Again: nobody twice.
        Huurronde.Uitkomst nog = herinnering(betaald, "2020-09-20");
        assertThat(nog.code()).as(nog.toString()).isZero();
        assertThat(nog.uit()).contains(": 0 contracten", "3 al eerder herinnerd");

        // G23 objects after the reminder: late, and the tenant's four months are its deadline.
        ok("registreer", "G23", "--ontvangen", "2020-10-10", "--grond", "INKOMEN");
        assertThat(lijst("2020-10-15")).contains("G22 herinnerd 2020-10-31 16 N", "G06 herinnerd 2020-10-31 16 N",
                "G23 ontvangen 2020-10-31 16 J");
        assertThat(lijst("2020-11-05")).contains("G06 aanvaard 2020-10-31  N", "G22 aanvaard 2020-10-31  N",
                "G23 ontvangen 2020-10-31 -5 J");
    }

    /** Issue #24 item 13: one corrections file per run, equal to the bezwaar folders' rows to the cent. */
    @Test
    @Order(8)
    void eenCorrectiebestandPerRunGelijkAanDeMappen() throws IOException {
        List<Map<String, String>> samen = CsvBestand.lees(ronde.runMap.resolve("financieel-correcties.csv"));
        List<Map<String, String>> mappen = new ArrayList<>();
        try (var stroom = Files.list(ronde.runMap.resolve("bezwaar"))) {
            for (Path map : stroom.filter(Files::isDirectory).sorted().toList()) {
                mappen.addAll(CsvBestand.lees(map.resolve("financieel.csv")));
            }
        }
        assertThat(samen).hasSize(3).containsExactlyElementsOf(mappen);
        assertThat(samen).extracting(r -> r.get("contract_id")).containsExactly("G01", "G03", "G05");
        assertThat(samen.get(0)).containsEntry("mutatie", "-10.50");
        assertThat(som(samen)).isEqualTo(som(mappen));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                ronde.runMap.resolve("financieel-correcties.csv")))).isEqualTo("rw-------");
    }

    static java.math.BigDecimal som(List<Map<String, String>> rijen) {
        return rijen.stream().map(r -> new java.math.BigDecimal(r.get("mutatie")))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    static Huurronde.Uitkomst herinnering(Path betaald, String datum) {
        return ronde.huurronde.voer("herinnering", "--run", ronde.runId, "--betaald", betaald.toString(), "--datum",
                datum, "--door", "J. de Vries");
    }

    static List<String> lijst(String peildatum) throws IOException {
        Path uit = tmp.resolve("lijst-" + peildatum + ".csv");
        Huurronde.Uitkomst l = ronde.huurronde.voer("bezwaar", "lijst", "--run", ronde.runId, "--peildatum", peildatum,
                "--uit", uit.toString());
        assertThat(l.code()).as(l.toString()).isZero();
        return CsvBestand.lees(uit).stream().map(r -> r.get("contract_id") + " " + r.get("status") + " "
                + r.get("termijn") + " " + r.get("dagen_over") + " " + r.get("te_laat")).toList();
    }

    private static List<String> historie(String contract) {
        List<String> regels = new ArrayList<>();
        try (Connection c = verbinding(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT stap, status, datum, door, wat FROM bezwaarzaak_historie WHERE contract_id = '" + contract
                        + "' ORDER BY zaak, stap")) {
            while (rs.next()) {
                regels.add(rs.getInt("stap") + " " + rs.getString("status") + " " + rs.getDate("datum") + " "
                        + rs.getString("door") + " " + rs.getString("wat"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return regels;
    }

    private static Connection verbinding() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("data").toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
    }
}

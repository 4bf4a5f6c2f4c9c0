package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bezwaar, herdruk and status through the real program on the embedded H2 database, after a run of
 * the golden 2020 SWZ contracts: each ground changes the outcome as rules.md says, every version is
 * kept and reprintable, the finance corrections add up, and nothing else changes. Each test uses its
 * own contracts; the last ones check the whole database and the run's files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BezwaarTest {

    @TempDir
    static Path tmp;

    static Ronde2020 ronde;
    static Map<String, String> runBestanden;
    /** Contracts that got a new version in these tests; every other contract must keep version 1 only. */
    static final Set<String> BEZWAARD = new TreeSet<>();

    @BeforeAll
    static void run() throws IOException {
        ronde = new Ronde2020(Huurronde.h2(tmp.resolve("data")), tmp);
        runBestanden = controlegetallen(ronde.runMap);
    }

    @Test
    @Order(1)
    void chronischZiekDanLagereMaximaleHuurMetVersiesHerdrukEnFinancieleCorrecties() throws IOException {
        BEZWAARD.add("G04");
        // v1: IAH 528.00. Proof of chronic illness: the IAH exemption, so the regular 4.1%.
        Huurronde.Uitkomst eerste = ronde.bezwaar("G04", "--chronisch-ziek");
        assertThat(eerste.code()).as(eerste.toString()).isZero();
        // Issue #24: amounts on the screen as on the letter, Dutch style.
        assertThat(eerste.uit()).contains("kale huur nu € 500,00, nieuw € 520,50 (REGULIER, was € 528,00 IAH)")
                .contains("correctie voor financiën: mutatie € -7,50").doesNotContain("520.50");
        Path v2 = ronde.map("G04", 2);
        assertThat(v2).isDirectory();
        assertThat(Ronde2020.audit(v2)).containsEntry("versie", "2").containsEntry("soort", "REGULIER")
                .containsEntry("chronisch_ziek", "J").containsEntry("kale_huur_oud", "500.00")
                .containsEntry("kale_huur_nieuw", "520.50").containsEntry("verhoging_bedrag", "20.50")
                .containsEntry("verhoging_pct", "4.10").containsEntry("percentage_max", "0.0410")
                .containsEntry("in_huursom", "J").containsEntry("redenen", "CHRONISCH_ZIEK|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        // Lower than version 1: keeps the ingangsdatum. Correction = new rent - last exported rent (528.00);
        // kale_huur_oud is the tenant's current rent, as in the run's financieel.csv (issue #24).
        assertThat(Ronde2020.financieel(v2)).containsEntry("ingangsdatum", "2020-07-01")
                .containsEntry("kale_huur_oud", "500.00").containsEntry("kale_huur_nieuw", "520.50")
                .containsEntry("mutatie", "-7.50").containsEntry("bruto_huur_nieuw", "520.50")
                .containsEntry("soort", "REGULIER").containsEntry("versie", "2");
        // Same columns and format as the run's own files.
        assertThat(Files.readAllLines(v2.resolve("audit.csv")).get(0))
                .isEqualTo(Files.readAllLines(ronde.runMap.resolve("audit.csv")).get(0));
        assertThat(Files.readAllLines(v2.resolve("financieel.csv")).get(0))
                .isEqualTo(Files.readAllLines(ronde.runMap.resolve("financieel.csv")).get(0));
        assertThat(Files.readString(v2.resolve("audit.csv"))).endsWith("\r\n");
        String brief2 = Ronde2020.pdfTekst(v2.resolve("G04-v2.pdf"));
        assertThat(brief2).contains("Herzien voorstel").contains("vervangt versie 1").contains("520,50")
                .doesNotContain("KOPIE");
        // Issue #24 item 3: dated today, so the 2020 ingangsdatum is past: it stays (lower than version 1), the
        // letter says so, the deadline is six weeks from today, and the objection (today) is flagged as late.
        String vandaag = nl.huurronde.brieven.NlFormaat.datum(java.time.LocalDate.now());
        String termijn = nl.huurronde.brieven.NlFormaat.datum(java.time.LocalDate.now().plusWeeks(6));
        assertThat(brief2.replaceAll("\\s+", " ")).contains("Datum " + vandaag).contains("Doe dit vóór " + termijn)
                .doesNotContain("Doe dit vóór 1 juli 2020")
                .contains("Deze huur geldt vanaf 1 juli 2020, de ingangsdatum van ons eerdere voorstel")
                .contains("betalen wij het verschil terug")
                .contains("Daarom heeft u tot " + termijn + " de tijd")
                .contains("na de termijn voor bezwaar");

        // The same bezwaar again: the same numbers, nothing stored.
        Huurronde.Uitkomst herhaald = ronde.bezwaar("G04", "--chronisch-ziek");
        assertThat(herhaald.code()).as(herhaald.toString()).isEqualTo(1);
        assertThat(herhaald.fout()).contains("verandert niets").contains("versie 2").contains("€ 520,50")
                .contains("huurronde bezwaar voorleggen");
        assertThat(ronde.map("G04", 3)).doesNotExist();

        // v3: a Huurcommissie ruling lowers the maximale huur below the new rent.
        Path v3 = ronde.bezwaarOk("G04", "--maximale-huur", "510,00");
        assertThat(Ronde2020.audit(v3)).containsEntry("versie", "3").containsEntry("kale_huur_nieuw", "510.00")
                .containsEntry("maximale_huur", "510.00").containsEntry("chronisch_ziek", "J")
                .containsEntry("redenen", "CHRONISCH_ZIEK|MAXIMALE_HUUR|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        Map<String, String> correctie3 = Ronde2020.financieel(v3);
        assertThat(correctie3).containsEntry("kale_huur_oud", "500.00").containsEntry("mutatie", "-10.50")
                .containsEntry("ingangsdatum", "2020-07-01");
        assertThat(Ronde2020.pdfTekst(v3.resolve("G04-v3.pdf"))).contains("vervangt versie 2");

        // The finance corrections add up: original new rent + Σ mutaties = final rent.
        BigDecimal origineel = new BigDecimal(ronde.runAudit().get("G04").get("kale_huur_nieuw"));
        BigDecimal som = new BigDecimal(Ronde2020.financieel(v2).get("mutatie")).add(new BigDecimal(correctie3.get("mutatie")));
        assertThat(origineel.add(som)).isEqualByComparingTo("510.00");

        // Every version stays and can be reprinted, marked as copy, with the original's text.
        Huurronde.Uitkomst h1 = ronde.herdruk("G04", "--versie", "1");
        assertThat(h1.code()).as(h1.toString()).isZero();
        String kopie1 = Ronde2020.pdfTekst(ronde.runMap.resolve("herdruk/G04-v1-kopie.pdf"));
        assertThat(kopie1).contains("KOPIE").contains("528,00").contains("20 april 2020").doesNotContain("Herzien");
        Huurronde.Uitkomst h2 = ronde.herdruk("G04", "--versie", "2");
        assertThat(h2.code()).as(h2.toString()).isZero();
        String kopie2 = Ronde2020.pdfTekst(ronde.runMap.resolve("herdruk/G04-v2-kopie.pdf"));
        assertThat(kopie2).contains("KOPIE").contains("Herzien voorstel").contains("vervangt versie 1")
                .contains("520,50");
        // Same text as the revised letter itself, apart from the copy marking.
        assertThat(kopie2.replaceAll("KOPIE( van de brief van \\d+ \\p{L}+ \\d{4})?", "").replace(" ", ""))
                .isEqualTo(brief2.replace(" ", ""));
        Huurronde.Uitkomst laatste = ronde.herdruk("G04");
        assertThat(laatste.code()).as(laatste.toString()).isZero();
        assertThat(laatste.uit()).contains("versie 3");
        assertThat(ronde.runMap.resolve("herdruk/G04-v3-kopie.pdf")).exists();
        Huurronde.Uitkomst geenVersie = ronde.herdruk("G04", "--versie", "4");
        assertThat(geenVersie.code()).isEqualTo(1);
        assertThat(geenVersie.fout()).contains("geen versie 4");
    }

    @Test
    @Order(2)
    void nieuweInkomenscategorieHogerIsEenNieuwVoorstelMetLatereIngangsdatum() throws IOException {
        BEZWAARD.add("G10");
        // G10 was one cent below the limit (LAAG); a newer statement says HOOG: IAH, a higher proposal.
        // A tenant cannot receive the letter before it is sent (issue #24 item 3).
        Huurronde.Uitkomst eerder = ronde.bezwaar("G10", "--inkomenscategorie", "hoog", "--ontvangen", "2020-05-10");
        assertThat(eerder.code()).as(eerder.toString()).isEqualTo(2);
        assertThat(eerder.fout()).contains("--ontvangen 2020-05-10 ligt vóór de verzenddatum").contains("--verzenddatum");
        assertThat(ronde.map("G10", 2)).doesNotExist();
        Path v2 = ronde.bezwaarOk("G10", "--inkomenscategorie", "hoog", "--verzenddatum", "2020-05-08",
                "--ontvangen", "2020-05-10");
        // Higher than version 1: the ingangsdatum moves (INGANG_VERSCHOVEN); the category is staff's correction.
        assertThat(Ronde2020.audit(v2)).containsEntry("soort", "IAH").containsEntry("inkomen_categorie", "HOOG")
                .containsEntry("kale_huur_nieuw", "528.00").containsEntry("percentage_max", "0.0560")
                .containsEntry("in_huursom", "N")
                .containsEntry("redenen", "BUITEN_HUURSOM_IAH|BEZWAAR|INGANG_VERSCHOVEN|INKOMEN_OPGAVE");
        // Received 10 May: two months later is 10 July, so from 1 August.
        assertThat(Ronde2020.financieel(v2)).containsEntry("ingangsdatum", "2020-08-01")
                .containsEntry("mutatie", "7.50");
        String brief = Ronde2020.pdfTekst(v2.resolve("G10-v2.pdf")).replaceAll("\\s+", " ");
        assertThat(brief).contains("Datum 8 mei 2020").contains("1 augustus 2020")
                .contains("minstens twee maanden van tevoren krijgen. Daarom gaat deze huur pas in op 1 augustus 2020")
                .contains("Doe dit vóór 1 augustus 2020")
                .contains("Dat blijkt uit de informatie die u ons gaf")
                .doesNotContain("gegevens van de Belastingdienst").doesNotContain("na de termijn voor bezwaar")
                .doesNotContain("de tijd om bezwaar te maken");
    }

    @Test
    @Order(3)
    void huishoudenMetIemandOpAowLeeftijdVervaltDeIah() throws IOException {
        BEZWAARD.add("G08");
        // G08's tenant is one day short of the AOW age; the partner (added) reached it on 1 July 2020.
        Path v2 = ronde.bezwaarOk("G08", "--geboortedatum", "1954-03-02,HUURDER", "--geboortedatum",
                "01-03-1954,partner");
        assertThat(Ronde2020.audit(v2)).containsEntry("soort", "REGULIER").containsEntry("aow", "J")
                .containsEntry("huishouden_personen", "2").containsEntry("inkomen_categorie", "HOOG")
                .containsEntry("kale_huur_nieuw", "520.50").containsEntry("redenen", "AOW|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        assertThat(Ronde2020.financieel(v2)).containsEntry("mutatie", "-7.50")
                .containsEntry("ingangsdatum", "2020-07-01");
    }

    @Test
    @Order(4)
    void lagereMaximaleHuurEnNieuwePunten() throws IOException {
        BEZWAARD.add("G14");
        Path v2 = ronde.bezwaarOk("G14", "--maximale-huur", "700.00", "--wws-punten", "140");
        assertThat(Ronde2020.audit(v2)).containsEntry("kale_huur_nieuw", "700.00")
                .containsEntry("maximale_huur", "700.00").containsEntry("verhoging_bedrag", "0.00")
                .containsEntry("verhoging_pct", "0.00")
                .containsEntry("redenen", "INKOMEN_ONDER_GRENS|MAXIMALE_HUUR|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        assertThat(Ronde2020.financieel(v2)).containsEntry("kale_huur_oud", "700.00").containsEntry("mutatie", "-10.00");
        assertThat(Ronde2020.pdfTekst(v2.resolve("G14-v2.pdf"))).contains("140 punten")
                .contains("Bij dit aantal punten hoort een maximale kale huur van € 700,00");
    }

    @Test
    @Order(5)
    void vierPlusHuishoudenVolgensBrpUittrekselNuTweePersonenKrijgtIah() throws IOException {
        BEZWAARD.add("G06");
        Path brp = tmp.resolve("brp-g06.csv");
        Files.writeString(brp, """
                postcode,huisnummer,huisletter,toevoeging,bsn,geboortedatum,rol
                8011 vm,6,,,100000071,1980-01-01,HUURDER
                8011VM,6,,,100000083,1981-01-01,PARTNER
                """);
        // The tenant's 60,000 (the partner has no income row: 0) is above the limit: IAH, a higher proposal.
        // Sent 28 April, received 30 April: two months later is 30 June, so 1 July stays; the objection came
        // in on the send date at the latest, in time; the deadline (1 July) is more than six weeks away.
        Path v2 = ronde.bezwaarOk("G06", "--brp", brp.toString(), "--verzenddatum", "2020-04-28",
                "--ontvangen", "2020-04-30");
        assertThat(Ronde2020.audit(v2)).containsEntry("soort", "IAH").containsEntry("huishouden_personen", "2")
                .containsEntry("inkomen_categorie", "HOOG").containsEntry("kale_huur_nieuw", "528.00")
                .containsEntry("redenen", "BUITEN_HUURSOM_IAH|BEZWAAR");
        // The category comes from the run's income facts: the Belastingdienst's, as the letter says.
        assertThat(Ronde2020.pdfTekst(v2.resolve("G06-v2.pdf")).replaceAll("\\s+", " "))
                .contains("Datum 28 april 2020").contains("Doe dit vóór 1 juli 2020")
                .contains("Dat blijkt uit de gegevens van de Belastingdienst");
        assertThat(Ronde2020.financieel(v2)).containsEntry("ingangsdatum", "2020-07-01").containsEntry("mutatie", "7.50");
    }

    @Test
    @Order(6)
    void nieuweBewonerInBrpUittrekselHeeftOnbekendInkomen() throws IOException {
        BEZWAARD.add("G09");
        Path brp = tmp.resolve("brp-g09.csv");
        Files.writeString(brp, """
                postcode;huisnummer;bsn;geboortedatum;rol
                8011VM;9;100000137;1970-01-01;HUURDER
                8011VM;9;123456782;1990-01-01;PARTNER
                """);
        Path v2 = ronde.bezwaarOk("G09", "--brp", brp.toString());
        assertThat(Ronde2020.audit(v2)).containsEntry("soort", "REGULIER").containsEntry("inkomen_categorie", "ONBEKEND")
                .containsEntry("huishouden_personen", "2").containsEntry("redenen", "INKOMEN_ONBEKEND|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        // The corrected household plus a newer statement: the category counts again.
        Path v3 = ronde.bezwaarOk("G09", "--inkomenscategorie", "LAAG");
        assertThat(Ronde2020.audit(v3)).containsEntry("inkomen_categorie", "LAAG")
                .containsEntry("redenen", "INKOMEN_ONDER_GRENS|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG|INKOMEN_OPGAVE");
        assertThat(Ronde2020.financieel(v3)).containsEntry("mutatie", "0.00");
    }

    @Test
    @Order(7)
    void aantalPersonenMaaktEenOnbekendHuishoudenBekend() throws IOException {
        BEZWAARD.add("G21");
        Path v2 = ronde.bezwaarOk("G21", "--personen", "1");
        assertThat(Ronde2020.audit(v2)).containsEntry("huishouden_personen", "1")
                .containsEntry("inkomen_categorie", "ONBEKEND").containsEntry("kale_huur_nieuw", "520.50")
                .containsEntry("redenen", "INKOMEN_ONBEKEND|BEZWAAR|BEZWAARTERMIJN_VERLENGD|BEZWAAR_NA_INGANG");
        assertThat(Ronde2020.financieel(v2)).containsEntry("mutatie", "0.00");
    }

    @Test
    @Order(8)
    void foutieveInvoerGeeftEenDuidelijkeFoutEnSlaatNietsOp() throws IOException {
        Huurronde.Uitkomst u = ronde.huurronde.voer("bezwaar", "--run", "2020-bestaatniet", "--contract", "G01",
                "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("onbekende run '2020-bestaatniet'");

        u = ronde.bezwaar("G99", "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("contract G99 komt niet voor");

        u = ronde.bezwaar("G01");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("minstens één correctie");

        u = ronde.huurronde.voer("bezwaar", "--run", ronde.runId, "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("--contract");

        u = ronde.bezwaar("G01", "--maximale-huur", "-5");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("--maximale-huur");

        u = ronde.bezwaar("G01", "--maximale-huur", "1.234");
        assertThat(u.code()).isEqualTo(2);

        // Issue #24: no WWS table, so new points alone would print them with the old maximum.
        u = ronde.bezwaar("G01", "--wws-punten", "60");
        assertThat(u.code()).as(u.toString()).isEqualTo(2);
        assertThat(u.fout()).contains("--wws-punten").contains("--maximale-huur");
        assertThat(ronde.map("G01", 2)).doesNotExist();

        u = ronde.bezwaar("G01", "--geboortedatum", "1960-02-30");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("--geboortedatum").doesNotContain("1960");

        u = ronde.bezwaar("G01", "--geboortedatum", "2020-08-01");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("na de peildatum").doesNotContain("2020-08-01");

        u = ronde.bezwaar("G01", "--personen", "3", "--geboortedatum", "1960-01-01");
        assertThat(u.code()).isEqualTo(2);

        u = ronde.bezwaar("G01", "--personen", "0");
        assertThat(u.code()).isEqualTo(2);

        u = ronde.bezwaar("G01", "--inkomenscategorie", "MIDDEN");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("onbekende inkomenscategorie");

        u = ronde.bezwaar("G01", "--ontvangen", "gisteren", "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(2);

        u = ronde.bezwaar("G01", "--onbekend", "x");
        assertThat(u.code()).isEqualTo(2);

        u = ronde.bezwaar("G16", "--maximale-huur", "700.00");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("vrije sector");

        // Already on file: changes nothing.
        u = ronde.bezwaar("G13", "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("verandert niets");

        Path verkeerdAdres = tmp.resolve("brp-ander-adres.csv");
        Files.writeString(verkeerdAdres, """
                postcode,huisnummer,huisletter,toevoeging,bsn,geboortedatum,rol
                8011VM,2,,,100000022,1975-01-01,HUURDER
                """);
        u = ronde.bezwaar("G01", "--brp", verkeerdAdres.toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("regel 2").contains("ander adres").doesNotContain("100000022");

        Path foutBsn = tmp.resolve("brp-fout-bsn.csv");
        Files.writeString(foutBsn, """
                postcode,huisnummer,huisletter,toevoeging,bsn,geboortedatum,rol
                8011VM,1,,,123456789,1980-05-05,HUURDER
                """);
        u = ronde.bezwaar("G01", "--brp", foutBsn.toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("elfproef").doesNotContain("123456789").doesNotContain("1980");

        u = ronde.bezwaar("G01", "--brp", tmp.resolve("bestaat-niet.csv").toString());
        assertThat(u.code()).isEqualTo(1);

        u = ronde.bezwaar("G01", "--brp", foutBsn.toString(), "--personen", "2");
        assertThat(u.code()).isEqualTo(2);

        assertThat(ronde.map("G01", 2)).doesNotExist();
        assertThat(ronde.map("G16", 2)).doesNotExist();
        assertThat(ronde.map("G13", 2)).doesNotExist();
    }

    /** A BRP extract saved by Excel (windows-1252): read with --encoding, like the run's inputs. Stores nothing. */
    @Test
    @Order(8)
    void brpUittrekselUitExcelVraagtOmDeEncoding() throws IOException {
        Path excel = tmp.resolve("brp-excel.csv");
        Files.write(excel, ("postcode;huisnummer;bsn;geboortedatum;rol;opmerking\r\n"
                + "8011VM;2;100000022;1975-01-01;HUURDER;Hélène\r\n;;;;;\r\n").getBytes(Charset.forName("windows-1252")));
        Huurronde.Uitkomst u = ronde.bezwaar("G01", "--brp", excel.toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("regel 2: ongeldige UTF-8", "--encoding windows-1252");
        // decoded, the row is read to its end and refused for what it says: another address
        u = ronde.bezwaar("G01", "--brp", excel.toString(), "--encoding", "windows-1252");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("regel 2").contains("ander adres");
        u = ronde.bezwaar("G01", "--encoding", "windows-1252", "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.fout()).contains("--encoding geldt voor het bestand van --brp");
        assertThat(ronde.map("G01", 2)).doesNotExist();
    }

    @Test
    @Order(9)
    void simulatieEnOnbekendeHerdrukWordenGeweigerd() throws IOException {
        Huurronde.Uitkomst sim = ronde.huurronde.voer(Stream.concat(Stream.of("simulatie"),
                Stream.of(Golden.run(tmp.resolve("sim"))).skip(1)).toArray(String[]::new));
        assertThat(sim.code()).as(sim.toString()).isZero();
        String simId = Golden.runMap(tmp.resolve("sim")).getFileName().toString();
        Huurronde.Uitkomst u = ronde.huurronde.voer("bezwaar", "--run", simId, "--contract", "G01", "--chronisch-ziek");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("simulatie");

        u = ronde.herdruk("G99");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("G99");
        u = ronde.herdruk("G01", "--versie", "nul");
        assertThat(u.code()).isEqualTo(2);
    }

    @Test
    @Order(10)
    void statusToontRunsTellingenBezwarenEnUitvoer() {
        Huurronde.Uitkomst u = ronde.huurronde.voer("status", "--run", ronde.runId);
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.uit()).contains("Run " + ronde.runId).contains("VOLTOOID")
                .contains("voorstellen: 23 (BEVRIEZING 1, IAH 5, REGULIER 15, VRIJE_SECTOR 1, WOONWAGEN 1)")
                .contains("invoer huurders.csv: 23 gelezen, 23 verwerkt, 0 afgewezen")
                .contains("invoer brp.csv: 28 gelezen, 28 verwerkt, 0 afgewezen")
                .contains("G04 v2, G04 v3").contains("huursom cap c: niet nodig")
                .contains("uitvoer: " + ronde.runMap).contains("herdrukken: " + ronde.runMap.resolve("herdruk"));

        Huurronde.Uitkomst alle = ronde.huurronde.voer("status");
        assertThat(alle.code()).as(alle.toString()).isZero();
        assertThat(alle.uit()).contains("Run " + ronde.runId).contains("(simulatie, jaar 2020)");

        Huurronde.Uitkomst onbekend = ronde.huurronde.voer("status", "--run", "nergens");
        assertThat(onbekend.code()).isEqualTo(1);
    }

    @Test
    @Order(11)
    void andereContractenEnDeBestandenVanDeRunBlijvenOngewijzigd() throws Exception {
        Map<String, Map<String, String>> audit = ronde.runAudit();
        Map<String, Integer> versies = new TreeMap<>();
        String url = "jdbc:h2:file:" + tmp.resolve("data").toAbsolutePath() + "/huurronde;AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT contract_id, versie, soort, kale_huur_nieuw, redenen, correctie FROM voorstel v "
                     + "WHERE run_id = '" + ronde.runId + "' ORDER BY contract_id, versie")) {
            while (rs.next()) {
                String id = rs.getString(1);
                versies.merge(id, 1, Integer::sum);
                if (rs.getInt(2) == 1) {
                    assertThat(rs.getString(3)).isEqualTo(audit.get(id).get("soort"));
                    assertThat(rs.getBigDecimal(4).setScale(2).toPlainString())
                            .isEqualTo(audit.get(id).get("kale_huur_nieuw"));
                    assertThat(rs.getString(5)).isEqualTo(audit.get(id).get("redenen"));
                    assertThat(rs.getString(6)).isNull();
                } else {
                    // What was corrected, never personal data.
                    assertThat(rs.getString(6)).startsWith("bezwaar op versie ").doesNotContain("1954")
                            .doesNotContain("100000071").doesNotContain("60000");
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(versies).hasSize(23);
        versies.forEach((id, n) -> {
            if (!BEZWAARD.contains(id)) {
                assertThat(n).as(id).isEqualTo(1);
            } else {
                assertThat(n).as(id).isGreaterThan(1);
            }
        });
        assertThat(versies).containsEntry("G04", 3).containsEntry("G09", 3);
        assertThat(controlegetallen(ronde.runMap)).isEqualTo(runBestanden);
        assertThat(ronde.runMap.resolve(BezwaarUitvoer.CORRECTIES)).isRegularFile();
    }

    /**
     * SHA-256 of every file the run itself wrote (not the bezwaar and herdruk folders, nor the combined
     * corrections file that the bezwaren write beside them).
     */
    static Map<String, String> controlegetallen(Path runMap) throws IOException {
        Map<String, String> getallen = new TreeMap<>();
        try (Stream<Path> paden = Files.walk(runMap)) {
            for (Path p : paden.filter(Files::isRegularFile).toList()) {
                String naam = runMap.relativize(p).toString();
                if (naam.startsWith("bezwaar") || naam.startsWith("herdruk")
                        || naam.equals(BezwaarUitvoer.CORRECTIES)) {
                    continue;
                }
                try {
                    getallen.put(naam, HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return getallen;
    }
}

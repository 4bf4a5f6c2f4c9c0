package nl.huurronde.wetperjaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Co-tenants (medehuurders.csv) and a correspondence address (huurders.csv's corr_ columns), #20 items 1
 * and 2, through the real run on the 2026 roll: the letters read back (window, salutation, the dwelling
 * still named), the print order and its index by the envelope's address, the audit's count, a bezwaar's
 * revised letter and a reprint that keep them, and the rejections of bad lines.
 */
class MedehuurdersTest {

    /** H01 and H02 get co-tenants, H05 three; H03 mail to a bewindvoerder in Groningen, H04 to Germany. */
    static final String MEDEHUURDERS = """
            contract_id,medehuurder_naam
            H01,Mevr. A. Yilmaz
            H02,Mevr. S. Bakker
            H05,Mevr. A.M. van den Berg-Oudshoorn
            H05,Dhr. P.J. van den Berg
            H05,Mevr. L. Çelik
            """;

    @TempDir
    Path tmp;

    static Path huurders(Path map, Map<String, String> corr) throws Exception {
        List<String> regels = Files.readAllLines(Jaarronde.INVOER.resolve("2026/huurders.csv"));
        List<String> uit = new ArrayList<>(List.of(regels.get(0)
                + ",corr_tav,corr_straat,corr_huisnummer,corr_toevoeging,corr_postcode,corr_woonplaats,corr_land"));
        for (String regel : regels.subList(1, regels.size())) {
            String id = regel.substring(0, regel.indexOf(','));
            regel = switch (id) {
                case "H01" -> regel.replace("Fam. H01", "Dhr. J. de Vries");
                case "H02" -> regel.replace("Fam. H02", "Dhr. P. Bakker");
                case "H03" -> regel.replace("Fam. H03", "Mevr. E. Hoekstra");
                case "H04" -> regel.replace("Fam. H04", "Dhr. K. Jansen");
                case "H05" -> regel.replace("Fam. H05", "Dhr. T. van den Berg");
                default -> regel;
            };
            uit.add(regel + "," + corr.getOrDefault(id, ",,,,,,"));
        }
        Path bestand = map.resolve("huurders.csv");
        Files.write(bestand, uit);
        return bestand;
    }

    static Map<String, String> corr() {
        return Map.of("H03", "Bewindvoering Noord B.V.,Postbus,1234,,9700 ab,Groningen,",
                "H04", ",Hauptstraße,5,,26123,Oldenburg,DE");
    }

    static List<String> args(Path huurders, Path medehuurders, Path uitvoer) {
        Path invoer = Jaarronde.INVOER.resolve("2026");
        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/2026.yml", "--huurders", huurders.toString(),
                "--medehuurders", medehuurders.toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString()));
        if (uitvoer != null) {
            args.addAll(List.of("--uitvoer", uitvoer.toString()));
        }
        return args;
    }

    private Path medehuurders(String tekst) throws Exception {
        Path bestand = tmp.resolve("medehuurders.csv");
        Files.writeString(bestand, tekst);
        return bestand;
    }

    @Test
    void iedereHuurderInHetVensterEnDeAanhefHetPostadresOpDeEnvelop() throws Exception {
        Jaarronde.Resultaat r = Jaarronde.voerUit(tmp, args(huurders(tmp, corr()), medehuurders(MEDEHUURDERS), null));

        Map<String, Map<String, String>> audit = r.audit();
        assertThat(audit.get("H01")).containsEntry("medehuurders", "1");
        assertThat(audit.get("H02")).containsEntry("medehuurders", "1");
        assertThat(audit.get("H05")).containsEntry("medehuurders", "3");
        assertThat(audit.get("H03")).containsEntry("medehuurders", "0");
        // a count, never a name, in the CSV outputs
        for (String bestand : List.of("audit.csv", "financieel.csv", "drukbestand-index.csv", "afgewezen.csv")) {
            assertThat(Files.readString(r.runMap().resolve(bestand))).as(bestand)
                    .doesNotContain("Yilmaz", "Bakker", "Oudshoorn", "Hoekstra", "Bewindvoering", "Hauptstra");
        }

        assertThat(r.brief("H01")).contains("Dhr. J. de Vries en Mevr. A. Yilmaz Wetstraat 1 9708 AA VOORBEELDHAVEN",
                "Geachte heer De Vries en mevrouw Yilmaz,").doesNotContain("Deze brief gaat over de huur van de woning");
        assertThat(r.brief("H02")).contains("Dhr. P. Bakker en Mevr. S. Bakker Wetstraat 2",
                "Geachte heer en mevrouw Bakker,");
        // too long for one window line: as few lines as fit, read as one phrase
        assertThat(r.brief("H05")).contains("Dhr. T. van den Berg, Mevr. A.M. van den Berg-Oudshoorn,"
                        + " Dhr. P.J. van den Berg en Mevr. L. Çelik Wetstraat 5",
                "Geachte heer Van den Berg, mevrouw Van den Berg-Oudshoorn, heer Van den Berg en mevrouw Çelik,");
        assertThat(PdfTekst.lees(r.runMap().resolve("brieven/H05.pdf")).tekst().lines().map(String::strip))
                .contains("Dhr. T. van den Berg,", "Mevr. A.M. van den Berg-Oudshoorn,",
                        "Dhr. P.J. van den Berg en Mevr. L. Çelik");

        // the envelope goes to the bewindvoerder; the letter still names the dwelling
        assertThat(r.brief("H03")).contains("Mevr. E. Hoekstra t.a.v. Bewindvoering Noord B.V. Postbus 1234"
                        + " 9700 AB GRONINGEN", "Geachte mevrouw Hoekstra,",
                "Deze brief gaat over de huur van de woning Wetstraat 3, 9708 AA Voorbeeldhaven.")
                .doesNotContain("Hoekstra Wetstraat", "GRONINGEN Wetstraat");
        // abroad: place and country in capitals, the postcode as written, the country last
        assertThat(r.brief("H04")).contains("Dhr. K. Jansen Hauptstraße 5 26123 OLDENBURG DUITSLAND",
                "Deze brief gaat over de huur van de woning Wetstraat 4, 9708 AA Voorbeeldhaven.");

        // print order by the envelope's address: Groningen (9700) before the dwellings (9708), abroad last
        List<Map<String, String>> index = CsvBestand.lees(r.runMap().resolve("drukbestand-index.csv"));
        assertThat(index.getFirst()).containsEntry("contract_id", "H03").containsEntry("postcode", "9700AB")
                .containsEntry("huisnummer", "1234");
        assertThat(index.getLast()).containsEntry("contract_id", "H04").containsEntry("postcode", "26123");
        assertThat(index).extracting(rij -> rij.get("contract_id")).containsSubsequence("H01", "H02", "H05", "H06");
        String drukbestand = PdfTekst.lees(r.runMap().resolve("drukbestanden/drukbestand-0001.pdf")).plat();
        assertThat(drukbestand.indexOf("Mevr. E. Hoekstra")).isLessThan(drukbestand.indexOf("Dhr. J. de Vries"));
        assertThat(drukbestand.indexOf("Dhr. K. Jansen")).isGreaterThan(drukbestand.indexOf("Fam. H12"));

        // a bezwaar's revised letter and a reprint keep every tenant and the correspondence address
        String runId = r.runMap().getFileName().toString();
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", runId, "--contract", "H01",
                "--maximale-huur", "610.00");
        assertThat(bezwaar.code()).as(bezwaar.toString()).isZero();
        Path v2 = r.runMap().resolve("bezwaar/H01-v2");
        assertThat(CsvBestand.lees(v2.resolve("audit.csv")).getFirst()).containsEntry("medehuurders", "1")
                .containsEntry("versie", "2");
        assertThat(PdfTekst.lees(v2.resolve("H01-v2.pdf")).plat()).contains("Dhr. J. de Vries en Mevr. A. Yilmaz",
                "Geachte heer De Vries en mevrouw Yilmaz,", "Herzien voorstel");
        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", runId, "--contract", "H04");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
        assertThat(PdfTekst.lees(r.runMap().resolve("herdruk/H04-v1-kopie.pdf")).plat())
                .contains("KOPIE", "Dhr. K. Jansen Hauptstraße 5 26123 OLDENBURG DUITSLAND",
                        "Deze brief gaat over de huur van de woning Wetstraat 4");
        Huurronde.Uitkomst herdruk2 = huurronde.voer("herdruk", "--run", runId, "--contract", "H05");
        assertThat(herdruk2.code()).as(herdruk2.toString()).isZero();
        assertThat(PdfTekst.lees(r.runMap().resolve("herdruk/H05-v1-kopie.pdf")).plat())
                .contains("Geachte heer Van den Berg, mevrouw Van den Berg-Oudshoorn, heer Van den Berg en mevrouw Çelik,");
    }

    /** The in-memory simulation counts the co-tenants as the run does: its audit is the run's, byte for byte. */
    @Test
    void simulatieTeltDeMedehuurdersZoalsDeRun() throws Exception {
        Path huurders = huurders(tmp, corr());
        Path medehuurders = medehuurders(MEDEHUURDERS);
        Huurronde h2 = Huurronde.h2(tmp.resolve("data"));
        assertThat(h2.voer(args(huurders, medehuurders, tmp.resolve("run")).toArray(String[]::new)).code()).isZero();
        List<String> sim = args(huurders, medehuurders, tmp.resolve("sim"));
        sim.set(0, "simulatie");
        Huurronde.Uitkomst u = h2.voer(sim.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isZero();
        String simAudit = Files.readString(Golden.runMap(tmp.resolve("sim")).resolve("audit.csv"));
        assertThat(simAudit).isEqualTo(Files.readString(Golden.runMap(tmp.resolve("run")).resolve("audit.csv")));
        assertThat(CsvBestand.perSleutel(Golden.runMap(tmp.resolve("sim")).resolve("audit.csv"), "contract_id")
                .get("H05")).containsEntry("medehuurders", "3");
    }

    @Test
    void fouteRegelsAfgewezenMetBestandRegelEnKolom() throws Exception {
        Map<String, String> corr = new java.util.HashMap<>(corr());
        corr.put("H06", ",Kerkstraat,,,,,");               // a street alone: half an address (line 7)
        corr.put("H07", ",Kerkstraat,3,,97OO AB,Groningen,"); // not a Dutch postcode (line 8)
        corr.put("H08", ",Rue de la Paix,,,,,FR");         // abroad without a place (line 9)
        Path huurders = huurders(tmp, corr);
        Path medehuurders = medehuurders("""
                contract_id,medehuurder_naam
                H99,Mevr. A. Onbekend
                H01,Mevr. A. Yilmaz
                H01,mevr.  a. yilmaz
                H02,
                H05,Dhr. A
                H05,Dhr. B
                H05,Dhr. C
                H05,Dhr. D
                """);
        List<String> args = args(huurders, medehuurders, tmp.resolve("uit"));
        args.addAll(List.of("--parameter", "huurronde.max_afwijzingen=0.9"));
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(args.toArray(String[]::new));
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        List<Map<String, String>> afgewezen = CsvBestand.lees(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).extracting(a -> a.get("bestand") + ":" + a.get("regel") + ":" + a.get("kolom") + ":"
                        + a.get("sleutel")).containsExactlyInAnyOrder(
                "huurders.csv:7:corr_huisnummer:H06", "huurders.csv:7:corr_postcode:H06",
                "huurders.csv:7:corr_woonplaats:H06", "huurders.csv:8:corr_postcode:H07",
                "huurders.csv:9:corr_woonplaats:H08",
                "medehuurders.csv:2:contract_id:H99", "medehuurders.csv:4:medehuurder_naam:H01",
                "medehuurders.csv:5:medehuurder_naam:H02", "medehuurders.csv:9:contract_id:H05");
        Map<String, String> reden = new java.util.HashMap<>();
        afgewezen.forEach(a -> reden.put(a.get("bestand") + ":" + a.get("regel") + ":" + a.get("kolom"), a.get("reden")));
        assertThat(reden.get("huurders.csv:7:corr_postcode")).isEqualTo(
                "onvolledig correspondentieadres: corr_postcode is verplicht zodra een corr_-kolom gevuld is");
        assertThat(reden.get("huurders.csv:8:corr_postcode")).isEqualTo("ongeldige postcode (verwacht 1234AB of 1234 AB)");
        assertThat(reden.get("huurders.csv:9:corr_woonplaats")).contains("(buitenland)");
        assertThat(reden.get("medehuurders.csv:2:contract_id")).isEqualTo("contract_id staat niet in huurders.csv");
        assertThat(reden.get("medehuurders.csv:4:medehuurder_naam"))
                .isEqualTo("deze medehuurder staat al op regel 3 bij dit contract_id; die regel telt");
        assertThat(reden.get("medehuurders.csv:5:medehuurder_naam")).isEqualTo("verplichte waarde ontbreekt");
        assertThat(reden.get("medehuurders.csv:9:contract_id")).startsWith("meer dan 3 medehuurders bij dit contract_id");
        // no name in afgewezen.csv
        assertThat(Files.readString(run.resolve("afgewezen.csv"))).doesNotContain("Yilmaz", "Onbekend", "Kerkstraat");
        // the lines that count still reach the letter and the audit
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id");
        assertThat(audit.get("H01")).containsEntry("medehuurders", "1");
        assertThat(audit.get("H05")).containsEntry("medehuurders", "3");
        assertThat(audit).doesNotContainKeys("H06", "H07", "H08");
        assertThat(u.uit() + u.fout()).doesNotContain("Yilmaz", "Kerkstraat");
    }

    @Test
    void opPostgresDezelfdeBytes() throws Exception {
        Huurronde.vereisPostgres();
        Path huurders = huurders(tmp, corr());
        Path medehuurders = medehuurders(MEDEHUURDERS);
        assertThat(Huurronde.h2(tmp.resolve("h2data")).voer(args(huurders, medehuurders, tmp.resolve("h2"))
                .toArray(String[]::new)).code()).isZero();
        Huurronde pg = Huurronde.postgres(tmp.resolve("pgdata"));
        assertThat(pg.voer(args(huurders, medehuurders, tmp.resolve("pg")).toArray(String[]::new)).code()).isZero();
        Path h2Run = Golden.runMap(tmp.resolve("h2"));
        Path pgRun = Golden.runMap(tmp.resolve("pg"));
        for (String bestand : List.of("audit.csv", "financieel.csv", "drukbestand-index.csv", "afgewezen.csv")) {
            assertThat(Files.readString(pgRun.resolve(bestand))).as(bestand).isEqualTo(Files.readString(h2Run.resolve(bestand)));
        }
        assertThat(Files.readString(pgRun.resolve("audit.csv"))).contains(",3\r\n");
        for (String id : List.of("H01", "H03", "H04", "H05")) {
            assertThat(PdfTekst.lees(pgRun.resolve("brieven/" + id + ".pdf")).plat()).as(id)
                    .isEqualTo(PdfTekst.lees(h2Run.resolve("brieven/" + id + ".pdf")).plat());
        }
        assertThat(PdfTekst.lees(pgRun.resolve("brieven/H01.pdf")).plat()).contains("Geachte heer De Vries en mevrouw Yilmaz,");
        assertThat(CsvBestand.lees(pgRun.resolve("drukbestand-index.csv")).getLast()).containsEntry("contract_id", "H04");
        // the reprint on PostgreSQL keeps the co-tenants too
        String runId = pgRun.getFileName().toString();
        Huurronde.Uitkomst herdruk = pg.voer("herdruk", "--run", runId, "--contract", "H01");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
        assertThat(PdfTekst.lees(pgRun.resolve("herdruk/H01-v1-kopie.pdf")).plat())
                .contains("Dhr. J. de Vries en Mevr. A. Yilmaz", "Geachte heer De Vries en mevrouw Yilmaz,");
    }
}

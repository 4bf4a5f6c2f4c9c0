package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the real yearly run: what gets rejected, what still runs, and what stops the run. */
class AfwijzingRunTest {

    @TempDir
    Path tmp;
    Path invoer;

    @BeforeEach
    void kopieerGolden() throws IOException {
        invoer = Golden.kopie(tmp.resolve("invoer"));
    }

    private void vervang(String bestand, String oud, String nieuw) throws IOException {
        Path pad = invoer.resolve(bestand);
        String tekst = Files.readString(pad);
        assertThat(tekst).contains(oud);
        Files.writeString(pad, tekst.replace(oud, nieuw));
    }

    private Huurronde.Uitkomst draai(String... extra) {
        return Huurronde.h2(tmp.resolve("data")).voer(Golden.run(invoer, tmp.resolve("uit"), extra));
    }

    @Test
    void teveelAfgewezenRegelsStoptDeRunMetAlleenAfgewezenEnManifest() throws IOException {
        vervang("huurders.csv", "G05,VHE0005,Fam. Voorbeeld,Thorbeckegracht,5,,,8011VM,Zwolle,ZELFSTANDIG,2016-06-01,560.00",
                "G05,VHE0005,Fam. Voorbeeld,Thorbeckegracht,5,,,8011VM,Zwolle,ZELFSTANDIG,2016-06-01,1.234");
        Huurronde.Uitkomst u = draai();
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("huurders.csv", "1 van 23", "max_afwijzingen", "regel 6 aanvangshuur");
        Path run = Golden.runMap(tmp.resolve("uit"));
        try (Stream<Path> bestanden = Files.list(run)) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("afgewezen.csv", "run.json");
        }
        assertThat(Files.readString(run.resolve("run.json"))).contains("\"status\": \"MISLUKT\"");
        List<Map<String, String>> afgewezen = CsvBestand.lees(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("bestand", "huurders.csv").containsEntry("regel", "6")
                .containsEntry("sleutel", "G05").containsEntry("kolom", "aanvangshuur"));
    }

    @Test
    void eenAfgewezenRijKrijgtGeenVoorstelEnDeRestLooptDoor() throws IOException {
        vervang("huurders.csv", "G05,VHE0005,Fam. Voorbeeld,Thorbeckegracht,5,,,8011VM,Zwolle,ZELFSTANDIG,2016-06-01,560.00",
                "G05,VHE0005,Fam. Voorbeeld,Thorbeckegracht,5,,,8011VM,Zwolle,ZELFSTANDIG,2016-06-01,1.234");
        Huurronde.Uitkomst u = draai("--parameter", "max_afwijzingen=0.1");
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id")).hasSize(22).doesNotContainKey("G05");
        assertThat(run.resolve("brieven/G05.pdf")).doesNotExist();
        assertThat(Files.readString(run.resolve("run.json")))
                .contains("\"gelezen\": 23", "\"verwerkt\": 22", "\"afgewezen\": 1");
        assertThat(u.uit()).contains("23 gelezen", "22 verwerkt", "1 afgewezen");
    }

    @Test
    void dubbeleContractIdsWordenAllebeiAfgewezen() throws IOException {
        vervang("huurders.csv", "G06,VHE0006", "G05,VHE0006");
        Huurronde.Uitkomst u = draai("--parameter", "max_afwijzingen=0.1");
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id")).doesNotContainKeys("G05", "G06");
        assertThat(CsvBestand.lees(run.resolve("afgewezen.csv"))).extracting(r -> r.get("regel") + ":" + r.get("kolom"))
                .containsExactly("6:contract_id", "7:contract_id");
    }

    @Test
    void eenAfgewezenBrpRijMaaktHetHuishoudenOnbekendZonderIah() throws IOException {
        // G04 (IAH in the golden set) lives at 8011VM 4 with two persons; one row gets a broken BSN.
        vervang("brp.csv", "8011VM,4,,,100000058", "8011VM,4,,,100000059");
        Huurronde.Uitkomst u = draai("--parameter", "max_afwijzingen=0.05");
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        assertThat(u.uit()).contains("    brp.csv regel 6, kolom bsn: ").doesNotContain("100000059");
        Path run = Golden.runMap(tmp.resolve("uit"));
        Map<String, String> g04 = CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id").get("G04");
        assertThat(g04).containsEntry("soort", "REGULIER").containsEntry("huishouden_personen", "1")
                .containsEntry("inkomen_categorie", "ONBEKEND");
        assertThat(g04.get("redenen")).contains("INKOMEN_ONBEKEND|HUISHOUDEN_ONBEKEND");
        String afgewezen = Files.readString(run.resolve("afgewezen.csv"));
        assertThat(afgewezen).contains("brp.csv,6,8011VM 4,bsn,").doesNotContain("100000059");
    }

    @Test
    void eenOntbrekendeKolomStoptDeRunVoordatErIetsIsGeschreven() throws IOException {
        vervang("huurders.csv", "kale_huur,", "kale_huurr,");
        Huurronde.Uitkomst u = draai();
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.fout()).contains("huurders.csv").contains("kale_huur").doesNotContain("Exception");
        assertThat(tmp.resolve("uit")).doesNotExist();
    }

    /** Issue #24 item 6: rejections are named on the console and give exit code 3, for a scheduler to alert. */
    @Test
    void afwijzingenStaanOpHetSchermEnGevenExitcodeDrie() throws IOException {
        Path huurders = invoer.resolve("huurders.csv");
        List<String> regels = new java.util.ArrayList<>(Files.readAllLines(huurders));
        for (int i = 1; i <= 7; i++) { // G01..G07, lines 2..8: an unknown woningtype
            String[] velden = regels.get(i).split(",", -1);
            velden[9] = "EENGEZINSWONING";
            regels.set(i, String.join(",", velden));
        }
        Files.write(huurders, regels);

        Huurronde.Uitkomst u = draai("--parameter", "max_afwijzingen=0.5", "--parameter", "brieven=geen");
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(u.uit()).contains("  afgewezen: 7 rijen, zie " + run.resolve("afgewezen.csv") + "\n");
        String[] uit = u.uit().split("\n");
        int kop = java.util.Arrays.asList(uit).indexOf("  afgewezen: 7 rijen, zie " + run.resolve("afgewezen.csv"));
        for (int regel = 2; regel <= 6; regel++) {
            assertThat(uit[kop + regel - 1]).startsWith("    huurders.csv regel " + regel + ", kolom woningtype: ")
                    .contains("EENGEZINSWONING");
        }
        assertThat(uit[kop + 6]).isEqualTo("    ... en nog 2 in afgewezen.csv");
        assertThat(u.uit()).doesNotContain("regel 7, kolom");
        assertThat(CsvBestand.lees(run.resolve("afgewezen.csv"))).hasSize(7);

        // the same command again: the round is complete, and still had its rejections
        Huurronde.Uitkomst weer = draai("--parameter", "max_afwijzingen=0.5", "--parameter", "brieven=geen");
        assertThat(weer.code()).as(weer.toString()).isEqualTo(3);
        assertThat(weer.uit()).startsWith("Deze ronde is al voltooid als run ")
                .contains("  afgewezen: 7 rijen, zie " + run.resolve("afgewezen.csv"), "    ... en nog 2 in afgewezen.csv");
    }

    @Test
    void eenSchoneRolGeeftExitcodeNulZonderAfwijzingen() {
        Huurronde.Uitkomst u = draai("--parameter", "brieven=geen");
        assertThat(u.code()).as(u.toString()).isZero();
        assertThat(u.uit()).contains("23 gelezen", "0 afgewezen").doesNotContain("afgewezen:", "afgewezen.csv");
        Huurronde.Uitkomst weer = draai("--parameter", "brieven=geen");
        assertThat(weer.code()).as(weer.toString()).isZero();
    }

    @Test
    void eenSimulatieMetAfwijzingenGeeftOokDrie() throws IOException {
        vervang("huurders.csv", "G06,VHE0006", "G05,VHE0006");
        String[] args = Golden.run(invoer, tmp.resolve("uit"), "--parameter", "max_afwijzingen=0.1");
        args[0] = "simulatie";
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(args);
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        assertThat(u.uit()).contains("  afgewezen: 2 rijen, zie ", "    huurders.csv regel 6, kolom contract_id: ",
                "    huurders.csv regel 7, kolom contract_id: ").doesNotContain("... en nog");
    }

    @Test
    void formuleInjectieKrijgtEenApostrofInElkeCsvMaarGetallenNiet() throws IOException {
        vervang("huurders.csv", "G15,VHE0015", "-G15,VHE0015");
        Huurronde.Uitkomst u = draai();
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(Files.readString(run.resolve("audit.csv"))).contains("'-G15,VHE0015,").contains(",-1.39,");
        assertThat(Files.readString(run.resolve("financieel.csv"))).contains("'-G15,");
        assertThat(Files.readString(run.resolve("drukbestand-index.csv"))).contains(",'-G15,");
        assertThat(run.resolve("brieven/-G15.pdf")).exists();
    }
}

package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly run end to end through the real program on the embedded H2 database: the golden 2020
 * SWZ examples reproduced exactly, with and without a binding huursom cap, and the outputs' contract.
 */
class JaarlijkseRunTest {

    static final Path GOLDEN = Golden.MAP;
    static final List<String> GECONTROLEERD = List.of("soort", "kale_huur_oud", "kale_huur_nieuw", "verhoging_pct",
            "in_huursom", "redenen");

    @TempDir
    Path tmp;

    @Test
    void reproduceertDeGoldenVoorbeelden() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit")));
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        vergelijk(run.resolve("audit.csv"), GOLDEN.resolve("verwacht.csv"));
    }

    @Test
    void bindendeHuursomVerlaagtDeCapTotDeGoldenUitkomst() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data"))
                .voer(Golden.run(tmp.resolve("uit"), "--parameter", "beleid.huursom.max_pct=0.02"));
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        vergelijk(run.resolve("audit.csv"), GOLDEN.resolve("verwacht-huursom-2pct.csv"));
        Map<String, Map<String, String>> huursom = huursomRijen(run);
        assertThat(huursom.get("CAP|").get("pct")).isEqualTo("2.95");
        assertThat(huursom.get("HUURSOM|VOOR_CAP").get("pct")).isEqualTo("2.66");
        assertThat(huursom.get("HUURSOM|NA_CAP").get("pct")).isEqualTo("1.99");
        assertThat(u.uit()).contains("huursom cap: 2,95%");
    }

    @Test
    void uitvoerVolgensHetContract() throws IOException {
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit")));
        assertThat(u.code()).as(u.toString()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(Files.readString(run.resolve("audit.csv"))).startsWith(
                "contract_id,vhe_id,versie,sector,woningtype,soort,huishouden_personen,aow,chronisch_ziek,"
                + "inkomen_categorie,kale_huur_oud,streefhuur,streefhuur_nieuw,maximale_huur,percentage_max,"
                + "kale_huur_nieuw,verhoging_bedrag,verhoging_pct,in_huursom,redenen,medehuurders\r\n");
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(run.resolve("audit.csv"), "contract_id");
        assertThat(audit.keySet()).containsExactlyElementsOf(audit.keySet().stream().sorted().toList());
        assertThat(audit.get("G01")).containsEntry("percentage_max", "0.0410").containsEntry("inkomen_categorie", "LAAG")
                .containsEntry("streefhuur_nieuw", "615.60").containsEntry("versie", "1");
        assertThat(audit.get("G16")).containsEntry("inkomen_categorie", "NVT").containsEntry("sector", "VRIJ");
        assertThat(audit.get("G06")).containsEntry("huishouden_personen", "4");
        assertThat(audit.get("G07")).containsEntry("aow", "J");
        assertThat(audit.get("G18").get("percentage_max")).isEmpty();

        // Finance: totals equal the rows to the cent; bruto = kale + service.
        List<Map<String, String>> financieel = CsvBestand.lees(run.resolve("financieel.csv"));
        assertThat(financieel).hasSize(23);
        BigDecimal mutaties = BigDecimal.ZERO;
        for (Map<String, String> rij : financieel) {
            assertThat(new BigDecimal(rij.get("bruto_huur_nieuw"))).isEqualByComparingTo(
                    new BigDecimal(rij.get("kale_huur_nieuw")).add(new BigDecimal(rij.get("servicekosten"))));
            assertThat(rij.get("ingangsdatum")).isEqualTo("2020-07-01");
            mutaties = mutaties.add(new BigDecimal(rij.get("mutatie")));
        }
        Map<String, String> totaal = CsvBestand.perSleutel(run.resolve("financieel-totalen.csv"), "sector").get("TOTAAL");
        assertThat(new BigDecimal(totaal.get("mutatie"))).isEqualByComparingTo(mutaties);
        assertThat(new BigDecimal(totaal.get("jaareffect"))).isEqualByComparingTo(mutaties.multiply(BigDecimal.valueOf(12)));
        assertThat(totaal.get("aantal")).isEqualTo("23");

        assertThat(CsvBestand.lees(run.resolve("afgewezen.csv"))).isEmpty();
        String manifest = Files.readString(run.resolve("run.json"));
        assertThat(manifest).contains("\"status\": \"VOLTOOID\"", "\"sha256\"", "\"gelezen\": 23", "\"afgewezen\": 0");
        // Owner-only: the outputs hold personal data (names on letters, health data in the audit).
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.resolve("audit.csv"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run))).isEqualTo("rwx------");
        try (Stream<Path> bestanden = Files.list(run)) {
            assertThat(bestanden.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void eenVoltooideRondeNogmaalsStartenVerandertNiets() throws IOException {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        assertThat(huurronde.voer(Golden.run(tmp.resolve("uit"))).code()).isZero();
        Path run = Golden.runMap(tmp.resolve("uit"));
        String audit = Files.readString(run.resolve("audit.csv"));
        Huurronde.Uitkomst tweede = huurronde.voer(Golden.run(tmp.resolve("uit")));
        assertThat(tweede.code()).isZero();
        assertThat(tweede.uit()).contains("al voltooid", run.getFileName().toString(), run.toString());
        assertThat(Files.readString(run.resolve("audit.csv"))).isEqualTo(audit);

        Huurronde.Uitkomst opnieuw = huurronde.voer(Golden.run(tmp.resolve("uit"), "--opnieuw"));
        assertThat(opnieuw.code()).as(opnieuw.toString()).isZero();
        try (Stream<Path> mappen = Files.list(tmp.resolve("uit"))) {
            assertThat(mappen.filter(Files::isDirectory).count()).isEqualTo(2);
        }
    }

    static void vergelijk(Path audit, Path verwacht) throws IOException {
        Map<String, Map<String, String>> werkelijk = CsvBestand.perSleutel(audit, "contract_id");
        Map<String, Map<String, String>> verwachting = CsvBestand.perSleutel(verwacht, "contract_id");
        assertThat(werkelijk.keySet()).containsExactlyInAnyOrderElementsOf(verwachting.keySet());
        for (var e : verwachting.entrySet()) {
            for (String kolom : GECONTROLEERD) {
                assertThat(werkelijk.get(e.getKey()).get(kolom)).as(e.getKey() + " " + kolom)
                        .isEqualTo(e.getValue().get(kolom));
            }
        }
    }

    static Map<String, Map<String, String>> huursomRijen(Path run) throws IOException {
        Map<String, Map<String, String>> rijen = new java.util.LinkedHashMap<>();
        for (Map<String, String> rij : CsvBestand.lees(run.resolve("huursom.csv"))) {
            rijen.putIfAbsent(rij.get("sectie") + "|" + rij.get("fase"), rij);
        }
        return rijen;
    }

    @Test
    void eenOfTweeThreadsGevenDezelfdeUitvoer() throws IOException {
        Path[] runs = new Path[2];
        for (int threads = 1; threads <= 2; threads++) {
            Path uit = tmp.resolve("uit-" + threads);
            Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data-" + threads)).voer("run", "--job", "jobs/2025.yml",
                    "--uitvoer", uit.toString(), "--parameter", "threads=" + threads, "--parameter", "drukbestand_max=40",
                    "--parameter", "beleid.huursom.max_pct=0.02", "--huurronde.chunk-grootte=25");
            assertThat(u.code()).as(u.toString()).isEqualTo(3); // the sample set's deliberately bad rows
            runs[threads - 1] = Golden.runMap(uit);
        }
        for (String bestand : List.of("audit.csv", "financieel.csv", "financieel-totalen.csv", "huursom.csv",
                "afgewezen.csv", "drukbestand-index.csv")) {
            assertThat(Files.readAllBytes(runs[1].resolve(bestand))).as(bestand)
                    .isEqualTo(Files.readAllBytes(runs[0].resolve(bestand)));
        }
        try (Stream<Path> een = Files.list(runs[0].resolve("drukbestanden"));
             Stream<Path> twee = Files.list(runs[1].resolve("drukbestanden"))) {
            assertThat(twee.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(een.map(p -> p.getFileName().toString()).sorted().toList()).hasSizeGreaterThan(5);
        }
    }
}

package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled supplement of the 2026 sample round (sample-data/2026/aanvulling/huurders.csv, as the README
 * shows it): the main run rejects both rows of the duplicated HC00000248; the supplement has them fixed
 * (HC00000248 and HC00000250) and three new contracts, and is sent on 11 May 2026.
 */
class VoorbeeldAanvullingTest {

    @TempDir
    Path tmp;

    @Test
    void deVoorbeeldaanvullingVan2026() throws Exception {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        Huurronde.Uitkomst hoofd = huurronde.voer("run", "--job", "jobs/2026.yml", "--uitvoer", tmp.resolve("uit").toString());
        assertThat(hoofd.code()).as(hoofd.toString()).isEqualTo(3);
        String run = AanvulrunTest.runId(hoofd);
        Path runMap = Golden.runMap(tmp.resolve("uit"));
        assertThat(CsvBestand.perSleutel(runMap.resolve("audit.csv"), "contract_id"))
                .doesNotContainKeys("HC00000248", "HC00000250", "HC00000301");

        Huurronde.Uitkomst aanvul = huurronde.voer("aanvulrun", "--run", run, "--huurders",
                "sample-data/2026/aanvulling/huurders.csv", "--verzenddatum", "2026-05-11");
        // the main run's brp.csv and inkomen.csv are read again, with their deliberately bad rows
        assertThat(aanvul.code()).as(aanvul.toString()).isEqualTo(3);
        assertThat(aanvul.uit()).contains("al in de ronde: 0 contracten", "huursom van de ronde:");
        Path map = runMap.resolve("aanvulling-1");
        Map<String, Map<String, String>> audit = CsvBestand.perSleutel(map.resolve("audit.csv"), "contract_id");
        assertThat(audit.keySet()).containsExactly("HC00000248", "HC00000250", "HC00000301", "HC00000302", "HC00000303");
        assertThat(audit.values()).allSatisfy(r -> assertThat(r.get("redenen")).contains("INGANG_NA_VERZENDING"));
        assertThat(CsvBestand.perSleutel(map.resolve("financieel.csv"), "contract_id").values())
                .allSatisfy(r -> assertThat(r).containsEntry("ingangsdatum", "2026-08-01"));
        assertThat(PdfTekst.lees(map.resolve("brieven/HC00000250.pdf")).plat())
                .contains("11 mei 2026", "Vanaf 1 augustus 2026 wordt uw kale huur");
        assertThat(CsvBestand.lees(map.resolve("afgewezen.csv"))).extracting(r -> r.get("bestand"))
                .containsExactly("brp.csv", "brp.csv", "inkomen.csv", "inkomen.csv");

        // the whole roll given again without medehuurders.csv: nothing new, and the main run's co-tenants
        // are not a difference that sends staff to bezwaar
        Huurronde.Uitkomst geheel = huurronde.voer("aanvulrun", "--run", run, "--huurders",
                "sample-data/2026/huurders.csv", "--verzenddatum", "2026-05-11");
        assertThat(geheel.uit()).as(geheel.toString()).contains("Niets nieuws voor run " + run)
                .doesNotContain("met een gewijzigde rij");
        assertThat(runMap.resolve("aanvulling-2")).doesNotExist();
        assertThat(CsvBestand.lees(Path.of("sample-data/2026/medehuurders.csv"))).isNotEmpty();
    }
}

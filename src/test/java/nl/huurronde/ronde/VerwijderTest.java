package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verwijder through the real program, after a real run of the golden 2020 contracts on H2: it asks for
 * --bevestig, keeps the data until the retention date unless --nu, and a deleted run stays deleted for
 * run, status, bezwaar and herdruk.
 */
class VerwijderTest {

    @TempDir
    Path tmp;

    private Huurronde huurronde;
    private Path uitvoer;
    private Path run;
    private String runId;

    /** A completed run of jobs/2020-swz.yml: ingangsdatum 2020-07-01, so its retention ended on 2021-01-01. */
    @BeforeEach
    void voltooideRun() throws IOException {
        huurronde = Huurronde.h2(tmp.resolve("data"));
        uitvoer = tmp.resolve("uit");
        Huurronde.Uitkomst u = huurronde.voer(Golden.run(uitvoer));
        assertThat(u.code()).as(u.toString()).isZero();
        run = Golden.runMap(uitvoer);
        runId = run.getFileName().toString();
    }

    @Test
    void zonderBevestigWistHetNietsEnZegtHetWatHetZouWissen() {
        Huurronde.Uitkomst u = huurronde.voer("verwijder", "--run", runId);
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.uit()).contains("Run " + runId + " verwijderen wist voorgoed:", "23 contracten met een voorstel",
                "de map " + run, "23 brieven", "bewaartermijn: voorbij sinds 2021-01-01");
        assertThat(u.fout()).contains("run " + runId + " is niet verwijderd: geef --bevestig");

        Huurronde.Uitkomst alleenNu = huurronde.voer("verwijder", "--run", runId, "--nu");
        assertThat(alleenNu.code()).as(alleenNu.toString()).isEqualTo(1);
        assertThat(alleenNu.fout()).contains("geef --bevestig");

        assertThat(run.resolve("audit.csv")).exists();
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("): VOLTOOID");
        Huurronde.Uitkomst herdruk = huurronde.voer("herdruk", "--run", runId, "--contract", "G01");
        assertThat(herdruk.code()).as(herdruk.toString()).isZero();
    }

    @Test
    void eenVerwijderdeRunBlijftVerwijderdVoorRunStatusBezwaarEnHerdruk() {
        Huurronde.Uitkomst weg = huurronde.voer("verwijder", "--run", runId, "--bevestig");
        assertThat(weg.code()).as(weg.toString()).isZero();
        assertThat(weg.uit()).contains("Run " + runId + " verwijderd: 23 contracten met een voorstel")
                .doesNotContain("vroegtijdig");
        assertThat(run).doesNotExist();
        String vandaag = LocalDate.now().toString();

        Huurronde.Uitkomst status = huurronde.voer("status", "--run", runId);
        assertThat(status.uit()).contains("): VERWIJDERD op " + vandaag, "uitvoer: " + run + " (verwijderd)")
                .doesNotContain("VOLTOOID");

        // The same command used to "resume" it and report a completed run without proposals or files.
        Huurronde.Uitkomst opnieuw = huurronde.voer(Golden.run(uitvoer));
        assertThat(opnieuw.code()).as(opnieuw.toString()).isEqualTo(1);
        assertThat(opnieuw.fout()).contains("als run " + runId + " verwijderd op " + vandaag,
                "--opnieuw start een nieuwe run");
        assertThat(opnieuw.uit()).doesNotContainIgnoringCase("voltooid").doesNotContain("hervat");
        assertThat(run).doesNotExist();

        for (Huurronde.Uitkomst u : List.of(
                huurronde.voer("bezwaar", "--run", runId, "--contract", "G01", "--chronisch-ziek"),
                huurronde.voer("herdruk", "--run", runId, "--contract", "G01"))) {
            assertThat(u.code()).as(u.toString()).isEqualTo(1);
            assertThat(u.fout()).contains("run " + runId + " is verwijderd op " + vandaag).doesNotContain("hervat");
        }
        Huurronde.Uitkomst nogEens = huurronde.voer("verwijder", "--run", runId, "--bevestig");
        assertThat(nogEens.fout()).contains("run " + runId + " is al verwijderd op " + vandaag);

        Huurronde.Uitkomst nieuw = huurronde.voer(Golden.run(uitvoer, "--opnieuw"));
        assertThat(nieuw.code()).as(nieuw.toString()).isZero();
        assertThat(nieuw.uit()).contains("Run " + runId + "-2 gestart.");
        assertThat(uitvoer.resolve(runId + "-2").resolve("audit.csv")).exists();
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("VERWIJDERD");
    }

    @Test
    void voorHetEindeVanDeBewaartermijnAlleenMetNu() throws IOException {
        // A higher revised proposal received in 2099 starts later, and so keeps the run's data longer.
        Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", runId, "--contract", "G10",
                "--inkomenscategorie", "hoog", "--ontvangen", "2099-05-10");
        assertThat(bezwaar.code()).as(bezwaar.toString()).isZero();
        List<Map<String, String>> correctie = CsvBestand.lees(run.resolve("bezwaar/G10-v2/financieel.csv"));
        LocalDate tot = LocalDate.parse(correctie.get(0).get("ingangsdatum")).plusMonths(6);
        assertThat(tot).isAfter(LocalDate.of(2099, 11, 1));

        Huurronde.Uitkomst teVroeg = huurronde.voer("verwijder", "--run", runId, "--bevestig");
        assertThat(teVroeg.code()).as(teVroeg.toString()).isEqualTo(1);
        assertThat(teVroeg.fout()).contains("run " + runId + " is niet verwijderd: de persoonsgegevens worden bewaard tot "
                + tot + ", want tot zes maanden na de laatste ingangsdatum", "Huurcommissie", "art. 7:253 BW",
                "geef ook --nu");
        assertThat(run.resolve("audit.csv")).exists();
        assertThat(huurronde.voer("herdruk", "--run", runId, "--contract", "G10").code()).isZero();

        Huurronde.Uitkomst nu = huurronde.voer("verwijder", "--run", runId, "--bevestig", "--nu");
        assertThat(nu.code()).as(nu.toString()).isZero();
        assertThat(nu.uit()).contains("Let op: vroegtijdig verwijderd (--nu), vóór het einde van de bewaartermijn op "
                + tot);
        assertThat(run).doesNotExist();
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("VERWIJDERD op ",
                "melding: persoonsgegevens vroegtijdig verwijderd (--nu)");
    }
}

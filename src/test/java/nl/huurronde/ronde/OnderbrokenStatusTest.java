package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.huurronde.Huurronde;
import nl.huurronde.Proces;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status of a run in another process, on H2: BEZIG while that process holds the round's lock (and the
 * look at the lock does not disturb it), "onderbroken" with the advice to resume after a kill -9, and
 * the advice is right: the same command resumes it.
 */
class OnderbrokenStatusTest {

    static final String ONDERBROKEN = "onderbroken — start dezelfde opdracht opnieuw om te hervatten";

    @TempDir
    Path tmp;

    @Test
    void naEenKillToontStatusOnderbrokenEnHervatDezelfdeOpdracht() throws Exception {
        Path invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 5000, 7, 2025, Opties.standaard());
        Huurronde huurronde = Huurronde.h2(tmp.resolve("data"));
        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/2025.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--uitvoer", tmp.resolve("uit").toString(),
                "--huurronde.chunk-grootte=50"));

        Path log = tmp.resolve("run.log");
        List<String> proces = new ArrayList<>(args);
        proces.addAll(huurronde.argumenten());
        Process p = Proces.start(log, proces);
        String runId = null;
        for (int i = 0; i < 600 && runId == null; i++) {
            String tekst = Files.exists(log) ? Files.readString(log) : "";
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Run (\\S+) gestart\\.").matcher(tekst);
            runId = m.find() ? m.group(1) : null;
            Thread.sleep(100);
        }
        assertThat(runId).as(Files.readString(log)).isNotNull();

        Huurronde.Uitkomst loopt = huurronde.voer("status", "--run", runId);
        Huurronde.Uitkomst verwijder = huurronde.voer("verwijder", "--run", runId, "--bevestig", "--nu");
        assertThat(p.isAlive()).as("the run is still going: " + Files.readString(log)).isTrue();
        assertThat(loopt.uit()).as(loopt.toString()).contains("): BEZIG").doesNotContain("onderbroken");
        assertThat(verwijder.code()).as(verwijder.toString()).isEqualTo(1);
        assertThat(verwijder.fout()).contains("run " + runId + " draait nu in een ander proces");

        p.destroyForcibly(); // SIGKILL: the run's line stays BEZIG, the operating system drops its lock
        p.waitFor();
        Huurronde.Uitkomst status = huurronde.voer("status", "--run", runId);
        assertThat(status.uit()).as(status.toString()).contains("Run " + runId + " (run, jaar 2025): " + ONDERBROKEN);
        Huurronde.Uitkomst bezwaar = huurronde.voer("bezwaar", "--run", runId, "--contract", "X", "--chronisch-ziek");
        assertThat(bezwaar.fout()).contains("run " + runId + " is niet voltooid (onderbroken); hervat hem eerst met "
                + "dezelfde opdracht 'run'");

        Huurronde.Uitkomst hervat = huurronde.voer(args.toArray(String[]::new));
        // the generated roll has deliberately bad rows: completed with rejections
        assertThat(hervat.code()).as(hervat.toString()).isEqualTo(3);
        assertThat(hervat.uit()).contains("Run " + runId + " wordt hervat.");
        assertThat(huurronde.voer("status", "--run", runId).uit()).contains("): VOLTOOID");
    }
}

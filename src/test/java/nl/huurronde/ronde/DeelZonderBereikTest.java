package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.Proces;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Batch stores a part of a partitioned step and its context in two writes; a kill between them
 * left a part without its range, and the restart failed on it (seen once in HervattenNaKillTest as a
 * NullPointerException on {@code vanaf}). Here the range of every letters part is taken away after a
 * kill, as such a kill would leave it, and the same command must still finish the run.
 */
class DeelZonderBereikTest {

    @TempDir
    Path tmp;

    @Test
    void eenDeelZonderBereikKrijgtHetBijHetHervattenTerug() throws Exception {
        Path invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 3000, 5, 2025, Opties.standaard());
        Path data = tmp.resolve("data");
        Path uitvoer = tmp.resolve("uit");
        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/2025.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--uitvoer", uitvoer.toString(),
                "--parameter", "brieven=per-contract"));

        Path log = tmp.resolve("gedood.log");
        Process p = Proces.start(log, Stream.concat(args.stream(), Stream.of("--huurronde.data=" + data)).toList());
        while (p.isAlive() && !(Files.exists(log) && Files.readString(log).contains("brieven: "))) {
            Thread.sleep(10);
        }
        p.destroyForcibly().waitFor();
        assertThat(Files.readString(log)).as("killed in the letters step").doesNotContain("voltooid in");

        int zonderBereik;
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("huurronde") + ";AUTO_SERVER=TRUE",
                "sa", ""); Statement sql = db.createStatement()) {
            zonderBereik = sql.executeUpdate("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN "
                    + "(SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'brievenDeel:%')");
        }
        assertThat(zonderBereik).as("letters parts whose range was taken away").isPositive();

        Huurronde.Uitkomst hervat = Huurronde.h2(data).voer(args.toArray(String[]::new));
        assertThat(hervat.code()).as(hervat.toString()).isEqualTo(3); // completed; the roll has deliberate bad rows
        assertThat(hervat.uit()).contains("wordt hervat");
        Path run = Golden.runMap(uitvoer);
        // a contract raised less than 12 months before the round gets no proposal and so no letter
        long contracten = Files.readAllLines(run.resolve("audit.csv")).stream().skip(1)
                .filter(rij -> !rij.contains("GEEN_VOORSTEL_LAATSTE_VERHOGING")).count();
        try (Stream<Path> brieven = Files.list(run.resolve("brieven"))) {
            assertThat(brieven.filter(b -> b.toString().endsWith(".pdf")).count()).isEqualTo(contracten);
        }
    }
}

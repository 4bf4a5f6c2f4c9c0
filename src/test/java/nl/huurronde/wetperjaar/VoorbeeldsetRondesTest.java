package nl.huurronde.wetperjaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundled round runs on its own sample set under its own job file and the bundled law of its
 * year (the README's first command for each year); 2027, whose law is not yet published, as a
 * simulation marked provisional.
 */
class VoorbeeldsetRondesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "jobs/{0}.yml")
    @ValueSource(strings = {"2019", "2020-swz", "2021", "2022", "2023", "2024", "2025", "2026"})
    void elkeRondeDraaitOpHaarVoorbeeldset(String ronde) throws IOException {
        Path uitvoer = tmp.resolve("uit");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", "jobs/" + ronde + ".yml",
                "--uitvoer", uitvoer.toString(), "--parameter", "brieven=geen");
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // the sample set's deliberately bad rows
        Path run = Golden.runMap(uitvoer);
        assertThat(Files.readAllLines(run.resolve("audit.csv"))).hasSizeGreaterThan(250);
        assertThat(Files.readString(run.resolve("run.json"))).contains("\"voorlopig\": false", "\"bron\": \"gebundeld\"");
    }

    @Test
    void ronde2027AlleenAlsVoorlopigeSimulatie() throws IOException {
        Huurronde h = Huurronde.h2(tmp.resolve("data"));
        assertThat(h.voer("run", "--job", "jobs/2027.yml", "--uitvoer", tmp.resolve("run").toString()).code()).isEqualTo(1);
        Path uitvoer = tmp.resolve("sim");
        Huurronde.Uitkomst u = h.voer("simulatie", "--job", "jobs/2027.yml", "--uitvoer", uitvoer.toString());
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // the sample set's deliberately bad rows
        Path run = Golden.runMap(uitvoer);
        assertThat(Files.readAllLines(run.resolve("audit.csv"))).hasSizeGreaterThan(250);
        assertThat(Files.readString(run.resolve("run.json"))).contains("\"voorlopig\": true");
    }
}

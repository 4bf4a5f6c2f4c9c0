package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The golden 2020 SWZ examples as a run of the real program, and where its output lands. */
public final class Golden {

    public static final Path MAP = Path.of("src/test/resources/golden/2020-swz");

    private Golden() {}

    /** Command line of a run of jobs/2020-swz.yml on the 23 golden contracts. */
    public static String[] run(Path uitvoer, String... extra) {
        return run(MAP, uitvoer, extra);
    }

    /** The command line of {@code opdracht} (run, simulatie) on the golden inputs, with extra options after it. */
    public static String[] opdracht(String opdracht, Path uitvoer, String... extra) {
        String[] args = run(MAP, uitvoer, extra);
        args[0] = opdracht;
        return args;
    }

    /** The same run on the three input files in another folder (a copy a test has changed). */
    public static String[] run(Path invoer, Path uitvoer, String... extra) {
        Stream<String> basis = Stream.of("run", "--job", "jobs/2020-swz.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(),
                "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(),
                "--uitvoer", uitvoer.toString());
        return Stream.concat(basis, Stream.of(extra)).toArray(String[]::new);
    }

    /** A copy of the three golden input files in a new folder, for a test to break. */
    public static Path kopie(Path map) throws IOException {
        Files.createDirectories(map);
        for (String f : List.of("huurders.csv", "brp.csv", "inkomen.csv")) {
            Files.copy(MAP.resolve(f), map.resolve(f));
        }
        return map;
    }

    /** The one run folder below an output folder. */
    public static Path runMap(Path uitvoer) throws IOException {
        try (Stream<Path> mappen = Files.list(uitvoer)) {
            List<Path> alle = mappen.filter(Files::isDirectory).toList();
            assertThat(alle).hasSize(1);
            return alle.get(0);
        }
    }
}

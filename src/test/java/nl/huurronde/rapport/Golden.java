package nl.huurronde.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The golden 2020 SWZ inputs of the specification, run through the real program. */
final class Golden {

    static final Path MAP = Path.of("src/test/resources/golden/2020-swz");

    private Golden() {}

    /** The command line of {@code opdracht} on the golden inputs, with extra options after it. */
    static String[] opdracht(String opdracht, Path uitvoer, String... extra) {
        Stream<String> basis = Stream.of(opdracht, "--job", "jobs/2020-swz.yml",
                "--huurders", MAP.resolve("huurders.csv").toString(),
                "--brp", MAP.resolve("brp.csv").toString(),
                "--inkomen", MAP.resolve("inkomen.csv").toString(),
                "--uitvoer", uitvoer.toString());
        return Stream.concat(basis, Stream.of(extra)).toArray(String[]::new);
    }

    /** The one run folder under {@code uitvoer}. */
    static Path runMap(Path uitvoer) throws IOException {
        try (Stream<Path> mappen = Files.list(uitvoer)) {
            List<Path> alle = mappen.filter(Files::isDirectory).toList();
            assertThat(alle).hasSize(1);
            return alle.get(0);
        }
    }
}

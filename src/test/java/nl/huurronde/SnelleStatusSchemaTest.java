package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fast status path answers only on the schema of the code: its version is the newest migration's. */
class SnelleStatusSchemaTest {

    @Test
    void schemaversieIsDeNieuwsteMigratie() throws Exception {
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/resources/db/migration"))) {
            int hoogste = bestanden.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(SnelleStatus.SCHEMAVERSIE).isEqualTo(hoogste);
        }
    }
}

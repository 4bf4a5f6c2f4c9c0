package nl.huurronde.beleid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A job file with a YAML syntax error: file, line, column and the usual cause in Dutch (issue #24 item 8). */
class YamlFoutTest {

    private static final Path JOB = Path.of("jobs/2020-swz.yml");

    @TempDir
    Path tmp;

    static Stream<Arguments> fouten() {
        return Stream.of(
                Arguments.of("tab", "  verhuurder:\n    naam: SWZ\n", "  verhuurder:\n\tnaam: SWZ\n",
                        "regel 8, kolom 1: ongeldige YAML: een tab om in te springen; YAML springt alleen in met spaties"),
                Arguments.of("dubbele punt in een waarde", "    naam: SWZ\n", "    naam: SWZ: Zwolle\n",
                        "regel 8, kolom 14: ongeldige YAML: hier kan geen ':' staan; mist de regel erboven een ':' na de "
                                + "sleutel, klopt de inspringing niet, of staat er een ':' in een waarde (zet die dan "
                                + "tussen aanhalingstekens)?"),
                Arguments.of("ontbrekende dubbele punt", "  jaar: 2020\n", "  jaar 2020\n",
                        "regel 5, kolom 15: ongeldige YAML: hier kan geen ':' staan; mist de regel erboven een ':'"),
                Arguments.of("niet gesloten aanhalingsteken", "    naam: SWZ\n", "    naam: \"SWZ\n",
                        "regel 8, kolom 11: ongeldige YAML: een aanhalingsteken wordt hier geopend maar niet gesloten"),
                Arguments.of("inspringing", "  invoer:\n", " invoer:\n",
                        "regel 13, kolom 2: ongeldige YAML: de inspringing klopt niet"),
                Arguments.of("niet gesloten lijst", "  uitvoer: uitvoer/\n", "  uitvoer: [uitvoer/\n",
                        "regel 17, kolom 12: ongeldige YAML: een lijst die hier met '[' begint wordt niet gesloten met ']'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fouten")
    void eenSyntaxfoutNoemtRegelKolomEnOorzaakInHetNederlands(String geval, String goed, String fout, String melding)
            throws IOException {
        Path job = kapot(goed, fout);
        assertThatThrownBy(() -> JobFileLoader.laad(job, Map.of())).isInstanceOf(BeleidFout.class)
                .hasMessageStartingWith("jobbestand " + job + " " + melding)
                .hasMessageNotContainingAny("mapping values", "scanning", "expected");
    }

    @Test
    void hetProgrammaZegtHetInEenRegel() throws IOException {
        Path job = kapot("  verhuurder:\n    naam: SWZ\n", "  verhuurder:\n\tnaam: SWZ\n");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", job.toString(),
                "--uitvoer", tmp.resolve("uit").toString());
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout()).isEqualTo("fout: jobbestand " + job + " regel 8, kolom 1: ongeldige YAML: een tab om in "
                + "te springen; YAML springt alleen in met spaties\n");
    }

    @Test
    void eenWetbestandHeetWetbestand() throws IOException {
        Path wet = tmp.resolve("wet-2020.yml");
        Files.writeString(wet, "jaar: 2020\nbron: 'Staatscourant\n");
        assertThatThrownBy(() -> JobFileLoader.laad(JOB, Map.of("wet", wet.toString()))).isInstanceOf(BeleidFout.class)
                .hasMessageContaining("wetbestand " + wet + " regel 2, kolom 7: ongeldige YAML: een aanhalingsteken "
                        + "wordt hier geopend maar niet gesloten");
    }

    private Path kapot(String goed, String fout) throws IOException {
        String tekst = Files.readString(JOB);
        assertThat(tekst).contains(goed);
        Path job = tmp.resolve("kapot.yml");
        Files.writeString(job, tekst.replaceFirst(java.util.regex.Pattern.quote(goed),
                java.util.regex.Matcher.quoteReplacement(fout)));
        return job;
    }
}

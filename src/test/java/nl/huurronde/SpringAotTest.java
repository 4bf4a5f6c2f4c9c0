package nl.huurronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher starts the batch commands on Spring's ahead-of-time bean definitions
 * ({@code -Dhuurronde.spring-aot=true}; the jar's are made by the build's process-aot). Here the same
 * processing makes them from the current code, with the settings of the pom's execution, and a round's
 * commands run, each in a JVM of its own on a new H2 database, once on those definitions and once as
 * Spring builds them at start: what they print and the files they write are the same, apart from times
 * and the two folders.
 */
class SpringAotTest {

    static final String RUN = "2026-320655fa"; // the sample round's run id (a hash of its inputs)

    @TempDir
    Path tmp;

    @Test
    void eenRondeOpDeVoorafGemaakteDefinitiesDoetHetzelfdeAlsZonder() throws Exception {
        Path aot = springAot(tmp.resolve("spring-aot"));
        assertThat(aot.resolve("nl/huurronde/HuurrondeApplication__ApplicationContextInitializer.class")).isRegularFile();
        String metAot = ronde(tmp.resolve("aot"), aot + File.pathSeparator + Proces.klassenpad(),
                List.of("-Dhuurronde.spring-aot=true"));
        String zonder = ronde(tmp.resolve("gewoon"), Proces.klassenpad(), List.of());

        assertThat(metAot).contains("Starting AOT-processed HuurrondeApplication");
        assertThat(zonder).contains("Starting HuurrondeApplication").doesNotContain("AOT-processed");
        assertThat(normaal(metAot, "aot")).isEqualTo(normaal(zonder, "gewoon"))
                .contains("Run " + RUN + " gestart.", "toegekend op 2026-05-10", "Herdruk (kopie) van versie 2",
                        "Run 2026-sim-", "inkomensgegevens verwijderd");

        List<Path> bestanden = bestanden(tmp.resolve("aot/uit"));
        assertThat(bestanden).hasSizeGreaterThan(300).isEqualTo(bestanden(tmp.resolve("gewoon/uit")))
                .contains(Path.of(RUN, "bezwaar", "HC00000001-v2", "financieel.csv"));
        for (Path bestand : bestanden) {
            Path a = tmp.resolve("aot/uit").resolve(bestand);
            Path b = tmp.resolve("gewoon/uit").resolve(bestand);
            if (bestand.toString().endsWith(".pdf")) {
                // their bytes hold OpenPDF's random font-subset names
                assertThat(PdfTekst.lees(a)).as(bestand.toString()).isEqualTo(PdfTekst.lees(b));
            } else {
                assertThat(normaal(Files.readString(a), "aot")).as(bestand.toString())
                        .isEqualTo(normaal(Files.readString(b), "gewoon"));
            }
        }
    }

    /**
     * What process-aot does (pom.xml): Spring's AOT processing of the application in a JVM of its own, for a
     * run's command line, then its sources compiled; the folder with the classes and resources to put first
     * on the class path.
     */
    private static Path springAot(Path map) throws Exception {
        Path bronnen = map.resolve("bronnen");
        Path klassen = map.resolve("klassen");
        List<String> opdracht = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                Proces.klassenpad(), "org.springframework.boot.SpringApplicationAotProcessor",
                HuurrondeApplication.class.getName(), bronnen.toString(), klassen.toString(), klassen.toString(),
                "nl.huurronde", "huurronde", "run", "--job", "jobs/2026.yml", "--huurronde.data=" + map.resolve("data"));
        Path log = map.resolve("log.txt");
        Files.createDirectories(map);
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(Proces.einde(p)).as(Files.readString(log)).isZero();

        List<String> bestanden;
        try (Stream<Path> paden = Files.walk(bronnen)) {
            bestanden = paden.map(Path::toString).filter(n -> n.endsWith(".java")).toList();
        }
        List<String> javac = new ArrayList<>(List.of("-d", klassen.toString(), "-cp", Proces.klassenpad(),
                "--release", "21", "-parameters"));
        javac.addAll(bestanden);
        ByteArrayOutputStream fouten = new ByteArrayOutputStream();
        int code = ToolProvider.getSystemJavaCompiler().run(null, null, fouten, javac.toArray(String[]::new));
        assertThat(code).as(fouten.toString(StandardCharsets.UTF_8)).isZero();
        return klassen;
    }

    /** The commands in a row in {@code map}; all they printed (the first run with Spring's start-up line). */
    private static String ronde(Path map, String klassenpad, List<String> jvm) throws Exception {
        String data = "--huurronde.data=" + map.resolve("data");
        String uit = map.resolve("uit").toString();
        List<List<String>> opdrachten = List.of(
                List.of("run", "--job", "jobs/2026.yml", "--uitvoer", uit, "--spring.main.log-startup-info=true",
                        "--logging.level.org.springframework.boot.StartupInfoLogger=INFO"),
                // a Spring argument the fast path does not know: status through the context
                List.of("status", "--spring.main.banner-mode=off"),
                List.of("bezwaar", "registreer", "--run", RUN, "--contract", "HC00000001", "--ontvangen", "2026-05-01",
                        "--grond", "INKOMEN", "--door", "test"),
                List.of("bezwaar", "toekennen", "--run", RUN, "--contract", "HC00000001", "--inkomenscategorie", "LAAG",
                        "--datum", "2026-05-10", "--door", "test"),
                List.of("herdruk", "--run", RUN, "--contract", "HC00000001"),
                List.of("bezwaar", "lijst", "--run", RUN, "--uit", map.resolve("uit/bezwaren.csv").toString(),
                        "--peildatum", "2026-05-20"),
                List.of("simulatie", "--job", "jobs/2026.yml", "--uitvoer", uit, "--parameter", "beleid.huursom.max_pct=0.02"),
                List.of("verwijder", "--run", RUN, "--inkomen", "--bevestig", "--nu"));
        Path log = map.resolve("log.txt");
        Files.createDirectories(map);
        for (List<String> opdracht : opdrachten) {
            List<String> args = new ArrayList<>(opdracht);
            args.add(data);
            Files.writeString(log, "== " + String.join(" ", opdracht) + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            int code = Proces.einde(Proces.start(log, klassenpad, jvm, args));
            assertThat(code).as(opdracht + ": " + Files.readString(log)).isIn(Exitcode.VOLTOOID, Exitcode.MET_AFWIJZINGEN);
        }
        return Files.readString(log);
    }

    /**
     * Without what differs between any two runs: clock times (ISO ones without their seconds when those are
     * zero, as LocalDateTime writes them), durations, rates, the side's folder.
     */
    private static String normaal(String tekst, String kant) {
        return tekst.replace("/" + kant + "/", "/KANT/")
                .replaceAll("(?m)^.*(Starting|Started|No active profile).*\n", "")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?", "TIJDSTIP")
                .replaceAll("\\d\\d:\\d\\d:\\d\\d", "TIJD")
                .replaceAll("\\d+(\\.\\d+)? s\\b", "DUUR")
                .replaceAll("\\d+(\\.\\d+)?( contracten)?/s", "SNELHEID")
                .replaceAll("\"programmaversie\"[^,\n]*", "");
    }

    private static List<Path> bestanden(Path map) throws Exception {
        try (Stream<Path> paden = Files.walk(map)) {
            return paden.filter(Files::isRegularFile).map(map::relativize).sorted().toList();
        }
    }
}

package nl.huurronde.simulatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulation in memory against the yearly run's database path, on a generated roll of 2,000 contracts
 * with a huursom limit that forces a cap: the audit and the huursom figures must be byte for byte the
 * same whichever path computed them, and the simulation must leave no proposals in the database.
 */
class SimulatieTest {

    private static final String[] BELEID = {"--parameter", "beleid.huursom.max_pct=0.015"};

    @TempDir
    static Path tmp;
    static Path invoer;

    /** The most bad rows the generator makes (0.5% per file: duplicates, unreadable values, shared addresses). */
    @BeforeAll
    static void genereer() throws IOException {
        invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 2_000, 11L, 2025, Opties.standaard().metFoutAandeel(Opties.MAX_FOUTAANDEEL)
                .metInkomenscategorie(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inkomen", "inkomenscategorie"})
    void inGeheugenGeeftDezelfdeAuditEnHuursomAlsDeJaarlijkseRun(String inkomen) throws Exception {
        Path data = tmp.resolve(inkomen + "-data");
        Huurronde h2 = Huurronde.h2(data);
        String[] metInkomen = {"--" + inkomen, invoer.resolve(inkomen + ".csv").toString()};
        Path run = voer(h2, "run", tmp.resolve(inkomen + "-run"), Stream.concat(Stream.of(metInkomen),
                Stream.of("--parameter", "brieven=geen")).toArray(String[]::new));
        Huurronde.Uitkomst sim = h2.voer(opdracht("simulatie", tmp.resolve(inkomen + "-sim"), metInkomen));
        assertThat(sim.code()).as(sim.toString()).isEqualTo(3); // completed with the roll's deliberately bad rows
        assertThat(sim.uit()).contains("  afgewezen: ", "/afgewezen.csv\n", "... en nog ");
        Path simMap = Golden.runMap(tmp.resolve(inkomen + "-sim"));

        assertThat(sim.uit()).containsPattern("stappen: .*simuleren").doesNotContain("berekenen");
        assertThat(Files.readString(run.resolve("run.json"))).contains("\"cap\": 0.0");
        assertThat(Files.mismatch(run.resolve("audit.csv"), simMap.resolve("audit.csv"))).isEqualTo(-1);
        assertThat(Files.mismatch(run.resolve("huursom.csv"), simMap.resolve("huursom.csv"))).isEqualTo(-1);
        assertThat(Files.readString(simMap.resolve("afgewezen.csv")).lines().count()).isGreaterThan(20);
        assertThat(deel(run.resolve("run.json"), "\"per_soort\"", "\"waarschuwingen\""))
                .isEqualTo(deel(simMap.resolve("run.json"), "\"per_soort\"", "\"waarschuwingen\""));
        assertThat(simMap.resolve("financieel.csv")).doesNotExist();
        assertThat(simMap.resolve("huursom-rapport.pdf")).isNotEmptyFile();
        assertThat(voorstellen(data, simMap.getFileName().toString())).isZero();
        assertThat(voorstellen(data, run.getFileName().toString())).isEqualTo(Files.readAllLines(
                run.resolve("audit.csv")).size() - 1);
    }

    @Test
    void eenRolDieNietInHetGeheugenPastGaatDoorDeDatabankMetDezelfdeUitvoer() throws IOException {
        Path geheugen = voer(Huurronde.h2(tmp.resolve("groot-data")), "simulatie", tmp.resolve("groot-geheugen"));
        // another database: the same simulation in the same one would be reused, not run again
        Huurronde.Uitkomst databank = Huurronde.h2(tmp.resolve("groot-data-2")).voer(opdracht("simulatie", tmp.resolve("groot-databank"),
                "--huurronde.simulatie.max-in-geheugen=1", "--parameter", "threads=1"));
        assertThat(databank.code()).as(databank.toString()).isEqualTo(3);
        Path databankMap = Golden.runMap(tmp.resolve("groot-databank"));

        assertThat(databank.uit()).containsPattern("stappen: .*berekenen.*huursom.*exporteren")
                .doesNotContain("simuleren");
        for (String bestand : List.of("audit.csv", "huursom.csv", "afgewezen.csv")) {
            assertThat(Files.mismatch(geheugen.resolve(bestand), databankMap.resolve(bestand))).as(bestand)
                    .isEqualTo(-1);
        }
        assertThat(databankMap.resolve("financieel.csv")).doesNotExist();
    }

    /**
     * The copy of the intake is begun when huurders.csv has at most the limit's records; the decider counts
     * the accepted contracts. A limit between the two keeps the proposals in memory but reads the households
     * from the database, as after a restart in a new process: the third path, with the same outputs.
     */
    @Test
    void zonderKopieVanDeIntakeLeestDeSimulatieDeHuishoudensUitDeDatabank() throws IOException {
        Path geheugen = voer(Huurronde.h2(tmp.resolve("kopie-data")), "simulatie", tmp.resolve("kopie-geheugen"));
        String huurders = Files.readString(geheugen.resolve("run.json"));
        long verwerkt = Long.parseLong(huurders.replaceAll("(?s).*\"bestand\": \"huurders.csv\".*?\"verwerkt\": (\\d+).*", "$1"));
        assertThat(verwerkt).as("de gegenereerde rol heeft afgewezen huurders").isLessThan(2_000);

        Huurronde.Uitkomst zonderKopie = Huurronde.h2(tmp.resolve("kopie-data-2")).voer(opdracht("simulatie",
                tmp.resolve("kopie-zonder"), "--huurronde.simulatie.max-in-geheugen=" + verwerkt));
        assertThat(zonderKopie.code()).as(zonderKopie.toString()).isEqualTo(3);
        assertThat(zonderKopie.uit()).containsPattern("stappen: .*simuleren");
        Path zonder = Golden.runMap(tmp.resolve("kopie-zonder"));
        for (String bestand : List.of("audit.csv", "huursom.csv", "afgewezen.csv")) {
            assertThat(Files.mismatch(geheugen.resolve(bestand), zonder.resolve(bestand))).as(bestand).isEqualTo(-1);
        }
    }

    @Test
    void opPostgresGelijkAanH2() throws Exception {
        Huurronde.vereisPostgres();
        Path h2 = voer(Huurronde.h2(tmp.resolve("pg-h2")), "simulatie", tmp.resolve("pg-h2-uit"));
        Path pg = voer(Huurronde.postgres(tmp.resolve("pg-data")), "simulatie", tmp.resolve("pg-uit"));
        for (String bestand : List.of("audit.csv", "huursom.csv", "afgewezen.csv")) {
            assertThat(Files.mismatch(h2.resolve(bestand), pg.resolve(bestand))).as(bestand).isEqualTo(-1);
        }
    }

    private static Path voer(Huurronde huurronde, String opdracht, Path uitvoer, String... extra) throws IOException {
        Huurronde.Uitkomst u = huurronde.voer(opdracht(opdracht, uitvoer, extra));
        assertThat(u.code()).as(u.toString()).isEqualTo(3); // completed with the roll's deliberately bad rows
        return Golden.runMap(uitvoer);
    }

    /** The command on the generated roll; with inkomen.csv unless extra names the income input. */
    private static String[] opdracht(String opdracht, Path uitvoer, String... extra) {
        List<String> opties = List.of(extra);
        Stream<String> inkomen = opties.contains("--inkomen") || opties.contains("--inkomenscategorie") ? Stream.of()
                : Stream.of("--inkomen", invoer.resolve("inkomen.csv").toString());
        return Stream.of(Stream.of(opdracht, "--job", "jobs/2025.yml",
                        "--huurders", invoer.resolve("huurders.csv").toString(),
                        "--brp", invoer.resolve("brp.csv").toString(),
                        "--uitvoer", uitvoer.toString()), inkomen, Stream.of(BELEID), opties.stream())
                .flatMap(s -> s).toArray(String[]::new);
    }

    /** The text of run.json from one key up to the next: what both paths must agree on. */
    private static String deel(Path runJson, String van, String tot) throws IOException {
        String tekst = Files.readString(runJson);
        return tekst.substring(tekst.indexOf(van), tekst.indexOf(tot));
    }

    private static long voorstellen(Path data, String runId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "");
             var ps = c.prepareStatement("SELECT COUNT(*) FROM voorstel WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

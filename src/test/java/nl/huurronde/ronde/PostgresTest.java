package nl.huurronde.ronde;

import static nl.huurronde.ronde.JaarlijkseRunTest.GOLDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same jobs on a real PostgreSQL server (started by .ci/run) and on H2: byte-identical outputs.
 * Skipped on a machine without the server, but never in CI.
 */
class PostgresTest {

    static final List<String> CSV_UITVOER = List.of("audit.csv", "financieel.csv", "financieel-totalen.csv",
            "huursom.csv", "afgewezen.csv");

    @TempDir
    Path tmp;

    @BeforeAll
    static void server() {
        Huurronde.vereisPostgres();
    }

    @Test
    void goldenVoorbeeldenOpPostgres() throws Exception {
        Huurronde.Uitkomst u = Huurronde.postgres(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit")));
        assertThat(u.code()).as(u.toString()).isZero();
        JaarlijkseRunTest.vergelijk(Golden.runMap(tmp.resolve("uit")).resolve("audit.csv"), GOLDEN.resolve("verwacht.csv"));
    }

    @Test
    void sampleDataGeeftDezelfdeBytesAlsH2() throws Exception {
        vergelijkH2EnPostgres("jobs/2020-swz.yml");
        vergelijkH2EnPostgres("jobs/2025.yml", "--parameter", "beleid.huursom.max_pct=0.02");
    }

    private void vergelijkH2EnPostgres(String job, String... extra) throws Exception {
        Path h2Uit = tmp.resolve("h2-" + job.hashCode());
        Path pgUit = tmp.resolve("pg-" + job.hashCode());
        String[] h2Args = args(job, h2Uit, extra);
        String[] pgArgs = args(job, pgUit, extra);
        Huurronde.Uitkomst h2 = Huurronde.h2(tmp.resolve("h2data")).voer(h2Args);
        assertThat(h2.code()).as(h2.toString()).isEqualTo(3); // the sample sets' deliberately bad rows
        Huurronde.Uitkomst pg = Huurronde.postgres(tmp.resolve("pgdata")).voer(pgArgs);
        assertThat(pg.code()).as(pg.toString()).isEqualTo(3);
        Path h2Run = Golden.runMap(h2Uit);
        Path pgRun = Golden.runMap(pgUit);
        assertThat(pgRun.getFileName()).isEqualTo(h2Run.getFileName());
        for (String bestand : CSV_UITVOER) {
            assertThat(Files.readAllBytes(pgRun.resolve(bestand))).as(job + " " + bestand)
                    .isEqualTo(Files.readAllBytes(h2Run.resolve(bestand)));
        }
    }

    private static String[] args(String job, Path uit, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--job", job, "--uitvoer", uit.toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }
}

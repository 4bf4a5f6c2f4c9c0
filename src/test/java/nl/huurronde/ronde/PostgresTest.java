package nl.huurronde.ronde;

import static nl.huurronde.ronde.JaarlijkseRunTest.GOLDEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
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

    /**
     * On PostgreSQL the three extracts are read side by side: the BRP and income imports start before the
     * contracts' flow (huurders, then co-tenants) has ended, and the intake check waits for all of them.
     * A generated roll in small chunks keeps the contracts' import long (hundreds of commits): on the sample
     * set's 300 rows it ended once before a busy CI host had started the BRP flow's thread.
     */
    @Test
    void deExtractenWordenNaastElkaarIngelezen() throws Exception {
        Path invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 5000, 5, 2025, Opties.standaard());
        Huurronde pg = Huurronde.postgres(tmp.resolve("pgdata"));
        Huurronde.Uitkomst u = pg.voer(args("jobs/2025.yml", tmp.resolve("uit"),
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--huurronde.chunk-grootte=20",
                "--parameter", "brieven=geen"));
        assertThat(u.code()).as(u.toString()).isEqualTo(3);
        Map<String, LocalDateTime[]> stappen = new HashMap<>();
        try (Connection c = DriverManager.getConnection(pg.databankOptie("spring.datasource.url"),
                pg.databankOptie("spring.datasource.username"), "");
             ResultSet rij = c.createStatement().executeQuery(
                     "SELECT step_name, start_time, end_time FROM batch_step_execution")) {
            while (rij.next()) {
                stappen.put(rij.getString("step_name"), new LocalDateTime[] {
                        rij.getObject("start_time", LocalDateTime.class), rij.getObject("end_time", LocalDateTime.class)});
            }
        }
        LocalDateTime huurdersKlaar = stappen.get("importMedehuurders")[1];
        assertThat(stappen.get("importHuurders")[1]).isBeforeOrEqualTo(stappen.get("importMedehuurders")[0]);
        assertThat(stappen.get("importBrp")[0]).isBefore(huurdersKlaar);
        assertThat(stappen.get("importInkomen")[0]).isBefore(huurdersKlaar);
        for (String stap : List.of("importMedehuurders", "importBrp", "importInkomen")) {
            assertThat(stappen.get("intakeControle")[0]).as(stap).isAfterOrEqualTo(stappen.get(stap)[1]);
        }
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

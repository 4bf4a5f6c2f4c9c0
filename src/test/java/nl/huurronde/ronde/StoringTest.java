package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import nl.huurronde.CsvBestand;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import nl.huurronde.Proces;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults during a run: the policy file edited before a resume, an output folder that cannot be
 * written, the database connections cut. Each gives a clear error, nothing presented as complete,
 * and the same command resumes the run once the cause is gone.
 */
class StoringTest {

    @TempDir
    Path tmp;
    Path invoer;
    Path job;

    @BeforeEach
    void invoer() throws Exception {
        invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 1500, 9, 2025, Opties.standaard());
        job = tmp.resolve("ronde.yml");
        Files.copy(Path.of("jobs/2025.yml"), job);
    }

    private List<String> args(Path uitvoer, List<String> databank) {
        List<String> args = new ArrayList<>(List.of("run", "--job", job.toString(),
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--uitvoer", uitvoer.toString(),
                "--huurronde.chunk-grootte=50"));
        args.addAll(databank);
        return args;
    }

    /** Starts the run, waits until it has begun working, then applies the fault. */
    private Process startEnWacht(Path log, List<String> args) throws Exception {
        Process p = Proces.start(log, args);
        for (int i = 0; i < 600 && !(Files.exists(log) && Files.readString(log).contains("inlezen huurders.csv")); i++) {
            Thread.sleep(100);
        }
        return p;
    }

    @Test
    void gewijzigdBeleidNaEenOnderbrekingWordtGeweigerdTotHetTerugIs() throws Exception {
        List<String> args = args(tmp.resolve("uit"), List.of("--huurronde.data=" + tmp.resolve("data")));
        String origineel = Files.readString(job);
        Process eerste = startEnWacht(tmp.resolve("1.log"), args);
        eerste.destroyForcibly();
        eerste.waitFor();

        Files.writeString(job, origineel.replace("regulier_max_pct: 0.05", "regulier_max_pct: 0.049"));
        Path log = tmp.resolve("2.log");
        assertThat(Proces.draai(log, args)).isEqualTo(1);
        assertThat(Files.readString(log)).contains("fout: run ", "ander beleid", "--opnieuw");

        Files.writeString(job, origineel);
        Path log3 = tmp.resolve("3.log");
        assertThat(Proces.draai(log3, args)).as(Files.readString(log3)).isEqualTo(3); // with the roll's rejections
        assertThat(Files.readString(log3)).contains("wordt hervat", "voltooid");
    }

    @Test
    void onschrijfbareUitvoerGeeftEenFoutEnDeRunHervatNaHerstel() throws Exception {
        Path blok = Files.writeString(tmp.resolve("blok"), "een bestand waar een map moet komen");
        List<String> args = args(blok.resolve("uit"), List.of("--huurronde.data=" + tmp.resolve("data")));
        Path log = tmp.resolve("1.log");
        assertThat(Proces.draai(log, args)).isEqualTo(1);
        assertThat(Files.readString(log)).contains("fout: ", "uitvoer", "hervat").doesNotContain("\tat ");

        Files.delete(blok);
        Path log2 = tmp.resolve("2.log");
        assertThat(Proces.draai(log2, args)).as(Files.readString(log2)).isEqualTo(3); // with the roll's rejections
        assertThat(Files.readString(log2)).contains("wordt hervat");
        Path run = Golden.runMap(blok.resolve("uit"));
        assertThat(CsvBestand.lees(run.resolve("audit.csv"))).hasSizeGreaterThan(1400);
        assertThat(run.resolve("run.json")).exists();
    }

    /**
     * A broken connection can leave a step STARTED, or UNKNOWN (its end could not be recorded), while its
     * job was marked FAILED or UNKNOWN; Spring Batch then refuses the restart (as "already running"). Made
     * here by hand after a failed run: the resume must still work.
     */
    @ParameterizedTest
    @ValueSource(strings = {"STARTED", "UNKNOWN"})
    void eenStapDieNogAlsLopendOfOnbekendStaatHervatToch(String status) throws Exception {
        Path blok = Files.writeString(tmp.resolve("blok"), "een bestand waar een map moet komen");
        Path data = tmp.resolve("data");
        List<String> args = args(blok.resolve("uit"), List.of("--huurronde.data=" + data));
        assertThat(Proces.draai(tmp.resolve("1.log"), args)).isEqualTo(1);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
                + "/huurronde;AUTO_SERVER=TRUE", "sa", "")) {
            int gewijzigd = c.createStatement().executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = '" + status
                    + "', END_TIME = NULL WHERE STEP_EXECUTION_ID = (SELECT MAX(STEP_EXECUTION_ID) FROM BATCH_STEP_EXECUTION)");
            assertThat(gewijzigd).isEqualTo(1);
            if (status.equals("UNKNOWN")) {
                assertThat(c.createStatement().executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN'"))
                        .isEqualTo(1);
            }
        }

        Files.delete(blok);
        Path log2 = tmp.resolve("2.log");
        assertThat(Proces.draai(log2, args)).as(Files.readString(log2)).isEqualTo(3); // with the roll's rejections
        assertThat(Files.readString(log2)).contains("wordt hervat", "voltooid");
        assertThat(CsvBestand.lees(Golden.runMap(blok.resolve("uit")).resolve("audit.csv"))).hasSizeGreaterThan(1400);
    }

    @Test
    void verbrokenDatabaseverbindingenGevenEenFoutEnDeRunHervat() throws Exception {
        Huurronde.vereisPostgres();
        Huurronde pg = Huurronde.postgres(tmp.resolve("pg"));
        List<String> databank = pg.argumenten();
        String url = pg.databankOptie("spring.datasource.url");
        String naam = url.substring(url.lastIndexOf('/') + 1);
        List<String> args = args(tmp.resolve("uit"), databank);
        Path log = tmp.resolve("1.log");
        Process p = startEnWacht(log, args);
        try (Connection c = DriverManager.getConnection(System.getenv("HUURRONDE_TEST_PG_URL"),
                System.getenv().getOrDefault("HUURRONDE_TEST_PG_USER", "huurronde"), "")) {
            c.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + naam + "' AND pid <> pg_backend_pid()");
        }
        int eersteCode = Proces.einde(p);
        String eerste = Files.readString(log);
        if (eersteCode != 3) { // 3: it completed (with the roll's rejections) before the connections were cut
            assertThat(eerste).contains("fout: ", "hervat").doesNotContain("\tat ");
        }
        // The driver's messages quote statements with their values: none of it may reach the output.
        assertThat(eerste).doesNotContainPattern("\\b9\\d{8}\\b").doesNotContainPattern("19\\d\\d-\\d\\d-\\d\\d");
        Path log2 = tmp.resolve("2.log");
        int code = Proces.draai(log2, args);
        assertThat(code).as(Files.readString(log2)).isEqualTo(3);
        Path run = Golden.runMap(tmp.resolve("uit"));
        assertThat(CsvBestand.lees(run.resolve("audit.csv"))).hasSizeGreaterThan(1400);
    }
}

package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.huurronde.Huurronde;
import nl.huurronde.Proces;
import nl.huurronde.genereer.Generator;
import nl.huurronde.genereer.Opties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two starts of the same round at once: the second refuses with one clear line; the first completes. */
class GelijktijdigeRunTest {

    /** Keeps the first run (of the given run id) going until the second has been refused (closed then). */
    private interface Vasthouden {
        AutoCloseable houdVast(String runId) throws Exception;
    }

    @TempDir
    Path tmp;

    @Test
    void h2() throws Exception {
        // held like the PostgreSQL run below (a loaded CI host saw the first run end before the second
        // JVM was up): a row of the letters step's index, inserted and not committed, which the first run
        // waits for (H2 waits 2 s by default: here longer than the test)
        String url = "jdbc:h2:file:" + tmp.resolve("data") + "/huurronde;AUTO_SERVER=TRUE;LOCK_TIMEOUT=600000";
        tweeTegelijk(List.of("--huurronde.data=" + tmp.resolve("data"), "--spring.datasource.url=" + url),
                runId -> eersteIndexregelVast(url, "sa", runId));
    }

    @Test
    void postgres() throws Exception {
        Huurronde.vereisPostgres();
        Huurronde pg = Huurronde.postgres(tmp.resolve("data"));
        // on PostgreSQL a 2,000-contract run can end before a second JVM has started (CI saw it): the first
        // is held in its letters step by a table lock it needs there, still holding the round's lock
        tweeTegelijk(pg.argumenten(), runId -> brievenstapOp(pg.databankOptie("spring.datasource.url"),
                pg.databankOptie("spring.datasource.username")));
    }

    private static AutoCloseable brievenstapOp(String url, String gebruiker) throws SQLException {
        Connection c = DriverManager.getConnection(url, gebruiker, "");
        c.setAutoCommit(false);
        c.createStatement().execute("LOCK TABLE drukbestand_index IN ACCESS EXCLUSIVE MODE");
        return () -> {
            c.rollback();
            c.close();
        };
    }

    /** The first print file's first index row, uncommitted: the letters part that writes that file waits. */
    private static AutoCloseable eersteIndexregelVast(String url, String gebruiker, String runId) throws SQLException {
        Connection c = DriverManager.getConnection(url, gebruiker, "");
        c.setAutoCommit(false);
        try (PreparedStatement rij = c.prepareStatement("INSERT INTO drukbestand_index (run_id, bestand, volgnr, "
                + "contract_id, eerste_pagina, laatste_pagina) VALUES (?, 'drukbestand-0001.pdf', 1, 'vast', 1, 1)")) {
            rij.setString(1, runId);
            rij.executeUpdate();
        }
        return () -> {
            c.rollback();
            c.close();
        };
    }

    private void tweeTegelijk(List<String> databank, Vasthouden vasthouden) throws Exception {
        Path invoer = tmp.resolve("invoer");
        Generator.schrijf(invoer, 2000, 5, 2025, Opties.standaard());
        List<String> args = new ArrayList<>(List.of("run", "--job", "jobs/2025.yml",
                "--huurders", invoer.resolve("huurders.csv").toString(), "--brp", invoer.resolve("brp.csv").toString(),
                "--inkomen", invoer.resolve("inkomen.csv").toString(), "--uitvoer", tmp.resolve("uit").toString(),
                "--huurronde.chunk-grootte=50"));
        args.addAll(databank);
        Path eersteLog = tmp.resolve("eerste.log");
        Process eerste = Proces.start(eersteLog, args);
        for (int i = 0; i < 600 && !(Files.exists(eersteLog) && Files.readString(eersteLog).contains("gestart")); i++) {
            Thread.sleep(100);
        }
        Matcher gestart = Pattern.compile("Run (\\S+) gestart\\.").matcher(Files.readString(eersteLog));
        assertThat(gestart.find()).as(Files.readString(eersteLog)).isTrue();
        String melding;
        try (AutoCloseable vast = vasthouden.houdVast(gestart.group(1))) {
            assertThat(eerste.isAlive()).as(Files.readString(eersteLog)).isTrue();
            Path tweedeLog = tmp.resolve("tweede.log");
            Process tweede = Proces.start(tweedeLog, args);
            assertThat(tweede.waitFor(3, TimeUnit.MINUTES)).isTrue();
            melding = Files.readString(tweedeLog);
            assertThat(tweede.exitValue()).as(melding).isEqualTo(1);
        }
        assertThat(melding).contains("fout: deze ronde draait al").doesNotContain("serialize", "Exception");
        assertThat(Proces.einde(eerste)).as(Files.readString(eersteLog)).isEqualTo(3); // with the roll's rejections
    }
}

package nl.huurronde.ronde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import nl.huurronde.Golden;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL that is not there at start-up: one Dutch line that names the host and port and what to
 * check, not Spring's "Error creating bean" (issue #24 item 8).
 */
class DatabankNietBereikbaarTest {

    @TempDir
    Path tmp;

    @Test
    void eenGeslotenPoortGeeftEenRegelMetHostEnPoort() throws IOException {
        int poort = vrijePoort();
        Huurronde.Uitkomst u = voer("jdbc:postgresql://localhost:" + poort + "/huurronde");
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout().strip()).as(u.toString()).isEqualTo("fout: database niet bereikbaar op localhost:" + poort
                + " (verbinding geweigerd); controleer HUURRONDE_DB_URL of start de database");
        assertThat(u.uit()).isEmpty();
        assertThat(tmp.resolve("uit")).doesNotExist();
    }

    @Test
    void eenOnbekendeHostWordtGenoemd() {
        Huurronde.Uitkomst u = voer("jdbc:postgresql://db.huurronde.invalid/huurronde");
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout().strip()).as(u.toString()).isEqualTo("fout: database niet bereikbaar op "
                + "db.huurronde.invalid:5432 (onbekende host); controleer HUURRONDE_DB_URL of start de database");
    }

    @Test
    void eenAndereOpdrachtZegtHetzelfde() throws IOException {
        int poort = vrijePoort();
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("status", "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + poort + "/huurronde?password=geheim");
        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout().strip()).as(u.toString()).startsWith("fout: database niet bereikbaar op 127.0.0.1:" + poort
                + " (verbinding geweigerd)").doesNotContain("geheim");
    }

    private Huurronde.Uitkomst voer(String url) {
        return Huurronde.h2(tmp.resolve("data")).voer(Golden.run(tmp.resolve("uit"), "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url));
    }

    /** A port nobody listens on: bound, then closed again. */
    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

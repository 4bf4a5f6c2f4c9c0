package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.huurronde.Huurronde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * status without Spring (issue #24 item 17) prints exactly what the Spring path prints for the same
 * database: a completed run with a handled bezwaar, a case in the register and a simulation, on H2 and on
 * PostgreSQL; an unknown run is refused the same way; an empty data folder goes to the Spring path.
 */
class SnelleStatusTest {

    @TempDir
    Path tmp;

    @Test
    void snellePadGeeftDezelfdeUitvoerAlsSpringOpH2() throws Exception {
        vergelijk(new Ronde2020(Huurronde.h2(tmp.resolve("data")), tmp));
    }

    @Test
    void snellePadGeeftDezelfdeUitvoerAlsSpringOpPostgres() throws Exception {
        Huurronde.vereisPostgres();
        vergelijk(new Ronde2020(Huurronde.postgres(tmp.resolve("data")), tmp));
    }

    @Test
    void eenLegeDatamapGaatViaSpring() {
        Huurronde huurronde = Huurronde.h2(tmp.resolve("leeg"));
        assertThat(huurronde.snelleStatus("status")).isNull();
        Huurronde.Uitkomst status = huurronde.voer("status");
        assertThat(status.code()).as(status.toString()).isZero();
        assertThat(status.uit()).isEqualTo("Er zijn nog geen runs in deze databank.\n");
        // now the schema is there (migrated by the Spring path), without runs: the fast path answers the same
        assertThat(huurronde.snelleStatus("status")).isEqualTo(status);
    }

    private static void vergelijk(Ronde2020 ronde) {
        Huurronde h = ronde.huurronde;
        assertThat(ronde.bezwaar("G01", "--chronisch-ziek").code()).isZero();
        Huurronde.Uitkomst geregistreerd = h.voer("bezwaar", "registreer", "--run", ronde.runId, "--contract", "G12",
                "--ontvangen", "2020-06-28");
        assertThat(geregistreerd.code()).as(geregistreerd.toString()).isZero();
        Huurronde.Uitkomst simulatie = h.voer(nl.huurronde.Golden.opdracht("simulatie", ronde.uitvoer.resolveSibling("sim")));
        assertThat(simulatie.code()).as(simulatie.toString()).isIn(0, 3);

        for (String[] args : new String[][] {{"status"}, {"status", "--run", ronde.runId}, {"status", "--run", "2020-onbekend"}}) {
            Huurronde.Uitkomst spring = h.voerViaSpring(args);
            Huurronde.Uitkomst snel = h.snelleStatus(args);
            assertThat(snel).as("the fast path answers " + String.join(" ", args)).isNotNull();
            assertThat(snel).isEqualTo(spring);
            assertThat(h.voer(args)).isEqualTo(spring);
        }
        String status = h.snelleStatus("status", "--run", ronde.runId).uit();
        assertThat(status).contains("Run " + ronde.runId + " (run, jaar 2020): VOLTOOID", "bezwaren verwerkt: 1",
                "bezwaarregister: ontvangen 1");
        assertThat(h.snelleStatus("status").uit()).contains("(simulatie, jaar 2020)");
    }
}

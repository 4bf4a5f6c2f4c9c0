package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.huurronde.Golden;
import nl.huurronde.Stapronde;
import nl.huurronde.Staptest;
import nl.huurronde.register.RondeRegister;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The import steps and the intake check on their own: the counts they record hold read = processed +
 * rejected per file, with every rejected row in afwijzing. The golden inputs get rejections of both
 * kinds: two rows with the same contract id (rejected by the intake check) and a BRP row with a bad
 * BSN (rejected while reading).
 */
@Staptest
class IntakeControleStapTest {

    @TempDir
    static Path tmp;

    @DynamicPropertySource
    static void databank(DynamicPropertyRegistry properties) {
        properties.add("huurronde.data", () -> Stapronde.data(tmp).toString());
    }

    @BeforeAll
    static void ronde() throws IOException {
        Path invoer = Golden.kopie(tmp.resolve("invoer"));
        vervang(invoer.resolve("huurders.csv"), "G06,VHE0006", "G05,VHE0006");
        vervang(invoer.resolve("brp.csv"), "8011VM,4,,,100000058", "8011VM,4,,,100000059");
        Stapronde.draai(tmp, invoer, "--parameter", "max_afwijzingen=0.1");
    }

    private static void vervang(Path bestand, String oud, String nieuw) throws IOException {
        String tekst = Files.readString(bestand);
        assertThat(tekst).contains(oud);
        Files.writeString(bestand, tekst.replace(oud, nieuw));
    }

    @Autowired
    JobOperatorTestUtils stappen;
    @Autowired
    ApplicationContext context;
    @Autowired
    RondeRegister register;
    @Autowired
    IntakeTellingen tellingen;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deIntakeLegtPerBestandGelezenGelijkAanVerwerktPlusAfgewezenVast() {
        String runId = Stapronde.run(register).runId();
        // What the run recorded is gone: the steps below must count and record it again.
        jdbc.update("DELETE FROM intake_telling WHERE run_id = ?", runId);
        jdbc.update("DELETE FROM afwijzing WHERE run_id = ?", runId);

        for (String stap : List.of("importHuurders", "importBrp", "importInkomen", "intakeControle")) {
            Stapronde.voltooid(Stapronde.start(stappen, context, stap, runId));
        }

        Integer vastgelegd = jdbc.queryForObject("SELECT COUNT(*) FROM intake_telling WHERE run_id = ?",
                Integer.class, runId);
        assertThat(vastgelegd).as("recorded by intakeControle, not counted afresh").isEqualTo(3);
        Map<String, Long> records = register.invoer(runId).stream()
                .collect(Collectors.toMap(RondeRegister.InvoerRij::bestand, RondeRegister.InvoerRij::records));
        List<IntakeTellingen.Telling> tel = tellingen.tel(runId);
        assertThat(tel).extracting(IntakeTellingen.Telling::bestand)
                .containsExactly("huurders.csv", "brp.csv", "inkomen.csv");
        for (IntakeTellingen.Telling t : tel) {
            assertThat(t.gelezen()).as(t.bestand() + ": read = records counted at the start")
                    .isEqualTo(records.get(t.bestand()));
            assertThat(t.gelezen()).as(t.bestand() + ": read = processed + rejected")
                    .isEqualTo(t.verwerkt() + t.afgewezen());
            assertThat(t.afgewezen()).as(t.bestand() + ": rejected = its rows in afwijzing")
                    .isEqualTo(jdbc.queryForObject("SELECT COUNT(DISTINCT regel) FROM afwijzing WHERE run_id = ? "
                            + "AND bestand = ?", Long.class, runId, t.bestand()));
        }
        assertThat(tel).extracting(t -> t.bestand() + " " + t.gelezen() + "/" + t.verwerkt() + "/" + t.afgewezen())
                .startsWith("huurders.csv 23/21/2");
        assertThat(tel.get(1).afgewezen()).as("brp.csv").isEqualTo(1);
        assertThat(tel.get(2).afgewezen()).as("inkomen.csv").isZero();
    }
}

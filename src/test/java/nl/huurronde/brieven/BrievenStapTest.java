package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
 * The letters step on its own, run again on a completed round in per-contract mode: exactly one letter
 * per proposal, a missing one written again, none twice.
 */
@Staptest
class BrievenStapTest {

    @TempDir
    static Path tmp;

    @DynamicPropertySource
    static void databank(DynamicPropertyRegistry properties) {
        properties.add("huurronde.data", () -> Stapronde.data(tmp).toString());
    }

    @BeforeAll
    static void ronde() {
        Stapronde.draai(tmp, Golden.MAP, "--parameter", "brieven=per-contract");
    }

    @Autowired
    JobOperatorTestUtils stappen;
    @Autowired
    ApplicationContext context;
    @Autowired
    RondeRegister register;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void opnieuwGeeftPreciesEenBriefPerVoorstel() throws IOException {
        RondeRegister.RondeRij run = Stapronde.run(register);
        Path brieven = Path.of(run.uitvoerMap()).resolve("brieven");
        Files.delete(brieven.resolve("G01.pdf"));

        Stapronde.voltooid(Stapronde.start(stappen, context, "brieven", run.runId()));

        List<String> voorstellen = jdbc.queryForList("SELECT contract_id FROM voorstel WHERE run_id = ? AND versie = 1",
                String.class, run.runId());
        assertThat(voorstellen).hasSize(23);
        try (Stream<Path> bestanden = Files.list(brieven)) {
            assertThat(bestanden.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(voorstellen.stream().map(id -> id + ".pdf").sorted().toList());
        }
        assertThat(Path.of(run.uitvoerMap()).resolve("drukbestanden")).doesNotExist();
    }
}

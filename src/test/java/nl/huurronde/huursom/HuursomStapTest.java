package nl.huurronde.huursom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import nl.huurronde.Golden;
import nl.huurronde.Stapronde;
import nl.huurronde.Staptest;
import nl.huurronde.register.RondeRegister;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The huursom step on its own (rules.md §5): on the golden round with {@code beleid.huursom.max_pct}
 * 0.02 (verwacht-huursom-2pct.csv) it finds and records the cap c = 2.95%.
 */
@Staptest
class HuursomStapTest {

    @TempDir
    static Path tmp;

    @DynamicPropertySource
    static void databank(DynamicPropertyRegistry properties) {
        properties.add("huurronde.data", () -> Stapronde.data(tmp).toString());
    }

    @BeforeAll
    static void ronde() {
        Stapronde.draai(tmp, Golden.MAP, "--parameter", "beleid.huursom.max_pct=0.02");
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
    void deHuursomstapLegtDeCapVanDeGoldenUitkomstVast() {
        String runId = Stapronde.run(register).runId();
        // The completed run's version 1 is already capped: compute the uncapped proposals again first,
        // and forget the cap, so the step has to find it itself.
        Stapronde.voltooid(Stapronde.start(stappen, context, "berekenen", runId));
        jdbc.update("UPDATE ronde_run SET huursom_cap = NULL, huursom_cap_bepaald = FALSE WHERE run_id = ?", runId);
        assertThat(kaleHuurNieuw(runId, "G01")).isEqualByComparingTo("520.50"); // 4.1%, before the cap

        StepExecution huursom = Stapronde.start(stappen, context, "huursom", runId);

        Stapronde.voltooid(huursom);
        RondeRegister.RondeRij run = register.vind(runId).orElseThrow();
        assertThat(run.capBepaald()).isTrue();
        assertThat(run.huursomCap()).isEqualByComparingTo("0.0295");
        // Applying the cap is the next step's (huursomToepassen): this one changes no proposal.
        assertThat(kaleHuurNieuw(runId, "G01")).isEqualByComparingTo("520.50");
    }

    private BigDecimal kaleHuurNieuw(String runId, String contract) {
        return jdbc.queryForObject("SELECT kale_huur_nieuw FROM voorstel WHERE run_id = ? AND contract_id = ? "
                + "AND versie = 1", BigDecimal.class, runId, contract);
    }
}

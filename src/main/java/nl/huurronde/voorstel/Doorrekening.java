package nl.huurronde.voorstel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.huurronde.policy.JobConfig;
import nl.huurronde.ronde.Verdeling;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The compute step without the voorstel table, for the simulation: every accepted contract with its
 * household through {@link Berekening}, the line ranges read in parallel (job key threads) with the
 * yearly run's join, the proposals kept in memory. A simulation needs only its outputs, not a stored row
 * per proposal.
 */
@Component
public class Doorrekening {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    Doorrekening(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Version 1 of every accepted contract of the run, without a huursom cap, in line order. */
    public List<VoorstelVersie> berekenAlle(String runId, JobConfig config) throws InterruptedException {
        Berekening berekening = new Berekening(config);
        long[] bereik = regelbereik(jdbc, runId);
        List<ExecutionContext> delen = new ArrayList<>(Verdeling.bereik(bereik[0], bereik[1])
                .partition(config.threads()).values());
        ExecutorService threads = Executors.newFixedThreadPool(delen.size(), Thread.ofPlatform()
                .name("doorrekenen-", 1).factory());
        try {
            List<Future<List<VoorstelVersie>>> uitkomsten = new ArrayList<>();
            for (ExecutionContext deel : delen) {
                uitkomsten.add(threads.submit(() -> reken(runId, config, berekening, deel)));
            }
            List<VoorstelVersie> alle = new ArrayList<>();
            for (Future<List<VoorstelVersie>> uitkomst : uitkomsten) {
                alle.addAll(uitkomst.get());
            }
            return alle;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** One part's line range through the same household join as the yearly run, then the rules. */
    private List<VoorstelVersie> reken(String runId, JobConfig config, Berekening berekening, ExecutionContext deel)
            throws SQLException {
        HuishoudenLezer lezer = new HuishoudenLezer(dataSource, runId, config.beleid(),
                config.invoer().inkomenscategorie() != null, deel.getLong(Verdeling.VANAF),
                deel.getLong(Verdeling.TOT_EN_MET), (laatste, tot) -> { }); // nothing stored, nothing to clear
        List<VoorstelVersie> voorstellen = new ArrayList<>();
        lezer.open(new ExecutionContext());
        try {
            for (ContractInvoer invoer = lezer.read(); invoer != null; invoer = lezer.read()) {
                voorstellen.add(berekening.eerste(invoer));
            }
        } finally {
            lezer.close();
        }
        return voorstellen;
    }

    /** The first and last line of the accepted contracts: what the compute step partitions. */
    static long[] regelbereik(JdbcTemplate jdbc, String runId) {
        return jdbc.queryForObject("SELECT COALESCE(MIN(regel), 1), COALESCE(MAX(regel), 0) FROM huurder "
                + "WHERE run_id = ? AND afgewezen = FALSE", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, runId);
    }
}

package nl.huurronde.voorstel;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import nl.huurronde.batch.Verdeling;
import nl.huurronde.beleid.JobConfig;
import nl.huurronde.intake.CategorieRegel;
import nl.huurronde.intake.Intakekopie;
import nl.huurronde.intake.PersoonRegel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The compute step without the voorstel table, for the simulation: every accepted contract with its
 * household through {@link Berekening}, the proposals kept in memory. The households come from the
 * intake's copy in memory ({@link Intakekopie}) when there is a complete one, else from the yearly run's
 * join in the database (line ranges read in parallel, job key threads). A simulation needs only its
 * outputs, not a stored row per proposal.
 */
@Component
public class Doorrekening {

    private static final Logger LOG = LoggerFactory.getLogger(Doorrekening.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Intakekopie intakekopie;

    Doorrekening(DataSource dataSource, JdbcTemplate jdbc, Intakekopie intakekopie) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.intakekopie = intakekopie;
    }

    /** Version 1 of every accepted contract of the run, without a huursom cap, in line order. */
    public List<VoorstelVersie> berekenAlle(String runId, JobConfig config) throws InterruptedException {
        Berekening berekening = new Berekening(config);
        Optional<Intakekopie.Kopie> kopie = intakekopie.neem(runId);
        LOG.info("simuleren: huishoudens uit {}", kopie.isPresent() ? "de kopie van de intake in het geheugen"
                : "de databank (geen volledige kopie van de intake in dit proces)");
        return kopie.isPresent() ? uitKopie(kopie.get(), config, berekening)
                : uitDatabank(runId, config, berekening);
    }

    /**
     * The households from the intake kept in memory: the join of {@link HuishoudenLezer}'s query (persons
     * accepted at the address, by BRP line; every income row of their BSN; the address's accepted
     * category), done with hash maps.
     */
    private static List<VoorstelVersie> uitKopie(Intakekopie.Kopie kopie, JobConfig config, Berekening berekening) {
        Map<String, List<Intakekopie.Inkomen>> inkomens = new HashMap<>();
        for (Intakekopie.Inkomen inkomen : kopie.inkomens()) {
            inkomens.computeIfAbsent(inkomen.bsn(), b -> new ArrayList<>(1)).add(inkomen);
        }
        Map<String, List<Huishoudopbouw.Lid>> personen = new HashMap<>();
        for (PersoonRegel p : kopie.personen()) { // in line order
            if (p.adresSleutel() == null) {
                continue;
            }
            Huishoudopbouw.Lid persoon = new Huishoudopbouw.Lid(p.geboortedatum(), p.rol());
            for (Intakekopie.Inkomen i : p.bsn() == null ? List.<Intakekopie.Inkomen>of()
                    : inkomens.getOrDefault(p.bsn(), List.of())) {
                persoon.voegInkomenToe(i.afgewezen(), i.status(), i.verzamelinkomen());
            }
            personen.computeIfAbsent(p.adresSleutel(), a -> new ArrayList<>(2)).add(persoon);
        }
        Map<String, String> categorieen = new HashMap<>();
        for (CategorieRegel c : kopie.categorieen()) {
            if (c.adresSleutel() != null) {
                categorieen.putIfAbsent(c.adresSleutel(), c.categorie());
            }
        }
        Huishoudopbouw opbouw = new Huishoudopbouw(config);
        return kopie.huurders().parallelStream().map(h -> {
            ContractInvoer.Basis basis = new ContractInvoer.Basis(h.contract(), kopie.adresGedeeld(h.regel()),
                    kopie.brpAfgewezen(h.adresSleutel()));
            String adres = h.adresSleutel();
            return berekening.eerste(opbouw.contract(basis, adres == null ? List.of()
                    : personen.getOrDefault(adres, List.of()), adres == null ? null : categorieen.get(adres)));
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The yearly run's household join in the database, one reader per thread. */
    private List<VoorstelVersie> uitDatabank(String runId, JobConfig config, Berekening berekening)
            throws InterruptedException {
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
        HuishoudenLezer lezer = new HuishoudenLezer(dataSource, runId, config, deel.getLong(Verdeling.VANAF),
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
        return new NamedParameterJdbcTemplate(jdbc).queryForObject("SELECT COALESCE(MIN(regel), 1) AS eerste, "
                + "COALESCE(MAX(regel), 0) AS laatste FROM huurder WHERE run_id = :run_id AND afgewezen = FALSE",
                new MapSqlParameterSource("run_id", runId),
                (rs, i) -> new long[] {rs.getLong("eerste"), rs.getLong("laatste")});
    }
}

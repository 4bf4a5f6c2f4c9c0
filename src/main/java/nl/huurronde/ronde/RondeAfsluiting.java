package nl.huurronde.ronde;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import nl.huurronde.export.Exporteur;
import nl.huurronde.export.RunManifest;
import nl.huurronde.intake.DrempelOverschreden;
import nl.huurronde.intake.IntakeTellingen;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the user sees at the end of a run: the summary, or the one clear line of its failure. */
@Component
class RondeAfsluiting {

    private final IntakeTellingen tellingen;
    private final JdbcTemplate jdbc;
    private final Exporteur exporteur;
    private final RunManifest manifest;

    RondeAfsluiting(IntakeTellingen tellingen, JdbcTemplate jdbc, Exporteur exporteur, RunManifest manifest) {
        this.tellingen = tellingen;
        this.jdbc = jdbc;
        this.exporteur = exporteur;
        this.manifest = manifest;
    }

    void meldVoltooid(Ronde ronde, JobExecution uitvoering, PrintStream uit) {
        Duration duur = uitvoering.getStartTime() == null || uitvoering.getEndTime() == null ? Duration.ZERO
                : Duration.between(uitvoering.getStartTime(), uitvoering.getEndTime());
        uit.printf("Run %s voltooid in %.1f s%n", ronde.runId(), duur.toMillis() / 1000.0);
        for (IntakeTellingen.Telling t : tellingen.tel(ronde.runId())) {
            uit.printf("  %-22s %8d gelezen, %8d verwerkt, %6d afgewezen%n", t.bestand() + ":", t.gelezen(),
                    t.verwerkt(), t.afgewezen());
        }
        StringBuilder soorten = new StringBuilder("  voorstellen:");
        jdbc.query("SELECT soort, COUNT(*) FROM voorstel WHERE run_id = ? AND versie = 1 GROUP BY soort ORDER BY soort",
                rs -> { soorten.append(' ').append(rs.getString(1)).append(' ').append(rs.getLong(2)); },
                ronde.runId());
        uit.println(soorten);
        uit.println("  huursom cap: " + (ronde.huursomCap() == null ? "niet nodig"
                : ronde.huursomCap().movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
        uit.println("  uitvoer: " + ronde.map());
    }

    /** The failure of a job as one clear line: our own message where there is one. */
    RondeFout fout(JobExecution uitvoering) {
        List<Throwable> fouten = uitvoering.getAllFailureExceptions();
        for (Throwable f : fouten) {
            for (Throwable t = f; t != null; t = t.getCause()) {
                if (t instanceof RondeFout r) {
                    return r;
                }
            }
        }
        if (fouten.isEmpty()) {
            return new RondeFout("de run is niet voltooid (status " + uitvoering.getStatus() + ")");
        }
        Throwable diepste = fouten.get(0);
        boolean schrijven = false;
        String sqlState = null;
        for (Throwable t = diepste; t != null; t = t.getCause()) {
            schrijven |= t instanceof java.io.IOException;
            if (t instanceof java.sql.SQLException sql && sqlState == null) {
                sqlState = String.valueOf(sql.getSQLState());
            }
            diepste = t;
        }
        if (sqlState != null) {
            // Never the driver's message: it may quote the statement's values (BSNs, birth dates).
            return new RondeFout("de database gaf een fout of is niet bereikbaar (SQLSTATE " + sqlState + "); herstel "
                    + "de oorzaak en geef dezelfde opdracht opnieuw: de run wordt dan hervat");
        }
        String oorzaak = diepste.getClass().getSimpleName() + ": " + diepste.getMessage();
        if (schrijven) {
            return new RondeFout("de uitvoer kan niet worden geschreven (" + oorzaak + "); herstel de oorzaak en geef "
                    + "dezelfde opdracht opnieuw: de run wordt dan hervat");
        }
        return new RondeFout("de run is mislukt: " + oorzaak + "; na herstel hervat dezelfde opdracht de run");
    }

    /** A broken extract ends the run with only afgewezen.csv and run.json (inputs.md). */
    void schrijfMislukt(Ronde ronde, RondeFout fout) {
        if (fout instanceof DrempelOverschreden) {
            try {
                exporteur.afgewezen(ronde);
                manifest.schrijf(ronde, "MISLUKT", fout.getMessage());
            } catch (IOException e) {
                throw new RondeFout(fout.getMessage() + " (en afgewezen.csv kon niet worden geschreven: "
                        + e.getMessage() + ")");
            }
        }
    }
}

package nl.huurronde.ronde;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import nl.huurronde.beleid.CsvDialect;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.intake.DrempelOverschreden;
import nl.huurronde.intake.IntakeTellingen;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.register.RondeRegister;
import nl.huurronde.uitvoer.Exporteur;
import nl.huurronde.uitvoer.Herexport;
import nl.huurronde.uitvoer.RunManifest;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** What the user sees at the end of a run: the summary, or the one clear line of its failure. */
@Component
class RondeAfsluiting {

    private final IntakeTellingen tellingen;
    private final HuursomCijfers cijfers;
    private final Exporteur exporteur;
    private final RunManifest manifest;
    private final Afwijzingsoverzicht afwijzingen;
    private final Herexport herexport;

    RondeAfsluiting(IntakeTellingen tellingen, HuursomCijfers cijfers, Exporteur exporteur, RunManifest manifest,
                    Afwijzingsoverzicht afwijzingen, Herexport herexport) {
        this.herexport = herexport;
        this.tellingen = tellingen;
        this.cijfers = cijfers;
        this.exporteur = exporteur;
        this.manifest = manifest;
        this.afwijzingen = afwijzingen;
    }

    /** The summary of a completed run, its rejections last; returns how it ended. */
    Afloop meldVoltooid(Ronde ronde, JobExecution uitvoering, PrintStream uit) {
        Duration duur = uitvoering.getStartTime() == null || uitvoering.getEndTime() == null ? Duration.ZERO
                : Duration.between(uitvoering.getStartTime(), uitvoering.getEndTime());
        uit.printf("Run %s voltooid in %.1f s%n", ronde.runId(), duur.toMillis() / 1000.0);
        for (IntakeTellingen.Telling t : tellingen.tel(ronde.runId())) {
            uit.printf("  %-22s %8d gelezen, %8d verwerkt, %6d afgewezen%n", t.bestand() + ":", t.gelezen(),
                    t.verwerkt(), t.afgewezen());
        }
        StringBuilder soorten = new StringBuilder("  voorstellen:");
        cijfers.perSoort(ronde.runId()).forEach((soort, aantal) -> soorten.append(' ').append(soort).append(' ')
                .append(aantal));
        uit.println(soorten);
        uit.println("  huursom cap: " + (ronde.huursomCap() == null ? "niet nodig"
                : NlFormaat.fractie(ronde.huursomCap())));
        uit.println("  uitvoer: " + ronde.map());
        uit.println(stappen(uitvoering));
        return new Afloop(ronde.runId(), afwijzingen.meld(ronde.runId(), ronde.map(), uit));
    }

    /** A round started again that was already complete: where its output is, and its rejections. */
    Afloop meldAlVoltooid(RondeRegister.RondeRij rij, PrintStream uit) {
        uit.println("Deze ronde is al voltooid als run " + rij.runId() + "; de uitvoer staat in " + rij.uitvoerMap()
                + " (start een nieuwe run met --opnieuw)");
        return new Afloop(rij.runId(), afwijzingen.meld(rij.runId(), Path.of(rij.uitvoerMap()), uit));
    }

    /**
     * A completed yearly run started again with only another CSV dialect: nothing is computed again, its
     * CSVs are written in that dialect from the stored proposals, next to the run's own.
     */
    Afloop herexporteer(Ronde ronde, CsvDialect dialect, PrintStream uit) {
        Path map;
        try {
            map = herexport.schrijf(ronde, dialect);
        } catch (IOException e) {
            throw new RondeFout("de CSV-bestanden van run " + ronde.runId() + " konden niet opnieuw worden "
                    + "geschreven: " + e.getMessage());
        }
        String woord = map.getFileName().toString().substring("csv-".length());
        uit.println("Deze ronde is al voltooid als run " + ronde.runId() + "; alleen de CSV-opmaak verschilt: er is "
                + "niets opnieuw berekend, de CSV-bestanden staan nu ook in " + woord + " in " + map
                + " (start een nieuwe run met --opnieuw)");
        return new Afloop(ronde.runId(), afwijzingen.meld(ronde.runId(), ronde.map(), uit));
    }

    /** Where the time went: each step of this execution (not its partitions) with its duration. */
    private static String stappen(JobExecution uitvoering) {
        StringBuilder regel = new StringBuilder("  stappen:");
        uitvoering.getStepExecutions().stream()
                .filter(s -> !s.getStepName().contains(":") && s.getStartTime() != null && s.getEndTime() != null)
                .sorted(java.util.Comparator.comparing(StepExecution::getStartTime))
                .forEach(s -> regel.append(String.format(" %s %.1f s", s.getStepName(),
                        Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1000.0)));
        return regel.toString();
    }

    /**
     * The failure of a job as one clear line: our own message where there is one, else the kind of
     * cause (database, disk) found anywhere in the failures, also those of partitions.
     */
    RondeFout fout(JobExecution uitvoering) {
        List<Throwable> fouten = uitvoering.getAllFailureExceptions();
        java.sql.SQLException sqlFout = null;
        Throwable schrijven = null;
        Throwable eerste = null;
        for (Throwable f : fouten) {
            for (Throwable t = f; t != null; t = t.getCause()) {
                if (t instanceof RondeFout r) {
                    return r;
                }
                if (t instanceof java.sql.SQLException sql && sqlFout == null) {
                    sqlFout = sql;
                }
                if (t instanceof java.io.IOException && schrijven == null) {
                    schrijven = t;
                }
                if (t.getCause() == null && eerste == null && !(t instanceof JobExecutionException)) {
                    eerste = t; // the deepest cause of the first real failure (not the partition summary)
                }
            }
        }
        if (sqlFout != null) {
            // Never the driver's message: it may quote the statement's values (BSNs, birth dates).
            return databasefout(sqlFout.getSQLState());
        }
        if (schrijven != null && String.valueOf(schrijven.getMessage()).contains("No space left on device")) {
            return new RondeFout("de schijf van de uitvoermap is vol: de uitvoer kan niet worden geschreven; maak "
                    + "ruimte vrij en geef dezelfde opdracht opnieuw: de run wordt dan hervat (wat al klaar was blijft)");
        }
        if (schrijven != null) {
            return new RondeFout("de uitvoer kan niet worden geschreven (" + schrijven.getClass().getSimpleName() + ": "
                    + schrijven.getMessage() + "); herstel de oorzaak en geef dezelfde opdracht opnieuw: de run wordt "
                    + "dan hervat");
        }
        if (eerste == null) {
            return new RondeFout("de run is niet voltooid (status " + uitvoering.getStatus() + ")");
        }
        return new RondeFout("de run is mislukt: " + eerste.getClass().getSimpleName() + ": " + eerste.getMessage()
                + "; na herstel hervat dezelfde opdracht de run");
    }

    /** A database error as one line: only its SQLSTATE, never the driver's message (it may quote values). */
    static RondeFout databasefout(String sqlState) {
        return new RondeFout("de database gaf een fout of is niet bereikbaar"
                + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")") + "; herstel "
                + "de oorzaak en geef dezelfde opdracht opnieuw: de run wordt dan hervat");
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

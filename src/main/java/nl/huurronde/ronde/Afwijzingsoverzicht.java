package nl.huurronde.ronde;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.huurronde.batch.Databank;
import nl.huurronde.intake.IntakeTellingen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rejected rows of a completed run on the console (issue #24): how many, where afgewezen.csv is,
 * and its first lines (file, line, column, reason), so they are not found only by opening the file.
 * The reasons never quote a BSN, birth date or income (inputs.md), the key column is left out.
 */
@Component
class Afwijzingsoverzicht {

    /** How many lines of afgewezen.csv the summary names. */
    static final int GENOEMD = 5;

    private final JdbcTemplate jdbc;
    private final Databank databank;
    private final IntakeTellingen tellingen;

    Afwijzingsoverzicht(JdbcTemplate jdbc, Databank databank, IntakeTellingen tellingen) {
        this.jdbc = jdbc;
        this.databank = databank;
        this.tellingen = tellingen;
    }

    /** Prints the rejections of a run whose output is in {@code map}; returns the rejected rows. */
    long meld(String runId, Path map, PrintStream uit) {
        long rijen = tellingen.tel(runId).stream().mapToLong(IntakeTellingen.Telling::afgewezen).sum();
        if (rijen == 0) {
            return 0;
        }
        uit.println("  afgewezen: " + rijen + (rijen == 1 ? " rij" : " rijen") + ", zie " + map.resolve("afgewezen.csv"));
        // the same order as afgewezen.csv (Exporteur.afgewezen)
        List<String> eerste = jdbc.query("SELECT bestand, regel, kolom, reden FROM afwijzing WHERE run_id = ? ORDER BY "
                + databank.codepuntVolgorde("bestand") + ", regel, " + databank.codepuntVolgorde("kolom") + ", volgnr "
                + "FETCH FIRST " + GENOEMD + " ROWS ONLY", (rs, i) -> "    " + rs.getString(1) + " regel " + rs.getLong(2)
                + ", kolom " + rs.getString(3) + ": " + rs.getString(4), runId);
        eerste.forEach(uit::println);
        Long regels = jdbc.queryForObject("SELECT COUNT(*) FROM afwijzing WHERE run_id = ?", Long.class, runId);
        if (regels != null && regels > eerste.size()) {
            uit.println("    ... en nog " + (regels - eerste.size()) + " in afgewezen.csv");
        }
        return rijen;
    }
}

package nl.huurronde.ronde;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.huurronde.batch.Databank;
import nl.huurronde.intake.IntakeTellingen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;
    private final IntakeTellingen tellingen;

    Afwijzingsoverzicht(JdbcTemplate jdbc, Databank databank, IntakeTellingen tellingen) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
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
        List<String> eerste = eerste(runId);
        eerste.forEach(uit::println);
        MapSqlParameterSource run = new MapSqlParameterSource("run_id", runId);
        Long regels = jdbc.queryForObject("SELECT COUNT(*) FROM afwijzing WHERE run_id = :run_id", run, Long.class);
        if (regels != null && regels > eerste.size()) {
            uit.println("    ... en nog " + (regels - eerste.size()) + " in afgewezen.csv");
        }
        return rijen;
    }

    /** The first lines of afgewezen.csv as the summary prints them. */
    List<String> eerste(String runId) {
        // the same order as afgewezen.csv (Exporteur.afgewezen)
        MapSqlParameterSource run = new MapSqlParameterSource("run_id", runId);
        return jdbc.query("SELECT bestand, regel, kolom, reden FROM afwijzing WHERE run_id = :run_id "
                + "ORDER BY " + databank.codepuntVolgorde("bestand") + ", regel, " + databank.codepuntVolgorde("kolom")
                + ", volgnr FETCH FIRST " + GENOEMD + " ROWS ONLY", run, (rs, i) -> "    " + rs.getString("bestand")
                + " regel " + rs.getLong("regel") + ", kolom " + rs.getString("kolom") + ": " + rs.getString("reden"));
    }
}

package nl.huurronde.intake;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * read = processed + rejected per input file of a run: counted from the staging tables once the intake
 * check is done, and recorded then, so run.json, the summary and {@code status} do not scan them again.
 */
@Repository
public class IntakeTellingen {

    private final JdbcTemplate jdbc;

    IntakeTellingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one file. */
    public record Telling(String bestand, long gelezen, long verwerkt, long afgewezen) {}

    /** The recorded counts; counted from the staging tables when the intake check has not recorded them. */
    public List<Telling> tel(String runId) {
        List<Telling> vastgelegd = jdbc.query("SELECT bestand, gelezen, verwerkt, afgewezen FROM intake_telling "
                + "WHERE run_id = ? ORDER BY volgorde", (rs, i) -> new Telling(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4)), runId);
        return vastgelegd.isEmpty() ? telStaging(runId) : vastgelegd;
    }

    /** The accepted (processed) rows of one input file, from the recorded counts. */
    public long verwerkt(String runId, Bestandsoort soort) {
        return tel(runId).stream().filter(t -> t.bestand().equals(soort.naam())).mapToLong(Telling::verwerkt)
                .findFirst().orElse(0);
    }

    /** Counts the staging tables and records the counts (after the intake check's last change to them). */
    List<Telling> legVast(String runId) {
        List<Telling> tellingen = telStaging(runId);
        jdbc.update("DELETE FROM intake_telling WHERE run_id = ?", runId);
        int volgorde = 0;
        for (Telling t : tellingen) {
            jdbc.update("INSERT INTO intake_telling (run_id, bestand, volgorde, gelezen, verwerkt, afgewezen) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", runId, t.bestand(), volgorde++, t.gelezen(), t.verwerkt(),
                    t.afgewezen());
        }
        return tellingen;
    }

    private List<Telling> telStaging(String runId) {
        List<Telling> tellingen = new ArrayList<>();
        tel(runId, Bestandsoort.HUURDERS, "huurder", tellingen);
        tel(runId, Bestandsoort.BRP, "persoon", tellingen);
        tel(runId, Bestandsoort.INKOMEN, "inkomen", tellingen);
        // the category rows of inkomenscategorie.csv or of the answer zip: whichever the run read
        Long antwoord = jdbc.queryForObject("SELECT COUNT(*) FROM invoer_bestand WHERE run_id = ? AND bestand = ?",
                Long.class, runId, Bestandsoort.INKOMENSANTWOORD.naam());
        tel(runId, antwoord != null && antwoord > 0 ? Bestandsoort.INKOMENSANTWOORD : Bestandsoort.INKOMENSCATEGORIE,
                "inkomenscategorie", tellingen);
        return tellingen;
    }

    /**
     * Read: the staged rows (an index count). Rejected: the rows with a reason in afwijzing, where every
     * rejection (of the row itself or of the duplicate check) writes at least one; scanning the staged rows
     * for their flag took 0.8 s per 160,000 rows on H2.
     */
    private void tel(String runId, Bestandsoort soort, String tabel, List<Telling> tellingen) {
        Long gelezen = jdbc.queryForObject("SELECT COUNT(*) FROM " + tabel + " WHERE run_id = ?", Long.class, runId);
        if (gelezen == null || gelezen == 0) {
            return;
        }
        Long afgewezen = jdbc.queryForObject("SELECT COUNT(DISTINCT regel) FROM afwijzing WHERE run_id = ? "
                + "AND bestand = ?", Long.class, runId, soort.naam());
        long a = afgewezen == null ? 0 : afgewezen;
        tellingen.add(new Telling(soort.naam(), gelezen, gelezen - a, a));
    }
}

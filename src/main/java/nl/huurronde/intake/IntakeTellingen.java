package nl.huurronde.intake;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** read = processed + rejected per input file of a run, counted from the staging tables. */
@Repository
public class IntakeTellingen {

    private final JdbcTemplate jdbc;

    IntakeTellingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of one file. */
    public record Telling(String bestand, long gelezen, long verwerkt, long afgewezen) {}

    public List<Telling> tel(String runId) {
        List<Telling> tellingen = new ArrayList<>();
        tel(runId, Bestandsoort.HUURDERS, "huurder", tellingen);
        tel(runId, Bestandsoort.BRP, "persoon", tellingen);
        tel(runId, Bestandsoort.INKOMEN, "inkomen", tellingen);
        tel(runId, Bestandsoort.INKOMENSCATEGORIE, "inkomenscategorie", tellingen);
        return tellingen;
    }

    private void tel(String runId, Bestandsoort soort, String tabel, List<Telling> tellingen) {
        jdbc.query("SELECT COUNT(*), COALESCE(SUM(CASE WHEN afgewezen THEN 1 ELSE 0 END), 0) FROM " + tabel
                + " WHERE run_id = ?", rs -> {
            long gelezen = rs.getLong(1);
            long afgewezen = rs.getLong(2);
            if (gelezen > 0) {
                tellingen.add(new Telling(soort.naam(), gelezen, gelezen - afgewezen, afgewezen));
            }
        }, runId);
    }
}

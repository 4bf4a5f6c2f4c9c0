package nl.huurronde.intake;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * read = processed + rejected per input file of a run: counted from the staging tables once the intake
 * check is done, and recorded then, so run.json, the summary and {@code status} do not scan them again.
 */
@Repository
public class IntakeTellingen {

    private final NamedParameterJdbcTemplate jdbc;

    /** Outside a Spring context: the fast path of 'status' (HuurrondeApplication). */
    public static IntakeTellingen van(JdbcTemplate jdbc) {
        return new IntakeTellingen(jdbc);
    }

    IntakeTellingen(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    /** Counts of one file. */
    public record Telling(String bestand, long gelezen, long verwerkt, long afgewezen) {}

    /** The recorded counts; counted from the staging tables when the intake check has not recorded them. */
    public List<Telling> tel(String runId) {
        List<Telling> vastgelegd = jdbc.query("SELECT bestand, gelezen, verwerkt, afgewezen FROM intake_telling "
                + "WHERE run_id = :run_id ORDER BY volgorde", run(runId), (rs, i) -> new Telling(rs.getString("bestand"),
                rs.getLong("gelezen"), rs.getLong("verwerkt"), rs.getLong("afgewezen")));
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
        jdbc.update("DELETE FROM intake_telling WHERE run_id = :run_id", run(runId));
        int volgorde = 0;
        for (Telling t : tellingen) {
            jdbc.update("INSERT INTO intake_telling (run_id, bestand, volgorde, gelezen, verwerkt, afgewezen) "
                    + "VALUES (:run_id, :bestand, :volgorde, :gelezen, :verwerkt, :afgewezen)", run(runId)
                    .addValue("bestand", t.bestand()).addValue("volgorde", volgorde++).addValue("gelezen", t.gelezen())
                    .addValue("verwerkt", t.verwerkt()).addValue("afgewezen", t.afgewezen()));
        }
        return tellingen;
    }

    private List<Telling> telStaging(String runId) {
        List<Telling> tellingen = new ArrayList<>();
        tel(runId, Bestandsoort.HUURDERS, "huurder", tellingen);
        tel(runId, Bestandsoort.MEDEHUURDERS, "medehuurder", tellingen);
        tel(runId, Bestandsoort.BRP, "persoon", tellingen);
        tel(runId, Bestandsoort.INKOMEN, "inkomen", tellingen);
        // the category rows of inkomenscategorie.csv or of the answer zip: whichever the run read
        Long antwoord = jdbc.queryForObject("SELECT COUNT(*) FROM invoer_bestand WHERE run_id = :run_id "
                + "AND bestand = :bestand", new MapSqlParameterSource("run_id", runId)
                .addValue("bestand", Bestandsoort.INKOMENSANTWOORD.naam()), Long.class);
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
        Long gelezen = jdbc.queryForObject("SELECT COUNT(*) FROM " + tabel + " WHERE run_id = :run_id", run(runId),
                Long.class);
        if (gelezen == null || gelezen == 0) {
            return;
        }
        Long afgewezen = jdbc.queryForObject("SELECT COUNT(DISTINCT regel) FROM afwijzing WHERE run_id = :run_id "
                + "AND bestand = :bestand", run(runId).addValue("bestand", soort.naam()), Long.class);
        long a = afgewezen == null ? 0 : afgewezen;
        tellingen.add(new Telling(soort.naam(), gelezen, gelezen - a, a));
    }
}

package nl.huurronde.register;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The ronde_run and invoer_bestand tables. */
@Repository
public class RondeRegister {

    private final NamedParameterJdbcTemplate named;

    /** Outside a Spring context: the fast path of 'status' (HuurrondeApplication). */
    public static RondeRegister van(JdbcTemplate jdbc) {
        return new RondeRegister(jdbc);
    }

    RondeRegister(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("run_id", runId);
    }

    /**
     * A stored run as it is in the table.
     *
     * @param definitief the definitive yearly run of its year (at most one per year)
     */
    public record RondeRij(String runId, RunSoort soort, String identiteit, int jaar, String jobBestand,
                           String overrides, String beleidSha, String uitvoerMap, LocalDate verzenddatum,
                           RondeStatus status, LocalDateTime gestart, LocalDateTime beeindigd, String melding,
                           BigDecimal huursomCap, boolean capBepaald, LocalDateTime verwijderd, boolean definitief) {}

    /** One input file of a run. */
    public record InvoerRij(String bestand, String pad, String sha256, long records) {}

    public void maak(RondeRij rij) {
        named.update("""
                INSERT INTO ronde_run (run_id, soort_run, identiteit, jaar, job_bestand, overrides, beleid_sha,
                    uitvoer_map, verzenddatum, status, gestart)
                VALUES (:run_id, :soort_run, :identiteit, :jaar, :job_bestand, :overrides, :beleid_sha,
                    :uitvoer_map, :verzenddatum, :status, :gestart)""",
                run(rij.runId()).addValue("soort_run", rij.soort().name()).addValue("identiteit", rij.identiteit())
                        .addValue("jaar", rij.jaar()).addValue("job_bestand", rij.jobBestand())
                        .addValue("overrides", rij.overrides()).addValue("beleid_sha", rij.beleidSha())
                        .addValue("uitvoer_map", rij.uitvoerMap()).addValue("verzenddatum", rij.verzenddatum())
                        .addValue("status", rij.status().name()).addValue("gestart", Timestamp.valueOf(rij.gestart())));
    }

    public void voegInvoerToe(String runId, InvoerRij invoer) {
        named.update("INSERT INTO invoer_bestand (run_id, bestand, pad, sha256, records) "
                + "VALUES (:run_id, :bestand, :pad, :sha256, :records)", run(runId).addValue("bestand", invoer.bestand())
                .addValue("pad", invoer.pad()).addValue("sha256", invoer.sha256()).addValue("records", invoer.records()));
    }

    public List<InvoerRij> invoer(String runId) {
        return named.query("SELECT bestand, pad, sha256, records FROM invoer_bestand WHERE run_id = :run_id "
                + "ORDER BY bestand", run(runId), (rs, i) -> new InvoerRij(
                        rs.getString("bestand"), rs.getString("pad"), rs.getString("sha256"), rs.getLong("records")));
    }

    /** {@code verwijder --inkomen}: when the run's income data was destroyed and what (counts), if it was. */
    public Optional<String> inkomenVerwijderd(String runId) {
        return named.query("SELECT inkomen_verwijderd, inkomen_verwijderd_wat FROM ronde_run WHERE run_id = :run_id "
                + "AND inkomen_verwijderd IS NOT NULL", run(runId), (rs, i) -> rs.getTimestamp("inkomen_verwijderd")
                .toLocalDateTime().withNano(0).toString().replace('T', ' ') + ": "
                + rs.getString("inkomen_verwijderd_wat")).stream().findFirst();
    }

    public Optional<RondeRij> vind(String runId) {
        return named.query("SELECT * FROM ronde_run WHERE run_id = :run_id", run(runId), RondeRegister::rij).stream()
                .findFirst();
    }

    /** Runs with this identity, newest first. */
    public List<RondeRij> metIdentiteit(String identiteit) {
        return named.query("SELECT * FROM ronde_run WHERE identiteit = :identiteit ORDER BY gestart DESC, run_id DESC",
                new MapSqlParameterSource("identiteit", identiteit), RondeRegister::rij);
    }

    /** Unfinished runs of the same job file (to notice a policy edited after the start). */
    public List<RondeRij> onvoltooidVoorJobBestand(String jobBestand, RunSoort soort) {
        return named.query("SELECT * FROM ronde_run WHERE job_bestand = :job_bestand AND soort_run = :soort_run "
                + "AND status <> 'VOLTOOID'", new MapSqlParameterSource("job_bestand", jobBestand)
                .addValue("soort_run", soort.name()), RondeRegister::rij);
    }

    /** The completed yearly runs of a year, oldest first. */
    public List<RondeRij> voltooideRunsVanJaar(int jaar) {
        return named.query("SELECT * FROM ronde_run WHERE jaar = :jaar AND soort_run = 'RUN' AND status = 'VOLTOOID' "
                + "ORDER BY gestart, run_id", new MapSqlParameterSource("jaar", jaar), RondeRegister::rij);
    }

    /** The definitive yearly run of a year, if one is marked. */
    public Optional<RondeRij> definitieveRun(int jaar) {
        return named.query("SELECT * FROM ronde_run WHERE definitief_jaar = :jaar", new MapSqlParameterSource("jaar", jaar),
                RondeRegister::rij).stream().findFirst();
    }

    /**
     * Marks the run as the definitive one of its year; false when another run of the year already is (the
     * unique index decides, so two processes cannot both succeed).
     */
    public boolean zetDefinitief(String runId, int jaar) {
        try {
            return named.update("UPDATE ronde_run SET definitief_jaar = :jaar WHERE run_id = :run_id",
                    run(runId).addValue("jaar", jaar)) == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    /** The run is no longer the definitive one of its year. */
    public void trekDefinitiefIn(String runId) {
        named.update("UPDATE ronde_run SET definitief_jaar = NULL WHERE run_id = :run_id", run(runId));
    }

    public List<RondeRij> alle() {
        return named.query("SELECT * FROM ronde_run ORDER BY gestart, run_id", RondeRegister::rij);
    }

    public boolean bestaat(String runId) {
        Integer n = named.queryForObject("SELECT COUNT(*) FROM ronde_run WHERE run_id = :run_id", run(runId),
                Integer.class);
        return n != null && n > 0;
    }

    public void zetStatus(String runId, RondeStatus status, String melding) {
        named.update("UPDATE ronde_run SET status = :status, melding = :melding, beeindigd = :beeindigd "
                + "WHERE run_id = :run_id", run(runId).addValue("status", status.name()).addValue("melding", melding)
                .addValue("beeindigd", status == RondeStatus.BEZIG ? null : Timestamp.valueOf(LocalDateTime.now())));
    }

    /**
     * Marks the run as deleted for good; beeindigd keeps the moment the run itself ended. A deleted run
     * is never resumed: the same inputs then need --opnieuw.
     */
    public void markeerVerwijderd(String runId, String melding) {
        named.update("UPDATE ronde_run SET status = :status, melding = :melding, verwijderd = :nu, "
                        + "definitief_jaar = NULL WHERE run_id = :run",
                new MapSqlParameterSource().addValue("status", RondeStatus.VERWIJDERD.name())
                        .addValue("melding", melding).addValue("nu", Timestamp.valueOf(LocalDateTime.now()))
                        .addValue("run", runId));
    }

    /** Stores the huursom cap (null = not binding) once the huursom step decided it. */
    public void zetCap(String runId, BigDecimal cap) {
        named.update("UPDATE ronde_run SET huursom_cap = :cap, huursom_cap_bepaald = TRUE WHERE run_id = :run_id",
                run(runId).addValue("cap", cap));
    }

    /** A supplementary run's link: the completed yearly run it supplements and its number (1, 2, ...). */
    public record Aanvulling(String hoofdrun, int nummer) {}

    /** Links a new supplementary run to its main run, with its number (the folder aanvulling-<n>/). */
    public void zetAanvulling(String runId, Aanvulling aanvulling) {
        named.update("UPDATE ronde_run SET hoofdrun = :hoofdrun, aanvulling = :nummer WHERE run_id = :run_id",
                run(runId).addValue("hoofdrun", aanvulling.hoofdrun()).addValue("nummer", aanvulling.nummer()));
    }

    /** The main run and number of a supplementary run; empty for any other run. */
    public Optional<Aanvulling> aanvulling(String runId) {
        return named.query("SELECT hoofdrun, aanvulling FROM ronde_run WHERE run_id = :run_id AND hoofdrun IS NOT NULL",
                run(runId), (rs, i) -> new Aanvulling(rs.getString("hoofdrun"), rs.getInt("aanvulling")))
                .stream().findFirst();
    }

    /** The supplementary runs of a main run, by number (every state). */
    public List<RondeRij> aanvullingen(String hoofdrun) {
        return named.query("SELECT * FROM ronde_run WHERE hoofdrun = :hoofdrun ORDER BY aanvulling, run_id",
                new MapSqlParameterSource("hoofdrun", hoofdrun), RondeRegister::rij);
    }

    /** The number the next supplement of the main run gets: one more than the highest so far. */
    public int volgendeAanvulling(String hoofdrun) {
        Integer hoogste = named.queryForObject("SELECT MAX(aanvulling) FROM ronde_run WHERE hoofdrun = :hoofdrun",
                new MapSqlParameterSource("hoofdrun", hoofdrun), Integer.class);
        return hoogste == null ? 1 : hoogste + 1;
    }

    /**
     * Removes a run's record and its input files entirely: a supplementary run that found nothing new leaves
     * no trace (its folder and staged rows are gone too), so the next one gets the same number.
     */
    public void wisRecord(String runId) {
        named.update("DELETE FROM invoer_bestand WHERE run_id = :run_id", run(runId));
        named.update("DELETE FROM ronde_run WHERE run_id = :run_id", run(runId));
    }

    private static RondeRij rij(ResultSet rs, int i) throws SQLException {
        Timestamp einde = rs.getTimestamp("beeindigd");
        BigDecimal cap = rs.getBigDecimal("huursom_cap");
        Timestamp verwijderd = rs.getTimestamp("verwijderd");
        return new RondeRij(rs.getString("run_id"), RunSoort.valueOf(rs.getString("soort_run")),
                rs.getString("identiteit"), rs.getInt("jaar"), rs.getString("job_bestand"), rs.getString("overrides"),
                rs.getString("beleid_sha"), rs.getString("uitvoer_map"), rs.getDate("verzenddatum").toLocalDate(),
                RondeStatus.valueOf(rs.getString("status")), rs.getTimestamp("gestart").toLocalDateTime(),
                einde == null ? null : einde.toLocalDateTime(), rs.getString("melding"),
                cap == null ? null : cap.setScale(4), rs.getBoolean("huursom_cap_bepaald"),
                verwijderd == null ? null : verwijderd.toLocalDateTime(), rs.getObject("definitief_jaar") != null);
    }
}

package nl.huurronde.gebruiker;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every action on the desk with its user (table {@code gebruiker_actie}). What is written here must
 * never hold personal data: no search term, name, address, BSN or income; a run id, a contract id and a
 * short fixed detail (e.g. which kind of key was searched and how many were found).
 */
@Repository
public class Actielog {

    private final NamedParameterJdbcTemplate jdbc;

    Actielog(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    public record Actie(LocalDateTime tijd, String gebruiker, String actie, String runId, String contractId,
                        String detail) {}

    public void schrijf(String gebruiker, String actie, String runId, String contractId, String detail) {
        jdbc.update("INSERT INTO gebruiker_actie (tijd, gebruiker, actie, run_id, contract_id, detail) "
                        + "VALUES (:tijd, :gebruiker, :actie, :run_id, :contract_id, :detail)",
                new MapSqlParameterSource("tijd", Timestamp.valueOf(LocalDateTime.now()))
                        .addValue("gebruiker", kort(gebruiker, 60)).addValue("actie", kort(actie, 40))
                        .addValue("run_id", kort(runId, 80)).addValue("contract_id", kort(contractId, 40))
                        .addValue("detail", kort(detail, 200)));
    }

    /** The latest actions, newest first. */
    public List<Actie> laatste(int aantal) {
        return jdbc.query("SELECT * FROM gebruiker_actie ORDER BY id DESC FETCH FIRST " + Math.max(1, aantal)
                + " ROWS ONLY", (rs, i) -> new Actie(rs.getTimestamp("tijd").toLocalDateTime(), rs.getString("gebruiker"),
                rs.getString("actie"), rs.getString("run_id"), rs.getString("contract_id"), rs.getString("detail")));
    }

    private static String kort(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max);
    }
}

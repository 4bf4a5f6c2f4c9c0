package nl.huurronde.gebruiker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code gebruiker}: users with their role, password hash and failed logins. After
 * {@link #VRIJE_POGINGEN} failed logins in a row a user is blocked for a while, doubling with every
 * further failure up to {@link #MAXIMALE_BLOKKADE}; a successful login resets the count.
 */
@Repository
public class Gebruikers {

    static final int VRIJE_POGINGEN = 5;
    static final Duration EERSTE_BLOKKADE = Duration.ofMinutes(1);
    static final Duration MAXIMALE_BLOKKADE = Duration.ofMinutes(30);

    private final NamedParameterJdbcTemplate jdbc;

    Gebruikers(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A user as stored; {@code geblokkeerdTot} null when not blocked. */
    public record Gebruiker(String naam, Rol rol, String wachtwoord, int mislukt, LocalDateTime geblokkeerdTot,
                            LocalDateTime laatstIngelogd) {

        public boolean geblokkeerd(LocalDateTime nu) {
            return geblokkeerdTot != null && geblokkeerdTot.isAfter(nu);
        }
    }

    public Optional<Gebruiker> vind(String naam) {
        return jdbc.query("SELECT * FROM gebruiker WHERE naam = :naam", new MapSqlParameterSource("naam", naam),
                Gebruikers::rij).stream().findFirst();
    }

    public List<Gebruiker> alle() {
        return jdbc.query("SELECT * FROM gebruiker ORDER BY naam", Gebruikers::rij);
    }

    /** Creates the user, or gives an existing one the new role and password and unblocks them; true when new. */
    public boolean zet(String naam, Rol rol, String hash, LocalDateTime nu) {
        MapSqlParameterSource p = new MapSqlParameterSource("naam", naam).addValue("rol", rol.name())
                .addValue("wachtwoord", hash).addValue("nu", Timestamp.valueOf(nu));
        int bijgewerkt = jdbc.update("UPDATE gebruiker SET rol = :rol, wachtwoord = :wachtwoord, mislukt = 0, "
                + "geblokkeerd_tot = NULL, gewijzigd = :nu WHERE naam = :naam", p);
        if (bijgewerkt > 0) {
            return false;
        }
        jdbc.update("INSERT INTO gebruiker (naam, rol, wachtwoord, mislukt, aangemaakt, gewijzigd) "
                + "VALUES (:naam, :rol, :wachtwoord, 0, :nu, :nu)", p);
        return true;
    }

    /** Counts a failed login of an existing user and blocks them when it is one too many. */
    public void mislukt(String naam, LocalDateTime nu) {
        vind(naam).ifPresent(g -> {
            int mislukt = g.mislukt() + 1;
            LocalDateTime tot = null;
            if (mislukt >= VRIJE_POGINGEN) {
                Duration duur = EERSTE_BLOKKADE.multipliedBy(1L << Math.min(mislukt - VRIJE_POGINGEN, 10));
                tot = nu.plus(duur.compareTo(MAXIMALE_BLOKKADE) > 0 ? MAXIMALE_BLOKKADE : duur);
            }
            jdbc.update("UPDATE gebruiker SET mislukt = :mislukt, geblokkeerd_tot = :tot WHERE naam = :naam",
                    new MapSqlParameterSource("naam", naam).addValue("mislukt", mislukt)
                            .addValue("tot", tot == null ? null : Timestamp.valueOf(tot)));
        });
    }

    public void gelukt(String naam, LocalDateTime nu) {
        jdbc.update("UPDATE gebruiker SET mislukt = 0, geblokkeerd_tot = NULL, laatst_ingelogd = :nu WHERE naam = :naam",
                new MapSqlParameterSource("naam", naam).addValue("nu", Timestamp.valueOf(nu)));
    }

    /** Lifts a block (beheer on the desk); true when the user exists. */
    public boolean deblokkeer(String naam, LocalDateTime nu) {
        return jdbc.update("UPDATE gebruiker SET mislukt = 0, geblokkeerd_tot = NULL, gewijzigd = :nu WHERE naam = :naam",
                new MapSqlParameterSource("naam", naam).addValue("nu", Timestamp.valueOf(nu))) > 0;
    }

    private static Gebruiker rij(ResultSet rs, int i) throws SQLException {
        Timestamp tot = rs.getTimestamp("geblokkeerd_tot");
        Timestamp laatst = rs.getTimestamp("laatst_ingelogd");
        return new Gebruiker(rs.getString("naam"), Rol.valueOf(rs.getString("rol")), rs.getString("wachtwoord"),
                rs.getInt("mislukt"), tot == null ? null : tot.toLocalDateTime(),
                laatst == null ? null : laatst.toLocalDateTime());
    }
}

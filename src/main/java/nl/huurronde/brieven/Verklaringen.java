package nl.huurronde.brieven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.huurronde.intake.Antwoordmap;
import nl.huurronde.regels.Soort;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The huishoudverklaring to enclose with one contract's letter outside the letters step (a bezwaar's
 * revised letter, a reprint): the same rule as the step's ({@link BrievenLezer}): only an IAH letter, only
 * the statement the intake check accepted for the contract's address. After {@code verwijder --inkomen}
 * there is none, and the letter goes without it.
 */
@Component
public class Verklaringen {

    private final NamedParameterJdbcTemplate jdbc;
    private final Antwoordmap antwoordmap;

    Verklaringen(JdbcTemplate jdbc, Antwoordmap antwoordmap) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.antwoordmap = antwoordmap;
    }

    /** The statement of this version's letter, or null. */
    public Huishoudverklaringbijlage voor(String runId, VoorstelVersie versie) {
        if (versie.voorstel().soort() != Soort.IAH) {
            return null;
        }
        List<String> bestanden = jdbc.queryForList("SELECT hv.bestand FROM huishoudverklaring hv JOIN huurder h "
                + "ON h.run_id = hv.run_id AND h.adres_sleutel = hv.adres_sleutel "
                + "WHERE h.run_id = :run_id AND h.regel = :regel",
                new MapSqlParameterSource("run_id", runId).addValue("regel", versie.regel()), String.class);
        if (bestanden.isEmpty()) {
            return null;
        }
        Path pdf = antwoordmap.verklaringen(runId).resolve(bestanden.get(0));
        return Files.isRegularFile(pdf) ? Huishoudverklaringbijlage.lees(pdf) : null;
    }
}

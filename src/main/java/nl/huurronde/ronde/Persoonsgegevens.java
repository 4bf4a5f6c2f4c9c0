package nl.huurronde.ronde;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A run's rows in the project's tables: staging with BSNs, birth dates and incomes, proposals,
 * bezwaren, rejects. What verwijder counts, dates and deletes. Spring Batch's metadata holds no
 * personal data (only the run id) and stays.
 */
@Repository
class Persoonsgegevens {

    private static final List<String> TABELLEN = List.of("aanvul_bestaand", "drukbestand_index", "drukvolgorde",
            "bezwaar", "huursom_verdeling", "huursom_cijfer", "voorstel", "afwijzing", "huishoudverklaring",
            "inkomenscategorie", "inkomen", "persoon", "medehuurder", "huurder",
            "intake_telling", "invoer_bestand");

    private final NamedParameterJdbcTemplate jdbc;

    Persoonsgegevens(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** What the database holds of a run. */
    record Omvang(long contracten, long versies, long huurderregels, long personen, long inkomensregels,
                  long bezwaren) {
        @Override
        public String toString() {
            return contracten + " contracten met een voorstel (" + versies + " versies, " + bezwaren + " bezwaren), "
                    + huurderregels + " huurdersregels, " + personen + " personen, " + inkomensregels + " inkomensregels";
        }
    }

    Omvang tel(String runId) {
        return new Omvang(aantal("SELECT COUNT(DISTINCT contract_id) FROM voorstel WHERE run_id = :run", runId),
                aantal("SELECT COUNT(*) FROM voorstel WHERE run_id = :run", runId),
                aantal("SELECT COUNT(*) FROM huurder WHERE run_id = :run", runId),
                aantal("SELECT COUNT(*) FROM persoon WHERE run_id = :run", runId),
                aantal("SELECT COUNT(*) FROM inkomen WHERE run_id = :run", runId)
                        + aantal("SELECT COUNT(*) FROM inkomenscategorie WHERE run_id = :run", runId),
                aantal("SELECT COUNT(*) FROM bezwaar WHERE run_id = :run", runId));
    }

    /** The latest ingangsdatum of any version: a bezwaar's higher revised proposal moves it later. */
    Optional<LocalDate> laatsteIngangsdatum(String runId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(ingangsdatum) FROM voorstel WHERE run_id = :run",
                parameters(runId), LocalDate.class));
    }

    void wis(String runId) {
        for (String tabel : TABELLEN) {
            jdbc.update("DELETE FROM " + tabel + " WHERE run_id = :run", parameters(runId));
        }
    }

    private long aantal(String sql, String runId) {
        Long n = jdbc.queryForObject(sql, parameters(runId), Long.class);
        return n == null ? 0 : n;
    }

    private static MapSqlParameterSource parameters(String runId) {
        return new MapSqlParameterSource("run", runId);
    }
}

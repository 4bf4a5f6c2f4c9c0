package nl.huurronde.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;
import nl.huurronde.ronde.Ronde;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The checks over whole files, after every row was staged: duplicate keys (every occurrence is
 * rejected: the job cannot know which one is right), the household flags, and the rejection
 * threshold that stops a broken extract before it produces wrong letters.
 */
@Component
class Bestandscontrole {

    private static final int VOLGNR_DUBBEL = 99;

    private final JdbcTemplate jdbc;
    private final IntakeTellingen tellingen;

    Bestandscontrole(JdbcTemplate jdbc, IntakeTellingen tellingen) {
        this.jdbc = jdbc;
        this.tellingen = tellingen;
    }

    void controleer(Ronde ronde) {
        String runId = ronde.runId();
        wijsDubbeleAf(runId, "huurder", "contract_id", Bestandsoort.HUURDERS,
                "contract_id komt meer dan eens voor in het bestand");
        wijsDubbeleAf(runId, "persoon", "bsn", Bestandsoort.BRP, "BSN komt meer dan eens voor in het bestand");
        wijsDubbeleAf(runId, "inkomen", "bsn", Bestandsoort.INKOMEN, "BSN komt meer dan eens voor in het bestand");
        wijsDubbeleAf(runId, "inkomenscategorie", "adres_sleutel", Bestandsoort.INKOMENSCATEGORIE,
                "adres komt meer dan eens voor in het bestand");
        markeerHuishoudens(runId);
        toetsDrempel(runId, ronde.config().maxAfwijzingen());
    }

    private void wijsDubbeleAf(String runId, String tabel, String kolom, Bestandsoort soort, String reden) {
        String dubbel = "SELECT " + kolom + " FROM " + tabel + " WHERE run_id = ? AND " + kolom
                + " IS NOT NULL GROUP BY " + kolom + " HAVING COUNT(*) > 1";
        String sleutel = tabel.equals("inkomen") ? "''" : "t.sleutel";
        jdbc.update("INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden) SELECT t.run_id, ?, "
                + "t.regel, ?, " + sleutel + ", ?, ? FROM " + tabel + " t WHERE t.run_id = ? AND t." + kolom
                + " IN (" + dubbel + ")", soort.naam(), VOLGNR_DUBBEL, kolom.equals("adres_sleutel") ? "postcode" : kolom,
                reden, runId, runId);
        jdbc.update("UPDATE " + tabel + " SET afgewezen = TRUE WHERE run_id = ? AND " + kolom + " IN (" + dubbel + ")",
                runId, runId);
    }

    /** Households that cannot be known: a shared address key, or a rejected BRP row at the address. */
    private void markeerHuishoudens(String runId) {
        jdbc.update("""
                UPDATE huurder SET adres_gedeeld = TRUE WHERE run_id = ? AND afgewezen = FALSE AND adres_sleutel IN (
                    SELECT adres_sleutel FROM huurder WHERE run_id = ? AND afgewezen = FALSE
                    GROUP BY adres_sleutel HAVING COUNT(*) > 1)""", runId, runId);
        jdbc.update("""
                UPDATE huurder SET brp_afgewezen = TRUE WHERE run_id = ? AND afgewezen = FALSE AND adres_sleutel IN (
                    SELECT adres_sleutel FROM persoon WHERE run_id = ? AND afgewezen = TRUE AND adres_sleutel IS NOT NULL)""",
                runId, runId);
    }

    private void toetsDrempel(String runId, BigDecimal maxAfwijzingen) {
        for (IntakeTellingen.Telling t : tellingen.tel(runId)) {
            if (BigDecimal.valueOf(t.afgewezen()).compareTo(maxAfwijzingen.multiply(BigDecimal.valueOf(t.gelezen()))) > 0) {
                throw new DrempelOverschreden(t, maxAfwijzingen, eersteRedenen(runId, t.bestand()));
            }
        }
    }

    private String eersteRedenen(String runId, String bestand) {
        List<String> redenen = jdbc.query("SELECT regel, kolom, reden FROM afwijzing WHERE run_id = ? AND bestand = ? "
                        + "ORDER BY regel, kolom, volgnr", (rs, i) -> "regel " + rs.getLong(1) + " " + rs.getString(2)
                        + ": " + rs.getString(3), runId, bestand);
        StringJoiner eerste = new StringJoiner("; ");
        redenen.stream().limit(3).forEach(eerste::add);
        return eerste.toString();
    }
}

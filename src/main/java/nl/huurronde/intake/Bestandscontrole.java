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

    /** Every occurrence of a key that occurs more than once (an index lookup per row, no per-row subquery). */
    private void wijsDubbeleAf(String runId, String tabel, String kolom, Bestandsoort soort, String reden) {
        String dubbel = "t." + kolom + " IS NOT NULL AND EXISTS (SELECT 1 FROM " + tabel + " d WHERE d.run_id = t.run_id"
                + " AND d." + kolom + " = t." + kolom + " AND d.regel <> t.regel)";
        String sleutel = tabel.equals("inkomen") ? "''" : "t.sleutel";
        jdbc.update("INSERT INTO afwijzing (run_id, bestand, regel, volgnr, sleutel, kolom, reden) SELECT t.run_id, ?, "
                + "t.regel, ?, " + sleutel + ", ?, ? FROM " + tabel + " t WHERE t.run_id = ? AND " + dubbel,
                soort.naam(), VOLGNR_DUBBEL, kolom.equals("adres_sleutel") ? "postcode" : kolom, reden, runId);
        jdbc.update("UPDATE " + tabel + " t SET afgewezen = TRUE WHERE t.run_id = ? AND " + dubbel, runId);
    }

    /** Households that cannot be known: a shared address key, or a rejected BRP row at the address. */
    private void markeerHuishoudens(String runId) {
        jdbc.update("""
                UPDATE huurder t SET adres_gedeeld = TRUE WHERE t.run_id = ? AND t.afgewezen = FALSE AND EXISTS (
                    SELECT 1 FROM huurder d WHERE d.run_id = t.run_id AND d.adres_sleutel = t.adres_sleutel
                    AND d.afgewezen = FALSE AND d.regel <> t.regel)""", runId);
        jdbc.update("""
                UPDATE huurder t SET brp_afgewezen = TRUE WHERE t.run_id = ? AND t.afgewezen = FALSE AND EXISTS (
                    SELECT 1 FROM persoon p WHERE p.run_id = t.run_id AND p.adres_sleutel = t.adres_sleutel
                    AND p.afgewezen = TRUE)""", runId);
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

package nl.huurronde.huursom;

import java.util.List;
import nl.huurronde.rules.Huursom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The huursom figures of a run per phase: counts and sums per sector, soort and membership, and the
 * distribution of increases per soort. VOOR_CAP is recorded before the cap is applied, NA_CAP from the
 * final proposals.
 */
@Repository
public class HuursomCijfers {

    public static final String VOOR_CAP = "VOOR_CAP";
    public static final String NA_CAP = "NA_CAP";

    /** Classes of the increase percentage, as shown in the report. */
    public static final List<String> KLASSEN = List.of("<0", "0", "0-1", "1-2", "2-3", "3-4", "4-5", "5-6", "6-8",
            "8-10", ">=10");

    private static final String KLASSE_SQL = """
            CASE WHEN verhoging_pct < 0 THEN 0 WHEN verhoging_pct = 0 THEN 1 WHEN verhoging_pct < 1 THEN 2
                 WHEN verhoging_pct < 2 THEN 3 WHEN verhoging_pct < 3 THEN 4 WHEN verhoging_pct < 4 THEN 5
                 WHEN verhoging_pct < 5 THEN 6 WHEN verhoging_pct < 6 THEN 7 WHEN verhoging_pct < 8 THEN 8
                 WHEN verhoging_pct < 10 THEN 9 ELSE 10 END""";

    private final JdbcTemplate jdbc;

    HuursomCijfers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the figures after the huursom step. Without a cap the proposals did not change since
     * {@link #VOOR_CAP} was recorded, so those figures are copied instead of counted again.
     */
    public void legVastNaCap(String runId, boolean capToegepast) {
        if (capToegepast) {
            legVast(runId, NA_CAP);
            return;
        }
        wis(runId, NA_CAP);
        jdbc.update("INSERT INTO huursom_cijfer (run_id, fase, sector, soort, in_huursom, aantal, som_oud, som_nieuw) "
                + "SELECT run_id, ?, sector, soort, in_huursom, aantal, som_oud, som_nieuw FROM huursom_cijfer "
                + "WHERE run_id = ? AND fase = ?", NA_CAP, runId, VOOR_CAP);
        jdbc.update("INSERT INTO huursom_verdeling (run_id, fase, soort, klasse, aantal) SELECT run_id, ?, soort, "
                + "klasse, aantal FROM huursom_verdeling WHERE run_id = ? AND fase = ?", NA_CAP, runId, VOOR_CAP);
    }

    /** Records the figures of the yearly run's proposals (version 1) as they are now. Idempotent. */
    public void legVast(String runId, String fase) {
        wis(runId, fase);
        jdbc.update("""
                INSERT INTO huursom_cijfer (run_id, fase, sector, soort, in_huursom, aantal, som_oud, som_nieuw)
                SELECT run_id, ?, sector, soort, in_huursom, COUNT(*), SUM(kale_huur_oud), SUM(kale_huur_nieuw)
                FROM voorstel WHERE run_id = ? AND versie = 1
                GROUP BY run_id, sector, soort, in_huursom""", fase, runId);
        jdbc.update("INSERT INTO huursom_verdeling (run_id, fase, soort, klasse, aantal) SELECT run_id, ?, soort, k, "
                + "COUNT(*) FROM (SELECT run_id, soort, " + KLASSE_SQL + " AS k FROM voorstel WHERE run_id = ? "
                + "AND versie = 1) t GROUP BY run_id, soort, k", fase, runId);
    }

    /** The huursom of the recorded phase: the contracts in the huursom, Σ old and Σ new rent. */
    public Huursom.Som somInHuursom(String runId, String fase) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(aantal), 0), COALESCE(SUM(som_oud), 0), "
                + "COALESCE(SUM(som_nieuw), 0) FROM huursom_cijfer WHERE run_id = ? AND fase = ? AND in_huursom = TRUE",
                (rs, i) -> new Huursom.Som(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
                        rs.getBigDecimal(3).setScale(2)), runId, fase);
    }

    private void wis(String runId, String fase) {
        jdbc.update("DELETE FROM huursom_cijfer WHERE run_id = ? AND fase = ?", runId, fase);
        jdbc.update("DELETE FROM huursom_verdeling WHERE run_id = ? AND fase = ?", runId, fase);
    }
}

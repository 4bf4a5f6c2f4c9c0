package nl.huurronde.huursom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.huurronde.regels.Huursom;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.voorstel.Voorstellen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The huursom figures of a run per phase: counts and sums per sector, soort and membership, and the
 * distribution of increases per soort. VOOR_CAP is recorded before the cap is applied, NA_CAP from the
 * final proposals. Counted in Java from one pass over the proposals, whether they come from the voorstel
 * table (yearly run) or from memory (simulation), so both count the same way.
 */
@Repository
public class HuursomCijfers {

    public static final String VOOR_CAP = "VOOR_CAP";
    public static final String NA_CAP = "NA_CAP";

    /** Classes of the increase percentage, as shown in the report. */
    public static final List<String> KLASSEN = List.of("<0", "0", "0-1", "1-2", "2-3", "3-4", "4-5", "5-6", "6-8",
            "8-10", ">=10");
    /** Upper bounds (exclusive) of the classes from 0–1 on; below 0 and exactly 0 come first. */
    private static final BigDecimal[] BOVENGRENS = {BigDecimal.ONE, BigDecimal.TWO, BigDecimal.valueOf(3),
            BigDecimal.valueOf(4), BigDecimal.valueOf(5), BigDecimal.valueOf(6), BigDecimal.valueOf(8), BigDecimal.TEN};

    private final JdbcTemplate jdbc;

    HuursomCijfers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The class (index in {@link #KLASSEN}) of an increase percentage in percent. */
    public static int klasse(BigDecimal pct) {
        int teken = pct.signum();
        if (teken < 0) {
            return 0;
        }
        if (teken == 0) {
            return 1;
        }
        for (int i = 0; i < BOVENGRENS.length; i++) {
            if (pct.compareTo(BOVENGRENS[i]) < 0) {
                return i + 2;
            }
        }
        return KLASSEN.size() - 1;
    }

    /**
     * Records the figures after the huursom step. Without a cap the proposals did not change since
     * {@link #VOOR_CAP} was recorded, so those figures are copied instead of counted again.
     */
    public void legVastNaCap(String runId, boolean capToegepast, Voorstellen voorstellen) {
        if (capToegepast) {
            legVast(runId, NA_CAP, voorstellen);
            return;
        }
        wis(runId, NA_CAP);
        jdbc.update("INSERT INTO huursom_cijfer (run_id, fase, sector, soort, in_huursom, aantal, som_oud, som_nieuw) "
                + "SELECT run_id, ?, sector, soort, in_huursom, aantal, som_oud, som_nieuw FROM huursom_cijfer "
                + "WHERE run_id = ? AND fase = ?", NA_CAP, runId, VOOR_CAP);
        jdbc.update("INSERT INTO huursom_verdeling (run_id, fase, soort, klasse, aantal) SELECT run_id, ?, soort, "
                + "klasse, aantal FROM huursom_verdeling WHERE run_id = ? AND fase = ?", NA_CAP, runId, VOOR_CAP);
    }

    /** Records the figures of the proposals as they are now (one pass). Idempotent. */
    public void legVast(String runId, String fase, Voorstellen voorstellen) {
        Map<Groep, long[]> sommen = new TreeMap<>(); // aantal, cents old, cents new
        Map<Soort, long[]> verdeling = new EnumMap<>(Soort.class);
        voorstellen.voorElk(v -> {
            Soort soort = v.voorstel().soort();
            long[] som = sommen.computeIfAbsent(new Groep(v.contract().sector(), soort, v.voorstel().inHuursom()),
                    g -> new long[3]);
            som[0]++;
            som[1] += centen(v.contract().kaleHuur());
            som[2] += centen(v.voorstel().kaleHuurNieuw());
            verdeling.computeIfAbsent(soort, s -> new long[KLASSEN.size()])[klasse(v.voorstel().verhogingPct())]++;
        });
        wis(runId, fase);
        List<Object[]> cijfers = new ArrayList<>();
        sommen.forEach((g, som) -> cijfers.add(new Object[] {runId, fase, g.sector().name(), g.soort().name(),
                g.inHuursom(), som[0], BigDecimal.valueOf(som[1], 2), BigDecimal.valueOf(som[2], 2)}));
        jdbc.batchUpdate("INSERT INTO huursom_cijfer (run_id, fase, sector, soort, in_huursom, aantal, som_oud, "
                + "som_nieuw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cijfers);
        List<Object[]> klassen = new ArrayList<>();
        verdeling.forEach((soort, aantallen) -> {
            for (int k = 0; k < aantallen.length; k++) {
                if (aantallen[k] > 0) {
                    klassen.add(new Object[] {runId, fase, soort.name(), k, aantallen[k]});
                }
            }
        });
        jdbc.batchUpdate("INSERT INTO huursom_verdeling (run_id, fase, soort, klasse, aantal) VALUES (?, ?, ?, ?, ?)",
                klassen);
    }

    /** The huursom of the recorded phase: the contracts in the huursom, Σ old and Σ new rent. */
    public Huursom.Som somInHuursom(String runId, String fase) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(aantal), 0), COALESCE(SUM(som_oud), 0), "
                + "COALESCE(SUM(som_nieuw), 0) FROM huursom_cijfer WHERE run_id = ? AND fase = ? AND in_huursom = TRUE",
                (rs, i) -> new Huursom.Som(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
                        rs.getBigDecimal(3).setScale(2)), runId, fase);
    }

    /** The number of final proposals per soort, by name: what the run's summary and run.json list. */
    public Map<String, Long> perSoort(String runId) {
        Map<String, Long> perSoort = new LinkedHashMap<>();
        jdbc.query("SELECT soort, SUM(aantal) FROM huursom_cijfer WHERE run_id = ? AND fase = ? GROUP BY soort "
                + "ORDER BY soort", rs -> { perSoort.put(rs.getString(1), rs.getLong(2)); }, runId, NA_CAP);
        return perSoort;
    }

    private void wis(String runId, String fase) {
        jdbc.update("DELETE FROM huursom_cijfer WHERE run_id = ? AND fase = ?", runId, fase);
        jdbc.update("DELETE FROM huursom_verdeling WHERE run_id = ? AND fase = ?", runId, fase);
    }

    private static long centen(BigDecimal bedrag) {
        return bedrag.setScale(2).unscaledValue().longValueExact();
    }

    private record Groep(Sector sector, Soort soort, boolean inHuursom) implements Comparable<Groep> {
        @Override
        public int compareTo(Groep ander) {
            int c = sector.compareTo(ander.sector);
            c = c != 0 ? c : soort.compareTo(ander.soort);
            return c != 0 ? c : Boolean.compare(inHuursom, ander.inHuursom);
        }
    }
}

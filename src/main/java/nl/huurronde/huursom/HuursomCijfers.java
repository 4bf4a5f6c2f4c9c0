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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
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

    private final NamedParameterJdbcTemplate jdbc;

    HuursomCijfers(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    private static MapSqlParameterSource fase(String runId, String fase) {
        return new MapSqlParameterSource("run_id", runId).addValue("fase", fase);
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
        MapSqlParameterSource kopie = fase(runId, VOOR_CAP).addValue("naar", NA_CAP);
        jdbc.update("INSERT INTO huursom_cijfer (run_id, fase, sector, soort, in_huursom, aantal, som_oud, som_nieuw) "
                + "SELECT run_id, :naar, sector, soort, in_huursom, aantal, som_oud, som_nieuw FROM huursom_cijfer "
                + "WHERE run_id = :run_id AND fase = :fase", kopie);
        jdbc.update("INSERT INTO huursom_verdeling (run_id, fase, soort, klasse, aantal) SELECT run_id, :naar, soort, "
                + "klasse, aantal FROM huursom_verdeling WHERE run_id = :run_id AND fase = :fase", kopie);
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
        List<SqlParameterSource> cijfers = new ArrayList<>();
        sommen.forEach((g, som) -> cijfers.add(fase(runId, fase).addValue("sector", g.sector().name())
                .addValue("soort", g.soort().name()).addValue("in_huursom", g.inHuursom()).addValue("aantal", som[0])
                .addValue("som_oud", BigDecimal.valueOf(som[1], 2)).addValue("som_nieuw", BigDecimal.valueOf(som[2], 2))));
        jdbc.batchUpdate("INSERT INTO huursom_cijfer (run_id, fase, sector, soort, in_huursom, aantal, som_oud, "
                + "som_nieuw) VALUES (:run_id, :fase, :sector, :soort, :in_huursom, :aantal, :som_oud, :som_nieuw)",
                cijfers.toArray(SqlParameterSource[]::new));
        List<SqlParameterSource> klassen = new ArrayList<>();
        verdeling.forEach((soort, aantallen) -> {
            for (int k = 0; k < aantallen.length; k++) {
                if (aantallen[k] > 0) {
                    klassen.add(fase(runId, fase).addValue("soort", soort.name()).addValue("klasse", k)
                            .addValue("aantal", aantallen[k]));
                }
            }
        });
        jdbc.batchUpdate("INSERT INTO huursom_verdeling (run_id, fase, soort, klasse, aantal) "
                + "VALUES (:run_id, :fase, :soort, :klasse, :aantal)", klassen.toArray(SqlParameterSource[]::new));
    }

    /** The huursom of the recorded phase: the contracts in the huursom, Σ old and Σ new rent. */
    public Huursom.Som somInHuursom(String runId, String fase) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(aantal), 0) AS aantal, COALESCE(SUM(som_oud), 0) AS som_oud, "
                + "COALESCE(SUM(som_nieuw), 0) AS som_nieuw FROM huursom_cijfer "
                + "WHERE run_id = :run_id AND fase = :fase AND in_huursom = TRUE", fase(runId, fase),
                (rs, i) -> new Huursom.Som(rs.getLong("aantal"), rs.getBigDecimal("som_oud").setScale(2),
                        rs.getBigDecimal("som_nieuw").setScale(2)));
    }

    /** The number of final proposals per soort, by name: what the run's summary and run.json list. */
    public Map<String, Long> perSoort(String runId) {
        Map<String, Long> perSoort = new LinkedHashMap<>();
        jdbc.query("SELECT soort, SUM(aantal) AS aantal FROM huursom_cijfer WHERE run_id = :run_id AND fase = :fase "
                + "GROUP BY soort ORDER BY soort", fase(runId, NA_CAP),
                (RowCallbackHandler) rs -> perSoort.put(rs.getString("soort"), rs.getLong("aantal")));
        return perSoort;
    }

    private void wis(String runId, String fase) {
        jdbc.update("DELETE FROM huursom_cijfer WHERE run_id = :run_id AND fase = :fase", fase(runId, fase));
        jdbc.update("DELETE FROM huursom_verdeling WHERE run_id = :run_id AND fase = :fase", fase(runId, fase));
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

package nl.huurronde.rapport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.beleid.WetJaar;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.register.Ronde;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The report's figures of a run: a count fed by the one pass over its proposals (version 1) that also
 * writes the audit, plus the figures the huursom step recorded before the cap.
 */
@Repository
class RapportGegevens {

    private final NamedParameterJdbcTemplate jdbc;

    RapportGegevens(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The report's figures: the pass's count plus the figures the huursom step recorded before the cap. */
    RapportCijfers lees(Ronde ronde, Rapporttelling telling) {
        String runId = ronde.runId();
        WetJaar wet = ronde.config().wet();

        Map<RapportCijfers.Groep, Som> voorCap = new TreeMap<>();
        Som[] huursomVoor = {Som.NUL};
        jdbc.query("SELECT sector, soort, in_huursom, aantal, som_oud, som_nieuw FROM huursom_cijfer "
                + "WHERE run_id = :run_id AND fase = :fase", fase(runId), (RowCallbackHandler) rs -> {
                    Som som = new Som(rs.getLong("aantal"), rs.getBigDecimal("som_oud").setScale(2),
                            rs.getBigDecimal("som_nieuw").setScale(2));
                    voorCap.merge(groep(rs), som, Som::plus);
                    if (rs.getBoolean("in_huursom")) {
                        huursomVoor[0] = huursomVoor[0].plus(som);
                    }
                });

        Map<Soort, long[]> verdelingVoor = new EnumMap<>(Soort.class);
        if (ronde.huursomCap() != null) {
            jdbc.query("SELECT soort, klasse, aantal FROM huursom_verdeling WHERE run_id = :run_id AND fase = :fase",
                    fase(runId), (RowCallbackHandler) rs -> verdelingVoor.computeIfAbsent(
                            Soort.valueOf(rs.getString("soort")),
                            s -> new long[Klassen.NAMEN.size()])[rs.getInt("klasse")] += rs.getLong("aantal"));
        }

        return new RapportCijfers(ronde.config().verhuurder().naam(), ronde.config().jaar(), ronde.ingangsdatum(),
                runId, ronde.simulatie(), telling.naCap, voorCap, huursomVoor[0], telling.huursomNa,
                ronde.beleid().huursomMaxPct(), ronde.huursomCap(), telling.verdeling, verdelingVoor,
                new RapportCijfers.Huurpositie(telling.positieVoor, telling.positieNa, telling.zonderStreefhuur),
                telling.aftopping(), telling.liberalisatie(), waarschuwingen(ronde, wet), voorlopig(ronde));
    }

    private static RapportCijfers.Groep groep(ResultSet rs) throws SQLException {
        return new RapportCijfers.Groep(Sector.valueOf(rs.getString("sector")), Soort.valueOf(rs.getString("soort")));
    }

    /** The figures recorded before the cap. */
    private static MapSqlParameterSource fase(String runId) {
        return new MapSqlParameterSource("run_id", runId).addValue("fase", HuursomCijfers.VOOR_CAP);
    }

    /** What makes a simulation on next year's law provisional: the unknown figures and the assumptions. */
    static List<String> voorlopig(Ronde ronde) {
        JobConfig.Voorlopig voorlopig = ronde.config().voorlopig();
        List<String> lijst = new ArrayList<>();
        if (!voorlopig.ontbrekend().isEmpty()) {
            lijst.add("nog onbekende wettelijke cijfers: " + String.join(", ", voorlopig.ontbrekend()));
        }
        voorlopig.aannames().forEach(a -> lijst.add("aanname: " + a));
        return lijst;
    }

    /** The figures of the law the report relies on that are not confirmed, and the run's own warnings. */
    private static List<String> waarschuwingen(Ronde ronde, WetJaar wet) {
        List<String> lijst = new ArrayList<>(ronde.config().waarschuwingen().stream().map(Bestuurstaal::van).toList());
        if (wet.aftoppingsgrens1en2() == null || wet.aftoppingsgrens3plus() == null) {
            lijst.add("de aftoppingsgrenzen van " + wet.jaar() + " zijn nog niet bekend: die telling ontbreekt");
        } else if (wet.isOnbevestigd("aftoppingsgrens.een_twee_personen")
                || wet.isOnbevestigd("aftoppingsgrens.drie_plus")) {
            lijst.add("de aftoppingsgrenzen van " + wet.jaar() + " zijn onbevestigd");
        }
        return lijst;
    }
}

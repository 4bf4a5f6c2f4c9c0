package nl.huurronde.uitvoer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

import nl.huurronde.batch.Databank;
import nl.huurronde.bestand.CsvSchrijver;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.regels.Huursom;
import nl.huurronde.register.Ronde;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * huursom.csv: the figures of rules.md §5 before and after the cap: the huursom itself, the limit,
 * the cap c, counts and sums per sector and soort, and the distribution of increases per soort.
 */
@Component
class HuursomCsv {

    private static final String[] FASEN = {HuursomCijfers.VOOR_CAP, HuursomCijfers.NA_CAP};

    private final NamedParameterJdbcTemplate jdbc;
    private final Databank databank;

    HuursomCsv(JdbcTemplate jdbc, Databank databank) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.databank = databank;
    }

    void schrijf(Ronde ronde) throws IOException {
        String runId = ronde.runId();
        Exporteur.schrijfCsv(ronde.map().resolve("huursom.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("sectie", "fase", "sector", "soort", "klasse", "aantal", "som_oud", "som_nieuw", "pct");
            for (String fase : FASEN) {
                jdbc.query("SELECT '' AS sector, '' AS soort, COALESCE(SUM(aantal), 0) AS aantal, "
                        + "COALESCE(SUM(som_oud), 0) AS som_oud, COALESCE(SUM(som_nieuw), 0) AS som_nieuw "
                        + "FROM huursom_cijfer WHERE run_id = :run_id AND fase = :fase AND in_huursom = TRUE",
                        fase(runId, fase), (RowCallbackHandler) rs -> rij(csv, "HUURSOM", fase, rs));
            }
            csv.tekst("MAXIMUM").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("")
                    .getal(procent(ronde.beleid().huursomMaxPct())).einde();
            csv.tekst("CAP").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("")
                    .getal(ronde.huursomCap() == null ? null : procent(ronde.huursomCap())).einde();
            for (String fase : FASEN) {
                jdbc.query("SELECT sector, soort, SUM(aantal) AS aantal, SUM(som_oud) AS som_oud, "
                        + "SUM(som_nieuw) AS som_nieuw FROM huursom_cijfer WHERE run_id = :run_id AND fase = :fase "
                        + "GROUP BY sector, soort ORDER BY " + databank.codepuntVolgorde("sector") + ", "
                        + databank.codepuntVolgorde("soort"), fase(runId, fase),
                        (RowCallbackHandler) rs -> rij(csv, "SOORT", fase, rs));
            }
            for (String fase : FASEN) {
                jdbc.query("SELECT soort, klasse, aantal FROM huursom_verdeling WHERE run_id = :run_id AND fase = :fase "
                        + "ORDER BY " + databank.codepuntVolgorde("soort") + ", klasse", fase(runId, fase),
                        (RowCallbackHandler) rs -> {
                            try {
                                csv.tekst("VERDELING").tekst(fase).tekst("").tekst(rs.getString("soort"))
                                        .tekst(HuursomCijfers.KLASSEN.get(rs.getInt("klasse"))).getal(rs.getLong("aantal"))
                                        .tekst("").tekst("").tekst("").einde();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            }
        });
    }

    private static MapSqlParameterSource fase(String runId, String fase) {
        return new MapSqlParameterSource("run_id", runId).addValue("fase", fase);
    }

    /** A row of figures from columns sector, soort, aantal, som_oud, som_nieuw. */
    private static void rij(CsvSchrijver csv, String sectie, String fase, ResultSet rs) throws SQLException {
        Huursom.Som som = new Huursom.Som(rs.getLong("aantal"), rs.getBigDecimal("som_oud").setScale(2),
                rs.getBigDecimal("som_nieuw").setScale(2));
        try {
            csv.tekst(sectie).tekst(fase).tekst(rs.getString("sector")).tekst(rs.getString("soort")).tekst("")
                    .getal(som.aantal())
                    .getal(som.somOud()).getal(som.somNieuw()).getal(som.pct()).einde();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal procent(BigDecimal fractie) {
        return fractie.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}

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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * huursom.csv: the figures of rules.md §5 before and after the cap: the huursom itself, the limit,
 * the cap c, counts and sums per sector and soort, and the distribution of increases per soort.
 */
@Component
class HuursomCsv {

    private static final String[] FASEN = {HuursomCijfers.VOOR_CAP, HuursomCijfers.NA_CAP};

    private final JdbcTemplate jdbc;
    private final Databank databank;

    HuursomCsv(JdbcTemplate jdbc, Databank databank) {
        this.jdbc = jdbc;
        this.databank = databank;
    }

    void schrijf(Ronde ronde) throws IOException {
        String runId = ronde.runId();
        Exporteur.schrijfCsv(ronde.map().resolve("huursom.csv"), ronde.config().csvDialect(), csv -> {
            csv.koppen("sectie", "fase", "sector", "soort", "klasse", "aantal", "som_oud", "som_nieuw", "pct");
            for (String fase : FASEN) {
                jdbc.query("SELECT '', '', COALESCE(SUM(aantal), 0), COALESCE(SUM(som_oud), 0), "
                        + "COALESCE(SUM(som_nieuw), 0) FROM huursom_cijfer WHERE run_id = ? AND fase = ? "
                        + "AND in_huursom = TRUE", (RowCallbackHandler) rs -> rij(csv, "HUURSOM", fase, rs), runId, fase);
            }
            csv.tekst("MAXIMUM").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("")
                    .getal(procent(ronde.beleid().huursomMaxPct())).einde();
            csv.tekst("CAP").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("").tekst("")
                    .getal(ronde.huursomCap() == null ? null : procent(ronde.huursomCap())).einde();
            for (String fase : FASEN) {
                jdbc.query("SELECT sector, soort, SUM(aantal), SUM(som_oud), SUM(som_nieuw) FROM huursom_cijfer "
                        + "WHERE run_id = ? AND fase = ? GROUP BY sector, soort ORDER BY "
                        + databank.codepuntVolgorde("sector") + ", " + databank.codepuntVolgorde("soort"),
                        (RowCallbackHandler) rs -> rij(csv, "SOORT", fase, rs), runId, fase);
            }
            for (String fase : FASEN) {
                jdbc.query("SELECT soort, klasse, aantal FROM huursom_verdeling WHERE run_id = ? AND fase = ? "
                        + "ORDER BY " + databank.codepuntVolgorde("soort") + ", klasse", (RowCallbackHandler) rs -> {
                            try {
                                csv.tekst("VERDELING").tekst(fase).tekst("").tekst(rs.getString(1))
                                        .tekst(HuursomCijfers.KLASSEN.get(rs.getInt(2))).getal(rs.getLong(3))
                                        .tekst("").tekst("").tekst("").einde();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }, runId, fase);
            }
        });
    }

    /** A row of figures from columns sector, soort, count, Σ old, Σ new. */
    private static void rij(CsvSchrijver csv, String sectie, String fase, ResultSet rs) throws SQLException {
        Huursom.Som som = new Huursom.Som(rs.getLong(3), rs.getBigDecimal(4).setScale(2),
                rs.getBigDecimal(5).setScale(2));
        try {
            csv.tekst(sectie).tekst(fase).tekst(rs.getString(1)).tekst(rs.getString(2)).tekst("").getal(som.aantal())
                    .getal(som.somOud()).getal(som.somNieuw()).getal(som.pct()).einde();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BigDecimal procent(BigDecimal fractie) {
        return fractie.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }
}

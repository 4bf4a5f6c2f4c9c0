package nl.huurronde.rapport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.policy.WetJaar;
import nl.huurronde.ronde.Ronde;
import nl.huurronde.rules.Sector;
import nl.huurronde.rules.Soort;
import nl.huurronde.voorstel.VoorstelVersie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The report's figures of a run: a count fed by the one pass over its proposals (version 1) that also
 * writes the audit, plus the figures the huursom step recorded before the cap.
 */
@Repository
class RapportGegevens {

    private final JdbcTemplate jdbc;

    RapportGegevens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The running count of the one pass over the proposals, to be fed every version 1 once. */
    static Telling telling(Ronde ronde) {
        return new Telling(ronde.config().wet(), ronde.config().jaar());
    }

    /** The report's figures: the pass's count plus the figures the huursom step recorded before the cap. */
    RapportCijfers lees(Ronde ronde, Telling telling) {
        String runId = ronde.runId();
        WetJaar wet = ronde.config().wet();

        Map<RapportCijfers.Groep, Som> voorCap = new TreeMap<>();
        Som[] huursomVoor = {Som.NUL};
        jdbc.query("SELECT sector, soort, in_huursom, aantal, som_oud, som_nieuw FROM huursom_cijfer "
                + "WHERE run_id = ? AND fase = ?", (RowCallbackHandler) rs -> {
                    Som som = new Som(rs.getLong(4), rs.getBigDecimal(5).setScale(2), rs.getBigDecimal(6).setScale(2));
                    voorCap.merge(groep(rs), som, Som::plus);
                    if (rs.getBoolean(3)) {
                        huursomVoor[0] = huursomVoor[0].plus(som);
                    }
                }, runId, HuursomCijfers.VOOR_CAP);

        Map<Soort, long[]> verdelingVoor = new EnumMap<>(Soort.class);
        if (ronde.huursomCap() != null) {
            jdbc.query("SELECT soort, klasse, aantal FROM huursom_verdeling WHERE run_id = ? AND fase = ?",
                    (RowCallbackHandler) rs -> verdelingVoor.computeIfAbsent(Soort.valueOf(rs.getString(1)),
                            s -> new long[Klassen.NAMEN.size()])[rs.getInt(2)] += rs.getLong(3),
                    runId, HuursomCijfers.VOOR_CAP);
        }

        return new RapportCijfers(ronde.config().verhuurder().naam(), ronde.config().jaar(), ronde.ingangsdatum(),
                runId, ronde.simulatie(), telling.naCap, voorCap, huursomVoor[0], telling.huursomNa,
                ronde.beleid().huursomMaxPct(), ronde.huursomCap(), telling.verdeling, verdelingVoor,
                new RapportCijfers.Huurpositie(telling.positieVoor, telling.positieNa, telling.zonderStreefhuur),
                telling.aftopping(), telling.liberalisatie(), waarschuwingen(ronde, wet));
    }

    private static RapportCijfers.Groep groep(ResultSet rs) throws SQLException {
        return new RapportCijfers.Groep(Sector.valueOf(rs.getString(1)), Soort.valueOf(rs.getString(2)));
    }

    /** The figures of the law the report relies on that are not confirmed, and the run's own warnings. */
    private static List<String> waarschuwingen(Ronde ronde, WetJaar wet) {
        List<String> lijst = new ArrayList<>(ronde.config().waarschuwingen());
        if (wet.aftoppingsgrens1en2() == null || wet.aftoppingsgrens3plus() == null) {
            lijst.add("de aftoppingsgrenzen van " + wet.jaar() + " zijn nog niet bekend: die telling ontbreekt");
        } else if (wet.isOnbevestigd("aftoppingsgrens.een_twee_personen")
                || wet.isOnbevestigd("aftoppingsgrens.drie_plus")) {
            lijst.add("de aftoppingsgrenzen van " + wet.jaar() + " zijn onbevestigd");
        }
        return lijst;
    }

    /** The running totals of the one pass over the proposals. */
    static final class Telling implements Consumer<VoorstelVersie> {
        final Map<RapportCijfers.Groep, Som> naCap = new TreeMap<>();
        final Map<Soort, long[]> verdeling = new EnumMap<>(Soort.class);
        Som huursomNa = Som.NUL;
        final long[] positieVoor = new long[RapportCijfers.Huurpositie.CATEGORIEEN.size()];
        final long[] positieNa = new long[RapportCijfers.Huurpositie.CATEGORIEEN.size()];
        long zonderStreefhuur;
        final long[] aftopAantal = new long[3];
        final long[] aftopVoor = new long[2];
        final long[] aftopNa = new long[2];
        long sociaal;
        long liberaalVoor;
        long liberaalNa;

        private final BigDecimal grens12;
        private final BigDecimal grens3;
        private final boolean aftopOnbevestigd;
        private final int liberalisatieJaar;
        private final BigDecimal liberalisatiegrens;
        private final boolean volgendJaar;

        Telling(WetJaar wet, int jaar) {
            grens12 = wet.aftoppingsgrens1en2();
            grens3 = wet.aftoppingsgrens3plus();
            aftopOnbevestigd = wet.isOnbevestigd("aftoppingsgrens.een_twee_personen")
                    || wet.isOnbevestigd("aftoppingsgrens.drie_plus");
            // The increase takes effect on 1 July; the next limit is that of 1 January of the next year.
            BigDecimal volgende = wet.liberalisatiegrenzen().get(jaar + 1);
            volgendJaar = volgende != null;
            liberalisatieJaar = volgendJaar ? jaar + 1 : jaar;
            liberalisatiegrens = volgende != null ? volgende : wet.liberalisatiegrenzen().get(jaar);
        }

        @Override
        public void accept(VoorstelVersie v) {
            Sector sector = v.sector();
            Soort soort = v.voorstel().soort();
            BigDecimal oud = v.kaleHuurOud();
            BigDecimal nieuw = v.voorstel().kaleHuurNieuw();
            naCap.merge(new RapportCijfers.Groep(sector, soort), new Som(1, oud, nieuw), Som::plus);
            if (v.voorstel().inHuursom()) {
                huursomNa = huursomNa.plus(oud, nieuw);
            }
            verdeling.computeIfAbsent(soort, s -> new long[Klassen.NAMEN.size()])
                    [Klassen.van(v.voorstel().verhogingPct())]++;
            if (sector != Sector.SOCIAAL) {
                return;
            }
            sociaal++;
            BigDecimal maximaleHuur = v.maximaleHuur();
            BigDecimal streefhuur = v.streefhuur();
            BigDecimal streefhuurNieuw = v.voorstel().streefhuurNieuw();
            if (streefhuur == null || streefhuurNieuw == null) {
                zonderStreefhuur++;
            } else {
                positieVoor[RapportCijfers.Huurpositie.categorie(oud, streefhuur, maximaleHuur)]++;
                positieNa[RapportCijfers.Huurpositie.categorie(nieuw, streefhuurNieuw, maximaleHuur)]++;
            }
            int personen = v.huishouden().personen();
            boolean onbekend = v.huishouden().huishoudenOnbekend() || personen == 0;
            int groep = onbekend ? RapportCijfers.Aftopping.ONBEKEND
                    : personen <= 2 ? RapportCijfers.Aftopping.KLEIN : RapportCijfers.Aftopping.GROOT;
            aftopAantal[groep]++;
            if (groep != RapportCijfers.Aftopping.ONBEKEND && grens12 != null && grens3 != null) {
                BigDecimal grens = groep == RapportCijfers.Aftopping.KLEIN ? grens12 : grens3;
                aftopVoor[groep] += oud.compareTo(grens) > 0 ? 1 : 0;
                aftopNa[groep] += nieuw.compareTo(grens) > 0 ? 1 : 0;
            }
            if (liberalisatiegrens != null) {
                liberaalVoor += oud.compareTo(liberalisatiegrens) > 0 ? 1 : 0;
                liberaalNa += nieuw.compareTo(liberalisatiegrens) > 0 ? 1 : 0;
            }
        }

        RapportCijfers.Aftopping aftopping() {
            return new RapportCijfers.Aftopping(grens12, grens3, aftopOnbevestigd, aftopAantal, aftopVoor, aftopNa);
        }

        RapportCijfers.Liberalisatie liberalisatie() {
            return new RapportCijfers.Liberalisatie(liberalisatieJaar, liberalisatiegrens,
                    volgendJaar, sociaal, liberaalVoor, liberaalNa);
        }
    }
}

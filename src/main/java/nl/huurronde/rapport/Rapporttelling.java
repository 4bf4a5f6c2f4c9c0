package nl.huurronde.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import nl.huurronde.beleid.WetJaar;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.voorstel.VoorstelVersie;

/**
 * The report's running count: fed every proposal (version 1) once, by the same pass over the proposals that
 * writes the audit ({@link HuursomRapport#telling}), then read by {@link RapportGegevens}.
 */
public final class Rapporttelling implements Consumer<VoorstelVersie> {

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

    Rapporttelling(WetJaar wet, int jaar) {
        grens12 = wet.aftoppingsgrens1en2();
        grens3 = wet.aftoppingsgrens3plus();
        aftopOnbevestigd = wet.isOnbevestigd("aftoppingsgrens.een_twee_personen")
                || wet.isOnbevestigd("aftoppingsgrens.drie_plus");
        // The increase takes effect on 1 July; the next limit is that of 1 January of the next year.
        LocalDate eersteJanuari = LocalDate.of(jaar + 1, 1, 1);
        Map.Entry<LocalDate, BigDecimal> periode = wet.liberalisatiegrenzen().floorEntry(eersteJanuari);
        volgendJaar = periode != null && periode.getKey().equals(eersteJanuari);
        liberalisatieJaar = volgendJaar ? jaar + 1 : periode == null ? jaar : periode.getKey().getYear();
        liberalisatiegrens = periode == null ? null : periode.getValue();
    }

    @Override
    public void accept(VoorstelVersie v) {
        Sector sector = v.contract().sector();
        Soort soort = v.voorstel().soort();
        BigDecimal oud = v.contract().kaleHuur();
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
        BigDecimal maximaleHuur = v.contract().maximaleHuur();
        BigDecimal streefhuur = v.contract().streefhuur();
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

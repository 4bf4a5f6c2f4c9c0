package nl.huurronde.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Decides a contract's sector (rules.md §1). Intake calls it per row; a failure rejects the row.
 * Every date and bound comes from the law files ({@link Sectorwet}); none is written here.
 */
public final class Sectorbepaling {

    private Sectorbepaling() {}

    /**
     * The sector, or the column and Dutch reason why it cannot be decided.
     *
     * @param periode the liberalisatiegrens period that decided it, when one did (for the explanation)
     */
    public record Uitkomst(Sector sector, String kolom, String reden, Sectorwet.Periode periode) {
        static Uitkomst van(Sector sector) {
            return new Uitkomst(sector, null, null, null);
        }

        static Uitkomst onbepaald(String kolom, String reden) {
            return new Uitkomst(null, kolom, reden, null);
        }

        public boolean bepaald() {
            return sector != null;
        }
    }

    /**
     * @param opgegeven   the row's own {@code sector}, or null when empty
     * @param wwsPunten   may be null; WWS totals count in whole points, so it is rounded half up first
     */
    public static Uitkomst bepaal(Sector opgegeven, Woningtype woningtype, LocalDate contractIngang,
                                  BigDecimal aanvangshuur, BigDecimal wwsPunten, Beleid.Wet wet) {
        if (opgegeven != null) {
            if (opgegeven == Sector.MIDDEN && !wet.middenhuur()) {
                return Uitkomst.onbepaald("sector", "sector MIDDEN bestaat pas vanaf de huurronde van 1 juli 2024");
            }
            return Uitkomst.van(opgegeven);
        }
        // art. 7:247 BW liberalises self-contained dwellings only: rooms, caravans and pitches stay regulated
        if (woningtype != Woningtype.ZELFSTANDIG) {
            return Uitkomst.van(Sector.SOCIAAL);
        }
        Sectorwet sectorwet = wet.sector();
        if (sectorwet.wwsIndelingVanaf() != null && !contractIngang.isBefore(sectorwet.wwsIndelingVanaf())) {
            return naarPunten(wwsPunten, sectorwet);
        }
        if (contractIngang.isBefore(sectorwet.liberalisatieVanaf())) {
            return Uitkomst.van(Sector.SOCIAAL);
        }
        Sectorwet.Periode periode = sectorwet.periodeOp(contractIngang);
        if (periode == null) {
            return Uitkomst.onbepaald("sector", "sector onbepaald: geen liberalisatiegrens bekend voor een contract van "
                    + contractIngang + " (de reeks begint op " + sectorwet.liberalisatiegrenzen().firstKey()
                    + "); vul de kolom sector");
        }
        Sector sector = aanvangshuur.compareTo(periode.grens()) > 0 ? Sector.VRIJ : Sector.SOCIAAL;
        return new Uitkomst(sector, null, null, periode);
    }

    /** Wet betaalbare huur: up to the middle bound SOCIAAL, then MIDDEN, from the free bound VRIJ. */
    private static Uitkomst naarPunten(BigDecimal wwsPunten, Sectorwet sectorwet) {
        if (wwsPunten == null) {
            return Uitkomst.onbepaald("wws_punten", "sector onbepaald: contract vanaf "
                    + sectorwet.wwsIndelingVanaf() + " zonder WWS-punten; vul sector of wws_punten");
        }
        BigDecimal punten = wwsPunten.setScale(0, RoundingMode.HALF_UP);
        if (punten.compareTo(sectorwet.middenVanafPunten()) < 0) {
            return Uitkomst.van(Sector.SOCIAAL);
        }
        return Uitkomst.van(punten.compareTo(sectorwet.vrijVanafPunten()) < 0 ? Sector.MIDDEN : Sector.VRIJ);
    }
}

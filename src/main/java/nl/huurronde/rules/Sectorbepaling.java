package nl.huurronde.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Decides a contract's sector (rules.md §1). Intake calls it per row; a failure rejects the row. */
public final class Sectorbepaling {

    /** Start of the Wet betaalbare huur: contracts from this date are placed by their WWS points. */
    public static final LocalDate WET_BETAALBARE_HUUR = LocalDate.of(2024, 7, 1);

    private static final BigDecimal MIDDEN_VANAF_PUNTEN = BigDecimal.valueOf(144);
    private static final BigDecimal VRIJ_VANAF_PUNTEN = BigDecimal.valueOf(187);

    private Sectorbepaling() {}

    /** The sector, or the column and Dutch reason why it cannot be decided. */
    public record Uitkomst(Sector sector, String kolom, String reden) {
        static Uitkomst van(Sector sector) {
            return new Uitkomst(sector, null, null);
        }

        static Uitkomst onbepaald(String kolom, String reden) {
            return new Uitkomst(null, kolom, reden);
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
        if (woningtype == Woningtype.WOONWAGEN || woningtype == Woningtype.STANDPLAATS) {
            return Uitkomst.van(Sector.SOCIAAL);
        }
        if (!contractIngang.isBefore(WET_BETAALBARE_HUUR)) {
            if (wwsPunten == null) {
                return Uitkomst.onbepaald("wws_punten",
                        "sector onbepaald: contract vanaf 1 juli 2024 zonder WWS-punten; vul sector of wws_punten");
            }
            BigDecimal punten = wwsPunten.setScale(0, RoundingMode.HALF_UP);
            if (punten.compareTo(MIDDEN_VANAF_PUNTEN) < 0) {
                return Uitkomst.van(Sector.SOCIAAL);
            }
            return Uitkomst.van(punten.compareTo(VRIJ_VANAF_PUNTEN) < 0 ? Sector.MIDDEN : Sector.VRIJ);
        }
        BigDecimal grens = wet.liberalisatiegrenzen().get(contractIngang.getYear());
        if (grens == null) {
            return Uitkomst.onbepaald("sector", "sector onbepaald: geen liberalisatiegrens bekend voor "
                    + contractIngang.getYear() + "; vul de kolom sector");
        }
        return Uitkomst.van(aanvangshuur.compareTo(grens) > 0 ? Sector.VRIJ : Sector.SOCIAAL);
    }
}

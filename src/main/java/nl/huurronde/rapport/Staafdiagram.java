package nl.huurronde.rapport;

import java.util.List;
import org.openpdf.text.Element;

/**
 * The report's bar charts, drawn as vectors on a {@link Tekenblad}: a histogram panel (one per soort,
 * small multiples with their own scale) and horizontal paired bars (before / after). The two series
 * differ by hatching and grey level and every bar carries its number, so nothing depends on colour.
 */
final class Staafdiagram {

    static final Tekenblad.Vulling VOOR = Tekenblad.Vulling.ARCERING;
    static final Tekenblad.Vulling NA = Tekenblad.Vulling.MIDDEN;

    private Staafdiagram() {}

    /**
     * One histogram panel with its bottom-left corner at (x, y). With {@code voor} (may be null) each class
     * gets a hatched bar before and a grey bar after.
     */
    static void histogram(Tekenblad t, float x, float y, float breedte, float hoogte, String titel,
                          List<String> klassen, long[] na, long[] voor) {
        float links = 24;
        float onder = 16;
        float boven = 14;
        float plotX = x + links;
        float plotY = y + onder;
        float plotB = breedte - links - 4;
        float plotH = hoogte - onder - boven;
        long max = 1;
        for (int i = 0; i < na.length; i++) {
            max = Math.max(max, Math.max(na[i], voor == null ? 0 : voor[i]));
        }
        // headroom above the highest bar for its number
        long schaal = mooi((long) Math.ceil(max / 0.85));
        t.tekst(titel, x, y + hoogte - 9, 8, true, Element.ALIGN_LEFT);
        // scale: the baseline, a grid line at the top and one halfway, with their values
        long[] streepjes = schaal % 2 == 0 ? new long[] {0, schaal / 2, schaal} : new long[] {0, schaal};
        for (long waarde : streepjes) {
            float gy = plotY + plotH * waarde / schaal;
            t.lijn(plotX, gy, plotX + plotB, gy, waarde == 0 ? 0.6f : 0.15f);
            t.tekst(Opmaak.aantal(waarde), plotX - 3, gy - 2, 5.5f, false, Element.ALIGN_RIGHT);
        }
        float vak = plotB / klassen.size();
        for (int k = 0; k < klassen.size(); k++) {
            float vakX = plotX + vak * k;
            t.tekst(klassen.get(k), vakX + vak / 2, y + onder - 8, 5.5f, false, Element.ALIGN_CENTER);
            if (voor == null) {
                staaf(t, vakX + vak * 0.15f, plotY, vak * 0.7f, plotH, na[k], schaal, NA, false);
            } else {
                staaf(t, vakX + vak * 0.1f, plotY, vak * 0.4f, plotH, voor[k], schaal, VOOR, true);
                staaf(t, vakX + vak * 0.5f, plotY, vak * 0.4f, plotH, na[k], schaal, NA, true);
            }
        }
    }

    private static void staaf(Tekenblad t, float x, float y, float breedte, float plotH, long waarde, long schaal,
                              Tekenblad.Vulling vulling, boolean smal) {
        if (waarde == 0) {
            return;
        }
        float h = plotH * waarde / schaal;
        t.vlak(x, y, breedte, h, vulling);
        if (smal) {
            t.tekst(Opmaak.aantal(waarde), x + breedte / 2 + 2, y + h + 2, 5, false, Element.ALIGN_LEFT, 90);
        } else {
            t.tekst(Opmaak.aantal(waarde), x + breedte / 2, y + h + 2, 5.5f, false, Element.ALIGN_CENTER);
        }
    }

    /**
     * Horizontal bars per category, two per category (before hatched, after grey), each with its number;
     * the top-left corner at (x, y). Returns the y below the chart.
     */
    static float paren(Tekenblad t, float x, float y, float breedte, List<String> categorieen, long[] voor,
                       long[] na, String legendaVoor, String legendaNa) {
        float labelB = 190;
        float getalB = 44;
        float staafB = breedte - labelB - getalB;
        float staafH = 8;
        long max = 1;
        for (int i = 0; i < na.length; i++) {
            max = Math.max(max, Math.max(voor[i], na[i]));
        }
        legenda(t, x + labelB, y, legendaVoor, legendaNa);
        y -= 16;
        for (int i = 0; i < categorieen.size(); i++) {
            t.tekst(categorieen.get(i), x, y - staafH - 2, 7.5f, false, Element.ALIGN_LEFT);
            balk(t, x + labelB, y - staafH, staafB, staafH, voor[i], max, VOOR);
            balk(t, x + labelB, y - 2 * staafH - 1, staafB, staafH, na[i], max, NA);
            y -= 2 * staafH + 9;
        }
        t.lijn(x + labelB, y + 6, x + labelB, y + 6 + categorieen.size() * (2 * staafH + 9), 0.6f);
        return y;
    }

    private static void balk(Tekenblad t, float x, float y, float staafB, float h, long waarde, long max,
                             Tekenblad.Vulling vulling) {
        float b = staafB * waarde / max;
        t.vlak(x, y, b, h, vulling);
        t.tekst(Opmaak.aantal(waarde), x + b + 3, y + 1.5f, 6.5f, false, Element.ALIGN_LEFT);
    }

    /** The two series' swatches with their names. */
    static void legenda(Tekenblad t, float x, float y, String voor, String na) {
        t.vlak(x, y - 7, 12, 7, VOOR);
        t.tekst(voor, x + 16, y - 6.5f, 7, false, Element.ALIGN_LEFT);
        float x2 = x + 16 + t.breedte(voor, 7, false) + 14;
        t.vlak(x2, y - 7, 12, 7, NA);
        t.tekst(na, x2 + 16, y - 6.5f, 7, false, Element.ALIGN_LEFT);
    }

    /** A round upper bound for the scale: 1, 2 or 5 times a power of ten, at least {@code max}. */
    static long mooi(long max) {
        long macht = 1;
        while (true) {
            for (long f : new long[] {1, 2, 5}) {
                if (f * macht >= max) {
                    return f * macht;
                }
            }
            macht *= 10;
        }
    }
}

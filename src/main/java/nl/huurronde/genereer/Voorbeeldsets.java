package nl.huurronde.genereer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled sets under {@code sample-data/}: fixed seeds, so regenerating gives identical files
 * (a test checks that the committed files are current). Regenerate with
 * {@code ./mvnw -q -B test -Dtest='nl.huurronde.genereer.VoorbeeldsetsTest' -Dgenereer.schrijf=true}.
 */
final class Voorbeeldsets {

    static final int AANTAL = 300;
    static final String SWZ_2020 = "2020-swz";
    /** The 23 golden contracts; their rows open the 2020-swz files verbatim. */
    static final String GOUDEN = "voorbeelden";
    static final int GOUDEN_CONTRACTEN = 23;
    /** 0.004 × 300 rows: one bad row per file (two when it is a duplicate), within the 1% threshold. */
    static final double FOUTAANDEEL = 0.004;

    private Voorbeeldsets() {}

    /** Folder name → year, in writing order. */
    static Map<String, Integer> sets() {
        Map<String, Integer> sets = new LinkedHashMap<>();
        sets.put(SWZ_2020, 2020);
        for (int jaar : new int[] {2019, 2021, 2022, 2023, 2024, 2025, 2026, 2027}) {
            sets.put(Integer.toString(jaar), jaar);
        }
        return sets;
    }

    static long seed(String set) {
        // the last digits shift which kind of bad row each set shows, so together they show all kinds
        return set.equals(SWZ_2020) ? 20_200_705L : Long.parseLong(set) * 1_000 + (Long.parseLong(set) - 2019);
    }

    /**
     * Writes every set into {@code doel} (the sample-data folder, or a scratch copy of it).
     * {@code gouden} is the folder with the golden examples' huurders/brp/inkomen.csv.
     */
    static Map<String, Samenvatting> schrijfAlles(Path doel, Path gouden) throws IOException {
        Map<String, Samenvatting> uitkomst = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> set : sets().entrySet()) {
            int jaar = set.getValue();
            // co-tenants, correspondence addresses and last-increase dates (#20) in the current rounds only,
            // so the earlier sets and their outputs stay as they were
            Opties opties = Opties.standaard().metFoutAandeel(FOUTAANDEEL).metInkomenscategorie(jaar >= 2022)
                    .metAdressering(jaar >= 2026);
            int aantal = AANTAL;
            if (set.getKey().equals(SWZ_2020)) {
                opties = opties.metVoorbeelden(gouden);
                aantal = AANTAL - GOUDEN_CONTRACTEN;
            }
            uitkomst.put(set.getKey(), Generator.schrijf(doel.resolve(set.getKey()), aantal, seed(set.getKey()), jaar, opties));
        }
        return uitkomst;
    }
}

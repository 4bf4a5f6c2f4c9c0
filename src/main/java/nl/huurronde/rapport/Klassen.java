package nl.huurronde.rapport;

import java.math.BigDecimal;
import java.util.List;
import nl.huurronde.huursom.HuursomCijfers;

/** The classes of the increase percentage of huursom.csv ({@link HuursomCijfers#KLASSEN}), for the histogram. */
final class Klassen {

    static final List<String> NAMEN = HuursomCijfers.KLASSEN;
    /** Upper bounds (exclusive) of the classes from 0–1 on; below 0 and exactly 0 come first. */
    private static final int[] BOVENGRENS = {1, 2, 3, 4, 5, 6, 8, 10};

    private Klassen() {}

    /** The class of an increase percentage (in percent), as huursom_verdeling counts it. */
    static int van(BigDecimal pct) {
        int teken = pct.signum();
        if (teken < 0) {
            return 0;
        }
        if (teken == 0) {
            return 1;
        }
        for (int i = 0; i < BOVENGRENS.length; i++) {
            if (pct.compareTo(BigDecimal.valueOf(BOVENGRENS[i])) < 0) {
                return i + 2;
            }
        }
        return NAMEN.size() - 1;
    }

    /** The label as printed: en dash for a range, ≥ for the open end. */
    static String label(int klasse) {
        return NAMEN.get(klasse).replace(">=", "≥").replace('-', '–').replace("<0", "< 0");
    }
}

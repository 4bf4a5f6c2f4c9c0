package nl.huurronde.rapport;

import java.math.BigDecimal;
import java.util.List;
import nl.huurronde.huursom.HuursomCijfers;

/** The classes of the increase percentage of huursom.csv ({@link HuursomCijfers#KLASSEN}), for the histogram. */
public final class Klassen {

    static final List<String> NAMEN = HuursomCijfers.KLASSEN;

    private Klassen() {}

    /** The class of an increase percentage (in percent), as huursom_verdeling counts it. */
    static int van(BigDecimal pct) {
        return HuursomCijfers.klasse(pct);
    }

    /** The label as printed: en dash for a range, ≥ for the open end. */
    static String label(int klasse) {
        return NAMEN.get(klasse).replace(">=", "≥").replace('-', '–').replace("<0", "< 0");
    }
}

package nl.huurronde.brieven;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dutch formats for letters, reports and the console: {@code € 1.234,56}, a negative amount {@code € -12,50}
 * (the minus sign with the number, as nl-NL writes currency); percentages always with two decimals
 * ({@code 4,10%}, {@code 2,95%}), in letters and reports alike; {@code 1 juli 2026}.
 */
public final class NlFormaat {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private NlFormaat() {}

    /** {@code € 1.234,56}; a negative amount as {@code € -12,50}, the one form everywhere. Plain space after the euro sign. */
    public static String bedrag(BigDecimal bedrag) {
        return "€ " + groepen(bedrag.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** Whole euros as the Belastingdienst writes limits: {@code € 43.574}. */
    public static String heleEuros(BigDecimal bedrag) {
        return "€ " + groepen(bedrag.setScale(0, RoundingMode.HALF_UP), 0);
    }

    /**
     * Percent (given in percent) with exactly two decimals: 4.1 → {@code 4,10%}, 4.345 → {@code 4,35%}, 0 →
     * {@code 0,00%}, -2.13 → {@code -2,13%}. Two, not one: a huursom cap (2,95%) and a tenant's increase (4,35%)
     * need them, and one form for all keeps the letter's figures and the report's columns alike.
     */
    public static String procent(BigDecimal procent) {
        BigDecimal p = procent.setScale(2, RoundingMode.HALF_UP);
        return (p.signum() == 0 ? p.abs() : p).toPlainString().replace('.', ',') + "%";
    }

    /** A fraction as a percentage: {@code 0.0295} → {@code 2,95%}. */
    public static String fractie(BigDecimal fractie) {
        return procent(fractie.movePointRight(2));
    }

    /** A number with up to 2 decimals, no trailing zeros, decimal comma, no grouping: 143.50 → {@code 143,5}. */
    public static String getal(BigDecimal getal) {
        BigDecimal g = getal.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (g.signum() == 0) {
            return "0";
        }
        if (g.scale() < 0) {
            g = g.setScale(0);
        }
        return g.toPlainString().replace('.', ',');
    }

    /** {@code 1 juli 2026}. */
    public static String datum(LocalDate datum) {
        return DATUM.format(datum);
    }

    /** Thousands with a dot, decimals with a comma; hand-rolled because DecimalFormat is neither cheap nor thread-safe. */
    private static String groepen(BigDecimal waarde, int decimalen) {
        String plat = waarde.abs().toPlainString();
        int punt = plat.indexOf('.');
        String geheel = punt < 0 ? plat : plat.substring(0, punt);
        StringBuilder uit = new StringBuilder(plat.length() + 6);
        if (waarde.signum() < 0) {
            uit.append('-');
        }
        int eerste = geheel.length() % 3 == 0 ? 3 : geheel.length() % 3;
        uit.append(geheel, 0, eerste);
        for (int i = eerste; i < geheel.length(); i += 3) {
            uit.append('.').append(geheel, i, i + 3);
        }
        if (decimalen > 0) {
            uit.append(',').append(plat, punt + 1, punt + 1 + decimalen);
        }
        return uit.toString();
    }
}

package nl.huurronde.rapport;

import java.math.BigDecimal;

import nl.huurronde.brieven.NlFormaat;

/**
 * Dutch number formats for the reports, as the board reads them: {@code 1.234} contracts,
 * {@code € 12.345,67}, percentages always with two decimals ({@code 2,60%}) so columns line up.
 */
public final class Opmaak {

    private Opmaak() {}

    public static String aantal(long n) {
        String plat = Long.toString(Math.abs(n));
        StringBuilder uit = new StringBuilder(n < 0 ? "-" : "");
        int eerste = plat.length() % 3 == 0 ? 3 : plat.length() % 3;
        uit.append(plat, 0, eerste);
        for (int i = eerste; i < plat.length(); i += 3) {
            uit.append('.').append(plat, i, i + 3);
        }
        return uit.toString();
    }

    public static String bedrag(BigDecimal bedrag) {
        return bedrag == null ? "–" : NlFormaat.bedrag(bedrag);
    }

    /** A percentage given in percent ({@code 2.6} → {@code 2,60%}); a dash when there is none. */
    public static String procent(BigDecimal procent) {
        if (procent == null) {
            return "–";
        }
        return NlFormaat.procent(procent);
    }

    /** A fraction as a percentage ({@code 0.0295} → {@code 2,95%}). */
    public static String fractie(BigDecimal fractie) {
        return fractie == null ? "–" : procent(fractie.movePointRight(2));
    }

    /** A difference with its sign, the sign with the number like a negative amount: {@code € +12,00}, {@code € -3,50}. */
    public static String verschil(BigDecimal bedrag) {
        return bedrag.signum() > 0 ? "€ +" + NlFormaat.bedrag(bedrag).substring(2) : NlFormaat.bedrag(bedrag);
    }

    public static String verschilAantal(long n) {
        return (n > 0 ? "+" : "") + aantal(n);
    }

    public static String verschilProcent(BigDecimal procent) {
        return (procent.signum() > 0 ? "+" : "") + procent(procent);
    }
}

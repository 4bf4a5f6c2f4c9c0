package nl.huurronde.genereer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import nl.huurronde.beleid.BeleidFout;
import nl.huurronde.beleid.WetJaar;
import nl.huurronde.beleid.Wetgeving;

/**
 * The legal figures the generator aims its boundary cases at, in cents, read from the bundled law
 * files (the one place the law is declared). A year whose figure is not yet published ({@code
 * onbekend}, as 2027 before December) takes the nearest earlier year's figure: the data only needs
 * cases near a plausible limit, the job itself checks the real one.
 */
final class Wetcijfers {

    static final int EERSTE_JAAR = 2019;
    static final int LAATSTE_JAAR = 2027;

    private Wetcijfers() {}

    static LocalDate peildatum(int jaar) {
        return LocalDate.of(jaar, 7, 1);
    }

    /** The first date the liberalisatiegrens series has a figure for (1 July 2002). */
    static LocalDate eersteGrensdatum() {
        return wet(LAATSTE_JAAR).liberalisatiegrenzen().firstKey();
    }

    /** The liberalisatiegrens in force on {@code datum}, in cents (a date from {@link #eersteGrensdatum()}). */
    static long liberalisatiegrens(LocalDate datum) {
        Map.Entry<LocalDate, BigDecimal> periode = wet(LAATSTE_JAAR).liberalisatiegrenzen().floorEntry(datum);
        return cent(periode.getValue());
    }

    /** From this date (1 July 2024, Wet betaalbare huur) contracts are placed by their WWS points. */
    static LocalDate wwsIndelingVanaf() {
        return wet(LAATSTE_JAAR).wet().sector().wwsIndelingVanaf();
    }

    /** AOW age of the round year, in months (added as one number, rules.md §2). */
    static int aowMaanden(int jaar) {
        WetJaar wet = wet(jaar);
        return 12 * wet.aowJaren() + wet.aowMaanden();
    }

    /** Lower limits of the IAH bands for a 1-person household, ascending; empty in a year without IAH. */
    static long[] iahGrenzen1(int jaar) {
        return grenzen(jaar, true);
    }

    /** As {@link #iahGrenzen1}, for households of 2 or more persons. */
    static long[] iahGrenzenMeer(int jaar) {
        return grenzen(jaar, false);
    }

    /** Band names written to inkomenscategorie.csv; the job file's bands must use the same names. */
    static String[] bandNamen(int jaar) {
        return switch (iahGrenzen1(jaar).length) {
            case 0 -> new String[] {};
            case 1 -> new String[] {"HOOG"};
            default -> new String[] {"HOOG", "ZEER_HOOG"};
        };
    }

    /** The under-23 income exemption of the year (a year without one: the nearest earlier figure). */
    static long jongerenVrijstelling(int jaar) {
        for (int j = jaar; j >= EERSTE_JAAR; j--) {
            if (wet(j).jongerenVrijstelling() != null) {
                return cent(wet(j).jongerenVrijstelling());
            }
        }
        return cent(wet(EERSTE_JAAR + 1).jongerenVrijstelling());
    }

    /** laag_huur grens of the year; years without the rule get data around the first year's grens anyway. */
    static long laagHuurGrens(int jaar) {
        for (int j = jaar; j >= EERSTE_JAAR; j--) {
            if (wet(j).laagHuurGrens() != null) {
                return cent(wet(j).laagHuurGrens());
            }
        }
        return cent(wet(2022).laagHuurGrens());
    }

    /** Upper rent bound of the middle segment (the nearest known year's). */
    static long middenBovengrens(int jaar) {
        for (int j = jaar; j >= EERSTE_JAAR; j--) {
            if (wet(j).middenhuurBovengrens() != null) {
                return cent(wet(j).middenhuurBovengrens());
            }
        }
        return cent(wet(2025).middenhuurBovengrens());
    }

    private static long[] grenzen(int jaar, boolean alleen) {
        WetJaar wet = wet(jaar);
        if (!wet.iahToegestaan()) {
            return new long[] {};
        }
        for (int j = jaar; j >= EERSTE_JAAR; j--) {
            WetJaar bekend = wet(j);
            if (bekend.iahGrens() != null) {
                return new long[] {cent(bekend.iahGrens())};
            }
            BigDecimal eerste = alleen ? bekend.iahEersteGrens1() : bekend.iahEersteGrensMeer();
            BigDecimal tweede = alleen ? bekend.iahTweedeGrens1() : bekend.iahTweedeGrensMeer();
            if (eerste != null && tweede != null) {
                return new long[] {cent(eerste), cent(tweede)};
            }
        }
        throw new IllegalStateException("geen IAH-grenzen bekend tot " + jaar);
    }

    private static WetJaar wet(int jaar) {
        try {
            return Wetgeving.jaar(jaar);
        } catch (BeleidFout e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static long cent(BigDecimal euro) {
        return euro.movePointRight(2).longValueExact();
    }
}

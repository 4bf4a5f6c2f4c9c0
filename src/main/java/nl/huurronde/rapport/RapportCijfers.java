package nl.huurronde.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;

/**
 * Everything the huursom report shows, read from one run (version 1 of its proposals, the yearly run's
 * outcome). Amounts are monthly kale huur; percentages of the huursom in percent with two decimals.
 *
 * @param naCap        count and sums per sector and soort of the final proposals
 * @param voorCap      the same before the huursom cap (huursom_cijfer VOOR_CAP)
 * @param huursomVoor  the contracts in the huursom before the cap
 * @param huursomNa    the contracts in the huursom after the cap
 * @param maxPct       huursom.max_pct of the policy, a fraction
 * @param cap          the cap c, a fraction; null when the huursom did not need one
 * @param verdelingNa  per soort: the number of proposals per class of {@link Klassen}
 * @param verdelingVoor the same before the cap (empty when the cap was not needed)
 */
record RapportCijfers(String verhuurder, int jaar, LocalDate ingangsdatum, String runId, boolean simulatie,
                      Map<Groep, Som> naCap, Map<Groep, Som> voorCap, Som huursomVoor, Som huursomNa,
                      BigDecimal maxPct, BigDecimal cap, Map<Soort, long[]> verdelingNa,
                      Map<Soort, long[]> verdelingVoor, Huurpositie huurpositie, Aftopping aftopping,
                      Liberalisatie liberalisatie, List<String> waarschuwingen, List<String> voorlopig) {

    /** A sector and soort, ordered as the rules list them (SOCIAAL before MIDDEN before VRIJ). */
    record Groep(Sector sector, Soort soort) implements Comparable<Groep> {
        @Override
        public int compareTo(Groep ander) {
            int s = sector.compareTo(ander.sector);
            return s != 0 ? s : soort.compareTo(ander.soort);
        }
    }

    /** Σ of all proposals, whatever their sector. */
    Som totaal() {
        return naCap.values().stream().reduce(Som.NUL, Som::plus);
    }

    /**
     * Where the SOCIAAL rents stand against the streefhuur (before: the old rent against last year's
     * streefhuur; after: the new rent against this year's) and the maximale huur. Each contract is in one
     * category: at the maximale huur first, then below, at or above the streefhuur.
     */
    record Huurpositie(long[] voor, long[] na, long zonderStreefhuur) {
        static final List<String> CATEGORIEEN = List.of("onder streefhuur", "op streefhuur", "boven streefhuur",
                "op maximale huur");
        static final int ONDER = 0;
        static final int OP = 1;
        static final int BOVEN = 2;
        static final int OP_MAX = 3;

        static int categorie(BigDecimal huur, BigDecimal streefhuur, BigDecimal maximaleHuur) {
            if (maximaleHuur != null && huur.compareTo(maximaleHuur) >= 0) {
                return OP_MAX;
            }
            int c = huur.compareTo(streefhuur);
            return c < 0 ? ONDER : c == 0 ? OP : BOVEN;
        }
    }

    /**
     * SOCIAAL households against the aftoppingsgrenzen of the round's year (huurtoeslag), before and after
     * the increase. Groups: 1–2 persons, 3 or more, unknown household (not classified).
     *
     * @param grens12 null when the law of the year has no (published) figure
     */
    record Aftopping(BigDecimal grens12, BigDecimal grens3, boolean onbevestigd, long[] aantal, long[] bovenVoor,
                     long[] bovenNa) {
        static final int KLEIN = 0;
        static final int GROOT = 1;
        static final int ONBEKEND = 2;

        boolean bekend() {
            return grens12 != null && grens3 != null;
        }
    }

    /**
     * SOCIAAL rents above the liberalisatiegrens that applies after the increase: that of 1 January of the
     * next year, or this year's when the next is not yet known ({@code volgendJaar} false).
     *
     * @param grens null when neither year is known
     */
    record Liberalisatie(int jaar, BigDecimal grens, boolean volgendJaar, long aantal, long bovenVoor, long bovenNa) {}
}

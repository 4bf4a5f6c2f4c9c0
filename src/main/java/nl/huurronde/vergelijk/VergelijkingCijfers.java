package nl.huurronde.vergelijk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import nl.huurronde.rapport.Som;

/**
 * The comparison of two simulations (version 1 of both runs' proposals), on the same inputs or each on its
 * own (two years), contracts matched by contract_id: totals and
 * huursom per side, counts and average increases per soort and per income category, and the contracts whose
 * new rent differs most. Differences are always B − A.
 */
record VergelijkingCijfers(Kant a, Kant b, List<Rij> perSoort, List<Rij> perInkomen, Verschillen verschillen,
                           List<Contract> grootste, boolean zelfdeInvoer) {

    /** One side: its run, what policy it ran, its totals and huursom. */
    record Kant(String runId, String beleid, Som totaal, Som huursom, BigDecimal maxPct, BigDecimal cap) {}

    /** A group's figures on one side; {@code somPct} is the sum of the contracts' verhoging_pct. */
    record Groep(long aantal, BigDecimal somOud, BigDecimal somNieuw, BigDecimal somPct) {
        static final Groep LEEG = new Groep(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        /** Average increase in euro per contract, HALF_UP to cents; null for an empty group. */
        BigDecimal gemiddeldeVerhoging() {
            return aantal == 0 ? null
                    : somNieuw.subtract(somOud).divide(BigDecimal.valueOf(aantal), 2, RoundingMode.HALF_UP);
        }

        /** Average of the contracts' increase percentages, HALF_UP to 2 decimals; null for an empty group. */
        BigDecimal gemiddeldPct() {
            return aantal == 0 ? null : somPct.divide(BigDecimal.valueOf(aantal), 2, RoundingMode.HALF_UP);
        }
    }

    /** A soort or income category under A and under B. */
    record Rij(String groep, Groep a, Groep b) {}

    /** How the contracts present in both runs moved, and how many are in one run only. */
    record Verschillen(long hogerInB, long lagerInB, long gelijk, long andereSoort, long alleenInA, long alleenInB) {
        boolean geen() {
            return hogerInB == 0 && lagerInB == 0 && andereSoort == 0 && alleenInA == 0 && alleenInB == 0;
        }
    }

    /**
     * A contract with a different new rent under B than under A; its old rent differs too when A and B are
     * two years (B's old rent is then about A's new one).
     */
    record Contract(String contractId, String vheId, String soortA, String soortB, BigDecimal oud, BigDecimal oudB,
                    BigDecimal nieuwA, BigDecimal nieuwB) {
        BigDecimal verschil() {
            return nieuwB.subtract(nieuwA);
        }
    }
}

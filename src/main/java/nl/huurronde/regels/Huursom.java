package nl.huurronde.regels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;

/**
 * The huursom step (rules.md §5): the portfolio's average increase, and the largest cap c that
 * keeps it within {@code huursom.max_pct}. Each probe streams the portfolio once through
 * {@link Rekenregels}; sums are kept in whole cents so a probe allocates little.
 */
public final class Huursom {

    /** c is searched in steps of 0.01 percentage point. */
    static final BigDecimal STAP = new BigDecimal("0.0001");

    private Huursom() {}

    /** Streams every processed contract once per call (from the database in production, a list in tests). */
    public interface Bron {
        void voorElk(Consumer<ContractFeiten> actie);
    }

    /** Σ current and Σ new over the contracts in the huursom at one cap, plus their count. */
    public record Som(long aantal, BigDecimal somOud, BigDecimal somNieuw) {

        /** The huursom increase in percent, HALF_UP 2 decimals; 0 when somOud is 0. */
        public BigDecimal pct() {
            if (somOud.signum() == 0) {
                return BigDecimal.ZERO.setScale(2);
            }
            return somNieuw.subtract(somOud).multiply(BigDecimal.valueOf(100)).divide(somOud, 2, RoundingMode.HALF_UP);
        }

        /** Exact, without dividing: somNieuw − somOud ≤ maxPct × somOud. */
        public boolean binnen(BigDecimal maxPct) {
            return somNieuw.subtract(somOud).compareTo(maxPct.multiply(somOud)) <= 0;
        }
    }

    /**
     * @param zonderCap the huursom at c = ∞
     * @param metCap    the huursom at the chosen cap (equal to zonderCap when the cap is not binding)
     * @param cap       the cap c, or null when not binding
     */
    public record Uitkomst(Som zonderCap, Som metCap, BigDecimal cap) {}

    /**
     * One pass at c = ∞; if that is over {@code huursom.max_pct}, a binary search over the multiples
     * of 0.0001 in [0, max(regulier_max_pct, woonwagen_pct)] for the largest c that fits. Lowering c
     * never raises a rent, so the sums are monotone in c.
     *
     * @throws HuursomOnhaalbaarException when even c = 0 does not fit
     */
    public static Uitkomst bepaalCap(Bron bron, Beleid beleid) {
        return bepaalCap(bron, beleid, som(bron, beleid, null));
    }

    /**
     * The same search when the huursom at c = ∞ is already known (the compute step stored every
     * uncapped proposal, so the database can sum it): no pass at all when it fits.
     */
    public static Uitkomst bepaalCap(Bron bron, Beleid beleid, Som zonderCap) {
        BigDecimal max = beleid.huursomMaxPct();
        if (zonderCap.binnen(max)) {
            return new Uitkomst(zonderCap, zonderCap, null);
        }
        BigDecimal hoogste = beleid.regulierMaxPct().max(beleid.woonwagenPct());
        int stappen = hoogste.divideToIntegralValue(STAP).intValueExact();
        // Invariant: every c ≤ laag*STAP that was probed fits, every c ≥ hoog*STAP does not.
        // c = stappen*STAP gives the same rents as c = ∞ when it equals the highest pct exactly.
        int laag = -1;
        int hoog = stap(stappen).compareTo(hoogste) == 0 ? stappen : stappen + 1;
        Som somLaag = null;
        Som bijNul = hoog == 0 ? zonderCap : null;
        while (hoog - laag > 1) {
            int midden = (laag + hoog) / 2; // laag ≥ −1 and hoog ≥ laag + 2, so midden ≥ 0
            Som som = som(bron, beleid, stap(midden));
            if (midden == 0) {
                bijNul = som;
            }
            if (som.binnen(max)) {
                laag = midden;
                somLaag = som;
            } else {
                hoog = midden;
            }
        }
        if (somLaag == null) {
            throw new HuursomOnhaalbaarException(zonderCap.pct(), bijNul.pct(), max);
        }
        return new Uitkomst(zonderCap, somLaag, stap(laag));
    }

    /** The huursom at one cap (null = ∞): one pass over the portfolio. */
    public static Som som(Bron bron, Beleid beleid, BigDecimal cap) {
        Teller teller = new Teller();
        bron.voorElk(contract -> {
            Rekenregels.Kern kern = Rekenregels.kern(contract, beleid, cap, null);
            if (Rekenregels.buitenHuursom(contract, beleid, kern.soort()) == null) {
                teller.aantal++;
                teller.centenOud += centen(contract.kaleHuur());
                teller.centenNieuw += centen(kern.nieuw());
            }
        });
        return new Som(teller.aantal, BigDecimal.valueOf(teller.centenOud, 2), BigDecimal.valueOf(teller.centenNieuw, 2));
    }

    private static final class Teller {
        long aantal;
        long centenOud;
        long centenNieuw;
    }

    private static long centen(BigDecimal bedrag) {
        return Rekenregels.bedrag(bedrag).unscaledValue().longValueExact();
    }

    private static BigDecimal stap(int n) {
        return BigDecimal.valueOf(n, 4);
    }
}

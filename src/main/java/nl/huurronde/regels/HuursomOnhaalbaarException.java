package nl.huurronde.regels;

import java.math.BigDecimal;

/** The policy cannot meet the huursom maximum even with c = 0 (rules.md §5): the run stops. */
public class HuursomOnhaalbaarException extends RuntimeException {

    private final BigDecimal pctZonderCap;
    private final BigDecimal pctBijNul;
    private final BigDecimal maxPct;

    /**
     * @param pctZonderCap huursom increase in percent without a cap
     * @param pctBijNul    huursom increase in percent at c = 0
     * @param maxPct       huursom.max_pct as a fraction
     */
    public HuursomOnhaalbaarException(BigDecimal pctZonderCap, BigDecimal pctBijNul, BigDecimal maxPct) {
        super("Het beleid haalt de huursom niet: de huursomstijging is " + pctZonderCap.toPlainString()
                + "% zonder begrenzing en nog " + pctBijNul.toPlainString()
                + "% als de reguliere en woonwagenverhoging op 0% worden gezet, terwijl huursom.max_pct "
                + procent(maxPct) + "% toestaat. Verlaag de IAH-, laag_huur- of andere verhogingen binnen de "
                + "huursom, of pas huursom.max_pct aan.");
        this.pctZonderCap = pctZonderCap;
        this.pctBijNul = pctBijNul;
        this.maxPct = maxPct;
    }

    private static String procent(BigDecimal fractie) {
        return fractie.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    public BigDecimal pctZonderCap() {
        return pctZonderCap;
    }

    public BigDecimal pctBijNul() {
        return pctBijNul;
    }

    public BigDecimal maxPct() {
        return maxPct;
    }
}

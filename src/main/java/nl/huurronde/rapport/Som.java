package nl.huurronde.rapport;

import java.math.BigDecimal;

import nl.huurronde.regels.Huursom;

/** A number of proposals with their summed old and new kale huur. */
public record Som(long aantal, BigDecimal oud, BigDecimal nieuw) {

    public static final Som NUL = new Som(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    public Som plus(Som ander) {
        return new Som(aantal + ander.aantal, oud.add(ander.oud), nieuw.add(ander.nieuw));
    }

    public Som plus(BigDecimal huurOud, BigDecimal huurNieuw) {
        return new Som(aantal + 1, oud.add(huurOud), nieuw.add(huurNieuw));
    }

    /** Σ new − Σ old: the monthly rent mutation. */
    public BigDecimal mutatie() {
        return nieuw.subtract(oud);
    }

    /** The yearly revenue effect: 12 × the monthly mutation. */
    public BigDecimal jaareffect() {
        return mutatie().multiply(BigDecimal.valueOf(12));
    }

    /** (Σ new − Σ old) / Σ old in percent, as the huursom step rounds it (rules.md §5); null without rent. */
    public BigDecimal pct() {
        return oud.signum() == 0 ? null : new Huursom.Som(aantal, oud, nieuw).pct();
    }
}

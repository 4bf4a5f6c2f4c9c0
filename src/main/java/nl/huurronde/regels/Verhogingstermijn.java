package nl.huurronde.regels;

import java.time.LocalDate;

/**
 * One increase per 12 months (policy.md; issue #20 item 3): when a contract's proposal may take effect,
 * given the day its rent was last raised. The start of a contract is not an increase; that is the
 * input's business (laatste_verhoging is empty then).
 */
public final class Verhogingstermijn {

    private Verhogingstermijn() {}

    /**
     * @param ingangsdatum the contract's own ingangsdatum; null when it gets no proposal this round
     * @param reden        why it differs from the round's; null when it does not
     */
    public record Uitkomst(LocalDate ingangsdatum, Reden reden) {
        public boolean voorstel() {
            return ingangsdatum != null;
        }
    }

    /**
     * The round's ingangsdatum when the last increase is at least 12 months before it (exactly 12 months
     * is allowed on that day); else 12 months after the last increase (29 February + 12 months is
     * 28 February), unless that falls after 31 December of the round's year: then no proposal this round.
     */
    public static Uitkomst bepaal(LocalDate rondeIngang, LocalDate laatsteVerhoging) {
        if (laatsteVerhoging == null) {
            return new Uitkomst(rondeIngang, null);
        }
        LocalDate vroegst = laatsteVerhoging.plusMonths(12);
        if (!vroegst.isAfter(rondeIngang)) {
            return new Uitkomst(rondeIngang, null);
        }
        if (vroegst.getYear() > rondeIngang.getYear()) {
            return new Uitkomst(null, Reden.GEEN_VOORSTEL_LAATSTE_VERHOGING);
        }
        return new Uitkomst(vroegst, Reden.INGANG_NA_LAATSTE_VERHOGING);
    }
}

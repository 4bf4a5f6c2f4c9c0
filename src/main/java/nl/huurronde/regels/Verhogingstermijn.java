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

    /**
     * A proposal sent after the round's letters (a supplementary run, its own send date): it must still reach
     * the tenant two months before it takes effect, as the yearly run's {@code uitersteVerzenddatum} demands
     * (received by ingangsdatum − 2 months − 1 day, {@code bezorgdagen} after sending). When it would not, its
     * ingangsdatum moves to the first first-of-the-month that does.
     *
     * @param ingangsdatum the contract's ingangsdatum so far (the round's or its own); null: no proposal
     */
    public static Uitkomst naVerzending(LocalDate ingangsdatum, LocalDate verzenddatum, int bezorgdagen) {
        if (ingangsdatum == null) {
            return new Uitkomst(null, null);
        }
        LocalDate ontvangen = verzenddatum.plusDays(bezorgdagen);
        if (!ontvangen.isAfter(ingangsdatum.minusMonths(2).minusDays(1))) {
            return new Uitkomst(ingangsdatum, null);
        }
        LocalDate vroegst = ontvangen.plusDays(1).plusMonths(2);
        LocalDate eerste = vroegst.getDayOfMonth() == 1 ? vroegst : vroegst.withDayOfMonth(1).plusMonths(1);
        return new Uitkomst(eerste, Reden.INGANG_NA_VERZENDING);
    }
}

package nl.huurronde.regels;

import java.time.LocalDate;

/**
 * The law's deadlines around an objection to a rent increase (art. 7:253 BW; docs/bezwaar.md), each
 * as the <em>last day</em> on which the act is still in time. The Huurcommissie counts the ingangsdatum
 * as the first day of the period: for 1 July the landlord's request must be in by 11 August (six weeks),
 * the reminder before 1 October (three months), the tenant's request before 1 November (four months).
 * Plain functions; the Algemene termijnenwet (a last day on a Saturday, Sunday or holiday) is not applied,
 * so the dates are never later than the law's.
 */
public final class Bezwaartermijnen {

    private Bezwaartermijnen() {}

    /** The tenant's objection must reach the landlord before the ingangsdatum: the day before it. */
    public static LocalDate bezwaarUiterlijk(LocalDate ingangsdatum) {
        return ingangsdatum.minusDays(1);
    }

    /** How long a revised letter gives the tenant at least to object to it (docs/bezwaar.md, docs/decisions.md). */
    public static final int HERZIEN_WEKEN = 6;

    /**
     * The date a revised letter names in "Doe dit vóór …": its ingangsdatum, unless that leaves less than
     * six weeks after the send date (a lowered proposal keeps the original ingangsdatum, which may be near
     * or past): then the send date plus six weeks, so the date in the letter is never in the past.
     */
    public static LocalDate herzienBezwaarVoor(LocalDate ingangsdatum, LocalDate verzenddatum) {
        LocalDate minimaal = verzenddatum.plusWeeks(HERZIEN_WEKEN);
        return ingangsdatum.isBefore(minimaal) ? minimaal : ingangsdatum;
    }

    /** Received on or after the ingangsdatum: late (the landlord's six weeks do not apply). */
    public static boolean teLaat(LocalDate ontvangen, LocalDate ingangsdatum) {
        return ontvangen.isAfter(bezwaarUiterlijk(ingangsdatum));
    }

    /** A timely objection not granted: the landlord files with the Huurcommissie within six weeks after the ingangsdatum. */
    public static LocalDate indienenUiterlijk(LocalDate ingangsdatum) {
        return ingangsdatum.plusWeeks(6).minusDays(1);
    }

    /** The registered reminder to a tenant who neither objected nor paid: within three months after the ingangsdatum. */
    public static LocalDate herinneringUiterlijk(LocalDate ingangsdatum) {
        return maandenNa(ingangsdatum, 3);
    }

    /** After a reminder, the tenant may ask the Huurcommissie until four months after the ingangsdatum. */
    public static LocalDate huurderUiterlijk(LocalDate ingangsdatum) {
        return maandenNa(ingangsdatum, 4);
    }

    /**
     * The last day of a period of whole months that starts on {@code begin}: the day before the same day
     * of the month {@code maanden} later; when that month has no such day (31 October + 4 months), its
     * last day.
     */
    static LocalDate maandenNa(LocalDate begin, int maanden) {
        LocalDate zelfdeDag = begin.plusMonths(maanden);
        return zelfdeDag.getDayOfMonth() != begin.getDayOfMonth() ? zelfdeDag : zelfdeDag.minusDays(1);
    }
}

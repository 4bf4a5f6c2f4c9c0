package nl.huurronde.voorstel;

import nl.huurronde.policy.WetJaar;
import nl.huurronde.rules.Nacontrole;

/** The law's maxima of the round's year, for the check after computing (rules.md §4, "Legal limits"). */
final class WettelijkeLimieten {

    private WettelijkeLimieten() {}

    static Nacontrole.Limieten van(WetJaar wet) {
        return new Nacontrole.Limieten(wet.regulierMaxPct(), wet.iahPct(), wet.iahBedragTweedeGrens(),
                wet.laagHuurBedrag(), wet.vrijeSectorMaxPct(), wet.middenhuurMaxPct(),
                wet.kamerMaxPct().compareTo(wet.regulierMaxPct()) < 0 ? wet.kamerMaxPct() : null);
    }
}

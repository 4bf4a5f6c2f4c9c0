package nl.huurronde.bezwaar;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bezwaar case stands (issue #21). It only moves forward: ontvangen → toegekend | ingetrokken |
 * voorleggen; voorleggen → ingediend (bij de Huurcommissie) | ingetrokken | toegekend; ingediend →
 * uitspraak | ingetrokken. Toegekend, ingetrokken and uitspraak close the case.
 */
enum Zaakstatus {
    ONTVANGEN, VOORLEGGEN, INGEDIEND, TOEGEKEND, INGETROKKEN, UITSPRAAK;

    boolean open() {
        return this == ONTVANGEN || this == VOORLEGGEN || this == INGEDIEND;
    }

    /** The moves the law and the register allow from this status. */
    Set<Zaakstatus> volgende() {
        return switch (this) {
            case ONTVANGEN -> EnumSet.of(TOEGEKEND, INGETROKKEN, VOORLEGGEN);
            // The landlord may still grant before filing; once filed, the Huurcommissie decides.
            case VOORLEGGEN -> EnumSet.of(INGEDIEND, INGETROKKEN, TOEGEKEND);
            case INGEDIEND -> EnumSet.of(UITSPRAAK, INGETROKKEN);
            case TOEGEKEND, INGETROKKEN, UITSPRAAK -> EnumSet.noneOf(Zaakstatus.class);
        };
    }

    /** The status in the users' words, lower case as the commands spell them. */
    String woord() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

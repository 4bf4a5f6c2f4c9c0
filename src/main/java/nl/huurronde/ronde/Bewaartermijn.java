package nl.huurronde.ronde;

import java.time.LocalDate;

/**
 * How long a completed yearly run keeps its personal data (docs/decisions.md, "Bewaartermijn"): until
 * six months after its latest ingangsdatum, the last moment a bezwaar or a Huurcommissie case about
 * the proposal can still start.
 */
final class Bewaartermijn {

    static final String REDEN = "tot zes maanden na de laatste ingangsdatum van de run zijn ze nodig voor bezwaar en "
            + "de Huurcommissie (art. 7:253 BW: bezwaar kan tot de ingangsdatum, de verhuurder legt het binnen zes weken "
            + "daarna voor aan de Huurcommissie, en een huurder die binnen drie maanden een herinnering kreeg kan nog tot "
            + "vier maanden na de ingangsdatum bezwaar maken)";

    private Bewaartermijn() {}

    /** The first day the data may go. */
    static LocalDate tot(LocalDate laatsteIngangsdatum) {
        return laatsteIngangsdatum.plusMonths(6);
    }
}

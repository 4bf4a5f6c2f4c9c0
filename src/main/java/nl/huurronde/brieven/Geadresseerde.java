package nl.huurronde.brieven;

import java.util.Locale;
import java.util.Objects;

import nl.huurronde.contract.Huurder;

/** The tenant as the envelope window shows them. {@code huisletter} and {@code toevoeging} may be null or empty. */
public record Geadresseerde(String naam, String straat, int huisnummer, String huisletter, String toevoeging,
                            String postcode, String woonplaats) {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    public Geadresseerde {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(straat, "straat");
    }

    /** The tenant of a staged row, as the envelope shows them (a missing house number as 0). */
    public static Geadresseerde van(Huurder huurder) {
        return new Geadresseerde(huurder.naam(), huurder.straat(),
                huurder.huisnummer() == null ? 0 : huurder.huisnummer(), huurder.huisletter(), huurder.toevoeging(),
                huurder.postcode(), huurder.woonplaats());
    }

    /** "Kerkstraat 12A-2": PostNL style, house letter attached, addition after a hyphen. */
    public String straatregel() {
        StringBuilder regel = new StringBuilder(straat).append(' ').append(huisnummer);
        if (huisletter != null && !huisletter.isBlank()) {
            regel.append(huisletter.strip());
        }
        if (toevoeging != null && !toevoeging.isBlank()) {
            regel.append('-').append(toevoeging.strip());
        }
        return regel.toString();
    }

    /** "1234 AB  ZWOLLE": postcode with a space, two spaces, place in capitals (PostNL). */
    public String postcoderegel() {
        String pc = postcode == null ? "" : postcode.strip().toUpperCase(NL);
        if (pc.length() == 6 && pc.indexOf(' ') < 0) {
            pc = pc.substring(0, 4) + ' ' + pc.substring(4);
        }
        String plaats = woonplaats == null ? "" : woonplaats.strip().toUpperCase(NL);
        return (pc + "  " + plaats).strip();
    }
}

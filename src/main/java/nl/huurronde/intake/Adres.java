package nl.huurronde.intake;

import java.util.Locale;

/**
 * The address key that joins a contract to its BRP persons and income category: postcode without
 * spaces in upper case, huisnummer, huisletter and toevoeging upper case with all spaces removed
 * ({@code 8011VM|12|A|BIS}), so {@code "2 hoog"} and {@code "2HOOG"} are the same address.
 */
public final class Adres {

    private Adres() {}

    public static String sleutel(String postcode, int huisnummer, String huisletter, String toevoeging) {
        return normaal(postcode) + "|" + huisnummer + "|" + normaal(huisletter) + "|" + normaal(toevoeging);
    }

    /** The human form for afgewezen.csv {@code sleutel}: {@code 8011VM 12A bis}. */
    public static String leesbaar(String postcode, int huisnummer, String huisletter, String toevoeging) {
        StringBuilder tekst = new StringBuilder(normaal(postcode)).append(' ').append(huisnummer);
        if (huisletter != null) {
            tekst.append(normaal(huisletter));
        }
        if (toevoeging != null && !toevoeging.isBlank()) {
            tekst.append(' ').append(toevoeging.strip());
        }
        return Waarden.veilig(tekst.toString(), 60);
    }

    private static String normaal(String deel) {
        return deel == null ? "" : deel.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}

package nl.huurronde.brieven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.huurronde.contract.Correspondentieadres;
import nl.huurronde.contract.Huurder;

/**
 * The tenants as the envelope window shows them: the tenant and the co-tenants of the contract, at the
 * dwelling or at the correspondence address ({@code post}). The dwelling's parts stay what the letter's
 * text names; {@code huisletter} and {@code toevoeging} may be null or empty.
 */
public record Geadresseerde(String naam, String straat, int huisnummer, String huisletter, String toevoeging,
                            String postcode, String woonplaats, List<String> medehuurders,
                            Correspondentieadres post) {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    /** The most characters of one name line that fit the window at 10 pt (about 90 mm). */
    static final int VENSTERBREEDTE = 46;

    public Geadresseerde {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(straat, "straat");
        medehuurders = medehuurders == null ? List.of() : List.copyOf(medehuurders);
    }

    /** One tenant at the dwelling. */
    public Geadresseerde(String naam, String straat, int huisnummer, String huisletter, String toevoeging,
                         String postcode, String woonplaats) {
        this(naam, straat, huisnummer, huisletter, toevoeging, postcode, woonplaats, List.of(), null);
    }

    /** The tenant of a staged row, as the envelope shows them (a missing house number as 0). */
    public static Geadresseerde van(Huurder huurder) {
        return new Geadresseerde(huurder.naam(), huurder.straat(),
                huurder.huisnummer() == null ? 0 : huurder.huisnummer(), huurder.huisletter(), huurder.toevoeging(),
                huurder.postcode(), huurder.woonplaats(), huurder.medehuurders(), huurder.post());
    }

    /** Every tenant of the contract: the tenant first, then the co-tenants in the order of medehuurders.csv. */
    public List<String> namen() {
        List<String> namen = new ArrayList<>(1 + medehuurders.size());
        namen.add(naam);
        namen.addAll(medehuurders);
        return namen;
    }

    /** All tenants in one phrase: "A", "A en B", "A, B en C". */
    public String allenamen() {
        return opsomming(namen());
    }

    /**
     * The lines in the envelope window: the names (one line when they fit, else as few lines as the window
     * width allows), then the address the mail goes to: the correspondence address with its "t.a.v." line
     * and, abroad, the country in capitals on the last line; else the dwelling.
     */
    public List<String> vensterregels() {
        List<String> regels = new ArrayList<>(naamregels());
        if (post == null) {
            regels.add(straatregel());
            regels.add(postcoderegel());
            return regels;
        }
        if (post.tav() != null && !post.tav().isBlank()) {
            String tav = post.tav().strip();
            String klein = tav.toLowerCase(NL);
            regels.add(klein.startsWith("t.a.v.") || klein.startsWith("p/a") || klein.startsWith("t.a.v ")
                    ? tav : "t.a.v. " + tav);
        }
        regels.add(straatregel(post.straat(), post.huisnummer(), post.huisletter(), post.toevoeging()));
        if (post.buitenland()) {
            String pc = post.postcode() == null ? "" : post.postcode().strip();
            regels.add((pc + " " + post.woonplaats().strip().toUpperCase(NL)).strip());
            regels.add(post.land().strip().toUpperCase(NL));
        } else {
            regels.add(postcoderegel(post.postcode(), post.woonplaats()));
        }
        return regels;
    }

    /** The street line the envelope goes to (a registered reminder's list). */
    public String envelopStraatregel() {
        List<String> regels = vensterregels();
        return regels.get(regels.size() - (post != null && post.buitenland() ? 3 : 2));
    }

    /** The postcode line the envelope goes to, abroad with the country after a comma. */
    public String envelopPostcoderegel() {
        List<String> regels = vensterregels();
        return post != null && post.buitenland() ? regels.get(regels.size() - 2) + ", " + regels.getLast()
                : regels.getLast();
    }

    /** The postcode the envelope goes to (the index of the print files). */
    public String envelopPostcode() {
        return post == null ? postcode : post.postcode();
    }

    /** The house number the envelope goes to; 0 when a foreign address has none. */
    public int envelopHuisnummer() {
        return post == null ? huisnummer : post.huisnummer() == null ? 0 : post.huisnummer();
    }

    /** The dwelling in one line of running text: "Kerkstraat 12A-2, 8011 AB Zwolle". */
    public String woning() {
        String pc = postcoderegel(postcode, null);
        String plaats = woonplaats == null ? "" : woonplaats.strip();
        return (straatregel() + ", " + (pc + " " + plaats).strip()).strip();
    }

    /** "Kerkstraat 12A-2": PostNL style, house letter attached, addition after a hyphen (the dwelling). */
    public String straatregel() {
        return straatregel(straat, huisnummer, huisletter, toevoeging);
    }

    /** "1234 AB  ZWOLLE": postcode with a space, two spaces, place in capitals (PostNL; the dwelling). */
    public String postcoderegel() {
        return postcoderegel(postcode, woonplaats);
    }

    private List<String> naamregels() {
        List<String> namen = namen();
        String alles = opsomming(namen);
        if (namen.size() == 1 || alles.length() <= VENSTERBREEDTE) {
            return List.of(alles);
        }
        // greedy: each line takes the next names while the line fits; the joins read as one phrase
        List<String> regels = new ArrayList<>();
        StringBuilder regel = new StringBuilder();
        for (int i = 0; i < namen.size(); i++) {
            String verbinding = i == 0 ? "" : i == namen.size() - 1 ? "en " : "";
            String deel = verbinding + namen.get(i) + (i < namen.size() - 2 ? "," : "");
            if (!regel.isEmpty() && regel.length() + 1 + deel.length() > VENSTERBREEDTE) {
                regels.add(regel.toString());
                regel.setLength(0);
            }
            regel.append(regel.isEmpty() ? "" : " ").append(deel);
        }
        regels.add(regel.toString());
        return regels;
    }

    private static String opsomming(List<String> namen) {
        if (namen.size() == 1) {
            return namen.getFirst();
        }
        return String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.getLast();
    }

    private static String straatregel(String straat, Integer huisnummer, String huisletter, String toevoeging) {
        StringBuilder regel = new StringBuilder(straat);
        if (huisnummer != null) {
            regel.append(' ').append(huisnummer);
        }
        if (huisletter != null && !huisletter.isBlank()) {
            regel.append(huisletter.strip());
        }
        if (toevoeging != null && !toevoeging.isBlank()) {
            regel.append('-').append(toevoeging.strip());
        }
        return regel.toString();
    }

    private static String postcoderegel(String postcode, String woonplaats) {
        String pc = postcode == null ? "" : postcode.strip().toUpperCase(NL);
        if (pc.length() == 6 && pc.indexOf(' ') < 0) {
            pc = pc.substring(0, 4) + ' ' + pc.substring(4);
        }
        String plaats = woonplaats == null ? "" : woonplaats.strip().toUpperCase(NL);
        return (pc + "  " + plaats).strip();
    }
}

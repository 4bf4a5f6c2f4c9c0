package nl.huurronde.brieven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The salutation of a letter in Dutch letter form, from the name on the contract: "Mevr. N. Bos" →
 * "Geachte mevrouw Bos,", "Dhr. W. de Vries" → "Geachte heer De Vries," (after the salutation the surname's
 * first word takes a capital, also a tussenvoegsel), "Fam. El Amrani" → "Geachte familie El Amrani,". Without a
 * title the gender is unknown: with initials the name as written ("Geachte N. Bos,", tussenvoegsel small after
 * initials), else "Geachte heer/mevrouw Bos,".
 */
final class Aanhef {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final Pattern VOORLETTERS = Pattern.compile("(\\p{Lu}\\.)+");
    // compiled once: a salutation is made for every letter (String.replaceAll/split compile per call)
    private static final Pattern SPATIES = Pattern.compile("\\s+");
    private static final Pattern EN = Pattern.compile(" en ");
    private static final Set<String> HEER = Set.of("dhr.", "dhr", "hr.", "hr", "heer", "de heer", "meneer");
    private static final Set<String> MEVROUW = Set.of("mevr.", "mevr", "mw.", "mw", "mevrouw", "mej.");
    private static final Set<String> FAMILIE = Set.of("fam.", "fam", "familie", "de familie");
    private static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "het", "'t", "’t", "ten",
            "ter", "te", "in", "op", "aan", "bij", "uit", "von", "vom", "zu", "la", "le", "du", "da", "di", "des",
            "del", "della", "dos", "das");

    private Aanhef() {}

    /** The whole salutation line, with its comma. */
    static String van(String naam) {
        return "Geachte " + aanspreking(schoon(naam)) + ",";
    }

    /**
     * The salutation of every tenant of the contract (#20): "Geachte heer De Vries en mevrouw Yilmaz,", two
     * with one surname as "Geachte heer en mevrouw De Vries,"; three or more "Geachte heer A, mevrouw B en
     * heer C,".
     */
    static String van(List<String> namen) {
        if (namen.size() == 1) {
            return van(namen.getFirst());
        }
        if (namen.size() == 2) {
            String a = schoon(namen.get(0));
            String b = schoon(namen.get(1));
            if (!a.contains(" en ") && !b.contains(" en ") && getiteld(persoon(a)) && getiteld(persoon(b))) {
                return "Geachte " + aanspreking(a + " en " + b) + ","; // one surname: "heer en mevrouw De Vries"
            }
        }
        List<String> delen = namen.stream().map(n -> aanspreking(schoon(n))).toList();
        return "Geachte " + String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.getLast() + ",";
    }

    private static boolean getiteld(Persoon p) {
        return p.titel != null && !p.titel.equals("familie") && !p.achternaam.isEmpty();
    }

    private static String schoon(String naam) {
        return naam == null ? "" : SPATIES.matcher(naam.strip()).replaceAll(" ");
    }

    private static String aanspreking(String naam) {
        if (naam.isEmpty()) {
            return "heer/mevrouw";
        }
        // "Bos, N. en S.": surname first, then initials (a couple of unknown gender)
        int komma = naam.indexOf(',');
        if (komma > 0) {
            String achternaam = naam.substring(0, komma).strip();
            String rest = naam.substring(komma + 1).strip();
            if (!rest.isEmpty() && alleenVoorlettersEnEn(rest)) {
                return rest + " " + klein(achternaam);
            }
        }
        // "Dhr. A. Bos en Mevr. B. Jansen", "Dhr. en Mevr. Bos"
        String[] delen = EN.split(naam);
        if (delen.length == 2) {
            Persoon a = persoon(delen[0]);
            Persoon b = persoon(delen[1]);
            if (a.titel != null && b.titel != null && !a.titel.equals("familie") && !b.titel.equals("familie")) {
                if (a.achternaam.isEmpty() || a.achternaam.equalsIgnoreCase(b.achternaam)) {
                    return a.titel + " en " + b.titel + " " + groot(b.achternaam);
                }
                if (!b.achternaam.isEmpty()) {
                    return a.titel + " " + groot(a.achternaam) + " en " + b.titel + " " + groot(b.achternaam);
                }
            }
        }
        Persoon p = persoon(naam);
        if (p.titel != null && !p.achternaam.isEmpty()) {
            return p.titel + " " + groot(p.achternaam);
        }
        if (p.titel == null && p.voorletters && !p.achternaam.isEmpty()) {
            return naam.endsWith(p.achternaam)
                    ? naam.substring(0, naam.length() - p.achternaam.length()) + klein(p.achternaam) : naam;
        }
        return "heer/mevrouw " + (p.titel == null ? naam : groot(p.achternaam)).strip();
    }

    /** A title ("heer", "mevrouw", "familie" or null), whether initials were given, and the surname. */
    private record Persoon(String titel, boolean voorletters, String achternaam) {}

    private static Persoon persoon(String tekst) {
        List<String> woorden = new ArrayList<>(List.of(tekst.strip().split(" ")));
        String titel = null;
        for (int lengte = 2; lengte >= 1 && titel == null; lengte--) {
            if (woorden.size() >= lengte) {
                String kop = String.join(" ", woorden.subList(0, lengte)).toLowerCase(NL);
                titel = HEER.contains(kop) ? "heer" : MEVROUW.contains(kop) ? "mevrouw"
                        : FAMILIE.contains(kop) ? "familie" : null;
                if (titel != null) {
                    woorden.subList(0, lengte).clear();
                }
            }
        }
        boolean voorletters = false;
        while (!woorden.isEmpty() && VOORLETTERS.matcher(woorden.getFirst()).matches()) {
            woorden.removeFirst();
            voorletters = true;
        }
        return new Persoon(titel, voorletters, String.join(" ", woorden));
    }

    private static boolean alleenVoorlettersEnEn(String tekst) {
        for (String woord : tekst.split(" ")) {
            if (!woord.equals("en") && !woord.equals("&") && !VOORLETTERS.matcher(woord).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "de Vries" → "De Vries": the first word after a salutation takes a capital (not "'t"). */
    private static String groot(String achternaam) {
        if (achternaam.isEmpty() || achternaam.startsWith("'") || achternaam.startsWith("’")) {
            return achternaam;
        }
        return achternaam.substring(0, 1).toUpperCase(NL) + achternaam.substring(1);
    }

    /** "Van Vliet" → "van Vliet": after initials a tussenvoegsel is written small. */
    private static String klein(String achternaam) {
        String[] woorden = achternaam.split(" ");
        for (int i = 0; i < woorden.length - 1; i++) {
            String laag = woorden[i].toLowerCase(NL);
            if (!TUSSENVOEGSELS.contains(laag)) {
                break;
            }
            woorden[i] = laag;
        }
        return String.join(" ", woorden);
    }
}

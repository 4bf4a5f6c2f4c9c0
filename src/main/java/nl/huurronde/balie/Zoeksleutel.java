package nl.huurronde.balie;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded form of a name for searching: lower case, accents and other marks removed, letters that
 * do not decompose mapped by hand ("Yılmaz" → "yilmaz", "Müller" → "muller", "Øster" → "oster",
 * "Straße" → "strasse"), invisible format characters (bidi overrides, zero-width) dropped, everything
 * that is not a letter or digit one space. The same function folds the stored names and the query.
 */
final class Zoeksleutel {

    private Zoeksleutel() {}

    static String vouw(String tekst) {
        if (tekst == null) {
            return "";
        }
        String ontleed = Normalizer.normalize(tekst, Normalizer.Form.NFKD);
        StringBuilder uit = new StringBuilder(ontleed.length());
        boolean spatie = true;
        for (int i = 0; i < ontleed.length(); ) {
            int c = ontleed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            String deel = switch (c) {
                case 'ı', 'İ' -> "i";
                case 'ß' -> "ss";
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'þ', 'Þ' -> "th";
                default -> Character.isLetterOrDigit(c) ? new String(Character.toChars(c)).toLowerCase(Locale.ROOT) : " ";
            };
            if (deel.equals(" ")) {
                if (!spatie) {
                    uit.append(' ');
                    spatie = true;
                }
            } else {
                uit.append(deel);
                spatie = false;
            }
        }
        int eind = uit.length();
        while (eind > 0 && uit.charAt(eind - 1) == ' ') {
            eind--;
        }
        return uit.substring(0, eind);
    }
}

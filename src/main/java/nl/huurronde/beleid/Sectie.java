package nl.huurronde.beleid;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reading of one YAML mapping. Every read names the key it asks for; {@link #sluit()}
 * then reports every key that nobody asked for as unknown. Reads return null when the key is
 * absent or wrong, after recording the problem: the caller goes on, so all problems surface.
 */
final class Sectie {

    static final BigDecimal TWINTIG_PROCENT = new BigDecimal("0.20");

    private static final Pattern GETAL = Pattern.compile("[+-]?(\\d[\\d_]*)?(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Lezing lezing;
    private final String pad;
    private final Knoop.Tabel tabel;
    /** Where this section's own key is written: a missing key is reported there. */
    private final Plek sleutelplek;
    private final Set<String> gevraagd = new LinkedHashSet<>();

    private Sectie(Lezing lezing, String pad, Knoop.Tabel tabel, Plek sleutelplek) {
        this.lezing = lezing;
        this.pad = pad;
        this.tabel = tabel;
        this.sleutelplek = sleutelplek;
    }

    static Sectie van(Lezing lezing, String pad, Knoop.Tabel tabel, Plek sleutelplek) {
        return new Sectie(lezing, pad, tabel, sleutelplek);
    }

    /** A section that is not there: reads return null without complaints. */
    private static Sectie afwezig(Lezing lezing, String pad) {
        return new Sectie(lezing, pad, null, null);
    }

    boolean aanwezig() {
        return tabel != null;
    }

    String pad() {
        return pad;
    }

    /** Where this section's key is written (its first line when that is unknown). */
    Plek sleutelplek() {
        return sleutelplek != null ? sleutelplek : tabel != null ? tabel.plek() : null;
    }

    Lezing lezing() {
        return lezing;
    }

    Knoop.Tabel tabel() {
        return tabel;
    }

    String pad(String sleutel) {
        return pad.isEmpty() ? sleutel : pad + "." + sleutel;
    }

    /** True when the key is written with a non-empty value. */
    boolean heeft(String sleutel) {
        gevraagd.add(sleutel);
        return tabel != null && tabel.velden().get(sleutel) != null
                && !(tabel.velden().get(sleutel) instanceof Knoop.Waarde w && w.tekst() == null);
    }

    Sectie sectie(String sleutel, boolean verplicht) {
        Knoop knoop = knoop(sleutel, verplicht);
        if (knoop == null) {
            return afwezig(lezing, pad(sleutel));
        }
        if (knoop instanceof Knoop.Tabel sub) {
            return new Sectie(lezing, pad(sleutel), sub, tabel.sleutelplekken().get(sleutel));
        }
        lezing.fout(knoop.plek(), pad(sleutel) + ": verwacht een tabel met sleutels, niet " + Knoop.soort(knoop));
        return afwezig(lezing, pad(sleutel));
    }

    /** A list of mappings; element i (1-based) has the path {@code sleutel[i]}. Null when absent. */
    List<Sectie> lijst(String sleutel, boolean verplicht) {
        Knoop knoop = knoop(sleutel, verplicht);
        if (knoop == null) {
            return null;
        }
        if (!(knoop instanceof Knoop.Lijst lijst)) {
            lezing.fout(knoop.plek(), pad(sleutel) + ": verwacht een lijst (elk element begint met '- '), niet "
                    + Knoop.soort(knoop));
            return null;
        }
        List<Sectie> secties = new ArrayList<>();
        for (int i = 0; i < lijst.items().size(); i++) {
            Knoop item = lijst.items().get(i);
            String itemPad = pad(sleutel) + "[" + (i + 1) + "]";
            if (item instanceof Knoop.Tabel sub) {
                secties.add(new Sectie(lezing, itemPad, sub, sub.plek()));
            } else {
                lezing.fout(item.plek(), itemPad + ": verwacht een tabel met sleutels, niet " + Knoop.soort(item));
            }
        }
        return secties;
    }

    String tekst(String sleutel, boolean verplicht) {
        Knoop.Waarde waarde = waarde(sleutel, verplicht, "tekst");
        if (waarde == null) {
            return null;
        }
        String tekst = waarde.tekst().strip();
        if (tekst.isEmpty()) {
            if (verplicht) {
                fout(sleutel, waarde, "mag niet leeg zijn");
            }
            return null;
        }
        return tekst;
    }

    Path bestand(String sleutel, boolean verplicht) {
        String tekst = tekst(sleutel, verplicht);
        if (tekst == null) {
            return null;
        }
        try {
            // relative paths are relative to the working directory, as staff type them in a shell
            return Path.of(tekst).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            lezing.fout(plekVan(sleutel), pad(sleutel) + " = " + kort(tekst) + ": geen geldig pad");
            return null;
        }
    }

    BigDecimal getal(String sleutel, boolean verplicht) {
        Knoop.Waarde waarde = waarde(sleutel, verplicht, "getal");
        if (waarde == null) {
            return null;
        }
        String tekst = waarde.tekst().strip();
        if (!GETAL.matcher(tekst).matches() || tekst.isEmpty() || tekst.matches("[+-]?")) {
            String hint = tekst.contains(",") ? " (gebruik een punt als decimaalteken, zonder duizendtallen)"
                    : tekst.endsWith("%") ? " (schrijf een percentage als breuk: 0.041 = 4,1%)" : "";
            fout(sleutel, waarde, "verwacht een getal" + hint);
            return null;
        }
        return new BigDecimal(tekst.replace("_", ""));
    }

    /** A percentage written as a fraction, 0 to 0.20 inclusive. */
    BigDecimal pct(String sleutel, boolean verplicht) {
        BigDecimal pct = getal(sleutel, verplicht);
        if (pct != null && (pct.signum() < 0 || pct.compareTo(TWINTIG_PROCENT) > 0)) {
            fout(sleutel, pct, "ligt buiten 0 tot 0.20 (0% tot 20%); schrijf een percentage als breuk: 0.041 = 4,1%");
            return null;
        }
        return pct;
    }

    /** A fraction 0 to 1 inclusive. */
    BigDecimal breuk(String sleutel, boolean verplicht) {
        BigDecimal breuk = getal(sleutel, verplicht);
        if (breuk != null && (breuk.signum() < 0 || breuk.compareTo(BigDecimal.ONE) > 0)) {
            fout(sleutel, breuk, "ligt buiten 0 tot 1; schrijf een fractie: 0.01 = 1%");
            return null;
        }
        return breuk;
    }

    /** An amount in euro, zero or more. */
    BigDecimal bedrag(String sleutel, boolean verplicht) {
        BigDecimal bedrag = getal(sleutel, verplicht);
        if (bedrag != null && bedrag.signum() < 0) {
            fout(sleutel, bedrag, "mag niet negatief zijn");
            return null;
        }
        return bedrag;
    }

    Integer geheel(String sleutel, boolean verplicht, int min, int max) {
        BigDecimal getal = getal(sleutel, verplicht);
        if (getal == null) {
            return null;
        }
        BigDecimal geheel = getal.stripTrailingZeros();
        if (geheel.scale() > 0) {
            fout(sleutel, getal, "verwacht een geheel getal");
            return null;
        }
        if (geheel.compareTo(BigDecimal.valueOf(min)) < 0 || geheel.compareTo(BigDecimal.valueOf(max)) > 0) {
            fout(sleutel, getal, "ligt buiten " + min + " tot " + max);
            return null;
        }
        return geheel.intValueExact();
    }

    Boolean janee(String sleutel, boolean verplicht) {
        Knoop.Waarde waarde = waarde(sleutel, verplicht, "true of false");
        if (waarde == null) {
            return null;
        }
        return switch (waarde.tekst().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "ja" -> true;
            case "false", "no", "off", "nee" -> false;
            default -> {
                fout(sleutel, waarde, "verwacht true of false");
                yield null;
            }
        };
    }

    LocalDate datum(String sleutel, boolean verplicht) {
        Knoop.Waarde waarde = waarde(sleutel, verplicht, "datum");
        if (waarde == null) {
            return null;
        }
        try {
            return LocalDate.parse(waarde.tekst().strip());
        } catch (DateTimeParseException e) {
            fout(sleutel, waarde, "verwacht een datum JJJJ-MM-DD");
            return null;
        }
    }

    /** One of a fixed set of words, as written in the YAML (case-insensitive). */
    <E> E keuze(String sleutel, boolean verplicht, Map<String, E> woorden) {
        Knoop.Waarde waarde = waarde(sleutel, verplicht, "keuze");
        if (waarde == null) {
            return null;
        }
        E gekozen = woorden.get(waarde.tekst().strip().toLowerCase(Locale.ROOT));
        if (gekozen == null) {
            fout(sleutel, waarde, "verwacht een van: " + String.join(", ", woorden.keySet()));
        }
        return gekozen;
    }

    /** Reports every key that was not asked for. */
    void sluit() {
        if (tabel == null) {
            return;
        }
        tabel.sleutelplekken().forEach((sleutel, plek) -> {
            if (!gevraagd.contains(sleutel)) {
                String suggestie = lijktOp(sleutel);
                lezing.fout(plek, "onbekende sleutel " + pad(sleutel)
                        + (suggestie == null ? "" : "; bedoelt u " + pad(suggestie) + "?"));
            }
        });
    }

    /** Records a problem with a key of this section, at its value's line. */
    void fout(String sleutel, String tekst) {
        lezing.fout(plekVan(sleutel), pad(sleutel) + ": " + tekst);
    }

    Plek plekVan(String sleutel) {
        if (tabel == null) {
            return Plek.OPDRACHTREGEL;
        }
        Knoop knoop = tabel.velden().get(sleutel);
        return knoop != null ? knoop.plek() : tabel.plek();
    }

    private Knoop knoop(String sleutel, boolean verplicht) {
        gevraagd.add(sleutel);
        if (tabel == null) {
            return null;
        }
        Knoop knoop = tabel.velden().get(sleutel);
        if (knoop == null || knoop instanceof Knoop.Waarde w && w.tekst() == null) {
            if (verplicht) {
                Plek plek = knoop != null ? knoop.plek() : sleutelplek != null ? sleutelplek : tabel.plek();
                lezing.fout(plek, (knoop == null ? "ontbrekende sleutel " : "ontbrekende waarde voor ") + pad(sleutel));
            }
            return null;
        }
        lezing.onthoud(pad(sleutel), knoop.plek());
        return knoop;
    }

    private Knoop.Waarde waarde(String sleutel, boolean verplicht, String verwacht) {
        Knoop knoop = knoop(sleutel, verplicht);
        if (knoop == null) {
            return null;
        }
        if (knoop instanceof Knoop.Waarde waarde) {
            return waarde;
        }
        lezing.fout(knoop.plek(), pad(sleutel) + ": verwacht een " + verwacht + ", niet " + Knoop.soort(knoop));
        return null;
    }

    private void fout(String sleutel, Knoop.Waarde waarde, String tekst) {
        lezing.fout(waarde.plek(), pad(sleutel) + " = " + kort(waarde.tekst().strip()) + ": " + tekst);
    }

    private void fout(String sleutel, BigDecimal waarde, String tekst) {
        lezing.fout(plekVan(sleutel), pad(sleutel) + " = " + waarde.toPlainString() + " " + tekst);
    }

    private static String kort(String tekst) {
        String eenRegel = tekst.replaceAll("\\s+", " ");
        return eenRegel.length() <= 40 ? eenRegel : eenRegel.substring(0, 37) + "...";
    }

    /** The known key closest to a misspelt one, when it is close enough to be a typo. */
    private String lijktOp(String sleutel) {
        return gevraagd.stream()
                .filter(bekend -> afstand(sleutel, bekend) <= Math.max(2, bekend.length() / 4))
                .min(Comparator.comparingInt(bekend -> afstand(sleutel, bekend)))
                .orElse(null);
    }

    private static int afstand(String a, String b) {
        int[] vorige = new int[b.length() + 1];
        int[] huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            vorige[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int kosten = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + kosten);
            }
            int[] wissel = vorige;
            vorige = huidige;
            huidige = wissel;
        }
        return vorige[b.length()];
    }
}

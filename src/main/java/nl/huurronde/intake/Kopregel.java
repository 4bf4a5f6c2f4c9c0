package nl.huurronde.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of an extract: delimiter, column names (trimmed, lower case) and the checks of inputs.md
 * that fail the whole run (missing or duplicate column).
 *
 * @param kolommen      per field position the lower-case name, or null for a column without a name
 * @param volgendeRegel the physical line after the header, where the data starts
 */
record Kopregel(char scheiding, List<String> kolommen, List<String> onbekendeKolommen, long volgendeRegel) {

    /** More than enough for any real header, small enough that a broken file cannot fill memory. */
    private static final int MAX_LENGTE = 64 * 1024;

    /**
     * Reads the header from the start of the file (leading blank lines skipped). The delimiter is the one
     * of {@code ,} and {@code ;} that occurs most outside quotes; a tie (also none at all) means a comma.
     */
    static Kopregel lees(TekenBron bron, Bestandsoort soort) throws IOException, InvoerFout {
        long regel = 1;
        long start = 1;
        StringBuilder ruw = new StringBuilder();
        boolean inAanhaling = false;
        boolean veldBegin = true;
        int komma = 0;
        int puntkomma = 0;
        while (true) {
            int c = bron.lees();
            if (c < 0) {
                if (inAanhaling) {
                    throw new Ontleder.OpenAanhalingsteken(start);
                }
                break;
            }
            if (ruw.length() >= MAX_LENGTE) {
                throw new InvoerFout(soort.naam() + " regel " + start + ": kopregel is te lang");
            }
            if (inAanhaling) {
                if (c == '"') {
                    inAanhaling = bron.kijk() == '"';
                    if (inAanhaling) {
                        ruw.append((char) bron.lees());
                    }
                } else if (c == '\n') {
                    regel++;
                }
                ruw.append((char) c);
                continue;
            }
            if (c == '\n') {
                regel++;
                if (!ruw.toString().isBlank()) {
                    break;
                }
                ruw.setLength(0);
                start = regel;
                continue;
            }
            // same quoting rule as the Ontleder: a quote opens only at the start of a field
            if (c == '"' && veldBegin) {
                inAanhaling = true;
            }
            if (c == ',' || c == ';') {
                komma += c == ',' ? 1 : 0;
                puntkomma += c == ';' ? 1 : 0;
                veldBegin = true;
            } else if (c != ' ') {
                veldBegin = false;
            }
            ruw.append((char) c);
        }
        if (ruw.toString().isBlank()) {
            throw new InvoerFout(soort.naam() + ": bestand is leeg (geen kopregel)");
        }
        char scheiding = puntkomma > komma ? ';' : ',';
        Ontleder.Ruw kop = new Ontleder(TekenBron.van(ruw), scheiding, Integer.MAX_VALUE, start).volgende();
        // a header of only separators has no names: every required column is then reported missing
        return maak(soort, scheiding, kop == null ? List.of() : kop.velden(), regel);
    }

    private static Kopregel maak(Bestandsoort soort, char scheiding, List<String> namen, long volgendeRegel)
            throws InvoerFout {
        List<String> kolommen = new ArrayList<>();
        List<String> onbekend = new ArrayList<>();
        Map<String, Integer> gezien = new HashMap<>();
        String dubbel = null;
        for (String naam : namen) {
            String schoon = naam.strip();
            if (schoon.isEmpty()) {
                kolommen.add(null); // e.g. a trailing delimiter in a spreadsheet export
                continue;
            }
            String sleutel = schoon.toLowerCase(Locale.ROOT);
            Integer eerder = gezien.putIfAbsent(sleutel, kolommen.size() + 1);
            if (eerder != null && dubbel == null) {
                // a known name is safe to show; an unknown one might be data of a file without header
                dubbel = soort.bekendeKolommen().contains(sleutel)
                        ? "kolom '" + sleutel + "' staat meer dan eens in de kopregel"
                        : "kolommen " + eerder + " en " + (kolommen.size() + 1) + " hebben dezelfde naam";
            }
            kolommen.add(sleutel);
            if (!soort.bekendeKolommen().contains(sleutel)) {
                onbekend.add(Waarden.veilig(schoon, 80));
            }
        }
        // missing columns first: a file without header then fails without showing its first row
        List<String> ontbrekend = soort.verplichteKolommen().stream().filter(k -> !gezien.containsKey(k)).toList();
        if (ontbrekend.size() == 1) {
            throw new InvoerFout(soort.naam() + ": verplichte kolom '" + ontbrekend.get(0) + "' ontbreekt");
        }
        if (!ontbrekend.isEmpty()) {
            throw new InvoerFout(soort.naam() + ": verplichte kolommen '" + String.join("', '", ontbrekend)
                    + "' ontbreken");
        }
        if (dubbel != null) {
            throw new InvoerFout(soort.naam() + ": " + dubbel);
        }
        return new Kopregel(scheiding, Collections.unmodifiableList(kolommen), List.copyOf(onbekend), volgendeRegel);
    }

    int aantalKolommen() {
        return kolommen.size();
    }

    /** Lower-case column name to its position; columns without a name are left out. */
    Map<String, Integer> posities() {
        Map<String, Integer> posities = new HashMap<>();
        for (int i = 0; i < kolommen.size(); i++) {
            if (kolommen.get(i) != null) {
                posities.put(kolommen.get(i), i);
            }
        }
        return posities;
    }
}

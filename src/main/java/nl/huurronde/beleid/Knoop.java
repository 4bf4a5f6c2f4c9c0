package nl.huurronde.beleid;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The YAML document as a small tree that keeps where every key and value stood. Overrides
 * from the command line are applied to this tree, so they are validated exactly like the file.
 */
sealed interface Knoop {

    Plek plek();

    /** A scalar, as written (no YAML type guessing); {@code tekst} is null for an empty value. */
    record Waarde(String tekst, Plek plek) implements Knoop {}

    record Lijst(List<Knoop> items, Plek plek) implements Knoop {}

    /** A mapping; insertion order is file order. Both maps are mutable while overrides apply. */
    record Tabel(LinkedHashMap<String, Knoop> velden, LinkedHashMap<String, Plek> sleutelplekken, Plek plek)
            implements Knoop {

        static Tabel leeg(Plek plek) {
            return new Tabel(new LinkedHashMap<>(), new LinkedHashMap<>(), plek);
        }

        void zet(String sleutel, Knoop waarde, Plek sleutelplek) {
            velden.put(sleutel, waarde);
            sleutelplekken.put(sleutel, sleutelplek);
        }

        void verwijder(String sleutel) {
            velden.remove(sleutel);
            sleutelplekken.remove(sleutel);
        }
    }

    static String soort(Knoop knoop) {
        return switch (knoop) {
            case Waarde w -> "een waarde";
            case Lijst l -> "een lijst";
            case Tabel t -> "een tabel";
        };
    }
}

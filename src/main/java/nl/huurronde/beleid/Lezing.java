package nl.huurronde.beleid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a YAML tree: collects every problem (so staff see them all at once) and
 * remembers where each key's value stood, for the law check's messages.
 */
final class Lezing {

    private record Fout(Plek plek, int volgorde, String tekst) {}

    private static final Comparator<Fout> FILE_ORDER = Comparator
            .comparing((Fout f) -> f.plek() != null && f.plek().opdrachtregel())
            .thenComparingInt(f -> f.plek() == null ? 0 : f.plek().regel())
            .thenComparingInt(Fout::volgorde);

    private final List<Fout> fouten = new ArrayList<>();
    private final Map<String, Plek> plekken = new HashMap<>();

    /** Records a problem; {@code plek} may be null for a value that was not written anywhere. */
    void fout(Plek plek, String tekst) {
        fouten.add(new Fout(plek, fouten.size(), tekst + (plek == null ? "" : plek.achtervoegsel())));
    }

    void onthoud(String pad, Plek plek) {
        plekken.put(pad, plek);
    }

    /** Where the value of a key path stood, or null when it came from a default. */
    Plek plek(String pad) {
        return plekken.get(pad);
    }

    /** The location suffix of a key path's value, empty when it was not written anywhere. */
    String achtervoegsel(String pad) {
        Plek plek = plekken.get(pad);
        return plek == null ? "" : plek.achtervoegsel();
    }

    boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    void gooiAlsFout() throws BeleidFout {
        if (heeftFouten()) {
            throw new BeleidFout(fouten.stream().sorted(FILE_ORDER).map(Fout::tekst).toList());
        }
    }
}

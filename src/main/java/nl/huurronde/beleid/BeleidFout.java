package nl.huurronde.beleid;

import java.util.List;

/**
 * A job file or command-line override that cannot be used: wrong YAML, an unknown or missing
 * key, a wrong type, or a figure above the law of the round's year. The message is one Dutch
 * line that names the key (and the file and line when known); {@link #fouten()} lists every
 * problem found, so staff can fix them all in one go.
 */
public class BeleidFout extends Exception {

    private static final int MAX_IN_BERICHT = 5;

    private final List<String> fouten;

    public BeleidFout(String fout) {
        this(List.of(fout));
    }

    public BeleidFout(List<String> fouten) {
        super(bericht(fouten));
        this.fouten = List.copyOf(fouten);
    }

    /** Every problem found, in file order; the first one is the message's start. */
    public List<String> fouten() {
        return fouten;
    }

    private static String bericht(List<String> fouten) {
        if (fouten.isEmpty()) {
            throw new IllegalArgumentException("BeleidFout zonder fout");
        }
        if (fouten.size() == 1) {
            return fouten.getFirst();
        }
        StringBuilder bericht = new StringBuilder(fouten.size() + " fouten: ");
        bericht.append(String.join("; ", fouten.subList(0, Math.min(MAX_IN_BERICHT, fouten.size()))));
        if (fouten.size() > MAX_IN_BERICHT) {
            bericht.append("; en nog ").append(fouten.size() - MAX_IN_BERICHT).append(" andere");
        }
        return bericht.toString();
    }
}

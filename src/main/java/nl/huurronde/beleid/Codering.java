package nl.huurronde.beleid;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The character encoding of an input extract (job file {@code invoer.encoding}, {@code --encoding}).
 * Only encodings a Dutch ERP or Excel really writes: windows-1252 is what Excel's "CSV (puntkomma)"
 * export gives on a Dutch Windows. ISO-8859-1 is left out on purpose: for every printable character it
 * equals windows-1252, which also has € and the curly quotes, so offering both would only invite a guess.
 */
public enum Codering {
    UTF_8("utf-8", StandardCharsets.UTF_8),
    WINDOWS_1252("windows-1252", Charset.forName("windows-1252")),
    ISO_8859_15("iso-8859-15", Charset.forName("ISO-8859-15"));

    private final String woord;
    private final Charset tekenset;

    Codering(String woord, Charset tekenset) {
        this.woord = woord;
        this.tekenset = tekenset;
    }

    /** As written in the job file and on the command line. */
    public String woord() {
        return woord;
    }

    public Charset tekenset() {
        return tekenset;
    }

    /** The encoding named by a word (case-insensitive), or null when it is not one of ours. */
    public static Codering van(String woord) {
        String schoon = woord == null ? "" : woord.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.woord.equals(schoon)).findFirst().orElse(null);
    }

    /** The allowed words, for an error message: "utf-8, windows-1252, iso-8859-15". */
    public static String woorden() {
        return Arrays.stream(values()).map(Codering::woord).collect(Collectors.joining(", "));
    }
}

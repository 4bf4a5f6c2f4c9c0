package nl.huurronde.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 record parser over a {@link TekenBron}: {@code "} starts a quoted field only at the start of
 * a field (spaces before it are allowed), {@code ""} inside quotes is one quote, a backslash is an
 * ordinary char. LF or CRLF ends a record outside quotes; a lone CR is an ordinary char. Blank lines
 * (nothing but spaces or tabs) are skipped, and so are records whose fields are all empty or spaces:
 * Excel exports rows it once touched as {@code ;;;;}, which are no data, so they are not read (and
 * cannot count as rejections). The pre-check and the reader both parse here, so they agree. Each field
 * keeps at most {@link #MAX_VELD} chars and at most {@code maxVelden} fields are kept (the rest are only
 * counted), so neither a 10 MB field nor a quote that swallows the file can exhaust memory.
 */
final class Ontleder {

    /** A field longer than this is cut off; it is then far over every limit of the checks (200). */
    static final int MAX_VELD = 4096;

    /** A quote still open at the end of the file. */
    static final class OpenAanhalingsteken extends IOException {
        final long regel;

        OpenAanhalingsteken(long regel) {
            super("aanhalingsteken niet gesloten");
            this.regel = regel;
        }
    }

    /** A parsed record: its start line, the kept fields and the real number of fields. */
    record Ruw(long regel, List<String> velden, int aantalVelden) {}

    private final TekenBron bron;
    private final char scheiding;
    private final int maxVelden;
    private long regel;

    Ontleder(TekenBron bron, char scheiding, int maxVelden, long eersteRegel) {
        this.bron = bron;
        this.scheiding = scheiding;
        this.maxVelden = maxVelden;
        this.regel = eersteRegel;
    }

    /** The line the next record would start on. */
    long regel() {
        return regel;
    }

    /** The next record with a non-empty field, or null at the end. */
    Ruw volgende() throws IOException {
        while (true) {
            long start = regel;
            List<String> velden = new ArrayList<>();
            int aantal = 0;
            StringBuilder veld = new StringBuilder();
            int veldLengte = 0;
            boolean ietsGelezen = false;
            boolean inAanhaling = false;
            boolean geciteerd = false;
            boolean alleenWit = true; // every field so far empty or spaces/tabs
            while (true) {
                int c = bron.lees();
                if (c < 0) {
                    if (inAanhaling) {
                        throw new OpenAanhalingsteken(start);
                    }
                    if (!ietsGelezen) {
                        return null;
                    }
                    break;
                }
                ietsGelezen = true;
                if (inAanhaling) {
                    if (c == '"') {
                        if (bron.kijk() == '"') {
                            bron.lees();
                            veldLengte = voegToe(veld, veldLengte, '"');
                            alleenWit = false;
                        } else {
                            inAanhaling = false;
                        }
                    } else {
                        if (c == '\n') {
                            regel++;
                        }
                        alleenWit &= isWit(c);
                        veldLengte = voegToe(veld, veldLengte, (char) c);
                    }
                    continue;
                }
                if (c == '\n') {
                    regel++;
                    break;
                }
                if (c == '\r' && bron.kijk() == '\n') {
                    continue;
                }
                if (c == scheiding) {
                    if (aantal < maxVelden) {
                        velden.add(veld.toString());
                    }
                    aantal++;
                    veld.setLength(0);
                    veldLengte = 0;
                    geciteerd = false;
                    continue;
                }
                if (c == '"' && !geciteerd && veldLengte == veld.length() && isAlleenSpaties(veld)) {
                    veld.setLength(0);
                    veldLengte = 0;
                    inAanhaling = true;
                    geciteerd = true;
                    continue;
                }
                alleenWit &= isWit(c);
                veldLengte = voegToe(veld, veldLengte, (char) c);
            }
            if (alleenWit) {
                continue; // a blank line, or only separators, is no record
            }
            if (aantal < maxVelden) {
                velden.add(veld.toString());
            }
            aantal++;
            return new Ruw(start, velden, aantal);
        }
    }

    private static int voegToe(StringBuilder veld, int lengte, char c) {
        if (lengte < MAX_VELD) {
            veld.append(c);
        }
        return lengte + 1;
    }

    private static boolean isWit(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isAlleenSpaties(StringBuilder veld) {
        for (int i = 0; i < veld.length(); i++) {
            if (veld.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}

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
 *
 * <p>The chars come in blocks into a buffer of its own; a run of ordinary chars (the bulk of every
 * field) is found by scanning that buffer and appended in one go. The special chars (quote, separator,
 * CR, LF) go one by one through the same rules as before, so scanning changes no outcome.
 */
final class Ontleder {

    /** A field longer than this is cut off; it is then far over every limit of the checks (200). */
    static final int MAX_VELD = 4096;

    private static final int BUFFER = 16 * 1024;

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
    private final char[] buffer = new char[BUFFER];
    private int positie;
    private int einde;
    private boolean bronOp;
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
            List<String> velden = new ArrayList<>(Math.min(maxVelden, 32));
            int aantal = 0;
            StringBuilder veld = new StringBuilder();
            int veldLengte = 0;
            boolean ietsGelezen = false;
            boolean inAanhaling = false;
            boolean geciteerd = false;
            boolean alleenWit = true; // every field so far empty or spaces/tabs
            while (true) {
                if (positie == einde && !vul()) {
                    if (inAanhaling) {
                        throw new OpenAanhalingsteken(start);
                    }
                    if (!ietsGelezen) {
                        return null;
                    }
                    break;
                }
                ietsGelezen = true;
                int run = inAanhaling ? gewoonInAanhaling() : gewoon();
                if (run > 0) {
                    alleenWit &= isWit(positie, run);
                    veldLengte = voegToe(veld, veldLengte, run);
                    continue;
                }
                char c = buffer[positie++];
                if (inAanhaling) {
                    if (c == '"') {
                        if (kijk() == '"') {
                            positie++;
                            veldLengte = voegToe(veld, veldLengte, '"');
                            alleenWit = false;
                        } else {
                            inAanhaling = false;
                        }
                    } else { // LF: a line break inside the field
                        regel++;
                        veldLengte = voegToe(veld, veldLengte, c);
                        alleenWit = false;
                    }
                    continue;
                }
                if (c == '\n') {
                    regel++;
                    break;
                }
                if (c == '\r') {
                    if (kijk() != '\n') { // a lone CR is an ordinary char
                        veldLengte = voegToe(veld, veldLengte, c);
                        alleenWit = false;
                    }
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
                // a quote: it opens a quoted field only at the field's start (after spaces at most)
                if (!geciteerd && veldLengte == veld.length() && isAlleenSpaties(veld)) {
                    veld.setLength(0);
                    veldLengte = 0;
                    inAanhaling = true;
                    geciteerd = true;
                    continue;
                }
                alleenWit = false;
                veldLengte = voegToe(veld, veldLengte, c);
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

    /** The length of the run of ordinary chars at the position, outside quotes; 0 at a special char. */
    private int gewoon() {
        int i = positie;
        while (i < einde) {
            char c = buffer[i];
            if (c == scheiding || c == '"' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        return i - positie;
    }

    /** The same inside quotes, where only a quote and a line break (counted) are special. */
    private int gewoonInAanhaling() {
        int i = positie;
        while (i < einde) {
            char c = buffer[i];
            if (c == '"' || c == '\n') {
                break;
            }
            i++;
        }
        return i - positie;
    }

    /** The next char without consuming it, or -1 at the end; refills the buffer when it is used up. */
    private int kijk() throws IOException {
        return positie < einde || vul() ? buffer[positie] : -1;
    }

    /** The next block of chars; false at the end. An error of the source comes after the chars before it. */
    private boolean vul() throws IOException {
        if (bronOp) {
            return false;
        }
        int gelezen = bron.lees(buffer, 0, buffer.length);
        if (gelezen < 0) {
            bronOp = true;
            return false;
        }
        positie = 0;
        einde = gelezen;
        return true;
    }

    /** Appends the run at the position (as far as the field keeps chars) and consumes it. */
    private int voegToe(StringBuilder veld, int lengte, int run) {
        if (lengte < MAX_VELD) {
            veld.append(buffer, positie, Math.min(run, MAX_VELD - lengte));
        }
        positie += run;
        return lengte + run;
    }

    private static int voegToe(StringBuilder veld, int lengte, char c) {
        if (lengte < MAX_VELD) {
            veld.append(c);
        }
        return lengte + 1;
    }

    private boolean isWit(int van, int lengte) {
        for (int i = van; i < van + lengte; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
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

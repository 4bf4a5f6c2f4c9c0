package nl.huurronde.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A stream of chars with one char look-ahead, for the header, and in blocks, for the record parser. A
 * decoding error, once thrown, is thrown again by every later call: so a block can end at the last good
 * char and the error still comes when the parser gets there, with the line it was on.
 */
interface TekenBron {

    /** The next char, or -1 at the end. */
    int lees() throws IOException;

    /** The next char without consuming it, or -1 at the end. */
    int kijk() throws IOException;

    /**
     * Up to {@code lengte} chars into {@code doel} from {@code van}: how many, at least one, or -1 at the
     * end. Throws only when the very next char cannot be decoded; a bad char later ends the block.
     */
    default int lees(char[] doel, int van, int lengte) throws IOException {
        int c = lees();
        if (c < 0) {
            return -1;
        }
        doel[van] = (char) c;
        int aantal = 1;
        try {
            while (aantal < lengte && kijk() >= 0) {
                doel[van + aantal++] = (char) lees();
            }
        } catch (IOException e) {
            // thrown again at the next call, after the parser has had the chars before it
        }
        return aantal;
    }

    /**
     * The one place where the bytes of an input become chars, in the input's encoding and strict: every
     * reader of an extract (pre-check, intake, simulation, bezwaar) comes here. A BOM is dropped for
     * UTF-8 only; in a single-byte encoding it means the file is UTF-8 and is refused.
     */
    static TekenBron open(InputStream bytes, Charset tekenset) {
        return tekenset.equals(StandardCharsets.UTF_8) ? new Utf8Invoer(bytes) : new EenByteInvoer(bytes, tekenset);
    }

    /** Chars of a string already in memory (the header line). */
    static TekenBron van(CharSequence tekst) {
        return new TekenBron() {
            private int positie;

            @Override
            public int lees() {
                return positie < tekst.length() ? tekst.charAt(positie++) : -1;
            }

            @Override
            public int kijk() {
                return positie < tekst.length() ? tekst.charAt(positie) : -1;
            }
        };
    }
}

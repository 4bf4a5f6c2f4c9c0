package nl.huurronde.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A stream of chars with one char look-ahead, for the header, and in blocks, for the record parser. */
interface TekenBron {

    /** The next char, or -1 at the end. */
    int lees() throws IOException;

    /** The next char without consuming it, or -1 at the end. */
    int kijk() throws IOException;

    /**
     * Up to {@code lengte} chars into {@code doel} from {@code van}: how many, at least one, or -1 at the
     * end. A block ends before a char that cannot be decoded; the next call throws its error, so the
     * parser has had every good char before it and the error names the line it is on.
     */
    int lees(char[] doel, int van, int lengte) throws IOException;

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

            @Override
            public int lees(char[] doel, int van, int lengte) {
                if (positie >= tekst.length()) {
                    return -1;
                }
                int aantal = Math.min(lengte, tekst.length() - positie);
                for (int i = 0; i < aantal; i++) {
                    doel[van + i] = tekst.charAt(positie++);
                }
                return aantal;
            }
        };
    }
}

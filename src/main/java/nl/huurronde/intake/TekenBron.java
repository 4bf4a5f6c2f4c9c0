package nl.huurronde.intake;

import java.io.IOException;

/** A stream of chars with one char look-ahead, for the record parser. */
interface TekenBron {

    /** The next char, or -1 at the end. */
    int lees() throws IOException;

    /** The next char without consuming it, or -1 at the end. */
    int kijk() throws IOException;

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

package nl.huurronde.genereer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * One CSV file being written, row by row, into a byte buffer that it encodes as UTF-8 itself (no
 * CSV library and no Writer per row: at a million contracts those cost most of the time). Quotes per RFC 4180 when a value
 * needs it, and now and then when it does not, as real exports do.
 */
final class Tabel implements Closeable {

    private static final String[] OPMERKINGEN = {
            "", "", "", "", "sleutel bij buren", "zie dossier, nr 12", "energielabel B", "\"let op\": hond",
            "huismeester: dhr. Smit", "dakgoot 2019"};

    private final OutputStream uit;
    private final byte[] buffer = new byte[1 << 16];
    private int gevuld;
    private final String[] kolommen;
    private final Dialect dialect;
    private final SplittableRandom rng;
    private final String regeleinde;
    private final StringBuilder regel = new StringBuilder(256);
    private int rijen;

    Tabel(Path pad, String[] kolommen, Dialect dialect, SplittableRandom rng) throws IOException {
        this.uit = Files.newOutputStream(pad);
        this.kolommen = kolommen;
        this.dialect = dialect;
        this.rng = rng;
        this.regeleinde = dialect.regeleinde();
        if (dialect.bom()) {
            schrijf("\uFEFF");
        }
        String[] kop = new String[kolommen.length];
        for (int i = 0; i < kolommen.length; i++) {
            // header names are matched case-insensitively with spaces ignored: vary them a little
            kop[i] = dialect.kopMengen() && rng.nextInt(8) == 0 ? kolommen[i].toUpperCase() : kolommen[i];
        }
        schrijfRegel(kop, dialect.extraKolom(), false);
    }

    /** Writes one record; {@code waarden} in canonical column order. */
    void rij(String[] waarden) throws IOException {
        String extra = dialect.extraKolom() == null ? null : OPMERKINGEN[rng.nextInt(OPMERKINGEN.length)];
        schrijfRegel(waarden, extra, dialect.mengen());
        rijen++;
    }

    /** Writes a line as given (a golden example row copied verbatim). */
    void letterlijk(String regelTekst) throws IOException {
        regel.setLength(0);
        regel.append(regelTekst).append(regeleinde);
        schrijf(regel);
        rijen++;
    }

    int rijen() {
        return rijen;
    }

    Dialect dialect() {
        return dialect;
    }

    private void schrijfRegel(String[] waarden, String extra, boolean varieer) throws IOException {
        regel.setLength(0);
        int[] volgorde = dialect.volgorde();
        int extraPositie = extra == null ? -1 : Math.min(3, volgorde.length);
        for (int p = 0; p < volgorde.length; p++) {
            if (p == extraPositie) {
                veld(extra, varieer);
                regel.append(dialect.scheidingsteken());
            }
            veld(waarden[volgorde[p]], varieer);
            if (p < volgorde.length - 1) {
                regel.append(dialect.scheidingsteken());
            }
        }
        regel.append(regeleinde);
        schrijf(regel);
    }

    /** UTF-8 by hand: nearly every character is ASCII, one byte, no encoder call. */
    private void schrijf(CharSequence tekst) throws IOException {
        int lengte = tekst.length();
        if (gevuld + 4 * lengte > buffer.length) {
            legen();
        }
        for (int i = 0; i < lengte; i++) {
            char c = tekst.charAt(i);
            if (c < 0x80) {
                buffer[gevuld++] = (byte) c;
            } else if (c < 0x800) {
                buffer[gevuld++] = (byte) (0xC0 | (c >> 6));
                buffer[gevuld++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < lengte) {
                int cp = Character.toCodePoint(c, tekst.charAt(++i));
                buffer[gevuld++] = (byte) (0xF0 | (cp >> 18));
                buffer[gevuld++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[gevuld++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[gevuld++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                buffer[gevuld++] = (byte) (0xE0 | (c >> 12));
                buffer[gevuld++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[gevuld++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void legen() throws IOException {
        uit.write(buffer, 0, gevuld);
        gevuld = 0;
    }

    private void veld(String waarde, boolean varieer) {
        if (waarde == null || waarde.isEmpty()) {
            return;
        }
        int r = varieer ? rng.nextInt(120) : 119;
        if (r < 3 || moetQuoten(waarde)) {
            regel.append('"');
            if (waarde.indexOf('"') < 0) {
                regel.append(waarde);
            } else {
                regel.append(waarde.replace("\"", "\"\""));
            }
            regel.append('"');
        } else if (r < 5) {
            // surrounding spaces are trimmed by the reader
            regel.append(' ').append(waarde).append(' ');
        } else {
            regel.append(waarde);
        }
    }

    private boolean moetQuoten(String waarde) {
        return waarde.indexOf(dialect.scheidingsteken()) >= 0 || waarde.indexOf('"') >= 0
                || waarde.indexOf('\n') >= 0 || waarde.indexOf('\r') >= 0
                || waarde.charAt(0) == ' ' || waarde.charAt(waarde.length() - 1) == ' ';
    }

    @Override
    public void close() throws IOException {
        try (uit) {
            legen();
        }
    }
}

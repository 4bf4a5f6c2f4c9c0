package nl.huurronde.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Strict decoding of a single-byte encoding (windows-1252, ISO-8859-15) through a table of its 256
 * bytes. A byte the encoding leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in windows-1252) or maps to
 * a C1 control (0x80–0x9F in ISO-8859-15: such a file is really windows-1252) fails with its line, after
 * the chars before it. Almost any byte string decodes in such an encoding, so a UTF-8 file would pass
 * with "Ã«" in every name: a UTF-8 byte-order mark fails at once, and a file that is valid UTF-8 with
 * non-ASCII characters fails at its end (the pre-check reads every file to the end before anything is
 * written).
 */
final class EenByteInvoer implements TekenBron {

    /** A byte that is no character in the encoding; {@code regel} is its physical line. */
    static final class OngeldigeByte extends IOException {
        final long regel;
        final int bytewaarde;
        final Charset tekenset;

        OngeldigeByte(long regel, int bytewaarde, Charset tekenset) {
            super("ongeldige " + tekenset.name());
            this.regel = regel;
            this.bytewaarde = bytewaarde;
            this.tekenset = tekenset;
        }
    }

    /** The file is UTF-8; {@code regel} is the line of its first non-ASCII character (1 for a BOM). */
    static final class EigenlijkUtf8 extends IOException {
        final long regel;
        final Charset tekenset;

        EigenlijkUtf8(long regel, Charset tekenset) {
            super("UTF-8 in plaats van " + tekenset.name());
            this.regel = regel;
            this.tekenset = tekenset;
        }
    }

    private static final int GEEN = -2;
    private static final int ONGELDIG = -1;

    private final InputStream invoer;
    private final Charset tekenset;
    private final int[] tabel;
    private final byte[] buffer = new byte[16 * 1024];
    private final Utf8Spoor utf8 = new Utf8Spoor();
    private int positie;
    private int einde;
    private boolean begonnen;
    private int volgende = GEEN;
    private long regel = 1;

    EenByteInvoer(InputStream invoer, Charset tekenset) {
        this.invoer = invoer;
        this.tekenset = tekenset;
        this.tabel = tabel(tekenset);
    }

    @Override
    public int lees() throws IOException {
        int c = kijk();
        volgende = GEEN;
        if (c == '\n') {
            regel++;
        }
        return c;
    }

    @Override
    public int kijk() throws IOException {
        if (volgende == GEEN) {
            volgende = decodeer();
        }
        return volgende;
    }

    /** Decodes straight from the byte buffer up to the first bad byte, which the next call reports. */
    @Override
    public int lees(char[] doel, int van, int lengte) throws IOException {
        int c = lees();
        if (c < 0) {
            return -1;
        }
        doel[van] = (char) c;
        int aantal = 1;
        while (aantal < lengte && positie < einde) {
            int b = buffer[positie] & 0xFF;
            int teken = tabel[b];
            if (teken == ONGELDIG) {
                break;
            }
            positie++;
            utf8.volg(b, regel);
            doel[van + aantal++] = (char) teken;
            if (teken == '\n') {
                regel++;
            }
        }
        return aantal;
    }

    private int decodeer() throws IOException {
        if (positie == einde && !vul()) {
            if (utf8.isUtf8()) {
                throw new EigenlijkUtf8(utf8.eersteRegel(), tekenset);
            }
            return -1;
        }
        int b = buffer[positie++] & 0xFF;
        utf8.volg(b, regel);
        int c = tabel[b];
        if (c == ONGELDIG) {
            throw new OngeldigeByte(regel, b, tekenset);
        }
        return c;
    }

    /** The next chunk of bytes; false at the end. The first chunk is checked for a UTF-8 byte-order mark. */
    private boolean vul() throws IOException {
        positie = 0;
        if (!begonnen) {
            begonnen = true;
            einde = invoer.readNBytes(buffer, 0, 3);
            if (einde == 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                throw new EigenlijkUtf8(1, tekenset);
            }
            return einde > 0;
        }
        einde = Math.max(0, invoer.read(buffer, 0, buffer.length));
        return einde > 0;
    }

    /** Per byte its char, or ONGELDIG for a byte that is no character or a C1 control. */
    private static int[] tabel(Charset tekenset) {
        if (tekenset.newEncoder().maxBytesPerChar() != 1) {
            throw new IllegalArgumentException(tekenset + " is geen encoding van één byte per teken");
        }
        CharsetDecoder decoder = tekenset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int[] tabel = new int[256];
        for (int b = 0; b < 256; b++) {
            try {
                char c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
                tabel[b] = c >= 0x80 && c <= 0x9F ? ONGELDIG : c;
            } catch (CharacterCodingException e) {
                tabel[b] = ONGELDIG;
            }
        }
        return tabel;
    }

    /** Follows whether the bytes so far are UTF-8 with at least one multi-byte character. */
    private static final class Utf8Spoor {
        private boolean geldig = true;
        private int nogTeGaan;
        private long eersteRegel;

        void volg(int b, long regel) {
            if (!geldig || (b < 0x80 && nogTeGaan == 0)) {
                return;
            }
            if (nogTeGaan > 0) {
                geldig = (b & 0xC0) == 0x80;
                nogTeGaan--;
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                nogTeGaan = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                nogTeGaan = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                nogTeGaan = 3;
            } else {
                geldig = false;
                return;
            }
            if (eersteRegel == 0) {
                eersteRegel = regel;
            }
        }

        boolean isUtf8() {
            return geldig && nogTeGaan == 0 && eersteRegel > 0;
        }

        long eersteRegel() {
            return eersteRegel;
        }
    }
}

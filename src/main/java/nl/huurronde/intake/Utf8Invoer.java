package nl.huurronde.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding with a byte-order mark dropped. Java's readers replace bad bytes silently and
 * an InputStreamReader throws before handing out the chars decoded just before the bad byte, so the
 * line of the error would be lost; this source hands out every good char first and then fails with
 * the line (counted in LF) and the value of the first bad byte.
 */
final class Utf8Invoer implements TekenBron {

    /** Invalid UTF-8; {@code regel} is the physical line holding the first bad byte. */
    static final class OngeldigeUtf8 extends IOException {
        final long regel;
        final int bytewaarde;

        OngeldigeUtf8(long regel, int bytewaarde) {
            super("ongeldige UTF-8");
            this.regel = regel;
            this.bytewaarde = bytewaarde;
        }
    }

    private static final int BUFFER = 16 * 1024;

    private final InputStream invoer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer tekens = CharBuffer.allocate(BUFFER).flip();
    private boolean eindeInvoer;
    private boolean klaar;
    private boolean begin = true;
    private int fouteByte = -1;
    private long regelsGeleverd = 1;

    Utf8Invoer(InputStream invoer) {
        this.invoer = invoer;
    }

    @Override
    public int lees() throws IOException {
        if (!begin && tekens.hasRemaining()) { // fast path: a char already decoded
            char c = tekens.get();
            if (c == '\n') {
                regelsGeleverd++;
            }
            return c;
        }
        int c = kijk();
        if (c >= 0) {
            tekens.get();
            if (c == '\n') {
                regelsGeleverd++;
            }
        }
        return c;
    }

    @Override
    public int lees(char[] doel, int van, int lengte) throws IOException {
        if (kijk() < 0) { // decodes the next chunk, drops a BOM, throws a pending error
            return -1;
        }
        int aantal = Math.min(lengte, tekens.remaining());
        tekens.get(doel, van, aantal);
        for (int i = van; i < van + aantal; i++) {
            if (doel[i] == '\n') {
                regelsGeleverd++;
            }
        }
        return aantal;
    }

    @Override
    public int kijk() throws IOException {
        while (!tekens.hasRemaining()) {
            if (fouteByte >= 0) {
                throw new OngeldigeUtf8(regelsGeleverd, fouteByte);
            }
            if (klaar) {
                return -1;
            }
            vul();
        }
        if (begin) {
            begin = false;
            if (tekens.get(tekens.position()) == '\uFEFF') {
                tekens.get();
                return kijk();
            }
        }
        return tekens.get(tekens.position());
    }

    /** Decodes the next chunk; stops at a bad byte, keeping the good chars before it. */
    private void vul() throws IOException {
        tekens.clear();
        while (tekens.position() == 0 && !klaar && fouteByte < 0) {
            if (!eindeInvoer) {
                bytes.compact();
                int gelezen = invoer.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (gelezen < 0) {
                    eindeInvoer = true;
                } else {
                    bytes.position(bytes.position() + gelezen);
                }
                bytes.flip();
            }
            CoderResult resultaat = decoder.decode(bytes, tekens, eindeInvoer);
            if (resultaat.isError()) {
                fouteByte = bytes.get(bytes.position()) & 0xFF;
            } else if (eindeInvoer && resultaat.isUnderflow()) {
                decoder.flush(tekens);
                klaar = true;
            }
        }
        tekens.flip();
    }
}

package nl.huurronde.brieven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.zip.Deflater;

import org.openpdf.text.pdf.BaseFont;

/**
 * The two fonts of a letter, regular and bold. Standard Helvetica (WinAnsi, not embedded) is several times
 * faster and covers most Dutch names; DejaVu Sans (embedded subset, Identity-H) shows any name.
 *
 * <p>A TrueType {@link BaseFont} keeps a read position while it writes its subset, so one instance must not
 * serve two documents at the same time. The DejaVu pair is therefore lent out from a pool: parsed once per
 * concurrent user from bytes read once per JVM, never per letter.
 */
final class Lettertypen {

    private static final String REGULIER = "fonts/DejaVuSans.ttf";
    private static final String VET = "fonts/DejaVuSans-Bold.ttf";

    private static final boolean[] WIN_ANSI = winAnsiTabel();

    private static volatile byte[] dejaVuRegulier;
    private static volatile byte[] dejaVuVet;
    private static volatile Lettertypen helvetica;
    private static final ConcurrentLinkedDeque<Lettertypen> POOL = new ConcurrentLinkedDeque<>();

    final BaseFont gewoon;
    final BaseFont vet;
    final boolean ingebed;

    private Lettertypen(BaseFont gewoon, BaseFont vet, boolean ingebed) {
        this.gewoon = gewoon;
        this.vet = vet;
        this.ingebed = ingebed;
    }

    /** Shared standard Helvetica pair; Type 1 standard fonts hold no per-document state. */
    static Lettertypen helvetica() {
        Lettertypen h = helvetica;
        if (h == null) {
            synchronized (Lettertypen.class) {
                if (helvetica == null) {
                    helvetica = new Lettertypen(
                            maak(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED, null),
                            maak(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED, null), false);
                }
                h = helvetica;
            }
        }
        return h;
    }

    /** An embedded DejaVu pair for exclusive use until {@link #geefTerug}. */
    static Lettertypen leenUnicode() {
        Lettertypen l = POOL.pollFirst();
        if (l != null) {
            return l;
        }
        laadBytes();
        // cached=false: OpenPDF's global cache would hand the same instance to every thread
        return new Lettertypen(maak("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, dejaVuRegulier),
                maak("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, dejaVuVet), true);
    }

    static void geefTerug(Lettertypen lettertypen) {
        if (lettertypen != null && lettertypen.ingebed) {
            POOL.offerFirst(lettertypen);
        }
    }

    /** True when WinAnsi (cp1252) can encode every character of every string: Helvetica will do. */
    static boolean winAnsi(List<String> teksten) {
        for (String tekst : teksten) {
            if (!winAnsi(tekst)) {
                return false;
            }
        }
        return true;
    }

    static boolean winAnsi(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c >= WIN_ANSI.length || !WIN_ANSI[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] winAnsiTabel() {
        boolean[] tabel = new boolean[0x2200];
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        for (char c = 0x20; c < tabel.length; c++) {
            // C1 control characters are not text, even where the encoder would pass them through
            tabel[c] = !(c >= 0x7F && c < 0xA0) && cp1252.canEncode(c);
        }
        tabel['\n'] = true; // a line break inside a paragraph, never printed as a glyph
        return tabel;
    }

    private static void laadBytes() {
        if (dejaVuVet == null) {
            synchronized (Lettertypen.class) {
                if (dejaVuVet == null) {
                    dejaVuRegulier = lees(REGULIER);
                    dejaVuVet = lees(VET);
                }
            }
        }
    }

    private static byte[] lees(String bron) {
        try (InputStream in = Lettertypen.class.getClassLoader().getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException("Lettertype ontbreekt op het classpath: " + bron);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype niet te lezen: " + bron, e);
        }
    }

    private static BaseFont maak(String naam, String codering, boolean ingebed, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(naam, codering, ingebed, bytes == null, bytes, null);
            if (ingebed) {
                // the subset is compressed at the font's own level, not the writer's: zlib's default level
                // took a fifth of the time of the per-contract letters (5% of which need this font)
                font.setCompressionLevel(Deflater.BEST_SPEED);
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype niet te laden: " + naam, e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Lettertype niet te laden: " + naam, e);
        }
    }
}

package nl.huurronde.brieven;

import java.awt.Color;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * One content stream (a page's, or a template's) with the fill colour and font it has set last, so that a
 * line of text sets only what differs from the line before. Both belong to the graphics state, which lasts
 * across text objects; {@code q … Q} around a placed template restores them. Without this, every line of a
 * letter repeated its colour and font (a regular letter's page content is 11% smaller without the repeats).
 *
 * <p>Valid for one stream from its start: a page's content needs a new one on every page.
 */
final class Tekenstaat {

    private final PdfContentByte inhoud;
    private Color kleur;
    private BaseFont font;
    private float grootte;

    Tekenstaat(PdfContentByte inhoud) {
        this.inhoud = inhoud;
    }

    /** The stream itself, for what is not text (lines, rectangles, templates, images). */
    PdfContentByte inhoud() {
        return inhoud;
    }

    /** The fill colour of what comes next (text, a filled rectangle). */
    void kleur(Color k) {
        if (!k.equals(kleur)) {
            inhoud.setRGBColorFill(k.getRed(), k.getGreen(), k.getBlue());
            kleur = k;
        }
    }

    /** The font of the text that comes next; inside a text object. */
    void font(BaseFont f, float g) {
        if (f != font || g != grootte) {
            inhoud.setFontAndSize(f, g);
            font = f;
            grootte = g;
        }
    }

    /**
     * {@code tekst} in the current font (set before, inside the text object) with its start, end or middle at
     * x as {@code uitlijning} says ({@code Element.ALIGN_LEFT}, {@code ALIGN_RIGHT}, {@code ALIGN_CENTER}).
     */
    void tekst(String tekst, float x, float y, int uitlijning) {
        float begin = switch (uitlijning) {
            case Element.ALIGN_RIGHT -> x - font.getWidthPoint(tekst, grootte);
            case Element.ALIGN_CENTER -> x - font.getWidthPoint(tekst, grootte) / 2;
            default -> x;
        };
        // at the start of a text object the text matrix is the identity: Td places the line where Tm would
        inhoud.moveText(begin, y);
        inhoud.showText(tekst);
    }
}

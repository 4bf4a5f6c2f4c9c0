package nl.huurronde.brieven;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.pdf.BaseFont;

/**
 * Breaks a paragraph of text runs into left-aligned lines, by the rules of OpenPDF's {@code ColumnText} (its
 * {@code BidiLine} without bidi): a line ends at the last space or hyphen that still fits, a run marked
 * {@code heel} (an amount, a date) is never broken inside, a word wider than the line is broken where it
 * overflows, a {@code '\n'} starts a new paragraph line with the first-line indent. Continuation lines lose
 * their leading spaces. The same widths and the same choices give the same lines as ColumnText did, at a
 * fraction of its cost: ColumnText looks up every character's attributes in hash maps, which was half of
 * the letters step.
 */
final class Regelbreker {

    /** A run of text in one font and size; {@code heel}: no line break inside it. */
    record Stuk(String tekst, BaseFont font, float grootte, boolean heel) {}

    /** One line: the runs (or parts of them) to show from the line's start, indented by {@code inspringen}. */
    record Regel(List<Stuk> stukken, float inspringen) {}

    private final char[] tekst;
    private final Stuk[] stukVan;
    private final int lengte;

    private Regelbreker(List<Stuk> stukken) {
        int totaal = 0;
        for (Stuk s : stukken) {
            totaal += s.tekst().length();
        }
        tekst = new char[totaal];
        stukVan = new Stuk[totaal];
        int i = 0;
        for (Stuk s : stukken) {
            String t = s.tekst();
            t.getChars(0, t.length(), tekst, i);
            for (int k = 0; k < t.length(); k++) {
                stukVan[i++] = s;
            }
        }
        lengte = totaal;
    }

    /**
     * The lines of the runs in a column {@code breedte} wide: the first line of each paragraph indented by
     * {@code inspringen}, the following ones by {@code volgendeInspringen}.
     */
    static List<Regel> breek(List<Stuk> stukken, float breedte, float inspringen, float volgendeInspringen) {
        return new Regelbreker(stukken).regels(breedte, inspringen, volgendeInspringen);
    }

    private List<Regel> regels(float breedte, float inspringen, float volgendeInspringen) {
        List<Regel> regels = new ArrayList<>();
        int begin = 0;
        while (begin < lengte) {
            int eind = begin;
            while (eind < lengte && tekst[eind] != '\n') {
                eind++;
            }
            // like ColumnText: a paragraph's trailing white space is dropped, its leading space kept
            alinea(begin, laatsteTeken(begin, eind - 1) + 1, breedte, inspringen, volgendeInspringen, regels);
            begin = eind + 1;
        }
        return regels;
    }

    private void alinea(int begin, int eind, float breedte, float inspringen, float volgendeInspringen,
                        List<Regel> regels) {
        if (begin >= eind) {
            regels.add(new Regel(List.of(), inspringen));
            return;
        }
        boolean eerste = true;
        int huidig = begin;
        while (huidig < eind) {
            if (!eerste) {
                huidig = eersteTeken(huidig, eind - 1);
                if (huidig >= eind) {
                    return;
                }
            }
            float inspring = eerste ? inspringen : volgendeInspringen;
            int start = huidig;
            float rest = breedte - inspring;
            int laatsteSplitsing = -1;
            boolean iets = false;
            int i = start;
            for (; i < eind; i++) {
                char c = tekst[i];
                if (onzichtbaar(c)) {
                    continue;
                }
                Stuk stuk = stukVan[i];
                float tekenBreedte = stuk.font().getWidthPoint(c, stuk.grootte());
                boolean splitsing = !stuk.heel() && splitsteken(c);
                if (splitsing && Character.isWhitespace(c)) {
                    laatsteSplitsing = i;
                }
                if (rest - tekenBreedte < 0) {
                    break;
                }
                if (splitsing) {
                    laatsteSplitsing = i;
                }
                rest -= tekenBreedte;
                iets = true;
            }
            int tot;
            if (!iets) {
                // not even one character fits: it goes on the line anyway
                tot = start;
                huidig = start + 1;
            } else if (i >= eind) {
                tot = eind - 1;
                huidig = eind;
            } else {
                int laatste = laatsteTeken(start, i - 1);
                if (laatste < start) {
                    tot = i - 1;
                    huidig = i;
                } else if (laatsteSplitsing == -1 || laatsteSplitsing >= laatste) {
                    // no break point before the overflow: the word is broken where it overflows
                    tot = laatste;
                    huidig = i;
                } else {
                    huidig = laatsteSplitsing + 1;
                    tot = laatsteTeken(start, laatsteSplitsing);
                    if (tot < start) {
                        tot = huidig - 1;
                    }
                }
            }
            regels.add(new Regel(stukken(start, tot), inspring));
            eerste = false;
        }
    }

    /** The runs of characters start..tot (inclusive), each cut to its part on this line. */
    private List<Stuk> stukken(int start, int tot) {
        List<Stuk> stukken = new ArrayList<>(4);
        int van = start;
        while (van <= tot) {
            Stuk stuk = stukVan[van];
            int totStuk = van;
            while (totStuk + 1 <= tot && stukVan[totStuk + 1] == stuk) {
                totStuk++;
            }
            stukken.add(new Stuk(new String(tekst, van, totStuk - van + 1), stuk.font(), stuk.grootte(), stuk.heel()));
            van = totStuk + 1;
        }
        return stukken;
    }

    private int laatsteTeken(int van, int tot) {
        int i = tot;
        while (i >= van && (tekst[i] <= ' ' || onzichtbaar(tekst[i]))) {
            i--;
        }
        return i;
    }

    private int eersteTeken(int van, int tot) {
        int i = van;
        while (i <= tot && (tekst[i] <= ' ' || onzichtbaar(tekst[i]))) {
            i++;
        }
        return i;
    }

    /** OpenPDF's DefaultSplitCharacter: white space, hyphens, the wide spaces and the CJK ranges. */
    private static boolean splitsteken(char c) {
        if (c <= ' ' || c == '-' || c == '\u2010') {
            return true;
        }
        if (c < 0x2002) {
            return false;
        }
        return c <= 0x200b
                || c >= 0x2e80 && c < 0xd7a0
                || c >= 0xf900 && c < 0xfb00
                || c >= 0xfe30 && c < 0xfe50
                || c >= 0xff61 && c < 0xffa0;
    }

    /** Zero-width and direction marks: no width, never a break (OpenPDF's PdfChunk.noPrint). */
    private static boolean onzichtbaar(char c) {
        return c >= 0x200b && c <= 0x200f || c >= 0x202a && c <= 0x202e;
    }
}

package nl.huurronde.brieven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The parts of a print file's letters that recur (the letterhead with the logo, a paragraph or table row that
 * reads the same in many letters), each drawn once as a form XObject of the file and placed on every page that
 * shows it. A part becomes a template the second time it is seen: a part with an amount or a name in it is
 * seldom seen twice, so it is drawn directly and costs no extra object. Which parts recur is not declared
 * anywhere: the key is what is drawn (texts, fonts, sizes, indents, colour), so the output cannot differ
 * from drawing it directly. The last {@link #PLAATSEN} parts are remembered, so the memory stays flat; a part
 * seen in every letter stays among them.
 *
 * <p>A template is written to the file as soon as it is drawn ({@link PdfWriter#releaseTemplate}); the
 * writer keeps only its reference. One per print file, not for concurrent use.
 */
final class Sjablonen {

    /** Parts remembered: a letter has some 40 paragraphs and table rows, so a fixed one is seen again in time. */
    static final int PLAATSEN = 512;

    private final PdfWriter writer;
    private final Map<Sleutel, Deel> gezien = new LinkedHashMap<>(PLAATSEN * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sleutel, Deel> oudste) {
            return size() > PLAATSEN;
        }
    };
    /** One image per logo file: the writer embeds an image once per instance, not once per picture. */
    private final Map<Path, Image> logos = new HashMap<>();
    private int getekend;

    Sjablonen(PdfWriter writer) {
        this.writer = writer;
    }

    /** The logo for every letter of this file, or null without one. */
    Image logo(Path pad) {
        return pad == null ? null : logos.computeIfAbsent(pad, Logo::voor);
    }

    /** The part for this key (its first sighting makes it, without a template). */
    Deel deel(Object inhoud) {
        Sleutel sleutel = new Sleutel(inhoud);
        Deel deel = gezien.get(sleutel);
        if (deel == null) {
            deel = new Deel();
            gezien.put(sleutel, deel);
        } else {
            deel.keer++;
        }
        return deel;
    }

    /**
     * A part's key with its hash taken once. A key is what is drawn (lists of texts and fonts), so its hash walks
     * all of that; the map took it three times per new part: to look it up, to put it, and when it is evicted
     * 512 parts later, by when the key is cold in the CPU's cache (7% of the letters step's CPU in a profile).
     */
    private record Sleutel(Object inhoud, int hash) {
        Sleutel(Object inhoud) {
            this(inhoud, inhoud.hashCode());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object ander) {
            return ander instanceof Sleutel s && s.hash == hash && s.inhoud.equals(inhoud);
        }
    }

    /** Templates drawn in this file so far (for the tests and the benchmark notes). */
    int getekend() {
        return getekend;
    }

    /** One recurring part: what the caller needs to place it again, and its template once it has one. */
    final class Deel {
        private int keer = 1;
        private PdfTemplate vorm;
        private boolean vrijgegeven;
        /** What the caller remembers of its first drawing (e.g. the broken lines), or null. */
        Object gegevens;

        /** Seen before: worth a template. */
        boolean terug() {
            return keer > 1;
        }

        /**
         * The template, drawn by {@code tekenen} the first time (in the template's own coordinates, inside
         * {@code kader}: what falls outside it is clipped) and written to the file at once.
         */
        PdfTemplate vorm(Rectangle kader, Consumer<PdfTemplate> tekenen) {
            if (vorm == null) {
                PdfTemplate t = PdfTemplate.createTemplate(writer, kader.getWidth(), kader.getHeight());
                t.setBoundingBox(kader);
                tekenen.accept(t);
                vorm = t;
                getekend++;
            }
            return vorm;
        }

        /** After the first placement: the template's content goes to the file, the writer keeps its reference. */
        void geplaatst() {
            if (vorm != null && !vrijgegeven) {
                try {
                    writer.releaseTemplate(vorm);
                } catch (IOException e) {
                    throw new UncheckedIOException("Sjabloon kon niet worden geschreven", e);
                }
                vrijgegeven = true;
            }
        }
    }
}

package nl.huurronde.brieven;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.brieven.BriefInhoud.Alinea;
import nl.huurronde.brieven.BriefInhoud.Blok;
import nl.huurronde.brieven.BriefInhoud.Deel;
import nl.huurronde.brieven.BriefInhoud.Kenmerk;
import nl.huurronde.brieven.BriefInhoud.Kop;
import nl.huurronde.brieven.BriefInhoud.Opsomming;
import nl.huurronde.brieven.BriefInhoud.Rij;
import nl.huurronde.brieven.BriefInhoud.Tabel;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Places a {@link BriefInhoud} on A4 pages: letterhead, the address in the window of a Dutch window envelope
 * (left window, about 20 mm from the left and 50 mm from the top), references beside it, and the body below.
 * Everything is drawn on the direct content (absolute positions, no element tree): that is what makes
 * thousands of letters a second possible.
 */
final class BriefOpmaak {

    private static final float MM = 72f / 25.4f;
    private static final float PAGINA_HOOGTE = 297 * MM;

    private static final float LINKS = 20 * MM;
    private static final float RECHTS = 190 * MM;
    private static final float VENSTER_X = 22 * MM;
    private static final float VENSTER_BOVEN = 50 * MM;
    private static final float KENMERK_X = 118 * MM;
    private static final float KENMERK_WAARDE_X = 146 * MM;
    private static final float ROMP_BOVEN = 90 * MM;
    private static final float VERVOLG_BOVEN = 25 * MM;
    private static final float ONDER = 11 * MM;

    private static final float TEKST = 9.2f;
    private static final float REGELAFSTAND = 11.6f;
    private static final float KOP = 10.5f;
    private static final float RIJHOOGTE = 13.2f;
    private static final float TABEL_HUIDIG_RECHTS = 128 * MM;
    private static final float TABEL_NIEUW_RECHTS = 172 * MM;

    private static final Color ZWART = new Color(0, 0, 0);
    private static final Color GRIJS = new Color(90, 90, 90);
    private static final Color ACCENT = new Color(0, 62, 110);
    private static final Color ARCERING = new Color(232, 237, 242);
    private static final Color LIJN = new Color(150, 150, 150);
    private static final Color KOPIE_ROOD = new Color(190, 0, 0);
    private static final Color WATERMERK = new Color(228, 228, 228);

    private final BriefInhoud inhoud;
    private final PdfWriter writer;
    private final Document document;
    private final Lettertypen basis;
    private final Lettertypen unicode;
    private final BaseFont gewoon;
    private final BaseFont vet;
    private final Image logo;
    private PdfContentByte cb;
    private float y;

    private BriefOpmaak(BriefInhoud inhoud, PdfWriter writer, Document document, Lettertypen basis,
                        Lettertypen unicode, Image logo) {
        this.inhoud = inhoud;
        this.writer = writer;
        this.document = document;
        this.basis = basis;
        this.unicode = unicode;
        this.gewoon = basis.gewoon;
        this.vet = basis.vet;
        this.logo = logo;
    }

    /**
     * Draws one letter starting on the document's current, empty page; adds pages as needed.
     * The document must be open; afterwards the last page is marked non-empty.
     *
     * @param basis   the fonts for all text they can show (Helvetica, or the embedded font for PDF/A)
     * @param unicode the embedded font for text outside WinAnsi (a name, a street), or null when none occurs
     */
    static void teken(BriefInhoud inhoud, PdfWriter writer, Document document, Lettertypen basis,
                      Lettertypen unicode, Image logo) {
        try {
            new BriefOpmaak(inhoud, writer, document, basis, unicode, logo).teken();
        } catch (DocumentException e) {
            throw new IllegalStateException("Brief kon niet worden opgemaakt", e);
        }
    }

    private void teken() throws DocumentException {
        cb = writer.getDirectContent();
        if (inhoud.kopie()) {
            watermerk();
        }
        briefhoofd();
        venster();
        kenmerken();
        y = PAGINA_HOOGTE - ROMP_BOVEN;
        if (inhoud.kop() != null) {
            regel(vet, 11, ACCENT, inhoud.kop(), LINKS, y - 11, Element.ALIGN_LEFT);
            y -= 16;
        }
        regel(vet, 12, ZWART, inhoud.onderwerp(), LINKS, y - 12, Element.ALIGN_LEFT);
        y -= 21;
        blokken(inhoud.romp());
        if (!inhoud.bijlage().isEmpty()) {
            nieuwePagina(inhoud.bijlageRegel());
            y = PAGINA_HOOGTE - VERVOLG_BOVEN;
            blokken(inhoud.bijlage());
        }
        writer.setPageEmpty(false);
    }

    private void briefhoofd() throws DocumentException {
        float boven = PAGINA_HOOGTE - 14 * MM;
        if (logo != null) {
            logo.scaleToFit(50 * MM, 20 * MM);
            float b = logo.getScaledWidth();
            float h = logo.getScaledHeight();
            cb.addImage(logo, b, 0, 0, h, LINKS, boven - h);
        } else {
            regel(vet, 16, ACCENT, inhoud.naamVerhuurder(), LINKS, boven - 16, Element.ALIGN_LEFT);
        }
        float yr = boven - 8;
        if (logo != null) {
            // without a logo the large name on the left already says who writes
            yr -= 2;
            regel(vet, 10, ACCENT, inhoud.naamVerhuurder(), RECHTS, yr, Element.ALIGN_RIGHT);
        } else {
            yr += 11;
        }
        for (String r : inhoud.briefhoofdregels()) {
            yr -= 11;
            regel(gewoon, 8.5f, GRIJS, r, RECHTS, yr, Element.ALIGN_RIGHT);
        }
        if (inhoud.kopie()) {
            regel(vet, 14, KOPIE_ROOD, "KOPIE", KENMERK_X, PAGINA_HOOGTE - 40 * MM, Element.ALIGN_LEFT);
            regel(gewoon, 8, KOPIE_ROOD, inhoud.kopieRegel(), KENMERK_X, PAGINA_HOOGTE - 44 * MM, Element.ALIGN_LEFT);
        }
    }

    private void venster() {
        float yv = PAGINA_HOOGTE - VENSTER_BOVEN;
        if (inhoud.retouradres() != null) {
            yv -= 8;
            regel(gewoon, 6.5f, GRIJS, inhoud.retouradres(), VENSTER_X, yv, Element.ALIGN_LEFT);
            yv -= 6;
        }
        for (String r : inhoud.adresregels()) {
            yv -= 13;
            regel(gewoon, 10, ZWART, r, VENSTER_X, yv, Element.ALIGN_LEFT);
        }
    }

    private void kenmerken() {
        float yk = PAGINA_HOOGTE - VENSTER_BOVEN - 8;
        for (Kenmerk k : inhoud.kenmerken()) {
            regel(gewoon, 8, GRIJS, k.label(), KENMERK_X, yk, Element.ALIGN_LEFT);
            regel(gewoon, 9, ZWART, k.waarde(), KENMERK_WAARDE_X, yk, Element.ALIGN_LEFT);
            yk -= 12;
        }
    }

    private void watermerk() {
        cb.saveState();
        cb.beginText();
        cb.setRGBColorFill(WATERMERK.getRed(), WATERMERK.getGreen(), WATERMERK.getBlue());
        cb.setFontAndSize(vet, 110);
        cb.showTextAligned(Element.ALIGN_CENTER, "KOPIE", 105 * MM, 120 * MM, 45);
        cb.endText();
        cb.restoreState();
    }

    private void blokken(List<Blok> blokken) {
        for (Blok blok : blokken) {
            switch (blok) {
                case Kop k -> kop(k);
                case Alinea a -> alinea(a.delen(), 0, 0);
                case Opsomming o -> opsomming(o);
                case Tabel t -> tabel(t);
            }
        }
    }

    private void kop(Kop k) {
        if (y - 3 * REGELAFSTAND < ONDER) {
            nieuwePagina();
        }
        y -= 4;
        zet(List.of(stuk(k.tekst(), vet, KOP, false)), 0, 0, ACCENT);
        y -= 1;
    }

    private void alinea(List<Deel> delen, float inspringen, float volgendeInspringen) {
        List<Regelbreker.Stuk> stukken = new ArrayList<>(delen.size());
        for (Deel d : delen) {
            stukken.add(stuk(d.tekst(), d.vet() ? vet : gewoon, TEKST, d.heel()));
        }
        zet(stukken, inspringen, volgendeInspringen, ZWART);
        y -= 3.6f;
    }

    private Regelbreker.Stuk stuk(String tekst, BaseFont f, float grootte, boolean heel) {
        return new Regelbreker.Stuk(tekst, lettertype(f, tekst), grootte, heel);
    }

    /**
     * Sets the runs as lines from y down, at a fixed line distance; a line that would end below the bottom
     * margin goes to a new page. Afterwards y is the last line's baseline.
     */
    private void zet(List<Regelbreker.Stuk> stukken, float inspringen, float volgendeInspringen, Color kleur) {
        for (Regelbreker.Regel r : Regelbreker.breek(stukken, RECHTS - LINKS, inspringen, volgendeInspringen)) {
            if (y - REGELAFSTAND < ONDER) {
                nieuwePagina();
            }
            y -= REGELAFSTAND;
            cb.beginText();
            cb.setRGBColorFill(kleur.getRed(), kleur.getGreen(), kleur.getBlue());
            cb.setTextMatrix(LINKS + r.inspringen(), y);
            BaseFont huidig = null;
            float grootte = 0;
            for (Regelbreker.Stuk s : r.stukken()) {
                if (s.font() != huidig || s.grootte() != grootte) {
                    huidig = s.font();
                    grootte = s.grootte();
                    cb.setFontAndSize(huidig, grootte);
                }
                cb.showText(s.tekst());
            }
            cb.endText();
        }
    }

    private void opsomming(Opsomming o) {
        float inspring = 4 * MM;
        float bolletje = gewoon.getWidthPoint("•  ", TEKST);
        y += 3;
        for (List<Deel> punt : o.punten()) {
            List<Deel> metBolletje = new java.util.ArrayList<>(punt.size() + 1);
            metBolletje.add(new Deel("•  ", false, false));
            metBolletje.addAll(punt);
            alinea(metBolletje, inspring, inspring + bolletje);
            y += 3;
        }
        y -= 3;
    }

    private void tabel(Tabel t) {
        float hoogte = t.rijen().size() * RIJHOOGTE;
        if (y - hoogte < ONDER) {
            nieuwePagina();
        }
        y -= 4;
        // a table without a "current" column is a list of fields: values left-aligned after the labels
        boolean sleutelWaarde = t.rijen().stream().allMatch(r -> r.huidig().isEmpty());
        for (Rij r : t.rijen()) {
            float basis = y - RIJHOOGTE + 4.3f;
            if (r.kop()) {
                cb.setRGBColorFill(ARCERING.getRed(), ARCERING.getGreen(), ARCERING.getBlue());
                cb.rectangle(LINKS, y - RIJHOOGTE, RECHTS - LINKS, RIJHOOGTE);
                cb.fill();
            }
            if (r.totaal()) {
                cb.setRGBColorStroke(LIJN.getRed(), LIJN.getGreen(), LIJN.getBlue());
                cb.setLineWidth(0.5f);
                cb.moveTo(LINKS, y);
                cb.lineTo(RECHTS, y);
                cb.stroke();
            }
            BaseFont f = r.kop() || r.totaal() ? vet : gewoon;
            regel(f, TEKST, ZWART, r.label(), LINKS + 2 * MM, basis, Element.ALIGN_LEFT);
            if (!r.huidig().isEmpty()) {
                regel(f, TEKST, ZWART, r.huidig(), TABEL_HUIDIG_RECHTS, basis, Element.ALIGN_RIGHT);
                regel(f, TEKST, ZWART, r.nieuw(), TABEL_NIEUW_RECHTS, basis, Element.ALIGN_RIGHT);
            } else if (sleutelWaarde) {
                regel(f, TEKST, ZWART, r.nieuw(), 75 * MM, basis, Element.ALIGN_LEFT);
            } else {
                // the increase and the date stand under the new rent they belong to
                regel(f, TEKST, ZWART, r.nieuw(), TABEL_NIEUW_RECHTS, basis, Element.ALIGN_RIGHT);
            }
            y -= RIJHOOGTE;
        }
        cb.setRGBColorStroke(LIJN.getRed(), LIJN.getGreen(), LIJN.getBlue());
        cb.setLineWidth(0.5f);
        cb.moveTo(LINKS, y);
        cb.lineTo(RECHTS, y);
        cb.stroke();
        y -= 10;
    }

    private void nieuwePagina() {
        nieuwePagina(inhoud.vervolgRegel());
    }

    private void nieuwePagina(String kopregel) {
        writer.setPageEmpty(false);
        document.newPage();
        cb = writer.getDirectContent();
        if (inhoud.kopie()) {
            watermerk();
        }
        regel(gewoon, 8, GRIJS, kopregel, LINKS, PAGINA_HOOGTE - 14 * MM, Element.ALIGN_LEFT);
        regel(gewoon, 8, GRIJS, inhoud.naamVerhuurder(), RECHTS, PAGINA_HOOGTE - 14 * MM, Element.ALIGN_RIGHT);
        y = PAGINA_HOOGTE - VERVOLG_BOVEN;
    }

    /**
     * Only the strings Helvetica cannot show go to the embedded font: its subset then holds a handful of
     * glyphs, which keeps a letter with a Polish or Turkish name nearly as fast as any other.
     */
    private boolean kanBasis(String s) {
        return unicode == null || basis.ingebed || Lettertypen.winAnsi(s);
    }

    /** The embedded font's bold or regular for a string Helvetica cannot show, else {@code f} itself. */
    private BaseFont lettertype(BaseFont f, String s) {
        if (kanBasis(s)) {
            return f;
        }
        return f == vet ? unicode.vet : unicode.gewoon;
    }

    private void regel(BaseFont f, float grootte, Color kleur, String s, float x, float yPos, int uitlijning) {
        if (s == null || s.isEmpty()) {
            return;
        }
        f = lettertype(f, s);
        cb.beginText();
        cb.setRGBColorFill(kleur.getRed(), kleur.getGreen(), kleur.getBlue());
        cb.setFontAndSize(f, grootte);
        cb.showTextAligned(uitlijning, s, x, yPos, 0);
        cb.endText();
    }
}

package nl.huurronde.brieven;

import java.awt.Color;
import java.nio.file.Path;
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
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Places a {@link BriefInhoud} on A4 pages: letterhead, the address in the window of a Dutch window envelope
 * (left window, about 20 mm from the left and 50 mm from the top), references beside it, and the body below.
 * Everything is drawn on the direct content (absolute positions, no element tree): that is what makes
 * thousands of letters a second possible. In a print file the parts that recur (letterhead, fixed paragraphs
 * and table rows) are drawn once as templates and placed where a letter shows them ({@link Sjablonen}), in
 * the same place of the page's content, so the text reads back the same.
 */
final class BriefOpmaak {

    private static final float MM = 72f / 25.4f;
    private static final float PAGINA_HOOGTE = 297 * MM;
    private static final float PAGINA_BREEDTE = 210 * MM;

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
    private final Path logo;
    private final Sjablonen sjablonen;
    private PdfContentByte cb;
    /** The current page's content with what it has set last; a new one on every page. */
    private Tekenstaat pagina;
    private float y;
    /** The return address went into the letterhead's template. */
    private boolean retourGetekend;

    private BriefOpmaak(BriefInhoud inhoud, PdfWriter writer, Document document, Lettertypen basis,
                        Lettertypen unicode, Path logo, Sjablonen sjablonen) {
        this.inhoud = inhoud;
        this.writer = writer;
        this.document = document;
        this.basis = basis;
        this.unicode = unicode;
        this.gewoon = basis.gewoon;
        this.vet = basis.vet;
        this.logo = logo;
        this.sjablonen = sjablonen;
    }

    /** What the letterhead's template shows; the fonts are the file's, so they need no key. */
    private record Hoofd(String naam, List<String> regels, Path logo, String retouradres, boolean unicode) {}

    /** What a paragraph's template shows: its runs (each with its font) and how they are set. */
    private record Alineasleutel(List<Regelbreker.Stuk> stukken, float inspringen, float volgendeInspringen,
                                 Color kleur) {}

    /** What a table row's template shows. */
    private record Rijsleutel(Rij rij, boolean sleutelWaarde, boolean unicode) {}

    /**
     * Draws one letter starting on the document's current, empty page; adds pages as needed.
     * The document must be open; afterwards the last page is marked non-empty.
     *
     * @param basis   the fonts for all text they can show (Helvetica, or the embedded font for PDF/A)
     * @param unicode the embedded font for text outside WinAnsi (a name, a street), or null when none occurs
     * @param logo    the letterhead's logo file, or null
     * @param sjablonen the print file's recurring parts, or null to draw everything directly (one letter)
     */
    static void teken(BriefInhoud inhoud, PdfWriter writer, Document document, Lettertypen basis,
                      Lettertypen unicode, Path logo, Sjablonen sjablonen) {
        try {
            new BriefOpmaak(inhoud, writer, document, basis, unicode, logo, sjablonen).teken();
        } catch (DocumentException e) {
            throw new IllegalStateException("Brief kon niet worden opgemaakt", e);
        }
    }

    private void teken() throws DocumentException {
        cb = writer.getDirectContent();
        pagina = new Tekenstaat(cb);
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

    private void briefhoofd() {
        // the return address comes right after the letterhead, except on a copy (its marks come between)
        boolean metRetour = !inhoud.kopie() && inhoud.retouradres() != null;
        Sjablonen.Deel deel = sjablonen == null ? null : sjablonen.deel(new Hoofd(inhoud.naamVerhuurder(),
                inhoud.briefhoofdregels(), logo, metRetour ? inhoud.retouradres() : null, unicode != null));
        if (deel != null && deel.terug()) {
            cb.addTemplate(deel.vorm(new Rectangle(0, 0, PAGINA_BREEDTE, PAGINA_HOOGTE), t -> {
                Tekenstaat vorm = new Tekenstaat(t);
                hoofd(vorm);
                if (metRetour) {
                    retouradres(vorm);
                }
            }), 0, 0);
            deel.geplaatst();
        } else {
            hoofd(pagina);
            if (metRetour) {
                retouradres(pagina);
            }
        }
        retourGetekend = metRetour;
        if (inhoud.kopie()) {
            regel(vet, 14, KOPIE_ROOD, "KOPIE", KENMERK_X, PAGINA_HOOGTE - 40 * MM, Element.ALIGN_LEFT);
            regel(gewoon, 8, KOPIE_ROOD, inhoud.kopieRegel(), KENMERK_X, PAGINA_HOOGTE - 44 * MM, Element.ALIGN_LEFT);
        }
    }

    /** Logo or name, and the contact lines. */
    private void hoofd(Tekenstaat doel) {
        float boven = PAGINA_HOOGTE - 14 * MM;
        Image beeld = sjablonen != null ? sjablonen.logo(logo) : Logo.voor(logo);
        if (beeld != null) {
            beeld.scaleToFit(50 * MM, 20 * MM);
            float b = beeld.getScaledWidth();
            float h = beeld.getScaledHeight();
            try {
                doel.inhoud().addImage(beeld, b, 0, 0, h, LINKS, boven - h);
            } catch (DocumentException e) {
                throw new IllegalStateException("Logo kon niet worden geplaatst", e);
            }
        } else {
            regel(doel, vet, 16, ACCENT, inhoud.naamVerhuurder(), LINKS, boven - 16, Element.ALIGN_LEFT);
        }
        float yr = boven - 8;
        if (beeld != null) {
            // without a logo the large name on the left already says who writes
            yr -= 2;
            regel(doel, vet, 10, ACCENT, inhoud.naamVerhuurder(), RECHTS, yr, Element.ALIGN_RIGHT);
        } else {
            yr += 11;
        }
        for (String r : inhoud.briefhoofdregels()) {
            yr -= 11;
            regel(doel, gewoon, 8.5f, GRIJS, r, RECHTS, yr, Element.ALIGN_RIGHT);
        }
    }

    private void retouradres(Tekenstaat doel) {
        regel(doel, gewoon, 6.5f, GRIJS, inhoud.retouradres(), VENSTER_X, PAGINA_HOOGTE - VENSTER_BOVEN - 8,
                Element.ALIGN_LEFT);
    }

    private void venster() {
        float yv = PAGINA_HOOGTE - VENSTER_BOVEN;
        if (inhoud.retouradres() != null) {
            yv -= 8;
            if (!retourGetekend) {
                retouradres(pagina);
            }
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
    @SuppressWarnings("unchecked")
    private void zet(List<Regelbreker.Stuk> stukken, float inspringen, float volgendeInspringen, Color kleur) {
        Sjablonen.Deel deel = sjablonen == null ? null
                : sjablonen.deel(new Alineasleutel(stukken, inspringen, volgendeInspringen, kleur));
        List<Regelbreker.Regel> regels = deel != null && deel.gegevens != null
                ? (List<Regelbreker.Regel>) deel.gegevens
                : Regelbreker.breek(stukken, RECHTS - LINKS, inspringen, volgendeInspringen);
        if (deel != null && deel.terug() && pastOpPagina(regels.size())) {
            // the lines in the template's own coordinates: from 0 down, as they would be from y down
            float hoogte = regels.size() * REGELAFSTAND + 2 * RAND;
            PdfTemplate vorm = deel.vorm(new Rectangle(0, -hoogte + RAND, PAGINA_BREEDTE, RAND), t -> {
                Tekenstaat staat = new Tekenstaat(t);
                float yt = 0;
                for (Regelbreker.Regel r : regels) {
                    yt -= REGELAFSTAND;
                    tekenRegel(staat, r, yt, kleur);
                }
            });
            cb.addTemplate(vorm, 0, y);
            deel.geplaatst();
            for (int i = 0; i < regels.size(); i++) {
                y -= REGELAFSTAND;
            }
            return;
        }
        if (deel != null) {
            deel.gegevens = regels;
        }
        for (Regelbreker.Regel r : regels) {
            if (y - REGELAFSTAND < ONDER) {
                nieuwePagina();
            }
            y -= REGELAFSTAND;
            tekenRegel(pagina, r, y, kleur);
        }
    }

    /** Room around a template's lines for ascenders, descenders and rules: what falls outside is clipped. */
    private static final float RAND = 12;

    /** True when n lines from y down fit above the bottom margin, by the same steps as {@link #zet}. */
    private boolean pastOpPagina(int n) {
        float yy = y;
        for (int i = 0; i < n; i++) {
            if (yy - REGELAFSTAND < ONDER) {
                return false;
            }
            yy -= REGELAFSTAND;
        }
        return true;
    }

    private void tekenRegel(Tekenstaat doel, Regelbreker.Regel r, float yPos, Color kleur) {
        PdfContentByte c = doel.inhoud();
        c.beginText();
        doel.kleur(kleur);
        c.moveText(LINKS + r.inspringen(), yPos);
        // runs in the same font go out as one string: the same glyphs at the same places
        List<Regelbreker.Stuk> stukken = r.stukken();
        int van = 0;
        while (van < stukken.size()) {
            Regelbreker.Stuk s = stukken.get(van);
            int tot = van + 1;
            while (tot < stukken.size() && zelfdeLetter(s, stukken.get(tot))) {
                tot++;
            }
            doel.font(s.font(), s.grootte());
            c.showText(tot == van + 1 ? s.tekst() : aaneen(stukken.subList(van, tot)));
            van = tot;
        }
        c.endText();
    }

    private static boolean zelfdeLetter(Regelbreker.Stuk a, Regelbreker.Stuk b) {
        return a.font() == b.font() && a.grootte() == b.grootte();
    }

    private static String aaneen(List<Regelbreker.Stuk> stukken) {
        StringBuilder samen = new StringBuilder();
        for (Regelbreker.Stuk s : stukken) {
            samen.append(s.tekst());
        }
        return samen.toString();
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
            Sjablonen.Deel deel = sjablonen == null ? null
                    : sjablonen.deel(new Rijsleutel(r, sleutelWaarde, unicode != null));
            if (deel != null && deel.terug()) {
                cb.addTemplate(deel.vorm(new Rectangle(0, -RIJHOOGTE - RAND, PAGINA_BREEDTE, RAND),
                        vorm -> rij(new Tekenstaat(vorm), r, 0, sleutelWaarde)), 0, y);
                deel.geplaatst();
            } else {
                rij(pagina, r, y, sleutelWaarde);
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

    /** One table row below {@code boven}. */
    private void rij(Tekenstaat doel, Rij r, float boven, boolean sleutelWaarde) {
        float basis = boven - RIJHOOGTE + 4.3f;
        PdfContentByte c = doel.inhoud();
        if (r.kop()) {
            doel.kleur(ARCERING);
            c.rectangle(LINKS, boven - RIJHOOGTE, RECHTS - LINKS, RIJHOOGTE);
            c.fill();
        }
        if (r.totaal()) {
            c.setRGBColorStroke(LIJN.getRed(), LIJN.getGreen(), LIJN.getBlue());
            c.setLineWidth(0.5f);
            c.moveTo(LINKS, boven);
            c.lineTo(RECHTS, boven);
            c.stroke();
        }
        BaseFont f = r.kop() || r.totaal() ? vet : gewoon;
        regel(doel, f, TEKST, ZWART, r.label(), LINKS + 2 * MM, basis, Element.ALIGN_LEFT);
        if (!r.huidig().isEmpty()) {
            regel(doel, f, TEKST, ZWART, r.huidig(), TABEL_HUIDIG_RECHTS, basis, Element.ALIGN_RIGHT);
            regel(doel, f, TEKST, ZWART, r.nieuw(), TABEL_NIEUW_RECHTS, basis, Element.ALIGN_RIGHT);
        } else if (sleutelWaarde) {
            regel(doel, f, TEKST, ZWART, r.nieuw(), 75 * MM, basis, Element.ALIGN_LEFT);
        } else {
            // the increase and the date stand under the new rent they belong to
            regel(doel, f, TEKST, ZWART, r.nieuw(), TABEL_NIEUW_RECHTS, basis, Element.ALIGN_RIGHT);
        }
    }

    private void nieuwePagina() {
        nieuwePagina(inhoud.vervolgRegel());
    }

    private void nieuwePagina(String kopregel) {
        writer.setPageEmpty(false);
        document.newPage();
        cb = writer.getDirectContent();
        pagina = new Tekenstaat(cb);
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
        regel(pagina, f, grootte, kleur, s, x, yPos, uitlijning);
    }

    private void regel(Tekenstaat doel, BaseFont f, float grootte, Color kleur, String s, float x, float yPos,
                       int uitlijning) {
        if (s == null || s.isEmpty()) {
            return;
        }
        PdfContentByte c = doel.inhoud();
        c.beginText();
        doel.kleur(kleur);
        doel.font(lettertype(f, s), grootte);
        doel.tekst(s, x, yPos, uitlijning);
        c.endText();
    }
}

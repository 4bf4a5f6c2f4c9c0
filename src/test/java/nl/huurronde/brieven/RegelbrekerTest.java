package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.huurronde.PdfTekst;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** The letters' line breaking against OpenPDF's ColumnText, which set the letters before it. */
class RegelbrekerTest {

    private static final BaseFont GEWOON = Lettertypen.helvetica().gewoon;
    private static final BaseFont VET = Lettertypen.helvetica().vet;
    private static final float BREEDTE = 170 * 72f / 25.4f;
    private static final String[] WOORDEN = {"de", "huur", "van", "uw", "woning", "wordt", "per", "1", "juli",
        "verhoogd", "inkomensafhankelijke", "huurverhoging", "Belastingdienst", "huurtoeslag-grens", "zo-even",
        "u", "kunt", "bezwaar", "maken", "bij", "de", "Huurcommissie", "(www.huurcommissie.nl).", "streefhuur,",
        "maximaal", "4,1%", "—", "Hoofdstraat", "12-14", "ŁĘCKI", "Ğüneş", "a", "b"};

    @Test
    void breektDezelfdeRegelsAlsColumnText() {
        Random random = new Random(2026);
        List<Alinea> alineas = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            alineas.add(willekeurig(random));
        }
        List<String> verwacht = tekstPerPagina(columnText(alineas));
        List<String> gezet = tekstPerPagina(regelbreker(alineas));
        assertThat(gezet).hasSize(alineas.size());
        for (int i = 0; i < alineas.size(); i++) {
            assertThat(gezet.get(i)).as("alinea %d: %s", i, alineas.get(i)).isEqualTo(verwacht.get(i));
        }
    }

    @Test
    void eenBedragBlijftHeelEnEenTeLangWoordWordtGebroken() {
        String lang = "x".repeat(400);
        List<Regelbreker.Regel> regels = Regelbreker.breek(List.of(
                new Regelbreker.Stuk("De nieuwe huur wordt ", GEWOON, 9.2f, false),
                new Regelbreker.Stuk("€ 1.234,56 per maand", VET, 9.2f, true),
                new Regelbreker.Stuk(". " + lang, GEWOON, 9.2f, false)), 120, 0, 0);
        List<String> tekst = regels.stream().map(RegelbrekerTest::tekst).toList();
        assertThat(tekst.get(0)).isEqualTo("De nieuwe huur wordt");
        assertThat(tekst.get(1)).isEqualTo("€ 1.234,56 per maand.");
        assertThat(String.join("", tekst.subList(2, tekst.size()))).isEqualTo(lang);
        for (Regelbreker.Regel r : regels) {
            float breedte = 0;
            for (Regelbreker.Stuk s : r.stukken()) {
                breedte += s.font().getWidthPoint(s.tekst(), s.grootte());
            }
            assertThat(breedte).as(tekst(r)).isLessThanOrEqualTo(120f);
        }
    }

    @Test
    void eenNieuweRegelBegintMetDeEersteInspringing() {
        List<Regelbreker.Regel> regels = Regelbreker.breek(List.of(
                new Regelbreker.Stuk("Met vriendelijke groet,\nJ. de Vries", GEWOON, 9.2f, false)), BREEDTE, 5, 12);
        assertThat(regels).extracting(RegelbrekerTest::tekst).containsExactly("Met vriendelijke groet,", "J. de Vries");
        assertThat(regels).extracting(Regelbreker.Regel::inspringen).containsExactly(5f, 5f);
    }

    private static String tekst(Regelbreker.Regel r) {
        StringBuilder sb = new StringBuilder();
        r.stukken().forEach(s -> sb.append(s.tekst()));
        return sb.toString();
    }

    private record Deel(String tekst, boolean vet, boolean heel) {}

    private record Alinea(List<Deel> delen, float inspringen, float volgende) {}

    private static Alinea willekeurig(Random random) {
        List<Deel> delen = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int d = 0; d < n; d++) {
            StringBuilder sb = new StringBuilder();
            int woorden = 1 + random.nextInt(25);
            for (int w = 0; w < woorden; w++) {
                sb.append(WOORDEN[random.nextInt(WOORDEN.length)]);
                int r = random.nextInt(40);
                sb.append(r == 0 ? "\n" : r == 1 ? "  " : r == 2 ? "" : " ");
            }
            if (random.nextInt(8) == 0) {
                sb.append("x".repeat(60 + random.nextInt(120)));
            }
            delen.add(new Deel(sb.toString(), random.nextBoolean(), random.nextInt(4) == 0));
        }
        boolean opsomming = random.nextBoolean();
        return new Alinea(delen, opsomming ? 11.3f : 0, opsomming ? 19.5f : 0);
    }

    /** Each paragraph on its own page, set by ColumnText as BriefOpmaak did before. */
    private static byte[] columnText(List<Alinea> alineas) {
        return pdf(alineas, (cb, a) -> {
            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(56.7f, 30, 56.7f + BREEDTE, 800);
            ct.setLeading(11.6f);
            ct.setIndent(a.inspringen());
            ct.setFollowingIndent(a.volgende());
            Phrase zin = new Phrase();
            for (Deel d : a.delen()) {
                Chunk c = new Chunk(d.tekst(), new Font(lettertype(d), 9.2f));
                if (d.heel()) {
                    c.setSplitCharacter((start, current, end, cc, ck) -> false);
                }
                zin.add(c);
            }
            ct.addText(zin);
            ct.go();
        });
    }

    private static byte[] regelbreker(List<Alinea> alineas) {
        return pdf(alineas, (cb, a) -> {
            List<Regelbreker.Stuk> stukken = a.delen().stream()
                    .map(d -> new Regelbreker.Stuk(d.tekst(), lettertype(d), 9.2f, d.heel())).toList();
            float y = 800;
            for (Regelbreker.Regel r : Regelbreker.breek(stukken, BREEDTE, a.inspringen(), a.volgende())) {
                y -= 11.6f;
                cb.beginText();
                cb.setTextMatrix(56.7f + r.inspringen(), y);
                for (Regelbreker.Stuk s : r.stukken()) {
                    cb.setFontAndSize(s.font(), s.grootte());
                    cb.showText(s.tekst());
                }
                cb.endText();
            }
        });
    }

    /** Text outside WinAnsi in the embedded font, as BriefOpmaak chooses it. */
    private static BaseFont lettertype(Deel d) {
        boolean winAnsi = Lettertypen.winAnsi(d.tekst());
        Lettertypen fonts = winAnsi ? Lettertypen.helvetica() : UNICODE;
        return d.vet() ? fonts.vet : fonts.gewoon;
    }

    private static final Lettertypen UNICODE = Lettertypen.leenUnicode();

    private interface Zetter {
        void zet(PdfContentByte cb, Alinea alinea);
    }

    private static byte[] pdf(List<Alinea> alineas, Zetter zetter) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, uit);
        document.open();
        for (Alinea a : alineas) {
            zetter.zet(writer.getDirectContent(), a);
            writer.setPageEmpty(false);
            document.newPage();
        }
        document.close();
        return uit.toByteArray();
    }

    private static List<String> tekstPerPagina(byte[] pdf) {
        PdfTekst alles = PdfTekst.lees(pdf);
        List<String> paginas = new ArrayList<>();
        for (int p = 1; p <= alles.paginas(); p++) {
            paginas.add(PdfTekst.pagina(pdf, p));
        }
        return paginas;
    }
}

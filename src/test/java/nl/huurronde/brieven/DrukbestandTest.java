package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import nl.huurronde.PdfTekst;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrukbestandTest {

    @Test
    void zonderDuplexBrievenInDeVolgordeVanDeAanroeperMetJuistePaginabereiken(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("drukbestand-001.pdf");
        Brief unicode = Voorbeelden.metContract(Voorbeelden.met(Voorbeelden.huurverlaging(), new Geadresseerde(
                "Şükrü Łęcki", "Øresundlaan", 4, null, null, "9711AA", "Groningen")), "C-3");
        List<Brief> brieven = List.of(
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-1"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-2"),
                unicode,
                Voorbeelden.metContract(Voorbeelden.bevriezing(), "C-4"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-5"));

        List<Paginabereik> bereiken = new ArrayList<>();
        try (Drukbestand druk = Drukbestand.open(pdf, false, false)) {
            for (Brief b : brieven) {
                bereiken.add(druk.voegToe(b));
            }
            assertThat(Files.exists(pdf)).as("pas na close op zijn plaats").isFalse();
        }

        assertThat(bereiken).containsExactly(new Paginabereik(1, 1), new Paginabereik(2, 3),
                new Paginabereik(4, 4), new Paginabereik(5, 5), new Paginabereik(6, 7));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfTekst.lees(bytes).paginas()).isEqualTo(7);
        assertThat(PdfTekst.pagina(bytes, 1)).contains("C-1", "€ 541,84");
        assertThat(PdfTekst.pagina(bytes, 2)).contains("C-2", "inkomensafhankelijke");
        assertThat(PdfTekst.pagina(bytes, 3)).contains("Bijlage", "C-2", "€ 43.574 of hoger");
        assertThat(PdfTekst.pagina(bytes, 4)).contains("Şükrü Łęcki", "Øresundlaan 4", "Huurverlaging");
        assertThat(PdfTekst.pagina(bytes, 5)).contains("C-4", "Huurbevriezing");
        assertThat(PdfTekst.pagina(bytes, 7)).contains("C-5", "Bijlage");
        assertThat(Files.list(map)).containsExactly(pdf);
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    /**
     * Duplex (the default): 1- and 2-page letters mixed, every letter starts on an odd page (a front side), a
     * blank page after each 1-page letter, also after the last; the ranges are the letter's own pages.
     */
    @Test
    void duplexElkeBriefBegintOpEenVoorkant(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("duplex.pdf");
        List<Brief> brieven = List.of(
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-1"),
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-2"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-3"),
                Voorbeelden.metContract(Voorbeelden.bevriezing(), "C-4"),
                Voorbeelden.metContract(Voorbeelden.iah(), "C-5"),
                Voorbeelden.metContract(Voorbeelden.regulier(), "C-6"));
        List<Paginabereik> bereiken = new ArrayList<>();
        try (Drukbestand druk = Drukbestand.open(pdf, false)) {
            for (Brief b : brieven) {
                bereiken.add(druk.voegToe(b));
            }
        }

        assertThat(bereiken).containsExactly(new Paginabereik(1, 1), new Paginabereik(3, 3),
                new Paginabereik(5, 6), new Paginabereik(7, 7), new Paginabereik(9, 10), new Paginabereik(11, 11));
        assertThat(bereiken).allSatisfy(b -> assertThat(b.eerste() % 2).as(b.toString()).isEqualTo(1));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(PdfTekst.lees(bytes).paginas()).as("the last 1-page letter is padded too").isEqualTo(12);
        for (int i = 0; i < brieven.size(); i++) {
            assertThat(PdfTekst.pagina(bytes, bereiken.get(i).eerste())).contains("C-" + (i + 1));
        }
        for (int blanco : new int[] {2, 4, 8, 12}) {
            assertThat(PdfTekst.pagina(bytes, blanco)).as("page " + blanco).isBlank();
        }
        assertThat(PdfTekst.pagina(bytes, 6)).contains("Bijlage", "C-3");
    }

    @Test
    void eenLeegDrukbestandWordtNietGeschreven(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("leeg.pdf");
        try (Drukbestand druk = Drukbestand.open(pdf, false)) {
            assertThat(pdf).doesNotExist();
        }
        assertThat(Files.list(map)).isEmpty();
    }

    @Test
    void ookAlsPdfA(@TempDir Path map) throws Exception {
        Path pdf = map.resolve("archief.pdf");
        try (Drukbestand druk = Drukbestand.open(pdf, true)) {
            assertThat(druk.voegToe(Voorbeelden.regulier())).isEqualTo(new Paginabereik(1, 1));
            assertThat(druk.voegToe(Voorbeelden.iah())).isEqualTo(new Paginabereik(3, 4));
            assertThat(druk.voegToe(Voorbeelden.regulier())).isEqualTo(new Paginabereik(5, 5));
        }
        assertThat(PdfTekst.lees(Files.readAllBytes(pdf)).paginas()).isEqualTo(6);
        assertThat(PdfATest.fouten(Files.readAllBytes(pdf))).isEmpty();
    }

    /**
     * The parts that recur are templates of the print file (letterhead with logo, fixed paragraphs and rows),
     * yet every letter's pages read exactly as the same letter rendered on its own, where everything is drawn
     * directly: text, order and page count. The logo is embedded once for the whole file, not per letter.
     */
    @Test
    void sjablonenVeranderenDeTekstNietEnHetLogoStaatErEenKeerIn(@TempDir Path map) throws Exception {
        BufferedImage beeld = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = beeld.createGraphics();
        g.setColor(new Color(0, 90, 160));
        g.fillOval(10, 10, 60, 60);
        g.dispose();
        Path logo = map.resolve("logo.png");
        ImageIO.write(beeld, "png", logo.toFile());
        Briefhoofd hoofd = new Briefhoofd("Woonstichting De Linde", "Postbus 123, 8000 AA Zwolle", "038 - 468 01 23",
                "www.delinde.example", "Postbus 123, 8000 AA Zwolle", logo);
        List<Brief> soorten = List.of(Voorbeelden.regulier(), Voorbeelden.iah(), Voorbeelden.bevriezing(),
                Voorbeelden.huurverlaging(), Voorbeelden.kopie(Voorbeelden.herzien(Voorbeelden.iah(), 2, 1)),
                Voorbeelden.streefhuur(), Voorbeelden.vrijeSector(), Voorbeelden.laagHuur(),
                Voorbeelden.met(Voorbeelden.vrijgesteld(), new Geadresseerde("Łukasz Şahin-Øvergård",
                        "Straße der Ğüneş", 7, null, "bis", "1011 AB", "Amsterdam")));
        List<Brief> brieven = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Brief b = Voorbeelden.metContract(soorten.get(i % soorten.size()), "C-" + i);
            brieven.add(i % 2 == 0 ? Voorbeelden.metBriefhoofd(b, hoofd) : b);
        }
        Path pdf = map.resolve("sjablonen.pdf");
        List<Paginabereik> bereiken = new ArrayList<>();
        int sjablonen;
        try (Drukbestand druk = Drukbestand.open(pdf, false)) {
            for (Brief b : brieven) {
                bereiken.add(druk.voegToe(b));
            }
            sjablonen = druk.sjablonen();
        }

        assertThat(sjablonen).as("templates drawn").isGreaterThan(10);
        BriefRenderer los = new BriefRenderer(false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < brieven.size(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(bereiken.get(i).eerste());
                stripper.setEndPage(bereiken.get(i).laatste());
                String inDrukbestand = stripper.getText(doc);
                PdfTekst alleen = PdfTekst.lees(los.renderPdf(brieven.get(i)));
                assertThat(bereiken.get(i).laatste() - bereiken.get(i).eerste() + 1).as("pages of letter " + i)
                        .isEqualTo(alleen.paginas());
                assertThat(inDrukbestand).as("letter " + i).isEqualTo(alleen.tekst());
            }
            // pages of later letters place templates that earlier pages placed: the same objects
            Set<Object> formulieren = new HashSet<>();
            int plaatsingen = 0;
            Set<Object> beelden = new HashSet<>();
            for (PDPage pagina : doc.getPages()) {
                COSDictionary xobjecten = pagina.getResources() == null ? null
                        : pagina.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT);
                if (xobjecten == null) {
                    continue;
                }
                for (COSName naam : xobjecten.keySet()) {
                    COSBase item = xobjecten.getItem(naam);
                    assertThat(item).isInstanceOf(COSObject.class);
                    var form = pagina.getResources().getXObject(naam);
                    if (form instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        beelden.add(((COSObject) item).getKey());
                        continue;
                    }
                    formulieren.add(((COSObject) item).getKey());
                    plaatsingen++;
                    if (form instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f
                            && f.getResources() != null) {
                        for (COSName b : f.getResources().getXObjectNames()) {
                            COSBase img = f.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT).getItem(b);
                            beelden.add(((COSObject) img).getKey());
                        }
                    }
                }
            }
            assertThat(plaatsingen).as("placements").isGreaterThan(3 * formulieren.size());
            assertThat(beelden).as("the logo, once for the file").hasSize(1);
        }
    }

    /**
     * Each content stream (a page's, a template's) sets the fill colour and font a line needs only when they
     * differ from what it set last, never relies on what it did not set itself, and shows every text in the
     * colour of its kind: labels grey, values and body black, never the light shade of a table's header row.
     */
    @Test
    void elkeRegelInZijnKleurEnLettertypeZonderHerhaling(@TempDir Path map) throws Exception {
        List<Brief> soorten = List.of(Voorbeelden.regulier(), Voorbeelden.iah(), Voorbeelden.huurverlaging(),
                Voorbeelden.kopie(Voorbeelden.herzien(Voorbeelden.iah(), 2, 1)), Voorbeelden.middenhuur(),
                Voorbeelden.met(Voorbeelden.vrijgesteld(), new Geadresseerde("Łukasz Şahin", "Straße", 7, null,
                        null, "1011 AB", "Amsterdam")));
        Path pdf = map.resolve("staat.pdf");
        try (Drukbestand druk = Drukbestand.open(pdf, false)) {
            for (int i = 0; i < 3 * soorten.size(); i++) {
                druk.voegToe(Voorbeelden.metContract(soorten.get(i % soorten.size()), "C-" + i));
            }
        }

        Map<String, List<Float>> kleurVan = new HashMap<>();
        int teksten = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Set<COSBase> vormen = new HashSet<>();
            for (PDPage pagina : doc.getPages()) {
                teksten += Inhoudsstroom.loop(pagina, kleurVan);
                for (COSName naam : pagina.getResources().getXObjectNames()) {
                    if (pagina.getResources().getXObject(naam) instanceof PDFormXObject vorm
                            && vormen.add(vorm.getCOSObject())) {
                        teksten += Inhoudsstroom.loop(vorm, kleurVan);
                    }
                }
            }
        }
        assertThat(teksten).isGreaterThan(100);
        List<Float> grijs = List.of(90 / 255f, 90 / 255f, 90 / 255f);
        List<Float> zwart = List.of(0f, 0f, 0f);
        assertThat(kleurVan.get("Datum")).as("a label").usingComparatorForType(Inhoudsstroom.BIJNA, Float.class)
                .isEqualTo(grijs);
        assertThat(kleurVan.get("Contractnummer")).usingComparatorForType(Inhoudsstroom.BIJNA, Float.class)
                .isEqualTo(grijs);
        assertThat(kleurVan.get("J. de Vries")).as("the address").isEqualTo(zwart);
        assertThat(kleurVan.get("C-4")).as("a value").isEqualTo(zwart);
        assertThat(kleurVan.get("Voorstel huurverhoging per 1 juli 2020")).as("the subject").isEqualTo(zwart);
        List<Float> arcering = List.of(232 / 255f, 237 / 255f, 242 / 255f);
        assertThat(kleurVan.values()).as("no text in the header rows' shade")
                .noneMatch(k -> Inhoudsstroom.BIJNA.compare(k.get(0), arcering.get(0)) == 0
                        && Inhoudsstroom.BIJNA.compare(k.get(2), arcering.get(2)) == 0);
    }

    /** Walks one content stream with the fill colour and font it sets, through {@code q … Q}. */
    private static final class Inhoudsstroom {
        static final java.util.Comparator<Float> BIJNA = (a, b) -> Math.abs(a - b) < 1e-4 ? 0 : Float.compare(a, b);

        private record Staat(List<Float> kleur, String font) {}

        /** The texts shown (their fill colour into {@code kleurVan}, by the string as written); fails on a repeat. */
        static int loop(PDContentStream stroom, Map<String, List<Float>> kleurVan) throws IOException {
            java.util.Deque<Staat> bewaard = new java.util.ArrayDeque<>();
            Staat staat = new Staat(null, null);
            List<COSBase> operanden = new ArrayList<>();
            int teksten = 0;
            PDFStreamParser parser = new PDFStreamParser(stroom);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator op)) {
                    operanden.add((COSBase) token);
                    continue;
                }
                switch (op.getName()) {
                    case "q" -> bewaard.push(staat);
                    case "Q" -> staat = bewaard.pop();
                    case "rg" -> {
                        List<Float> kleur = operanden.stream().map(o -> ((COSNumber) o).floatValue()).toList();
                        assertThat(kleur).as("rg repeats the colour set before").isNotEqualTo(staat.kleur());
                        staat = new Staat(kleur, staat.font());
                    }
                    case "Tf" -> {
                        String font = operanden.get(0) + " " + ((COSNumber) operanden.get(1)).floatValue();
                        assertThat(font).as("Tf repeats the font set before").isNotEqualTo(staat.font());
                        staat = new Staat(staat.kleur(), font);
                    }
                    case "Tj" -> {
                        assertThat(staat.font()).as("text before its stream set a font").isNotNull();
                        assertThat(staat.kleur()).as("text before its stream set a colour").isNotNull();
                        kleurVan.put(((COSString) operanden.get(0)).getString(), staat.kleur());
                        teksten++;
                    }
                    default -> { }
                }
                operanden.clear();
            }
            return teksten;
        }
    }
}

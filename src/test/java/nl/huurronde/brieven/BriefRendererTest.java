package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import nl.huurronde.PdfTekst;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BriefRendererTest {

    private final BriefRenderer renderer = new BriefRenderer(false);

    private PdfTekst render(Brief brief) {
        return PdfTekst.lees(renderer.renderPdf(brief));
    }

    @Test
    void reguliereBriefToontTabelDatumsBezwaarEnMaximaleHuurOpEenPagina() {
        PdfTekst pdf = render(Voorbeelden.regulier());
        String t = pdf.plat();

        assertThat(pdf.paginas()).isEqualTo(1);
        assertThat(t).contains("Voorstel huurverhoging per 1 juli 2020", "20 april 2020", "Geachte J. de Vries,",
                "Kerkstraat 12A", "8011 AB", "ZWOLLE", "C-000123", "VHE-4711");
        // the table: current kale huur, servicekosten and bruto; new kale huur, increase, new bruto, ingangsdatum
        assertThat(t).contains("Kale huur (netto huur) € 520,50 € 541,84", "Servicekosten € 25,00 € 25,00",
                "Totale huur (bruto huur) € 545,50 € 566,84", "Huurverhoging van de kale huur € 21,34 (4,10%)",
                "Ingangsdatum 1 juli 2020");
        assertThat(t).contains("143 punten", "€ 812,34", "Maximale huur");
        assertThat(t).contains("vóór 1 juli 2020", "schriftelijk", "Postbus 123, 8000 AA Zwolle", "Huurcommissie",
                "maximale huur van uw woning");
        // the IAH grounds belong in IAH letters only
        assertThat(t).doesNotContain("AOW-leeftijd", "4 of meer personen", "inkomensafhankelijke huurverhoging");
        assertThat(t).contains("038 - 468 01 23", "www.delinde.example", "Met vriendelijke groet,");
    }

    @Test
    void iahBriefNoemtAlleenDeInkomenscategorieEnKrijgtDeVerklaringAlsTweedePagina() {
        byte[] bytes = renderer.renderPdf(Voorbeelden.iah());
        PdfTekst pdf = PdfTekst.lees(bytes);
        String eerste = PdfTekst.pagina(bytes, 1).replaceAll("\\s+", " ");
        String bijlage = PdfTekst.pagina(bytes, 2).replaceAll("\\s+", " ");

        assertThat(pdf.paginas()).isEqualTo(2);
        assertThat(eerste).contains("uw huishoudinkomen over 2018 was € 43.574 of hoger".substring(3),
                "inkomensafhankelijke huurverhoging", "€ 29,15 (5,60%)", "€ 549,65");
        // the bezwaar grounds of the 2020 law: household, AOW, 4+, chronic illness, income dropped, maximale huur
        assertThat(eerste).contains("uw huishouden is veranderd", "de AOW-leeftijd heeft bereikt",
                "4 of meer personen", "chronisch ziek of gehandicapt", "huishoudinkomen is gedaald",
                "over 2019 lager dan de inkomensgrens", "maximale huur", "Huurcommissie");
        assertThat(bijlage).contains("Belastingdienst", "Inkomensjaar 2018", "€ 43.574 of hoger",
                "Bijlage bij de brief van 20 april 2020");
    }

    @Test
    void iahBriefNaastDeWetVan2022NoemtGeenAowOfVierPlusGrond() {
        String t = render(Voorbeelden.metGronden(Voorbeelden.iah(), false, false)).plat();

        assertThat(t).contains("chronisch ziek of gehandicapt", "huishoudinkomen is gedaald",
                "uw huishouden is veranderd");
        assertThat(t).doesNotContain("AOW-leeftijd", "4 of meer personen");
    }

    @Test
    void bevriezingZegtDatDeHuurGelijkBlijft() {
        PdfTekst pdf = render(Voorbeelden.bevriezing());
        String t = pdf.plat();

        assertThat(pdf.paginas()).isEqualTo(1);
        assertThat(t).contains("Huurbevriezing: uw huur per 1 juli 2020", "huurbevriezing gekregen",
                "geen huurverhoging", "€ 0,00 (0,00%)", "Kale huur (netto huur) € 520,50 € 520,50");
        assertThat(t).doesNotContain("akkoord met dit voorstel");
    }

    @Test
    void vrijeSectorZonderMaximaleHuurEnMetDeKantonrechter() {
        PdfTekst pdf = render(Voorbeelden.vrijeSector());
        String t = pdf.plat();

        assertThat(pdf.paginas()).isEqualTo(1);
        assertThat(t).contains("vrije sector", "liberalisatiegrens", "€ 1.012,00", "€ 1.038,31", "(2,60%)",
                "kantonrechter", "Huurcommissie");
        assertThat(t).doesNotContain("Maximale huur", "WWS");
    }

    @Test
    void middenhuurMetMaximaleHuurEnPunten() {
        String t = render(Voorbeelden.middenhuur()).plat();

        assertThat(t).contains("middensegment", "Voorstel huurverhoging per 1 juli 2026", "170 punten",
                "€ 1.228,07", "€ 980,00", "€ 1.039,78", "(6,10%)", "vóór 1 juli 2026");
    }

    /** Issue #24 item 15: the letters explain what the tenant gets, and agree only where there is an increase. */
    @Test
    void deLageHuurZegtDatDeWetEenVastBedragToestaat() {
        String t = render(Voorbeelden.laagHuur()).plat();
        assertThat(t).contains("Voor een kale huur onder € 350,00 staat de wet een vaste verhoging per maand toe",
                "ook als die in procenten meer is dan het gewone maximum", "Uw kale huur was € 320,00",
                "Wij verhogen huren onder die grens met € 25,00 per maand", "(7,81%)");
        assertThat(t).doesNotContain("Wij blijven binnen die grens");
    }

    @Test
    void deWoonwagenbriefNoemtDeVerhoging() {
        String t = render(Voorbeelden.woonwagen()).plat();
        assertThat(t).contains("Voor woonwagens en standplaatsen is de huurverhoging dit jaar ten hoogste 2,60%");
        assertThat(t).doesNotContain("dezelfde jaarlijkse huurverhoging");
    }

    @Test
    void eenHuurverlagingBijBevriezingZegtDatDeHuurOmlaagGaat() {
        String t = render(Voorbeelden.bevriezingMetVerlaging()).plat();
        assertThat(t).contains("Huurverlaging per 1 juli 2020", "huurbevriezing gekregen",
                "Uw huur gaat vanaf 1 juli 2020 zelfs omlaag", "naar de maximale huur van € 812,34");
        assertThat(t).doesNotContain("geen huurverhoging", "akkoord");
    }

    @Test
    void akkoordDoorBetalenAlleenBijEenVerhoging() {
        assertThat(render(Voorbeelden.regulier()).plat()).contains("Betaalt u vanaf 1 juli 2020 de nieuwe huur? Dan"
                + " gaat u akkoord met dit voorstel.");
        for (Brief zonder : List.of(Voorbeelden.bevriezing(), Voorbeelden.huurverlaging(),
                Voorbeelden.bevriezingMetVerlaging())) {
            assertThat(render(zonder).plat()).as(zonder.soort() + " " + zonder.verhogingBedrag())
                    .doesNotContain("akkoord");
        }
    }

    @Test
    void eenContactpersoonEnOndertekeningUitHetJobbestand() {
        Briefhoofd hoofd = new Briefhoofd("Woonstichting De Linde", "Postbus 123, 8000 AA Zwolle", "038 - 468 01 23",
                "www.delinde.example", "Postbus 123, 8000 AA Zwolle", null,
                new nl.huurronde.beleid.Verhuurder.Ondertekening("A. Jansen", "manager Wonen"),
                new nl.huurronde.beleid.Verhuurder.Contact("het Klantcontactcentrum", null, "huur@delinde.example"));
        String t = render(Voorbeelden.metBriefhoofd(Voorbeelden.regulier(), hoofd)).plat();
        assertThat(t).contains("Neem dan contact op met het Klantcontactcentrum: bel 038 - 468 01 23 of mail naar"
                + " huur@delinde.example.", "Met vriendelijke groet, A. Jansen manager Wonen Woonstichting De Linde");
        assertThat(render(Voorbeelden.regulier()).plat()).contains("Bel ons op 038 - 468 01 23",
                "Met vriendelijke groet, Woonstichting De Linde");
    }

    @Test
    void woonwagenEnStandplaats() {
        assertThat(render(Voorbeelden.woonwagen()).plat()).contains("U huurt een woonwagen",
                "nooit een inkomensafhankelijke", "€ 318,06", "(2,60%)");
        assertThat(render(Voorbeelden.standplaats()).plat()).contains("U huurt een standplaats", "€ 153,90",
                "maximale huur van uw standplaats");
    }

    @Test
    void begrensdOpDeStreefhuur() {
        String t = render(Voorbeelden.streefhuur()).plat();

        assertThat(t).contains("streefhuur", "De streefhuur van uw woning is vanaf 1 juli 2020 € 612,40",
                "Daarom is uw huurverhoging lager", "€ 12,40 (2,07%)");
    }

    @Test
    void begrensdOpDeMaximaleHuur() {
        String t = render(Voorbeelden.maximaleHuur()).plat();

        assertThat(t).contains("Daarom stijgt uw kale huur niet verder dan € 812,34", "(1,54%)");
    }

    @Test
    void eenLagereHuurHeetHuurverlaging() {
        PdfTekst pdf = render(Voorbeelden.huurverlaging());
        String t = pdf.plat();

        assertThat(pdf.paginas()).isEqualTo(1);
        assertThat(t).contains("Huurverlaging per 1 juli 2020", "huurverlaging van € 17,66",
                "Huurverlaging van de kale huur € 17,66 (2,13%)", "Waarom deze huurverlaging?",
                "Kale huur (netto huur) € 830,00 € 812,34");
        assertThat(t).doesNotContain("akkoord met dit voorstel", "€ -");
    }

    @Test
    void huursomBegrensd() {
        String t = render(Voorbeelden.huursom()).plat();

        assertThat(t).contains("(de huursom)", "lager dan gewoonlijk", "€ 15,35 (2,95%)");
    }

    @Test
    void vrijgesteldeHuishoudensHorenWaaromZeGeenInkomensafhankelijkeVerhogingKrijgen() {
        String t = render(Voorbeelden.vrijgesteld()).plat();

        assertThat(t).contains("Toch krijgt u geen inkomensafhankelijke huurverhoging",
                "op 1 juli 2020 de AOW-leeftijd heeft bereikt", "chronisch ziek of gehandicapt is.");
        assertThat(t).doesNotContain("4 of meer personen");
    }

    @Test
    void herzienVoorstelNoemtDeVersieDieHetVervangt() {
        String t = render(Voorbeelden.herzien(Voorbeelden.regulier(), 2, 1)).plat();

        assertThat(t).contains("Herzien voorstel per 1 juli 2020 – vervangt versie 1", "Versie 2",
                "U heeft bezwaar gemaakt");
    }

    @Test
    void eenHerdrukIsGemarkeerdAlsKopie() {
        String t = render(Voorbeelden.kopie(Voorbeelden.regulier())).plat();
        String origineel = render(Voorbeelden.regulier()).plat();

        assertThat(t).contains("KOPIE van de brief van 20 april 2020");
        assertThat(origineel).doesNotContain("KOPIE");
    }

    @Test
    void unicodeNamenKomenOngeschondenTerugUitEenIngebedLettertype() throws Exception {
        Geadresseerde adres = new Geadresseerde("Łukasz Şahin-Øvergård ı", "Straße der Ğüneş", 7, null, "bis",
                "1011 AB", "Amsterdam");
        byte[] bytes = renderer.renderPdf(Voorbeelden.met(Voorbeelden.regulier(), adres));
        String t = PdfTekst.lees(bytes).plat();

        assertThat(t).contains("Łukasz Şahin-Øvergård ı", "Straße der Ğüneş 7-bis", "Geachte heer/mevrouw Łukasz Şahin-Øvergård ı,",
                "€ 520,50", "4,10%");
        // only the strings Helvetica cannot show use the embedded DejaVu subset
        assertThat(lettertypen(bytes)).anyMatch(f -> f.isEmbedded() && f.getName().contains("DejaVuSans"))
                .anyMatch(f -> !f.isEmbedded() && f.getName().equals("Helvetica"));
    }

    @Test
    void gewoneNamenGebruikenStandaardHelveticaZonderInbedden() throws Exception {
        byte[] bytes = renderer.renderPdf(Voorbeelden.met(Voorbeelden.regulier(), new Geadresseerde(
                "Zoë Çelik-Müller", "Ëikenlaan", 3, "b", null, "1234AB", "Utrecht")));

        assertThat(lettertypen(bytes)).allMatch(f -> !f.isEmbedded() && f.getName().startsWith("Helvetica"));
        assertThat(PdfTekst.lees(bytes).plat()).contains("Zoë Çelik-Müller", "Ëikenlaan 3b", "1234 AB", "UTRECHT");
    }

    static Stream<Arguments> alleSoorten() {
        return Stream.of(
                Arguments.of("regulier", Voorbeelden.regulier(), 1),
                Arguments.of("iah", Voorbeelden.iah(), 2),
                Arguments.of("iah herzien kopie", Voorbeelden.kopie(Voorbeelden.herzien(Voorbeelden.iah(), 2, 1)), 2),
                Arguments.of("bevriezing", Voorbeelden.bevriezing(), 1),
                Arguments.of("vrije sector", Voorbeelden.vrijeSector(), 1),
                Arguments.of("middenhuur", Voorbeelden.middenhuur(), 1),
                Arguments.of("woonwagen", Voorbeelden.woonwagen(), 1),
                Arguments.of("standplaats", Voorbeelden.standplaats(), 1),
                Arguments.of("streefhuur", Voorbeelden.streefhuur(), 1),
                Arguments.of("maximale huur", Voorbeelden.maximaleHuur(), 1),
                Arguments.of("huurverlaging", Voorbeelden.huurverlaging(), 1),
                Arguments.of("huursom", Voorbeelden.huursom(), 1),
                Arguments.of("vrijgesteld", Voorbeelden.herzien(Voorbeelden.vrijgesteld(), 3, 2), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("alleSoorten")
    void elkeBriefPastOpEenA4EnHoudtBedragenOpEenRegel(String naam, Brief brief, int paginas) throws Exception {
        byte[] bytes = renderer.renderPdf(brief);
        PdfTekst pdf = PdfTekst.lees(bytes);

        assertThat(pdf.paginas()).isEqualTo(paginas);
        assertThat(pdf.tekst().lines()).noneMatch(regel -> regel.strip().endsWith("€"));
        assertThat(pdf.plat()).contains("Bent u het niet eens met dit voorstel?", "Huurcommissie",
                "vóór " + NlFormaat.datum(brief.ingangsdatum()));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDPage pagina = doc.getPage(0);
            assertThat(pagina.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(pagina.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

    @Test
    void dezelfdeBriefGeeftDezelfdeBytesEnDezelfdeTekst() {
        Brief brief = Voorbeelden.iah();

        // Helvetica letters are byte-identical (fixed dates, file id from the contract and version) ...
        assertThat(Arrays.equals(renderer.renderPdf(brief), renderer.renderPdf(brief))).isTrue();
        // ... embedded fonts get a random subset prefix from OpenPDF, so there only the text is identical
        BriefRenderer archief = new BriefRenderer(true);
        assertThat(PdfTekst.lees(archief.renderPdf(brief))).isEqualTo(PdfTekst.lees(archief.renderPdf(brief)));
        try (PDDocument doc = Loader.loadPDF(renderer.renderPdf(brief))) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(java.time.ZonedDateTime.of(2020, 4, 20, 0, 0, 0, 0,
                            java.time.ZoneId.of("Europe/Amsterdam")).toInstant());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void elkeBriefDraagtZijnEigenVerzenddatum() throws Exception {
        // the PDF date is made once per date and reused: letters of other dates in between must not get it
        Brief brief = Voorbeelden.regulier();
        LocalDate andere = brief.verzenddatum().plusDays(9);
        for (LocalDate datum : List.of(brief.verzenddatum(), andere, brief.verzenddatum(), andere)) {
            try (PDDocument doc = Loader.loadPDF(renderer.renderPdf(Voorbeelden.verzonden(brief, datum)))) {
                java.time.Instant middernacht = datum.atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
                assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(middernacht);
                assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(middernacht);
            }
        }
    }

    @Test
    void tweeThreadsTegelijkGevenDezelfdeBrievenAlsEen() throws Exception {
        List<Brief> brieven = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Brief b = i % 3 == 0 ? Voorbeelden.met(Voorbeelden.iah(), new Geadresseerde("Ağa Øberg " + i, "Łąka", i,
                    null, null, "1000AA", "Ede")) : Voorbeelden.regulier();
            brieven.add(Voorbeelden.metContract(b, "C-" + i));
        }
        List<PdfTekst> verwacht = brieven.stream().map(renderer::renderPdf).map(PdfTekst::lees).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PdfTekst>> futures = new ArrayList<>();
            for (Brief b : brieven) {
                futures.add(pool.submit(() -> PdfTekst.lees(renderer.renderPdf(b))));
            }
            for (int i = 0; i < brieven.size(); i++) {
                assertThat(futures.get(i).get()).as("brief %d", i).isEqualTo(verwacht.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(verwacht.get(3).plat()).contains("Ağa Øberg 3", "Łąka 3");
    }

    @Test
    void logoMetTransparantieWordtGetoond(@TempDir Path map) throws Exception {
        BufferedImage beeld = new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = beeld.createGraphics();
        g.setColor(new Color(0, 90, 160, 200));
        g.fillOval(10, 10, 60, 60);
        g.dispose();
        Path logo = map.resolve("logo.png");
        ImageIO.write(beeld, "png", logo.toFile());
        Briefhoofd hoofd = new Briefhoofd("Woonstichting De Linde", "Postbus 123, 8000 AA Zwolle", "038 - 468 01 23",
                "www.delinde.example", "Postbus 123, 8000 AA Zwolle", logo);

        for (BriefRenderer r : List.of(renderer, new BriefRenderer(true))) {
            byte[] bytes = r.renderPdf(Voorbeelden.metBriefhoofd(Voorbeelden.regulier(), hoofd));
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                var resources = doc.getPage(0).getResources();
                assertThat(resources.getXObjectNames()).hasSize(1);
                var xobject = resources.getXObject(resources.getXObjectNames().iterator().next());
                assertThat(xobject.getCOSObject().containsKey(COSName.SMASK)).isFalse();
            }
            assertThat(PdfTekst.lees(bytes).plat()).contains("Woonstichting De Linde", "€ 520,50");
        }
    }

    private static List<PDFont> lettertypen(byte[] pdf) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage pagina : doc.getPages()) {
                for (COSName naam : pagina.getResources().getFontNames()) {
                    fonts.add(pagina.getResources().getFont(naam));
                }
            }
        }
        assertThat(fonts).isNotEmpty();
        return fonts;
    }
}

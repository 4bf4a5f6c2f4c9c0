package nl.huurronde.vergelijk;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.rapport.Opmaak;
import nl.huurronde.rapport.RapportPdf;
import nl.huurronde.rapport.Som;
import nl.huurronde.rapport.Tekenblad;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * vergelijking.pdf: the two policy variants side by side for rent-policy staff: totals and huursom, per soort
 * and per income category, then the contracts whose new rent differs most (as many pages as they need).
 */
final class VergelijkingPdf {

    static final String BESTAND = "vergelijking.pdf";
    private static final float LINKS = RapportPdf.LINKS;
    private static final float BREEDTE = RapportPdf.BREEDTE;
    private static final int CONTRACTEN_PER_PAGINA = 60;

    private VergelijkingPdf() {}

    static void schrijf(Path map, VergelijkingCijfers c) throws IOException {
        try (Uitvoerbestand bestand = Uitvoerbestand.open(map.resolve(BESTAND))) {
            try (OutputStream uit = bestand.stroom()) {
                schrijf(c, uit);
            }
            bestand.voltooi();
        }
    }

    static void schrijf(VergelijkingCijfers c, OutputStream uit) {
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, uit);
        writer.getInfo().put(PdfName.TITLE, new PdfString("Vergelijking " + c.a().runId() + " en " + c.b().runId(),
                PdfString.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATOR, new PdfString("huurronde", PdfString.TEXT_UNICODE));
        document.open();
        Tekenblad t = Tekenblad.op(writer.getDirectContent());
        overzicht(t, c);
        List<VergelijkingCijfers.Contract> contracten = c.grootste();
        for (int van = 0; van < contracten.size(); van += CONTRACTEN_PER_PAGINA) {
            document.newPage();
            contracten(t, c, contracten.subList(van, Math.min(contracten.size(), van + CONTRACTEN_PER_PAGINA)), van);
        }
        document.close();
    }

    private static void overzicht(Tekenblad t, VergelijkingCijfers c) {
        float y = RapportPdf.BOVEN;
        t.tekst("Vergelijking van twee beleidsvarianten", LINKS, y - 14, 16, true, Element.ALIGN_LEFT);
        y -= 34;
        y = t.alinea("A: " + c.a().beleid() + " (simulatie " + c.a().runId() + ")", LINKS, y, BREEDTE, 9);
        y = t.alinea("B: " + c.b().beleid() + " (simulatie " + c.b().runId() + ")", LINKS, y, BREEDTE, 9);
        VergelijkingCijfers.Verschillen koppeling = c.verschillen();
        y = t.alinea((c.zelfdeInvoer() ? "Beide op dezelfde invoer" : "Elk op de eigen invoer, contracten gekoppeld op "
                + "contract_id (alleen in A: " + Opmaak.aantal(koppeling.alleenInA()) + ", alleen in B: "
                + Opmaak.aantal(koppeling.alleenInB()) + ")") + "; verschil = B − A. Bedragen per maand (kale huur).", LINKS, y,
                BREEDTE, 7.5f);
        y -= 14;

        y = kop(t, "Totaal en huursom", y);
        VergelijkingCijfers.Kant a = c.a();
        VergelijkingCijfers.Kant b = c.b();
        List<String[]> totaal = new ArrayList<>();
        totaal.add(new String[] {"Contracten", Opmaak.aantal(a.totaal().aantal()), Opmaak.aantal(b.totaal().aantal()),
                Opmaak.verschilAantal(b.totaal().aantal() - a.totaal().aantal())});
        totaal.add(bedragen("Som kale huur oud", a.totaal().oud(), b.totaal().oud()));
        totaal.add(bedragen("Som kale huur nieuw", a.totaal().nieuw(), b.totaal().nieuw()));
        totaal.add(bedragen("Mutatie per maand", a.totaal().mutatie(), b.totaal().mutatie()));
        totaal.add(bedragen("Opbrengsteffect per jaar (12 × mutatie)", a.totaal().jaareffect(),
                b.totaal().jaareffect()));
        totaal.add(procenten("Huursomstijging", a.huursom().pct(), b.huursom().pct()));
        totaal.add(new String[] {"Contracten in de huursom", Opmaak.aantal(a.huursom().aantal()),
                Opmaak.aantal(b.huursom().aantal()), Opmaak.verschilAantal(b.huursom().aantal() - a.huursom().aantal())});
        totaal.add(procenten("Maximale huursomstijging", pct(a.maxPct()), pct(b.maxPct())));
        totaal.add(new String[] {"Cap c", a.cap() == null ? "niet nodig" : Opmaak.fractie(a.cap()),
                b.cap() == null ? "niet nodig" : Opmaak.fractie(b.cap()), ""});
        y = t.tabel(LINKS, y, new float[] {200, 95, 95, 95}, new boolean[] {false, true, true, true},
                new String[] {"", "A", "B", "Verschil"}, totaal, 8.5f);
        y -= 14;

        y = groepen(t, "Per soort", "Soort", c.perSoort(), y);
        y = groepen(t, "Per inkomenscategorie", "Categorie", c.perInkomen(), y);

        y = kop(t, "Verschillen per contract", y);
        VergelijkingCijfers.Verschillen v = c.verschillen();
        String samenvatting = v.geen()
                ? "Geen verschillen: beide varianten geven elk contract dezelfde soort en dezelfde nieuwe huur."
                : Opmaak.aantal(v.hogerInB()) + " contracten krijgen onder B een hogere nieuwe huur, "
                  + Opmaak.aantal(v.lagerInB()) + " een lagere en " + Opmaak.aantal(v.gelijk()) + " dezelfde; "
                  + Opmaak.aantal(v.andereSoort()) + " krijgen een andere soort verhoging."
                  + (v.alleenInA() + v.alleenInB() > 0 ? " Alleen in A: " + Opmaak.aantal(v.alleenInA())
                     + ", alleen in B: " + Opmaak.aantal(v.alleenInB()) + "." : "")
                  + (c.grootste().isEmpty() ? "" : " De " + Opmaak.aantal(c.grootste().size())
                     + " grootste verschillen staan op de volgende pagina.");
        t.alinea(samenvatting, LINKS, y, BREEDTE, 8.5f);
    }

    private static float groepen(Tekenblad t, String titel, String naam, List<VergelijkingCijfers.Rij> rijen,
                                 float y) {
        y = kop(t, titel, y);
        List<String[]> cellen = new ArrayList<>();
        for (VergelijkingCijfers.Rij rij : rijen) {
            cellen.add(new String[] {rij.groep(), Opmaak.aantal(rij.a().aantal()), Opmaak.aantal(rij.b().aantal()),
                    Opmaak.bedrag(rij.a().gemiddeldeVerhoging()), Opmaak.bedrag(rij.b().gemiddeldeVerhoging()),
                    Opmaak.procent(rij.a().gemiddeldPct()), Opmaak.procent(rij.b().gemiddeldPct())});
        }
        y = t.tabel(LINKS, y, new float[] {105, 55, 55, 75, 75, 65, 65},
                new boolean[] {false, true, true, true, true, true, true},
                new String[] {naam, "Aantal A", "Aantal B", "Gem. € A", "Gem. € B", "Gem. % A", "Gem. % B"}, cellen,
                8);
        return y - 14;
    }

    private static void contracten(Tekenblad t, VergelijkingCijfers c, List<VergelijkingCijfers.Contract> lijst,
                                   int eerste) {
        float y = RapportPdf.BOVEN;
        y = kop(t, "Contracten met het grootste verschil in nieuwe huur (B − A)"
                + (eerste > 0 ? ", vervolg" : ""), y);
        List<String[]> rijen = new ArrayList<>();
        int nummer = eerste;
        for (VergelijkingCijfers.Contract k : lijst) {
            rijen.add(new String[] {Integer.toString(++nummer), k.contractId(), k.vheId(), k.soortA(), k.soortB(),
                    Opmaak.bedrag(k.oud()), Opmaak.bedrag(k.nieuwA()), Opmaak.bedrag(k.nieuwB()),
                    Opmaak.verschil(k.verschil())});
        }
        t.tabel(LINKS, y, new float[] {22, 62, 62, 62, 62, 55, 55, 55, 60},
                new boolean[] {true, false, false, false, false, true, true, true, true},
                new String[] {"#", "Contract", "VHE", "Soort A", "Soort B", "Oud", "Nieuw A", "Nieuw B", "Verschil"},
                rijen, 7);
    }

    private static String[] bedragen(String naam, BigDecimal a, BigDecimal b) {
        return new String[] {naam, Opmaak.bedrag(a), Opmaak.bedrag(b), Opmaak.verschil(b.subtract(a))};
    }

    private static String[] procenten(String naam, BigDecimal a, BigDecimal b) {
        return new String[] {naam, Opmaak.procent(a), Opmaak.procent(b),
                a == null || b == null ? "" : Opmaak.verschilProcent(b.subtract(a)) + "-punt"};
    }

    private static BigDecimal pct(BigDecimal fractie) {
        return fractie == null ? null : fractie.movePointRight(2);
    }

    private static float kop(Tekenblad t, String tekst, float y) {
        t.tekst(tekst, LINKS, y, 11, true, Element.ALIGN_LEFT);
        return y - 18;
    }
}

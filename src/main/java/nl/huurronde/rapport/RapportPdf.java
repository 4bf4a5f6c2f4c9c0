package nl.huurronde.rapport;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.regels.Soort;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out the huursom report on two A4 pages: the key figures and tables on the first, the charts on the
 * second. Positions are fixed (not flowing text), so the report always has the same two pages.
 */
public final class RapportPdf {

    public static final float LINKS = 50;
    public static final float RECHTS = PageSize.A4.getWidth() - 50;
    public static final float BOVEN = PageSize.A4.getHeight() - 50;
    public static final float BREEDTE = RECHTS - LINKS;

    private RapportPdf() {}

    public static void schrijf(RapportCijfers c, OutputStream uit) {
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, uit);
        writer.getInfo().put(PdfName.TITLE, new PdfString(titel(c), PdfString.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATOR, new PdfString("huurronde", PdfString.TEXT_UNICODE));
        document.open();
        Tekenblad t = Tekenblad.op(writer.getDirectContent());
        eerstePagina(t, c);
        voet(t, c, 1);
        document.newPage();
        tweedePagina(t, c);
        voet(t, c, 2);
        document.close();
    }

    public static String titel(RapportCijfers c) {
        return "Huursomrapport huurronde " + NlFormaat.datum(c.ingangsdatum()) + (c.voorlopig().isEmpty() ? "" : " — VOORLOPIG");
    }

    private static void eerstePagina(Tekenblad t, RapportCijfers c) {
        float y = BOVEN;
        t.tekst(titel(c), LINKS, y - 14, 16, true, Element.ALIGN_LEFT);
        y -= 32;
        t.links(c.verhuurder() + " · run " + c.runId(), LINKS, y, 9);
        if (c.simulatie()) {
            y -= 13;
            t.tekst("SIMULATIE: beleidsverkenning, geen brieven en geen gevolgen voor de huurronde", LINKS, y, 9,
                    true, Element.ALIGN_LEFT);
        }
        if (!c.voorlopig().isEmpty()) {
            y -= 13;
            t.tekst("VOORLOPIG: de wet van " + c.jaar() + " is nog niet compleet; de uitkomsten rusten op aannames",
                    LINKS, y, 9, true, Element.ALIGN_LEFT);
            y -= 4;
            y = t.alinea(String.join("; ", c.voorlopig()), LINKS, y, BREEDTE, 7);
        }
        y -= 26;

        Som totaal = c.totaal();
        y = kop(t, "Kerncijfers", y);
        List<String[]> kern = new ArrayList<>();
        kern.add(new String[] {"Contracten verwerkt", Opmaak.aantal(totaal.aantal())});
        kern.add(new String[] {"Som kale huur oud, per maand", Opmaak.bedrag(totaal.oud())});
        kern.add(new String[] {"Som kale huur nieuw, per maand", Opmaak.bedrag(totaal.nieuw())});
        kern.add(new String[] {"Mutatie per maand", Opmaak.bedrag(totaal.mutatie())});
        kern.add(new String[] {"Opbrengsteffect per jaar (12 × mutatie)", Opmaak.bedrag(totaal.jaareffect())});
        kern.add(new String[] {"Gemiddelde stijging kale huur, alle contracten", Opmaak.procent(totaal.pct())});
        y = t.tabel(LINKS, y, new float[] {230, 110}, new boolean[] {false, true}, null, kern, 9);
        y -= 14;

        y = kop(t, "Huursom (contracten in de huursom)", y);
        List<String[]> huursom = new ArrayList<>();
        huursom.add(huursomRij("Vóór de cap", c.huursomVoor()));
        huursom.add(huursomRij("Na de cap", c.huursomNa()));
        y = t.tabel(LINKS, y, new float[] {120, 70, 100, 100, 70}, new boolean[] {false, true, true, true, true},
                new String[] {"", "Contracten", "Som oud", "Som nieuw", "Stijging"}, huursom, 9);
        y -= 4;
        t.links("Maximale huursomstijging (beleid): " + Opmaak.fractie(c.maxPct()), LINKS, y, 9);
        y -= 13;
        t.links("Cap c op de reguliere en woonwagenverhoging: " + (c.cap() == null ? "niet nodig"
                : Opmaak.fractie(c.cap())), LINKS, y, 9);
        y -= 22;

        y = kop(t, "Per sector en soort", y);
        List<String[]> soorten = new ArrayList<>();
        for (Map.Entry<RapportCijfers.Groep, Som> e : c.naCap().entrySet()) {
            Som voor = c.voorCap().getOrDefault(e.getKey(), Som.NUL);
            Som na = e.getValue();
            soorten.add(new String[] {e.getKey().sector().name(), e.getKey().soort().name(), Opmaak.aantal(na.aantal()),
                    Opmaak.bedrag(na.oud()), Opmaak.bedrag(voor.nieuw()), Opmaak.bedrag(na.nieuw()),
                    Opmaak.bedrag(na.mutatie()), Opmaak.procent(na.pct())});
        }
        Som voorTotaal = c.voorCap().values().stream().reduce(Som.NUL, Som::plus);
        soorten.add(new String[] {"Totaal", "", Opmaak.aantal(totaal.aantal()), Opmaak.bedrag(totaal.oud()),
                Opmaak.bedrag(voorTotaal.nieuw()), Opmaak.bedrag(totaal.nieuw()), Opmaak.bedrag(totaal.mutatie()),
                Opmaak.procent(totaal.pct())});
        y = t.tabel(LINKS, y, new float[] {52, 78, 52, 68, 68, 68, 58, 51},
                new boolean[] {false, false, true, true, true, true, true, true},
                new String[] {"Sector", "Soort", "Aantal", "Som oud", "Nieuw vóór cap", "Nieuw na cap", "Mutatie",
                        "Stijging"}, soorten, 7.5f);
        y -= 2;
        t.links("Bedragen per maand (kale huur). Stijging = (som nieuw − som oud) / som oud.", LINKS, y, 7);
        y -= 24;

        y = kop(t, "Huur tegenover streefhuur en maximale huur (sociale huur)", y);
        RapportCijfers.Huurpositie p = c.huurpositie();
        y = Staafdiagram.paren(t, LINKS, y, BREEDTE, RapportCijfers.Huurpositie.CATEGORIEEN, p.voor(), p.na(),
                "vóór: oude huur en streefhuur " + (c.jaar() - 1), "na: nieuwe huur en streefhuur " + c.jaar());
        y -= 4;
        y = t.alinea("Elk contract in één groep: eerst op (of boven) de maximale huur, anders onder, op of boven de "
                + "streefhuur." + (p.zonderStreefhuur() > 0 ? " " + Opmaak.aantal(p.zonderStreefhuur())
                + " sociale contracten zonder streefhuur (zoals woonwagens en standplaatsen) zijn niet ingedeeld." : ""),
                LINKS, y, BREEDTE, 7);
        if (!c.waarschuwingen().isEmpty()) {
            y -= 8;
            t.tekst("Let op", LINKS, y, 8, true, Element.ALIGN_LEFT);
            y -= 11;
            for (String w : c.waarschuwingen()) {
                y = t.alinea("• " + w, LINKS, y, BREEDTE, 7);
            }
        }
    }

    private static String[] huursomRij(String naam, Som som) {
        return new String[] {naam, Opmaak.aantal(som.aantal()), Opmaak.bedrag(som.oud()), Opmaak.bedrag(som.nieuw()),
                Opmaak.procent(som.pct())};
    }

    private static void tweedePagina(Tekenblad t, RapportCijfers c) {
        float y = BOVEN;
        boolean metVoor = !c.verdelingVoor().isEmpty();
        y = kop(t, "Verdeling van de huurverhogingen per soort" + (metVoor ? " (vóór en na de cap)" : ""), y);
        if (metVoor) {
            Staafdiagram.legenda(t, LINKS, y + 2, "vóór de cap", "na de cap");
            y -= 12;
        }
        List<Soort> soorten = c.verdelingNa().keySet().stream().toList();
        List<String> klassen = new ArrayList<>();
        for (int k = 0; k < Klassen.NAMEN.size(); k++) {
            klassen.add(Klassen.label(k));
        }
        float paneelB = (BREEDTE - 16) / 2;
        float paneelH = 118;
        for (int i = 0; i < soorten.size(); i++) {
            Soort soort = soorten.get(i);
            long[] na = c.verdelingNa().get(soort);
            long aantal = 0;
            for (long n : na) {
                aantal += n;
            }
            float px = LINKS + (i % 2) * (paneelB + 16);
            float py = y - (i / 2 + 1) * (paneelH + 6);
            Staafdiagram.histogram(t, px, py, paneelB, paneelH, soort.name() + " (" + Opmaak.aantal(aantal) + ")",
                    klassen, na, metVoor ? c.verdelingVoor().getOrDefault(soort, new long[na.length]) : null);
        }
        y -= ((soorten.size() + 1) / 2) * (paneelH + 6) + 4;
        t.links("Aantal contracten per klasse van de verhoging in procent (verhoging_pct van audit.csv); "
                + "klasse 1–2 = van 1% tot 2%.", LINKS, y, 7);
        y -= 26;

        y = kop(t, "Huishoudens boven de aftoppingsgrenzen en de liberalisatiegrens (sociale huur)", y);
        RapportCijfers.Aftopping a = c.aftopping();
        RapportCijfers.Liberalisatie l = c.liberalisatie();
        List<String> categorieen = new ArrayList<>();
        List<long[]> waarden = new ArrayList<>();
        if (a.bekend()) {
            categorieen.add("1–2 personen boven " + Opmaak.bedrag(a.grens12()) + " (van "
                    + Opmaak.aantal(a.aantal()[RapportCijfers.Aftopping.KLEIN]) + ")");
            waarden.add(new long[] {a.bovenVoor()[0], a.bovenNa()[0]});
            categorieen.add("3+ personen boven " + Opmaak.bedrag(a.grens3()) + " (van "
                    + Opmaak.aantal(a.aantal()[RapportCijfers.Aftopping.GROOT]) + ")");
            waarden.add(new long[] {a.bovenVoor()[1], a.bovenNa()[1]});
        }
        if (l.grens() != null) {
            categorieen.add("boven liberalisatiegrens " + l.jaar() + " " + Opmaak.bedrag(l.grens()) + " (van "
                    + Opmaak.aantal(l.aantal()) + ")");
            waarden.add(new long[] {l.bovenVoor(), l.bovenNa()});
        }
        if (!categorieen.isEmpty()) {
            long[] voor = waarden.stream().mapToLong(w -> w[0]).toArray();
            long[] na = waarden.stream().mapToLong(w -> w[1]).toArray();
            y = Staafdiagram.paren(t, LINKS, y, BREEDTE, categorieen, voor, na, "vóór: oude kale huur",
                    "na: nieuwe kale huur");
            y -= 4;
        }
        StringBuilder noot = new StringBuilder();
        if (a.bekend()) {
            noot.append("Aftoppingsgrenzen ").append(c.jaar()).append(" (huurtoeslag)")
                    .append(a.onbevestigd() ? ", onbevestigd," : "")
                    .append(" vergeleken met de kale huur; de rekenhuur voor de huurtoeslag kan door servicekosten "
                            + "hoger zijn. ");
        } else {
            noot.append("De aftoppingsgrenzen van ").append(c.jaar())
                    .append(" zijn nog niet bekend (niet bevestigd): die telling ontbreekt. ");
        }
        long onbekend = a.aantal()[RapportCijfers.Aftopping.ONBEKEND];
        if (onbekend > 0) {
            noot.append(Opmaak.aantal(onbekend)).append(" huishoudens met onbekende samenstelling zijn niet ingedeeld. ");
        }
        if (l.grens() == null) {
            noot.append("Geen liberalisatiegrens bekend voor ").append(c.jaar()).append(" of ").append(c.jaar() + 1)
                    .append(".");
        } else if (l.volgendJaar()) {
            noot.append("Liberalisatiegrens per 1 januari ").append(l.jaar())
                    .append(", de eerste grens na de verhoging.");
        } else {
            noot.append("De liberalisatiegrens van ").append(c.jaar() + 1).append(" is nog niet bekend; die van ")
                    .append(l.jaar()).append(" is gebruikt.");
        }
        t.alinea(noot.toString(), LINKS, y, BREEDTE, 7);
    }

    private static float kop(Tekenblad t, String tekst, float y) {
        t.tekst(tekst, LINKS, y, 11, true, Element.ALIGN_LEFT);
        return y - 18;
    }

    private static void voet(Tekenblad t, RapportCijfers c, int pagina) {
        t.lijn(LINKS, 40, RECHTS, 40, 0.3f);
        t.tekst("huurronde · " + c.verhuurder() + " · " + c.runId(), LINKS, 30, 7, false, Element.ALIGN_LEFT);
        t.tekst("pagina " + pagina + " van 2", RECHTS, 30, 7, false, Element.ALIGN_RIGHT);
    }
}

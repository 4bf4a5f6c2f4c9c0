package nl.huurronde.bezwaar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.huurronde.beleid.Verhuurder;
import nl.huurronde.brieven.Geadresseerde;
import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.brieven.Pdfbundel;
import nl.huurronde.contract.Contract;
import nl.huurronde.rapport.Tekenblad;
import nl.huurronde.regels.Bezwaartermijnen;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeFout;
import nl.huurronde.voorstel.VoorstelVersie;
import nl.huurronde.voorstel.Voorsteluitleg;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;

/**
 * {@code bezwaar dossier}: what the Huurcommissie asks for with the landlord's request (issue #21 §2), as
 * one PDF: a cover page (landlord, tenant and dwelling, run, dates, status and the register's history),
 * the tenant's objection (the recorded grounds in words, the free text, then the scanned letter if one is
 * stored), the computation explained (the inputs that decided it, the reason codes in words, the law's
 * maximum of the year, the policy, the huursom cap c), and then the proposal letter as sent and any
 * revised letter. Only for a case in status voorleggen or ingediend. The file holds health data: owner-only.
 */
@Service
class Dossier {

    private final Contractversies contractversies;
    private final ZaakOpslag zaken;
    private final BezwaarOpslag bezwaren;
    private final Bezwaarstukken stukken;

    Dossier(Contractversies contractversies, ZaakOpslag zaken, BezwaarOpslag bezwaren, Bezwaarstukken stukken) {
        this.contractversies = contractversies;
        this.zaken = zaken;
        this.bezwaren = bezwaren;
        this.stukken = stukken;
    }

    /** What was written: the file, its pages, and whether a scan is in it. */
    record Uitkomst(Path pad, Zaak zaak, int paginas, boolean metScan, int brieven) {}

    static Path pad(Path map, String contractId) {
        return map.resolve("dossier-" + contractId + ".pdf");
    }

    /** @param map the folder to write to; null: {@code <run>/bezwaren/} */
    Uitkomst schrijf(String runId, String contractId, Path map) {
        Ronde ronde = contractversies.voltooideRun(runId);
        List<VoorstelVersie> versies = contractversies.versies(ronde, contractId);
        Zaak zaak = zaken.laatste(ronde.runId(), contractId).orElseThrow(() -> new RondeFout("contract " + contractId
                + " heeft geen bezwaar in run " + ronde.runId() + "; een dossier hoort bij een bezwaar dat wordt "
                + "voorgelegd ('huurronde bezwaar registreer', dan 'voorleggen')"));
        if (zaak.status() != Zaakstatus.VOORLEGGEN && zaak.status() != Zaakstatus.INGEDIEND) {
            throw new RondeFout("geen dossier voor contract " + contractId + ": het bezwaar (zaak " + zaak.zaak() + ") is "
                    + zaak.status().woord() + " sinds " + zaak.statusDatum() + "; een dossier voor de Huurcommissie "
                    + "hoort bij een bezwaar dat is voorgelegd of ingediend");
        }
        VoorstelVersie laatste = versies.get(versies.size() - 1);
        Geadresseerde huurder = bezwaren.adres(ronde.runId(), laatste.regel()).orElseThrow(() -> new RondeFout(
                "contract " + contractId + ": de huurdersregel ontbreekt in de databank")).geadresseerde();
        byte[] scan = Bezwaarstukken.leesScan(ronde, zaak);
        int scanPaginas = scan == null ? 0 : paginas(scan);
        List<byte[]> brieven = new ArrayList<>();
        for (VoorstelVersie v : versies) {
            if (v.versie() == 1 || v.versie() == laatste.versie()) {
                brieven.add(stukken.briefPdf(ronde, v));
            }
        }
        List<ZaakOpslag.Stap> historie = zaken.historie(ronde.runId(), contractId, zaak.zaak());
        byte[] deel1 = opmaak("Dossier bezwaar contract " + contractId, blad -> {
            voorblad(blad, ronde, zaak, versies, huurder, historie, scanPaginas);
            blad.nieuwePagina();
            bezwaar(blad, zaak, scanPaginas);
        });
        byte[] deel2 = opmaak("Berekening contract " + contractId, blad -> berekening(blad, ronde, versies));
        List<byte[]> delen = new ArrayList<>();
        delen.add(deel1);
        if (scan != null) {
            delen.add(scan);
        }
        delen.add(deel2);
        delen.addAll(brieven);
        byte[] pdf = Pdfbundel.samen(delen, false);
        Path doel = pad(map != null ? map : Bezwaarstukken.map(ronde), contractId);
        Bezwaarstukken.schrijf(doel, pdf);
        return new Uitkomst(doel, zaak, paginas(pdf), scan != null, brieven.size());
    }

    private static void voorblad(Blad b, Ronde ronde, Zaak zaak, List<VoorstelVersie> versies, Geadresseerde huurder,
                                 List<ZaakOpslag.Stap> historie, int scanPaginas) {
        VoorstelVersie eerste = versies.get(0);
        VoorstelVersie laatste = versies.get(versies.size() - 1);
        Contract c = laatste.contract();
        b.titel("Dossier voor de Huurcommissie");
        b.alinea("Verzoek om een uitspraak over de redelijkheid van het voorstel tot huurverhoging (artikel 7:253 "
                + "lid 1 Burgerlijk Wetboek). Opgesteld op " + NlFormaat.datum(LocalDate.now()) + ".");
        Verhuurder v = ronde.config().verhuurder();
        b.kop("Verhuurder");
        b.regel("Naam", v.naam());
        b.regel("Adres", v.adres());
        b.regel("Bezwaaradres", v.bezwaarAdres());
        b.regel("Telefoon", v.telefoon());
        b.kop("Huurder en woning");
        b.regel(huurder.medehuurders().isEmpty() ? "Huurder" : "Huurders", huurder.allenamen());
        b.regel("Adres woning", huurder.straatregel() + ", " + huurder.postcoderegel());
        if (huurder.post() != null) {
            b.regel("Postadres", huurder.envelopStraatregel() + ", " + huurder.envelopPostcoderegel());
        }
        b.regel("Contractnummer", c.contractId());
        b.regel("VHE-nummer", c.vheId());
        b.regel("Sector, woningtype", woord(c.sector().name()) + ", " + woord(c.woningtype().name()));
        b.kop("Huurronde");
        b.regel("Run", ronde.runId());
        b.regel("Voorstel verzonden", NlFormaat.datum(ronde.verzenddatum()) + " (versie 1)");
        b.regel("Voorgestelde ingangsdatum", NlFormaat.datum(eerste.ingangsdatum()));
        if (laatste.versie() > 1) {
            b.regel("Geldend voorstel", "versie " + laatste.versie() + " per " + NlFormaat.datum(laatste.ingangsdatum()));
        }
        b.regel("Kale huur", NlFormaat.bedrag(c.kaleHuur()) + " nu, voorgesteld "
                + NlFormaat.bedrag(laatste.voorstel().kaleHuurNieuw()) + " per maand");
        b.kop("Bezwaar");
        b.regel("Zaak", zaak.zaak() + (zaak.zaaknummer() == null ? "" : ", zaaknummer Huurcommissie " + zaak.zaaknummer()));
        b.regel("Ontvangen", NlFormaat.datum(zaak.ontvangen()) + " per " + kanaal(zaak.kanaal())
                + (zaak.teLaat() ? " (te laat: op of na de ingangsdatum)" : " (op tijd: vóór de ingangsdatum)"));
        if (zaak.teLaat()) {
            // art. 7:253 lid 2 BW: after a late objection the tenant, not the landlord, goes to the Huurcommissie
            b.regel("Indienen uiterlijk", "niet van toepassing (te laat bezwaar); de huurder kan de Huurcommissie tot "
                    + "en met " + NlFormaat.datum(Bezwaartermijnen.huurderUiterlijk(zaak.ingangsdatum()))
                    + " zelf vragen");
        } else {
            b.regel("Indienen uiterlijk", NlFormaat.datum(Bezwaartermijnen.indienenUiterlijk(zaak.ingangsdatum()))
                    + " (zes weken na de ingangsdatum " + NlFormaat.datum(zaak.ingangsdatum()) + ")");
        }
        b.regel("Status", zaak.status().woord() + " sinds " + NlFormaat.datum(zaak.statusDatum())
                + (zaak.ingediend() == null ? "" : ", ingediend op " + NlFormaat.datum(zaak.ingediend())));
        b.kop("Verloop volgens het bezwaarregister");
        for (ZaakOpslag.Stap s : historie) {
            b.punt(NlFormaat.datum(s.datum()) + " – " + s.status().woord() + " (" + s.door() + "): " + s.wat());
        }
        b.kop("Inhoud van dit dossier");
        List<String> inhoud = new ArrayList<>();
        inhoud.add("dit voorblad");
        inhoud.add("het bezwaar van de huurder: de gronden zoals vastgelegd en de toelichting");
        if (scanPaginas > 0) {
            inhoud.add("de bezwaarbrief van de huurder, gescand (" + scanPaginas + (scanPaginas == 1 ? " pagina)"
                    : " pagina's)"));
        }
        inhoud.add("de berekening van het voorstel toegelicht");
        inhoud.add("het voorstel van " + NlFormaat.datum(ronde.verzenddatum()) + " (versie 1), zoals verzonden");
        if (laatste.versie() > 1) {
            inhoud.add("het herziene voorstel (versie " + laatste.versie() + ")");
        }
        for (int i = 0; i < inhoud.size(); i++) {
            b.punt((i + 1) + ". " + inhoud.get(i));
        }
    }

    private static void bezwaar(Blad b, Zaak zaak, int scanPaginas) {
        b.titel("Het bezwaar van de huurder");
        b.alinea("Ontvangen op " + NlFormaat.datum(zaak.ontvangen()) + " per " + kanaal(zaak.kanaal()) + ".");
        b.kop("Gronden (zoals vastgelegd)");
        if (zaak.gronden().isEmpty()) {
            b.alinea("Bij de registratie zijn geen gronden vastgelegd.");
        }
        for (Zaak.Grond g : zaak.gronden()) {
            b.punt(Bezwaaruitleg.woord(g));
        }
        b.kop("Toelichting van de huurder");
        b.alinea(zaak.toelichting() == null ? "Geen toelichting vastgelegd." : zaak.toelichting());
        if (scanPaginas > 0) {
            b.alinea("De bezwaarbrief van de huurder volgt hierna als scan (" + scanPaginas
                    + (scanPaginas == 1 ? " pagina)." : " pagina's)."));
        }
    }

    private static void berekening(Blad b, Ronde ronde, List<VoorstelVersie> versies) {
        VoorstelVersie v = versies.get(versies.size() - 1);
        Contract c = v.contract();
        HuishoudenFeiten h = v.huishouden();
        b.titel("De berekening toegelicht");
        b.alinea("Het voorstel " + (v.versie() == 1 ? "(versie 1)" : "dat nu geldt (versie " + v.versie() + ")")
                + " is berekend met de regels van de huurronde " + ronde.config().jaar() + ", het beleid van de "
                + "verhuurder en de wet van dat jaar.");
        if (v.correctie() != null) {
            b.regel("Correctie na bezwaar", v.correctie());
        }
        b.kop("De gegevens die het voorstel bepaalden");
        b.regel("Sector", woord(c.sector().name()));
        b.regel("Woningtype", woord(c.woningtype().name()));
        b.regel("Kale huur nu", NlFormaat.bedrag(c.kaleHuur()));
        b.regel("Servicekosten", NlFormaat.bedrag(c.servicekosten()));
        b.regel("Maximale huur", c.maximaleHuur() == null ? "niet van toepassing" : NlFormaat.bedrag(c.maximaleHuur()));
        b.regel("WWS-punten", c.wwsPunten() == null ? "niet vastgelegd" : NlFormaat.getal(c.wwsPunten()));
        b.regel("Streefhuur", c.streefhuur() == null ? "geen" : NlFormaat.bedrag(c.streefhuur()));
        b.regel("Huishouden", h.huishoudenOnbekend() ? "niet vast te stellen" : h.personen()
                + (h.personen() == 1 ? " persoon" : " personen") + (h.aow() ? ", iemand met de AOW-leeftijd" : ""));
        b.regel("Inkomenscategorie", h.inkomenCategorie() == null ? "niet van toepassing" : h.inkomenCategorie());
        b.regel("Chronisch ziek of gehandicapt", c.chronischZiek() ? "ja (bewijs ontvangen)" : "nee");
        b.regel("Huurbevriezing", c.huurbevriezing() ? "ja" : "nee");
        if (c.laatsteVerhoging() != null) {
            b.regel("Laatste huurverhoging", NlFormaat.datum(c.laatsteVerhoging()));
        }
        b.kop("De regel die het voorstel bepaalde");
        b.alinea(v.voorstel().soort().zin());
        b.kop("Redenen (redencodes in woorden)");
        List<String> redenen = Voorsteluitleg.redenen(v, true);
        if (redenen.isEmpty()) {
            b.alinea("Geen bijzonderheden: de gewone regel van deze soort.");
        }
        redenen.forEach(b::punt);
        b.kop("Uitkomst");
        b.regel("Nieuwe kale huur", NlFormaat.bedrag(v.voorstel().kaleHuurNieuw()) + " per maand vanaf "
                + NlFormaat.datum(v.ingangsdatum()));
        b.regel("Verhoging", NlFormaat.bedrag(v.voorstel().verhogingBedrag()) + " ("
                + NlFormaat.procent(v.voorstel().verhogingPct()) + ")");
        if (v.voorstel().percentageMax() != null) {
            b.regel("Percentage toegepast", NlFormaat.fractie(v.voorstel().percentageMax()));
        }
        b.kop("Wet en beleid");
        Voorsteluitleg.Cijfers cijfers = Voorsteluitleg.cijfers(ronde, v);
        b.regel("Wettelijk maximum " + cijfers.wetJaar(), cijfers.wettelijkMaximum() == null
                ? "geen maximumpercentage voor deze soort" : NlFormaat.fractie(cijfers.wettelijkMaximum())
                + " (" + woord(v.voorstel().soort().name()) + ")");
        b.regel("Bron van de wet", cijfers.wetBron());
        b.regel("Beleid van de verhuurder", cijfers.beleidPct() == null ? "geen percentage voor deze soort"
                : NlFormaat.fractie(cijfers.beleidPct()));
        b.regel("Huursom ten hoogste", NlFormaat.fractie(cijfers.huursomMaxPct()));
        b.regel("Huursomcap c", v.huursomCap() == null ? "niet nodig (de huursom bleef binnen de afspraak)"
                : NlFormaat.fractie(v.huursomCap()) + " op de reguliere en woonwagenverhoging");
        b.regel("Telt mee in de huursom", v.voorstel().inHuursom() ? "ja" : "nee");
    }

    private static String kanaal(Zaak.Kanaal k) {
        return switch (k) {
            case BRIEF -> "brief";
            case EMAIL -> "e-mail";
            case PORTAAL -> "het huurdersportaal";
            case BALIE -> "de balie";
        };
    }

    private static String woord(String naam) {
        String w = naam.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    // -- PDF -----------------------------------------------------------------------------------------------

    private interface Inhoud {
        void teken(Blad blad);
    }

    private static byte[] opmaak(String titel, Inhoud inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, uit);
        writer.getInfo().put(PdfName.TITLE, new PdfString(titel, PdfString.TEXT_UNICODE));
        writer.getInfo().put(PdfName.CREATOR, new PdfString("huurronde", PdfString.TEXT_UNICODE));
        document.open();
        inhoud.teken(new Blad(document, Tekenblad.op(writer.getDirectContent())));
        document.close();
        return uit.toByteArray();
    }

    /** Flowing text on A4 with fixed margins: a new page when the next line does not fit. */
    private static final class Blad {
        private static final float LINKS = 56;
        private static final float BREEDTE = PageSize.A4.getWidth() - 2 * LINKS;
        private static final float BOVEN = PageSize.A4.getHeight() - 56;
        private static final float ONDER = 56;
        private static final float LABEL = 175;

        private final Document document;
        private final Tekenblad t;
        private float y = BOVEN;

        Blad(Document document, Tekenblad t) {
            this.document = document;
            this.t = t;
        }

        void nieuwePagina() {
            document.newPage();
            y = BOVEN;
        }

        private void ruimte(float hoogte) {
            if (y - hoogte < ONDER) {
                nieuwePagina();
            }
        }

        void titel(String tekst) {
            ruimte(40);
            t.tekst(tekst, LINKS, y - 14, 15, true, Element.ALIGN_LEFT);
            y -= 30;
        }

        void kop(String tekst) {
            ruimte(34);
            y -= 8;
            t.tekst(tekst, LINKS, y, 10.5f, true, Element.ALIGN_LEFT);
            y -= 15;
        }

        void alinea(String tekst) {
            for (String regel : regels(tekst, BREEDTE, 9.5f)) {
                ruimte(13);
                t.links(regel, LINKS, y, 9.5f);
                y -= 12.5f;
            }
            y -= 3;
        }

        void punt(String tekst) {
            List<String> regels = regels(tekst, BREEDTE - 12, 9.5f);
            for (int i = 0; i < regels.size(); i++) {
                ruimte(13);
                if (i == 0) {
                    t.links("•", LINKS, y, 9.5f);
                }
                t.links(regels.get(i), LINKS + 12, y, 9.5f);
                y -= 12.5f;
            }
        }

        void regel(String label, String waarde) {
            List<String> regels = regels(waarde == null || waarde.isBlank() ? "–" : waarde, BREEDTE - LABEL, 9.5f);
            for (int i = 0; i < regels.size(); i++) {
                ruimte(13);
                if (i == 0) {
                    t.tekst(label, LINKS, y, 9.5f, true, Element.ALIGN_LEFT);
                }
                t.links(regels.get(i), LINKS + LABEL, y, 9.5f);
                y -= 12.5f;
            }
        }

        private List<String> regels(String tekst, float breedte, float grootte) {
            List<String> regels = new ArrayList<>();
            for (String alinea : tekst.split("\\R", -1)) {
                StringBuilder regel = new StringBuilder();
                for (String woord : alinea.split(" ")) {
                    String proef = regel.isEmpty() ? woord : regel + " " + woord;
                    if (t.breedte(proef, grootte, false) > breedte && !regel.isEmpty()) {
                        regels.add(regel.toString());
                        regel.setLength(0);
                        regel.append(woord);
                    } else {
                        regel.setLength(0);
                        regel.append(proef);
                    }
                }
                regels.add(regel.toString());
            }
            return regels;
        }
    }

    private static int paginas(byte[] pdf) {
        try (PdfReader lezer = new PdfReader(pdf)) {
            return lezer.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

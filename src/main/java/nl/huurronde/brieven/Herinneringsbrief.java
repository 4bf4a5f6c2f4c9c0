package nl.huurronde.brieven;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


/**
 * The registered reminder of art. 7:253 lid 2 BW to a tenant who neither objected nor paid: the proposal
 * again, with the date until which the tenant can still ask the Huurcommissie (four months after the
 * ingangsdatum), and a copy of the original proposal as its annex, as the law asks.
 */
public final class Herinneringsbrief {

    private Herinneringsbrief() {}

    /**
     * @param origineel the proposal as it was sent (its date, version and amounts)
     * @param verzonden the reminder's date
     * @param uiterlijk the tenant's last day to ask the Huurcommissie
     */
    public static byte[] render(Brief origineel, LocalDate verzonden, LocalDate uiterlijk, boolean pdfa) {
        BriefInhoud voorstel = BriefTekst.van(origineel);
        List<BriefInhoud.Kenmerk> kenmerken = BriefInhoud.Kenmerk.gedateerd(voorstel.kenmerken(), verzonden);
        String ingang = NlFormaat.datum(origineel.ingangsdatum());
        List<BriefInhoud.Blok> romp = new ArrayList<>();
        romp.add(alinea(Aanhef.van(origineel.geadresseerde().namen())));
        romp.add(alinea("Op " + NlFormaat.datum(origineel.verzenddatum()) + " stuurden wij u ons voorstel om uw kale "
                + "huur per " + ingang + " te wijzigen van " + NlFormaat.bedrag(origineel.contract().kaleHuur())
                + " naar " + NlFormaat.bedrag(origineel.voorstel().kaleHuurNieuw()) + " per maand."));
        romp.add(alinea("Wij hebben van u geen bezwaar ontvangen, en u betaalt de nieuwe huur nog niet. Daarom sturen "
                + "wij u het voorstel nogmaals, aangetekend. Een afschrift van het voorstel zit bij deze brief."));
        romp.add(new BriefInhoud.Alinea(List.of(new BriefInhoud.Deel("Bent u het niet eens met het voorstel? Dan "
                + "kunt u tot en met ", false, false), new BriefInhoud.Deel(NlFormaat.datum(uiterlijk), true, true),
                new BriefInhoud.Deel(" de Huurcommissie vragen een uitspraak te doen over het voorstel (artikel 7:253 "
                        + "lid 2 Burgerlijk Wetboek). Stuur dan een afschrift van het voorstel en van deze brief mee.",
                        false, false))));
        romp.add(alinea("Doet u dat niet vóór die datum, dan geldt het voorstel als aanvaard en is de nieuwe huur "
                + "verschuldigd vanaf " + ingang + "."));
        romp.add(alinea("Met vriendelijke groet,\n" + voorstel.naamVerhuurder()));
        BriefInhoud inhoud = new BriefInhoud(voorstel.naamVerhuurder(), voorstel.briefhoofdregels(),
                voorstel.retouradres(), voorstel.adresregels(), kenmerken, false, null, "Aangetekend",
                "Herinnering: ons voorstel voor uw huur per " + ingang, romp, voorstel.romp(),
                voorstel.vervolgRegel(), "Afschrift van ons voorstel van " + NlFormaat.datum(origineel.verzenddatum())
                        + " – contractnummer " + origineel.contractId());
        return new BriefRenderer(pdfa).render(inhoud, origineel, verzonden, "Herinnering huurvoorstel "
                + origineel.jaar() + " contract " + origineel.contractId(),
                origineel.contractId() + "\u0000" + origineel.versie() + "\u0000herinnering");
    }

    /** One print file of the reminders in order, duplex-safe. */
    public static byte[] drukbestand(List<byte[]> brieven) {
        return Pdfbundel.samen(brieven, true);
    }

    private static BriefInhoud.Alinea alinea(String tekst) {
        return new BriefInhoud.Alinea(List.of(new BriefInhoud.Deel(tekst, false, false)));
    }
}

package nl.huurronde.brieven;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a bezwaar the landlord does not grant (issue #24 item 3): "Wij handhaven ons voorstel",
 * with the facts checked in words and what happens next (art. 7:253 BW, docs/bezwaar.md): for a timely
 * objection the landlord asks the Huurcommissie for a ruling within six weeks after the ingangsdatum and
 * the current rent stays due until the ruling; for a late one the tenant can still ask the Huurcommissie.
 * Not a new proposal: no version, no objection period, no "Herzien voorstel".
 */
public final class Handhavingsbrief {

    private Handhavingsbrief() {}

    /**
     * What the letter answers.
     *
     * @param ontvangen the day the objection came in
     * @param gronden   the tenant's grounds in words, as recorded
     * @param feiten    the facts of the proposal that were checked, one sentence each
     * @param teLaat    the objection came on or after the ingangsdatum
     * @param uiterlijk timely: the landlord's last day to ask the Huurcommissie; late: the tenant's
     */
    public record Bezwaar(LocalDate ontvangen, List<String> gronden, List<String> feiten, boolean teLaat,
                          LocalDate uiterlijk) {}

    /**
     * @param voorstel  the proposal that stands, as it was sent (its date, amounts, ingangsdatum)
     * @param verzonden this letter's date
     */
    public static byte[] render(Brief voorstel, Bezwaar bezwaar, LocalDate verzonden, boolean pdfa) {
        BriefInhoud basis = BriefTekst.van(voorstel);
        List<BriefInhoud.Kenmerk> kenmerken = BriefInhoud.Kenmerk.gedateerd(basis.kenmerken(), verzonden);
        String ingang = NlFormaat.datum(voorstel.ingangsdatum());
        String huidig = NlFormaat.bedrag(voorstel.contract().kaleHuur());
        List<BriefInhoud.Blok> romp = new ArrayList<>();
        romp.add(alinea(Aanhef.van(voorstel.geadresseerde().namen())));
        romp.add(alinea("Op " + NlFormaat.datum(bezwaar.ontvangen()) + " ontvingen wij uw bezwaar tegen ons voorstel van "
                + NlFormaat.datum(voorstel.verzenddatum()) + ". Wij stelden voor uw kale huur per " + ingang
                + " te wijzigen van " + huidig + " naar " + NlFormaat.bedrag(voorstel.kaleHuurNieuw()) + " per maand."));
        romp.add(new BriefInhoud.Alinea(List.of(new BriefInhoud.Deel("Wij hebben uw bezwaar bekeken. ", false, false),
                new BriefInhoud.Deel("Wij handhaven ons voorstel.", true, false))));
        romp.add(new BriefInhoud.Kop("Wat wij hebben nagekeken"));
        if (!bezwaar.gronden().isEmpty()) {
            romp.add(alinea("U maakte bezwaar omdat:"));
            romp.add(opsomming(bezwaar.gronden()));
        }
        romp.add(alinea("Wij hebben de gegevens van ons voorstel opnieuw nagekeken:"));
        romp.add(opsomming(bezwaar.feiten()));
        romp.add(alinea("Met deze gegevens blijft de nieuwe huur " + NlFormaat.bedrag(voorstel.kaleHuurNieuw())
                + " per maand. Wij zien daarom geen reden om ons voorstel te veranderen."));
        romp.add(new BriefInhoud.Kop("Wat gebeurt er nu?"));
        if (voorstel.sector() == nl.huurronde.regels.Sector.VRIJ) {
            // the Huurcommissie does not rule on a free-sector increase (docs/bezwaar.md)
            romp.add(alinea("Over de jaarlijkse huurverhoging van een woning in de vrije sector doet de Huurcommissie "
                    + "geen uitspraak. Komen wij er samen niet uit? Dan kunt u de kantonrechter om een uitspraak vragen. "
                    + "Tot die tijd betaalt u uw huidige kale huur van " + huidig + " per maand."));
        } else if (!bezwaar.teLaat()) {
            romp.add(new BriefInhoud.Alinea(List.of(new BriefInhoud.Deel("U maakte op tijd bezwaar. Dan mogen wij uw "
                    + "bezwaar niet zelf afwijzen. Wij vragen de Huurcommissie om een uitspraak over ons voorstel. Dat "
                    + "doen wij uiterlijk ", false, false), new BriefInhoud.Deel(NlFormaat.datum(bezwaar.uiterlijk()), true,
                    true), new BriefInhoud.Deel(" (artikel 7:253 lid 1 Burgerlijk Wetboek). De Huurcommissie stuurt u "
                    + "daarna zelf bericht.", false, false))));
            romp.add(alinea("Tot de Huurcommissie uitspraak doet, betaalt u uw huidige kale huur van " + huidig
                    + " per maand. Vindt de Huurcommissie ons voorstel redelijk, dan geldt de nieuwe huur alsnog vanaf "
                    + ingang + " en betaalt u het verschil over de maanden daarna bij. Krijgt u gelijk, dan geldt de "
                    + "huur die de Huurcommissie vaststelt."));
        } else {
            romp.add(alinea("Uw bezwaar kwam bij ons binnen op of na de ingangsdatum van " + ingang
                    + ". Dat is na de termijn voor bezwaar. Daarom vragen wij de Huurcommissie niet zelf om een "
                    + "uitspraak."));
            romp.add(new BriefInhoud.Alinea(List.of(new BriefInhoud.Deel("Wilt u dat de Huurcommissie naar ons voorstel "
                    + "kijkt? Dan kunt u haar dat zelf vragen (www.huurcommissie.nl), tot en met ", false, false),
                    new BriefInhoud.Deel(NlFormaat.datum(bezwaar.uiterlijk()), true, true),
                    new BriefInhoud.Deel(" (artikel 7:253 lid 2 Burgerlijk Wetboek). Stuur dan een afschrift van ons "
                            + "voorstel en van deze brief mee.", false, false))));
        }
        romp.add(alinea("Wilt u uw bezwaar intrekken? Laat het ons dan weten. Dan geldt ons voorstel vanaf " + ingang
                + "."));
        romp.add(alinea("Met vriendelijke groet,\n" + basis.naamVerhuurder()));
        BriefInhoud inhoud = new BriefInhoud(basis.naamVerhuurder(), basis.briefhoofdregels(), basis.retouradres(),
                basis.adresregels(), kenmerken, false, null, null, "Uw bezwaar: wij handhaven ons voorstel per "
                + ingang, romp, List.of(), basis.vervolgRegel(), null);
        return new BriefRenderer(pdfa).render(inhoud, voorstel, verzonden, "Antwoord op bezwaar huurvoorstel "
                + voorstel.jaar() + " contract " + voorstel.contractId(),
                voorstel.contractId() + "\u0000" + voorstel.versie() + "\u0000handhaven\u0000" + bezwaar.ontvangen());
    }

    private static BriefInhoud.Alinea alinea(String tekst) {
        return new BriefInhoud.Alinea(List.of(new BriefInhoud.Deel(tekst, false, false)));
    }

    private static BriefInhoud.Opsomming opsomming(List<String> punten) {
        List<List<BriefInhoud.Deel>> lijst = new ArrayList<>();
        for (String p : punten) {
            lijst.add(List.of(new BriefInhoud.Deel(p, false, false)));
        }
        return new BriefInhoud.Opsomming(lijst);
    }
}

package nl.huurronde.bezwaar;

import java.util.ArrayList;
import java.util.List;

import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.contract.Contract;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Soort;
import nl.huurronde.voorstel.VoorstelVersie;
import nl.huurronde.voorstel.Voorsteluitleg;

/**
 * A case and its proposal in words, for the tenant (the "wij handhaven" letter) and for the Huurcommissie
 * (the dossier): the grounds as recorded and the facts the proposal rests on. Health facts are named
 * only here, in owner-only files addressed to the tenant or the Huurcommissie, never in a log.
 */
final class Bezwaaruitleg {

    private Bezwaaruitleg() {}

    /** A ground as the letter to the tenant says it, after "U maakte bezwaar omdat:". */
    static String tegenHuurder(Zaak.Grond g) {
        return switch (g) {
            case CHRONISCH_ZIEK -> "iemand in uw huishouden chronisch ziek of gehandicapt is;";
            case HUISHOUDEN -> "uw huishouden anders is dan wij aannamen;";
            case INKOMEN -> "uw huishoudinkomen anders is dan wij aannamen;";
            case WWS -> "de maximale huur of de punten van uw woning volgens u niet kloppen;";
            case OVERIG -> "u een andere reden noemde;";
        };
    }

    /** A ground as the dossier names it. */
    static String woord(Zaak.Grond g) {
        return switch (g) {
            case CHRONISCH_ZIEK -> "chronische ziekte of handicap van de huurder of een huisgenoot";
            case HUISHOUDEN -> "het huishouden is veranderd of anders samengesteld";
            case INKOMEN -> "het huishoudinkomen (inkomenscategorie)";
            case WWS -> "de punten volgens het woningwaarderingsstelsel of de maximale huur";
            case OVERIG -> "een andere reden (zie de toelichting)";
        };
    }

    static List<String> gronden(Zaak zaak) {
        List<String> uit = new ArrayList<>();
        zaak.gronden().forEach(g -> uit.add(tegenHuurder(g)));
        if (!uit.isEmpty()) {
            String laatste = uit.remove(uit.size() - 1);
            uit.add(laatste.substring(0, laatste.length() - 1) + ".");
        }
        return uit;
    }

    /** The facts of the proposal that stands, one sentence each, addressed to the tenant. */
    static List<String> feiten(VoorstelVersie v, Zaak zaak) {
        Contract c = v.contract();
        HuishoudenFeiten h = v.huishouden();
        List<String> feiten = new ArrayList<>();
        feiten.add("Uw huidige kale huur is " + NlFormaat.bedrag(c.kaleHuur()) + " per maand; de nieuwe kale huur "
                + "wordt " + NlFormaat.bedrag(v.voorstel().kaleHuurNieuw()) + " per maand vanaf "
                + NlFormaat.datum(v.ingangsdatum()) + ".");
        if (h.huishoudenOnbekend()) {
            feiten.add("Uit de Basisregistratie Personen kunnen wij uw huishouden niet vaststellen.");
        } else {
            feiten.add("Volgens de Basisregistratie Personen bestaat uw huishouden uit " + h.personen()
                    + (h.personen() == 1 ? " persoon" : " personen")
                    + (h.aow() ? ", van wie iemand de AOW-leeftijd heeft bereikt." : "."));
        }
        if (v.voorstel().soort() == Soort.IAH && h.inkomenCategorie() != null) {
            feiten.add("Uw huishoudinkomen valt in inkomenscategorie " + h.inkomenCategorie()
                    + (v.voorstel().redenen().contains(Reden.INKOMEN_OPGAVE) ? ", volgens de informatie die u ons gaf."
                            : ", volgens de gegevens van de Belastingdienst."));
        }
        if (c.chronischZiek()) {
            feiten.add("Wij houden er rekening mee dat iemand in uw huishouden chronisch ziek of gehandicapt is.");
        } else if (zaak.gronden().contains(Zaak.Grond.CHRONISCH_ZIEK)) {
            feiten.add("Wij hebben geen bewijs dat iemand in uw huishouden chronisch ziek of gehandicapt is. Dat telt "
                    + "alleen mee bij een inkomensafhankelijke huurverhoging, en alleen met bewijs.");
        }
        if (c.maximaleHuur() != null && v.voorstel().kaleHuurNieuw().compareTo(c.maximaleHuur()) <= 0) {
            feiten.add("De maximale kale huur van uw woning is " + NlFormaat.bedrag(c.maximaleHuur())
                    + (c.wwsPunten() != null ? " (" + NlFormaat.getal(c.wwsPunten()) + " punten volgens het "
                            + "woningwaarderingsstelsel)" : "") + "; de nieuwe huur is niet hoger.");
        }
        feiten.addAll(Voorsteluitleg.redenen(v, true).stream().filter(z -> !z.startsWith("Telt niet mee")).toList());
        return feiten;
    }
}

package nl.huurronde.bezwaar;

import java.util.ArrayList;
import java.util.List;

import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Huishoudberekening;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.register.RondeFout;

/**
 * The household after a bezwaar (rules.md §2–§3 on the corrected persons). The stored version keeps
 * only the income category, never incomes, so a corrected household keeps that category unless the
 * incomes can be looked up again (a BRP extract in a run with inkomen.csv) or a newer statement is given.
 */
final class Huishoudcorrectie {

    private Huishoudcorrectie() {}

    /**
     * @param vorig           the household of the version the bezwaar replaces
     * @param brpPersonen     the persons of a BRP extract with the run's income facts joined, or null
     * @param inkomensBekend  the run read inkomen.csv (incomes per person), not inkomenscategorie.csv
     */
    static HuishoudenFeiten bepaal(HuishoudenFeiten vorig, Correctie correctie,
                                   List<Huishoudberekening.Persoon> brpPersonen, boolean inkomensBekend,
                                   Beleid beleid) {
        HuishoudenFeiten nieuw = bepaalZonderVerklaring(vorig, correctie, brpPersonen, inkomensBekend, beleid);
        // a missing statement stays missing for the same category; a newer one given with the bezwaar replaces it
        boolean ontbreekt = vorig.verklaringOntbreekt() && correctie.inkomenscategorie() == null
                && java.util.Objects.equals(nieuw.inkomenCategorie(), vorig.inkomenCategorie());
        return nieuw.metVerklaringOntbreekt(ontbreekt);
    }

    private static HuishoudenFeiten bepaalZonderVerklaring(HuishoudenFeiten vorig, Correctie correctie,
                                   List<Huishoudberekening.Persoon> brpPersonen, boolean inkomensBekend,
                                   Beleid beleid) {
        String categorie = correctie.inkomenscategorie() == null ? null
                : categorie(correctie.inkomenscategorie(), beleid);
        String blijvend = categorie != null ? categorie : vorig.inkomenCategorie();
        if (brpPersonen != null) {
            // The persons are verified by the corporation: the household is known, the address no longer shared.
            if (categorie == null && inkomensBekend) {
                return Huishoudberekening.bepaal(brpPersonen, false, false, beleid);
            }
            return Huishoudberekening.metCategorie(brpPersonen, false, false, blijvend, beleid);
        }
        if (!correctie.geboortedata().isEmpty()) {
            List<Huishoudberekening.Persoon> personen = new ArrayList<>();
            for (Correctie.Persoon persoon : correctie.geboortedata()) {
                if (persoon.geboortedatum().isAfter(beleid.peildatum())) {
                    throw new Opdrachtregel.GebruiksFout("--geboortedatum ligt na de peildatum " + beleid.peildatum());
                }
                personen.add(new Huishoudberekening.Persoon(persoon.geboortedatum(), persoon.rol(), null, null, false));
            }
            return Huishoudberekening.metCategorie(personen, false, false, blijvend, beleid);
        }
        if (correctie.personen() != null) {
            // Only the number is known: whether someone reached the AOW age stays as it was.
            return new HuishoudenFeiten(correctie.personen(), vorig.aow(), false, blijvend);
        }
        if (categorie != null) {
            if (vorig.huishoudenOnbekend()) {
                throw new RondeFout("het huishouden van dit contract is onbekend, dus telt geen inkomenscategorie; "
                        + "geef ook het huishouden met --personen, --geboortedatum of --brp");
            }
            return new HuishoudenFeiten(vorig.personen(), vorig.aow(), false, categorie);
        }
        return vorig;
    }

    private static String categorie(String naam, Beleid beleid) {
        try {
            return Huishoudberekening.geldigeCategorie(naam, beleid);
        } catch (IllegalArgumentException e) {
            throw new Opdrachtregel.GebruiksFout("--inkomenscategorie: " + e.getMessage());
        }
    }
}

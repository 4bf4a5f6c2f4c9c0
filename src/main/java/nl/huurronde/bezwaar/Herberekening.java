package nl.huurronde.bezwaar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import nl.huurronde.brieven.NlFormaat;
import nl.huurronde.contract.Contract;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Bezwaartermijnen;
import nl.huurronde.regels.ContractFeiten;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.Nacontrole;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Rekenregels;
import nl.huurronde.regels.Voorstel;
import nl.huurronde.voorstel.VoorstelVersie;

/**
 * Recomputes one contract after a bezwaar: the inputs of the latest version with the corrections,
 * through the same rules engine with the run's policy and the run's huursom cap c (no new huursom
 * search: the other contracts stay as they are). No Spring, no I/O.
 */
final class Herberekening {

    private Herberekening() {}

    /** The inputs a bezwaar can correct. */
    record Invoer(boolean chronischZiek, BigDecimal maximaleHuur, BigDecimal wwsPunten, HuishoudenFeiten huishouden) {

        static Invoer van(VoorstelVersie v) {
            Contract c = v.contract();
            return new Invoer(c.chronischZiek(), c.maximaleHuur(), c.wwsPunten(), v.huishouden());
        }

        /** The corrections on top of the latest version; what is not corrected stays. */
        static Invoer gecorrigeerd(VoorstelVersie vorige, Correctie correctie, HuishoudenFeiten huishouden) {
            Contract c = vorige.contract();
            return new Invoer(c.chronischZiek() || correctie.chronischZiek(),
                    correctie.maximaleHuur() != null ? correctie.maximaleHuur() : c.maximaleHuur(),
                    wwsPunten(c, correctie), huishouden);
        }

        /**
         * A new maximale huur without new points drops the stored points: the letter states the points
         * with their maximum, and the old total belongs to the old maximum (issue #24 item 3).
         */
        private static BigDecimal wwsPunten(Contract c, Correctie correctie) {
            if (correctie.wwsPunten() != null) {
                return correctie.wwsPunten();
            }
            return correctie.maximaleHuur() != null ? null : c.wwsPunten();
        }

        /** Equal facts: recomputing gives the same proposal, so the bezwaar changes nothing. */
        boolean gelijkAan(Invoer ander) {
            return chronischZiek == ander.chronischZiek && gelijk(maximaleHuur, ander.maximaleHuur)
                    && gelijk(wwsPunten, ander.wwsPunten) && huishouden.equals(ander.huishouden);
        }
    }

    /** Version n+1 as before the dates were checked (tests of the rules alone): the letter is sent today. */
    static VoorstelVersie nieuweVersie(VoorstelVersie vorige, Invoer invoer, Beleid beleid, BigDecimal cap,
                                       Nacontrole.Limieten limieten, LocalDate ontvangen, String correctie) {
        return nieuweVersie(vorige, vorige.voorstel().kaleHuurNieuw(),
                new Data(ontvangen.minusDays(1), ontvangen, null), false, invoer, beleid, cap, limieten, correctie);
    }

    /**
     * The dates around a revised letter.
     *
     * @param verzonden       the letter's date
     * @param ontvangen       the day the tenant receives it
     * @param bezwaarOntvangen the day the objection came in, or null when unknown
     */
    record Data(LocalDate verzonden, LocalDate ontvangen, LocalDate bezwaarOntvangen) {}

    /**
     * Version n+1: the proposal for the corrected inputs with reason BEZWAAR added, plus the reason codes
     * of its dates (docs/bezwaar.md "Data in een herzien voorstel").
     *
     * @param origineel          the rent of version 1, what the tenant was offered in time
     * @param categorieOpgegeven the income category comes from a correction entered by staff
     * @param cap                the run's huursom cap c (null: the cap did not bind)
     */
    static VoorstelVersie nieuweVersie(VoorstelVersie vorige, BigDecimal origineel, Data data,
                                       boolean categorieOpgegeven, Invoer invoer, Beleid beleid, BigDecimal cap,
                                       Nacontrole.Limieten limieten, String correctie) {
        Contract contract = vorige.contract().naarBouwer().chronischZiek(invoer.chronischZiek())
                .maximaleHuur(invoer.maximaleHuur()).wwsPunten(invoer.wwsPunten()).bouw();
        ContractFeiten feiten = contract.feiten(invoer.huishouden());
        Voorstel berekend = Rekenregels.bereken(feiten, beleid, cap);
        Nacontrole.controleer(feiten, berekend, limieten);
        EnumSet<Reden> redenen = EnumSet.noneOf(Reden.class);
        redenen.addAll(berekend.redenen());
        redenen.add(Reden.BEZWAAR);
        LocalDate ingang = ingangsdatum(berekend.kaleHuurNieuw(), vorige, origineel, data.ontvangen());
        if (ingang.isAfter(vorige.ingangsdatum())) {
            redenen.add(Reden.INGANG_VERSCHOVEN);
        }
        datumRedenen(redenen, ingang, vorige.ingangsdatum(), data);
        // a supplementary run's moved ingangsdatum that the revised proposal keeps
        if (vorige.voorstel().redenen().contains(Reden.INGANG_NA_VERZENDING) && ingang.equals(vorige.ingangsdatum())) {
            redenen.add(Reden.INGANG_NA_VERZENDING);
        }
        if (categorieOpgegeven) {
            redenen.add(Reden.INKOMEN_OPGAVE);
        }
        Voorstel voorstel = new Voorstel(berekend.soort(), berekend.inkomenCategorie(), berekend.streefhuurNieuw(),
                berekend.percentageMax(), berekend.kaleHuurNieuw(), berekend.verhogingBedrag(),
                berekend.verhogingPct(), berekend.inHuursom(), redenen);
        return new VoorstelVersie(contract, vorige.versie() + 1, invoer.huishouden(), voorstel, cap, vorige.beleidSha(),
                ingang, correctie);
    }

    /** The codes of a revised letter's dates: a deadline moved past the ingangsdatum, a late objection. */
    static void datumRedenen(EnumSet<Reden> redenen, LocalDate ingang, LocalDate vorigeIngang, Data data) {
        if (!Bezwaartermijnen.herzienBezwaarVoor(ingang, data.verzonden()).equals(ingang)) {
            redenen.add(Reden.BEZWAARTERMIJN_VERLENGD);
        }
        if (data.bezwaarOntvangen() != null && Bezwaartermijnen.teLaat(data.bezwaarOntvangen(), vorigeIngang)) {
            redenen.add(Reden.BEZWAAR_NA_INGANG);
        }
    }

    /**
     * Version n+1 with the rent the Huurcommissie set (uitspraak "verlaagd"): the facts and soort stay,
     * the rent is the amount; lower than the replaced proposal, so its ingangsdatum stays.
     */
    static VoorstelVersie vastgesteld(VoorstelVersie vorige, BigDecimal bedrag, LocalDate verzonden,
                                      String correctie) {
        Voorstel was = vorige.voorstel();
        BigDecimal huur = vorige.contract().kaleHuur();
        BigDecimal verhoging = bedrag.subtract(huur);
        EnumSet<Reden> redenen = EnumSet.noneOf(Reden.class);
        redenen.addAll(was.redenen());
        redenen.add(Reden.BEZWAAR);
        redenen.remove(Reden.BEZWAAR_NA_INGANG);
        redenen.remove(Reden.BEZWAARTERMIJN_VERLENGD);
        datumRedenen(redenen, vorige.ingangsdatum(), vorige.ingangsdatum(), new Data(verzonden, verzonden, null));
        // a ruling is not a proposal: no objection period of its own, the letter says so (#24 item 4)
        redenen.remove(Reden.BEZWAARTERMIJN_VERLENGD);
        redenen.add(Reden.UITSPRAAK_HUURCOMMISSIE);
        Voorstel voorstel = new Voorstel(was.soort(), was.inkomenCategorie(), was.streefhuurNieuw(),
                was.percentageMax(), bedrag, verhoging, Rekenregels.verhogingPct(verhoging, huur), was.inHuursom(),
                redenen);
        return new VoorstelVersie(vorige.contract(), vorige.versie() + 1, vorige.huishouden(), voorstel,
                vorige.huursomCap(), vorige.beleidSha(), vorige.ingangsdatum(), correctie);
    }

    static LocalDate ingangsdatum(BigDecimal nieuweHuur, VoorstelVersie vorige, LocalDate ontvangen) {
        return ingangsdatum(nieuweHuur, vorige, vorige.voorstel().kaleHuurNieuw(), ontvangen);
    }

    /**
     * operations.md and art. 7:252 BW: a proposal reaches the tenant at least two months before its
     * ingangsdatum. A revised proposal not above what the tenant was already offered in time (the replaced
     * version or version 1, the higher of the two) asks nothing new: it keeps the ingangsdatum of the version
     * it replaces, even when that is near or past (lowering is to the tenant's benefit). A higher one is a new
     * proposal: from the first of the first month at least two months after its receipt, and never before the
     * ingangsdatum it replaces.
     */
    static LocalDate ingangsdatum(BigDecimal nieuweHuur, VoorstelVersie vorige, BigDecimal origineel,
                                  LocalDate ontvangen) {
        BigDecimal aangeboden = vorige.voorstel().kaleHuurNieuw().max(origineel);
        if (nieuweHuur.compareTo(aangeboden) <= 0) {
            return vorige.ingangsdatum();
        }
        LocalDate tweeMaandenLater = ontvangen.plusMonths(2);
        LocalDate eerste = tweeMaandenLater.getDayOfMonth() == 1 ? tweeMaandenLater
                : tweeMaandenLater.withDayOfMonth(1).plusMonths(1);
        return eerste.isBefore(vorige.ingangsdatum()) ? vorige.ingangsdatum() : eerste;
    }

    /**
     * What was corrected, for the voorstel row: categories, counts and amounts of the dwelling only,
     * never a BSN, birth date or income.
     */
    static String correctieTekst(VoorstelVersie vorige, Invoer nieuw, Correctie correctie) {
        List<String> delen = new ArrayList<>();
        if (nieuw.chronischZiek() && !vorige.contract().chronischZiek()) {
            delen.add("chronisch ziek: bewijs aanwezig");
        }
        HuishoudenFeiten oud = vorige.huishouden();
        HuishoudenFeiten h = nieuw.huishouden();
        if (correctie.huishouden()) {
            String bron = correctie.brp() != null ? "BRP-uittreksel"
                    : correctie.geboortedata().isEmpty() ? "opgave aantal personen" : "opgave per persoon";
            delen.add("huishouden volgens " + bron + ": " + personen(h.personen()) + " (was " + oud.personen()
                    + (oud.huishoudenOnbekend() ? ", onbekend" : "") + ")");
        }
        if (h.aow() != oud.aow()) {
            delen.add("AOW-leeftijd bereikt: " + (h.aow() ? "ja" : "nee") + " (was " + (oud.aow() ? "ja" : "nee") + ")");
        }
        if (!Objects.equals(h.inkomenCategorie(), oud.inkomenCategorie())) {
            delen.add("inkomenscategorie: " + h.inkomenCategorie() + " (was " + oud.inkomenCategorie() + ")");
        }
        Contract was = vorige.contract();
        if (!gelijk(nieuw.maximaleHuur(), was.maximaleHuur())) {
            delen.add("maximale huur: " + tekst(nieuw.maximaleHuur()) + " (was " + tekst(was.maximaleHuur()) + ")");
        }
        if (nieuw.wwsPunten() == null && was.wwsPunten() != null) {
            delen.add("WWS-punten: niet meer vermeld, de maximale huur is opgegeven zonder punten (was "
                    + punten(was.wwsPunten()) + ")");
        } else if (!gelijk(nieuw.wwsPunten(), was.wwsPunten())) {
            delen.add("WWS-punten: " + punten(nieuw.wwsPunten()) + " (was " + punten(was.wwsPunten()) + ")");
        }
        return "bezwaar op versie " + vorige.versie() + ": " + String.join("; ", delen);
    }

    private static String tekst(BigDecimal waarde) {
        return waarde == null ? "geen" : NlFormaat.bedrag(waarde);
    }

    private static String personen(int aantal) {
        return aantal == 1 ? "1 persoon" : aantal + " personen";
    }

    private static String punten(BigDecimal waarde) {
        return waarde == null ? "geen" : NlFormaat.getal(waarde);
    }

    static boolean gelijk(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}

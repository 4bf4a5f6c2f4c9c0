package nl.huurronde.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.huurronde.BeleidBouwer;
import nl.huurronde.contract.Contract;
import nl.huurronde.opdracht.Opdrachtregel;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Huishoudberekening;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.InkomenStatus;
import nl.huurronde.regels.Nacontrole;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Rol;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Voorstel;
import nl.huurronde.regels.Woningtype;
import nl.huurronde.register.RondeFout;
import nl.huurronde.voorstel.VoorstelVersie;
import org.junit.jupiter.api.Test;

/** The recomputation, the ingangsdatum rule and the household correction, without Spring or a database. */
class HerberekeningTest {

    static final Beleid SWZ_2020 = BeleidBouwer.voor(2020).nietVanafStreefhuur()
            .bandPct("HOOG", "43574", "43574", "0.056").bouw();

    static final Nacontrole.Limieten WET_2020 = new Nacontrole.Limieten(bd("0.051"), bd("0.066"), null, null, null, null);

    /** G04 of the golden examples after the yearly run: IAH 528.00 from 1 July 2020. */
    static VoorstelVersie g04() {
        Contract contract = Contract.bouwer().contractId("G04").regel(5).vheId("VHE0004").sector(Sector.SOCIAAL)
                .woningtype(Woningtype.ZELFSTANDIG).kaleHuur(bd("500.00")).servicekosten(bd("0.00"))
                .maximaleHuur(bd("800.00")).streefhuur(bd("600.00")).bouw();
        return new VoorstelVersie(contract, 1, new HuishoudenFeiten(2, false, false, "HOOG"),
                new Voorstel(Soort.IAH, "HOOG", bd("615.60"), bd("0.0560"), bd("528.00"), bd("28.00"), bd("5.60"),
                        false, EnumSet.of(Reden.BUITEN_HUURSOM_IAH)),
                null, "sha", LocalDate.of(2020, 7, 1), null);
    }

    @Test
    void lagerOfGelijkHoudtDeIngangsdatumHogerBegintTweeMaandenNaOntvangst() {
        VoorstelVersie vorige = g04();
        LocalDate mei = LocalDate.of(2020, 5, 10);
        assertThat(Herberekening.ingangsdatum(bd("520.50"), vorige, mei)).isEqualTo("2020-07-01");
        assertThat(Herberekening.ingangsdatum(bd("528.00"), vorige, mei)).isEqualTo("2020-07-01");
        assertThat(Herberekening.ingangsdatum(bd("528.01"), vorige, mei)).isEqualTo("2020-08-01");
        assertThat(Herberekening.ingangsdatum(bd("530"), vorige, LocalDate.of(2020, 5, 1))).isEqualTo("2020-07-01");
        assertThat(Herberekening.ingangsdatum(bd("530"), vorige, LocalDate.of(2020, 5, 2))).isEqualTo("2020-08-01");
        assertThat(Herberekening.ingangsdatum(bd("530"), vorige, LocalDate.of(2020, 4, 30))).isEqualTo("2020-07-01");
        assertThat(Herberekening.ingangsdatum(bd("530"), vorige, LocalDate.of(2020, 12, 31))).isEqualTo("2021-03-01");
        // Never before the ingangsdatum of the version it replaces.
        assertThat(Herberekening.ingangsdatum(bd("530"), vorige, LocalDate.of(2020, 3, 15))).isEqualTo("2020-07-01");
    }

    @Test
    void rekentMetDeCapVanDeRunEnVoegtBezwaarToe() {
        VoorstelVersie vorige = g04();
        Herberekening.Invoer invoer = new Herberekening.Invoer(true, vorige.contract().maximaleHuur(), null, vorige.huishouden());
        VoorstelVersie nieuw = Herberekening.nieuweVersie(vorige, invoer, SWZ_2020, bd("0.0295"), WET_2020,
                LocalDate.of(2020, 5, 10), "bezwaar op versie 1: chronisch ziek: bewijs aanwezig");
        assertThat(nieuw.versie()).isEqualTo(2);
        assertThat(nieuw.voorstel().soort()).isEqualTo(Soort.REGULIER);
        assertThat(nieuw.voorstel().kaleHuurNieuw()).isEqualByComparingTo("514.75");
        assertThat(nieuw.voorstel().percentageMax()).isEqualByComparingTo("0.0295");
        assertThat(nieuw.voorstel().redenen()).containsExactly(Reden.CHRONISCH_ZIEK, Reden.HUURSOM_BEGRENSD,
                Reden.BEZWAAR);
        assertThat(nieuw.huursomCap()).isEqualByComparingTo("0.0295");
        assertThat(nieuw.ingangsdatum()).isEqualTo("2020-07-01");
        assertThat(nieuw.regel()).isEqualTo(vorige.regel());
        assertThat(nieuw.contract().kaleHuur()).isEqualByComparingTo("500.00");
    }

    @Test
    void correctieTekstNoemtWatVeranderdeZonderPersoonsgegevens() {
        VoorstelVersie vorige = g04();
        Correctie correctie = new Correctie(false, null, List.of(new Correctie.Persoon(LocalDate.of(1950, 1, 1),
                Rol.PARTNER)), null, null, bd("700.00"), bd("140"));
        HuishoudenFeiten h = Huishoudcorrectie.bepaal(vorige.huishouden(), correctie, null, true, SWZ_2020);
        Herberekening.Invoer invoer = Herberekening.Invoer.gecorrigeerd(vorige, correctie, h);
        String tekst = Herberekening.correctieTekst(vorige, invoer, correctie);
        assertThat(tekst).isEqualTo("bezwaar op versie 1: huishouden volgens opgave per persoon: 1 persoon (was 2); "
                + "AOW-leeftijd bereikt: ja (was nee); maximale huur: € 700,00 (was € 800,00); WWS-punten: 140 (was geen)");
        assertThat(tekst).doesNotContain("1950");
        assertThat(invoer.gelijkAan(Herberekening.Invoer.van(vorige))).isFalse();
        assertThat(Herberekening.Invoer.van(vorige).gelijkAan(Herberekening.Invoer.van(vorige))).isTrue();
    }

    @Test
    void huishoudcorrectiePerSoortOpgave() {
        HuishoudenFeiten vorig = new HuishoudenFeiten(4, true, false, "HOOG");
        // Only a number: AOW and category stay.
        assertThat(Huishoudcorrectie.bepaal(vorig, correctie(2, null), null, true, SWZ_2020))
                .isEqualTo(new HuishoudenFeiten(2, true, false, "HOOG"));
        // A newer statement alone.
        assertThat(Huishoudcorrectie.bepaal(vorig, correctie(null, "laag"), null, true, SWZ_2020))
                .isEqualTo(new HuishoudenFeiten(4, true, false, "LAAG"));
        // BRP persons with the run's incomes: §3 again (60,000 + 0 reaches the limit).
        List<Huishoudberekening.Persoon> brp = List.of(
                new Huishoudberekening.Persoon(LocalDate.of(1980, 1, 1), Rol.HUURDER, InkomenStatus.VASTGESTELD,
                        bd("60000.00"), false),
                new Huishoudberekening.Persoon(LocalDate.of(1981, 1, 1), Rol.PARTNER, null, null, false));
        assertThat(Huishoudcorrectie.bepaal(vorig, correctie(null, null), brp, true, SWZ_2020))
                .isEqualTo(new HuishoudenFeiten(2, false, false, "HOOG"));
        // A person the run did not know: income unknown, unless a category is given.
        List<Huishoudberekening.Persoon> nieuw = new ArrayList<>(brp);
        nieuw.add(new Huishoudberekening.Persoon(LocalDate.of(1990, 1, 1), Rol.PARTNER,
                InkomenStatus.NIET_VASTGESTELD, null, false));
        assertThat(Huishoudcorrectie.bepaal(vorig, correctie(null, null), nieuw, true, SWZ_2020).inkomenCategorie())
                .isEqualTo("ONBEKEND");
        assertThat(Huishoudcorrectie.bepaal(vorig, correctie(null, "LAAG"), nieuw, true, SWZ_2020).inkomenCategorie())
                .isEqualTo("LAAG");
        // A run with inkomenscategorie.csv has no incomes: the category stays.
        assertThat(Huishoudcorrectie.bepaal(vorig, correctie(null, null), nieuw, false, SWZ_2020).inkomenCategorie())
                .isEqualTo("HOOG");
        // Nobody known at the address: a category alone cannot count.
        HuishoudenFeiten onbekend = new HuishoudenFeiten(0, false, true, "ONBEKEND");
        assertThatThrownBy(() -> Huishoudcorrectie.bepaal(onbekend, correctie(null, "HOOG"), null, true, SWZ_2020))
                .isInstanceOf(RondeFout.class).hasMessageContaining("huishouden");
        assertThatThrownBy(() -> Huishoudcorrectie.bepaal(vorig, correctie(null, "MIDDEN"), null, true, SWZ_2020))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class).hasMessageContaining("--inkomenscategorie");
    }

    @Test
    void correctiesVanDeOpdrachtregel() {
        Correctie c = Correctie.lees(regel(Map.of("chronisch-ziek", List.of("true"), "geboortedatum",
                List.of("1954-03-01,partner", "01-02-1990"), "maximale-huur", List.of("€ 1.234,56"),
                "wws-punten", List.of("143,5"), "inkomenscategorie", List.of(" HOOG "))));
        assertThat(c.chronischZiek()).isTrue();
        assertThat(c.geboortedata()).containsExactly(new Correctie.Persoon(LocalDate.of(1954, 3, 1), Rol.PARTNER),
                new Correctie.Persoon(LocalDate.of(1990, 2, 1), Rol.INWONEND));
        assertThat(c.maximaleHuur()).isEqualByComparingTo("1234.56");
        assertThat(c.wwsPunten()).isEqualByComparingTo("143.5");
        assertThat(c.inkomenscategorie()).isEqualTo("HOOG");
        assertThat(c.leeg()).isFalse();
        assertThat(c.geboortedata().get(0).toString()).doesNotContain("1954");
        assertThat(Correctie.lees(regel(Map.of())).leeg()).isTrue();

        assertThatThrownBy(() -> Correctie.lees(regel(Map.of("geboortedatum", List.of("1954-03-01,OUDER")))))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class).hasMessageContaining("--geboortedatum")
                .hasMessageNotContaining("1954");
        assertThatThrownBy(() -> Correctie.lees(regel(Map.of("personen", List.of("twee")))))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class);
        assertThatThrownBy(() -> Correctie.lees(regel(Map.of("maximale-huur", List.of("0")))))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class);
        assertThatThrownBy(() -> Correctie.lees(regel(Map.of("wws-punten", List.of("-3")))))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class);
        assertThatThrownBy(() -> Correctie.lees(regel(Map.of("brp", List.of("b.csv"), "personen", List.of("2")))))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class);
        assertThat(Correctie.lees(regel(Map.of("brp", List.of("b.csv")))).brp()).isEqualTo(Path.of("b.csv"));
        assertThatThrownBy(() -> Correctie.lees(regel(Map.of("chronisch-ziek", List.of("nee")))))
                .isInstanceOf(Opdrachtregel.GebruiksFout.class).hasMessageContaining("--chronisch-ziek");
    }

    private static Correctie correctie(Integer personen, String categorie) {
        return new Correctie(false, personen, List.of(), null, categorie, null, null);
    }

    private static Opdrachtregel regel(Map<String, List<String>> opties) {
        return new Opdrachtregel("bezwaar", new LinkedHashMap<>(opties), List.of());
    }

    static BigDecimal bd(String waarde) {
        return new BigDecimal(waarde);
    }
}

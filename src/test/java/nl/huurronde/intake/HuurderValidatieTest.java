package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Woningtype;
import org.junit.jupiter.api.Test;

class HuurderValidatieTest {

    private final HuurderValidatie validatie2020 = new HuurderValidatie(TestBeleid.van(2020));
    private final HuurderValidatie validatie2025 = new HuurderValidatie(TestBeleid.van(2025));

    /** A valid SOCIAAL ZELFSTANDIG row; pairs of column and value override it. */
    private static CsvRecord rij(String... kolomWaarde) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("contract_id", "C1");
        velden.put("vhe_id", "VHE1");
        velden.put("huurder_naam", "Dhr. J. de Vries");
        velden.put("straat", "Thorbeckegracht");
        velden.put("huisnummer", "12");
        velden.put("huisletter", "");
        velden.put("toevoeging", "");
        velden.put("postcode", "8011VM");
        velden.put("woonplaats", "Zwolle");
        velden.put("woningtype", "ZELFSTANDIG");
        velden.put("contract_ingang", "2010-01-01");
        velden.put("aanvangshuur", "500.00");
        velden.put("sector", "");
        velden.put("kale_huur", "600.00");
        velden.put("servicekosten", "");
        velden.put("maximale_huur", "800.00");
        velden.put("wws_punten", "");
        velden.put("streefhuur", "650.00");
        velden.put("chronisch_ziek", "");
        velden.put("huurbevriezing", "");
        velden.put("woningverbetering_datum", "");
        velden.put("in_bezit_sinds", "");
        for (int i = 0; i < kolomWaarde.length; i += 2) {
            velden.put(kolomWaarde[i], kolomWaarde[i + 1]);
        }
        return new CsvRecord(7, velden, false);
    }

    private Gelezen<HuurderRegel> valideer(String... kolomWaarde) {
        return validatie2020.valideer(rij(kolomWaarde));
    }

    @Test
    void goedeRijMetAlleVelden() {
        Gelezen<HuurderRegel> g = valideer("huisletter", "a", "toevoeging", "2 hoog", "postcode", "8011 vm",
                "servicekosten", "€ 25,00", "chronisch_ziek", "ja", "huurbevriezing", "N", "wws_punten", "143,5",
                "woningverbetering_datum", "01-03-2019", "in_bezit_sinds", "01/01/2000", "woningtype", "zelfstandig");
        assertThat(g.afgewezen()).isFalse();
        HuurderRegel r = g.regel();
        assertThat(r.regel()).isEqualTo(7);
        assertThat(r.contract().contractId()).isEqualTo("C1");
        assertThat(r.huurder().postcode()).isEqualTo("8011VM");
        assertThat(r.huurder().huisletter()).isEqualTo("A");
        assertThat(r.huurder().toevoeging()).isEqualTo("2 hoog");
        assertThat(r.adresSleutel()).isEqualTo("8011VM|12|A|2HOOG");
        assertThat(r.contract().woningtype()).isEqualTo(Woningtype.ZELFSTANDIG);
        assertThat(r.contract().sector()).isEqualTo(Sector.SOCIAAL);
        assertThat(r.contract().servicekosten()).isEqualTo(new BigDecimal("25.00"));
        assertThat(r.contract().kaleHuur()).isEqualTo(new BigDecimal("600.00"));
        assertThat(r.contract().wwsPunten()).isEqualByComparingTo("143.5");
        assertThat(r.contract().chronischZiek()).isTrue();
        assertThat(r.contract().huurbevriezing()).isFalse();
        assertThat(r.contract().woningverbeteringDatum()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(r.contract().inBezitSinds()).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void standaardwaarden() {
        HuurderRegel r = valideer().regel();
        assertThat(r.contract().servicekosten()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.contract().chronischZiek()).isFalse();
        assertThat(r.contract().huurbevriezing()).isFalse();
        assertThat(r.adresSleutel()).isEqualTo("8011VM|12||");
    }

    @Test
    void deGoudenVoorbeeldenWordenAllemaalGeaccepteerd() throws Exception {
        Path pad = Path.of(getClass().getResource("/intake/2020-swz/huurders.csv").toURI());
        List<Gelezen<HuurderRegel>> alle = Bestanden.alles(pad, Bestandsoort.HUURDERS).stream()
                .map(validatie2020::valideer).toList();
        assertThat(alle).hasSize(23).noneMatch(Gelezen::afgewezen);
        Map<String, Sector> sectoren = new LinkedHashMap<>();
        alle.forEach(g -> sectoren.put(g.regel().contract().contractId(), g.regel().contract().sector()));
        assertThat(sectoren).containsEntry("G16", Sector.VRIJ) // 2019: 750.00 > 720.42
                .containsEntry("G17", Sector.SOCIAAL) // 2020: 730.00 <= 737.14
                .containsEntry("G19", Sector.SOCIAAL); // woonwagen
        assertThat(sectoren.values()).filteredOn(s -> s == Sector.VRIJ).hasSize(1);
        assertThat(alle.get(0).regel().regel()).isEqualTo(2);
        assertThat(alle.get(0).regel().contract().servicekosten()).isEqualTo(new BigDecimal("25.00"));
        assertThat(alle.get(17).regel().contract().huurbevriezing()).isTrue(); // G18
    }

    @Test
    void verkeerdAantalVeldenGeeftEenAfwijzingMaarBehoudtDeVelden() {
        CsvRecord record = new CsvRecord(9, rij("kale_huur", "abc", "huurder_naam", "").velden(), true);
        Gelezen<HuurderRegel> g = validatie2020.valideer(record);
        assertThat(g.afwijzingen()).containsExactly(
                new Afwijzing("huurders.csv", 9, "C1", "", "aantal velden wijkt af van de kopregel"));
        assertThat(g.regel().contract().contractId()).isEqualTo("C1");
        assertThat(g.regel().contract().sector()).isNull();
    }

    @Test
    void eenAfwijzingPerFoutieveKolom() {
        Gelezen<HuurderRegel> g = valideer("vhe_id", "", "kale_huur", "1.234", "servicekosten", "-5",
                "contract_ingang", "2020-02-30", "chronisch_ziek", "misschien", "postcode", "1234");
        assertThat(g.afgewezen()).isTrue();
        assertThat(g.regel().contract().sector()).isNull();
        assertThat(g.afwijzingen()).extracting(Afwijzing::kolom).containsExactlyInAnyOrder(
                "vhe_id", "kale_huur", "servicekosten", "contract_ingang", "chronisch_ziek", "postcode");
        assertThat(g.afwijzingen()).allSatisfy(a -> {
            assertThat(a.bestand()).isEqualTo("huurders.csv");
            assertThat(a.regel()).isEqualTo(7);
            assertThat(a.sleutel()).isEqualTo("C1");
        });
        assertThat(reden(g, "vhe_id")).isEqualTo("verplichte waarde ontbreekt");
        assertThat(reden(g, "kale_huur")).contains("dubbelzinnig").endsWith("('1.234')");
        assertThat(reden(g, "servicekosten")).contains("teken");
        assertThat(reden(g, "contract_ingang")).contains("bestaat niet");
        assertThat(reden(g, "chronisch_ziek")).contains("J/N");
        assertThat(reden(g, "postcode")).contains("postcode").doesNotContain("1234'");
        // the fields that could be read are kept
        assertThat(g.regel().contract().contractId()).isEqualTo("C1");
        assertThat(g.regel().contract().kaleHuur()).isNull();
        assertThat(g.regel().contract().servicekosten()).isNull();
        assertThat(g.regel().adresSleutel()).isNull();
    }

    @Test
    void bedragenGroterDanNul() {
        assertThat(kolommen(valideer("kale_huur", "0"))).containsExactly("kale_huur");
        assertThat(kolommen(valideer("maximale_huur", "0,00"))).containsExactly("maximale_huur");
        assertThat(kolommen(valideer("streefhuur", "€ 0"))).containsExactly("streefhuur");
        assertThat(valideer("servicekosten", "0").afgewezen()).isFalse();
        assertThat(valideer("aanvangshuur", "0").afgewezen()).isFalse();
        assertThat(valideer("kale_huur", "0").regel().contract().kaleHuur()).isEqualTo(new BigDecimal("0.00"));
    }

    /** The 2020 round: peildatum 1 July 2020. */
    @Test
    void laatsteVerhoging() {
        assertThat(valideer("laatste_verhoging", "01-07-2020").regel().contract().laatsteVerhoging())
                .isEqualTo(LocalDate.of(2020, 7, 1));
        Gelezen<HuurderRegel> na = valideer("laatste_verhoging", "2020-07-02");
        assertThat(kolommen(na)).containsExactly("laatste_verhoging");
        assertThat(reden(na, "laatste_verhoging")).isEqualTo("laatste verhoging na de peildatum 2020-07-01 ('2020-07-02')");
        assertThat(kolommen(valideer("laatste_verhoging", "vorig jaar"))).containsExactly("laatste_verhoging");
        assertThat(valideer().regel().contract().laatsteVerhoging()).isNull();
    }

    @Test
    void uitBezit() {
        assertThat(valideer("uit_bezit", "01-01-2021").regel().contract().uitBezit()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(valideer().regel().contract().uitBezit()).isNull();
        Gelezen<HuurderRegel> onleesbaar = valideer("uit_bezit", "volgend jaar");
        assertThat(kolommen(onleesbaar)).containsExactly("uit_bezit");
        Gelezen<HuurderRegel> voorBezit = valideer("in_bezit_sinds", "2020-03-01", "uit_bezit", "2020-02-29");
        assertThat(kolommen(voorBezit)).containsExactly("uit_bezit");
        assertThat(reden(voorBezit, "uit_bezit")).isEqualTo("uit_bezit ligt vóór in_bezit_sinds ('2020-02-29')");
        assertThat(valideer("in_bezit_sinds", "2020-03-01", "uit_bezit", "2020-03-01").afgewezen()).isFalse();
    }

    @Test
    void contractNaDePeildatum() {
        assertThat(valideer("contract_ingang", "2020-07-01").afgewezen()).isFalse();
        Gelezen<HuurderRegel> g = valideer("contract_ingang", "02-07-2020");
        assertThat(kolommen(g)).containsExactly("contract_ingang");
        assertThat(reden(g, "contract_ingang")).contains("na de peildatum 2020-07-01");
    }

    @Test
    void verplichtPerSectorEnWoningtype() {
        Gelezen<HuurderRegel> sociaal = valideer("maximale_huur", "", "streefhuur", " ");
        assertThat(kolommen(sociaal)).containsExactly("maximale_huur", "streefhuur");
        assertThat(kolommen(valideer("woningtype", "ONZELFSTANDIG", "streefhuur", ""))).containsExactly("streefhuur");
        assertThat(valideer("sector", "vrij", "maximale_huur", "", "streefhuur", "").afgewezen()).isFalse();
        assertThat(valideer("woningtype", "WOONWAGEN", "maximale_huur", "", "streefhuur", "").regel().contract().sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(valideer("woningtype", "standplaats", "maximale_huur", "", "streefhuur", "").afgewezen()).isFalse();
        // derived VRIJ: aanvangshuur above the 2010 limit of 647.53
        Gelezen<HuurderRegel> vrij = valideer("aanvangshuur", "647.54", "maximale_huur", "", "streefhuur", "");
        assertThat(vrij.afgewezen()).isFalse();
        assertThat(vrij.regel().contract().sector()).isEqualTo(Sector.VRIJ);
        assertThat(valideer("aanvangshuur", "647.53").regel().contract().sector()).isEqualTo(Sector.SOCIAAL);
    }

    @Test
    void middenhuur() {
        assertThat(kolommen(valideer("sector", "MIDDEN"))).containsExactly("sector");
        Gelezen<HuurderRegel> zonderMaximum = validatie2025.valideer(rij("sector", "midden", "maximale_huur", "",
                "streefhuur", ""));
        assertThat(kolommen(zonderMaximum)).containsExactly("maximale_huur");
        Gelezen<HuurderRegel> goed = validatie2025.valideer(rij("sector", "MIDDEN", "streefhuur", ""));
        assertThat(goed.afgewezen()).isFalse();
        assertThat(goed.regel().contract().sector()).isEqualTo(Sector.MIDDEN);
    }

    @Test
    void sectorOnbepaald() {
        Gelezen<HuurderRegel> oud = valideer("contract_ingang", "1999-05-01");
        assertThat(kolommen(oud)).containsExactly("sector");
        assertThat(reden(oud, "sector")).contains("liberalisatiegrens");
        assertThat(valideer("contract_ingang", "1999-05-01", "sector", "SOCIAAL").afgewezen()).isFalse();

        Gelezen<HuurderRegel> zonderPunten = validatie2025.valideer(rij("contract_ingang", "2024-07-01"));
        assertThat(kolommen(zonderPunten)).containsExactly("wws_punten");
        Gelezen<HuurderRegel> metPunten = validatie2025.valideer(rij("contract_ingang", "2024-07-01",
                "wws_punten", "150", "streefhuur", ""));
        assertThat(metPunten.regel().contract().sector()).isEqualTo(Sector.MIDDEN);
        assertThat(metPunten.afgewezen()).isFalse();
        // a bad wws_punten gets one line, not a second one from the sector decision
        Gelezen<HuurderRegel> slechtePunten = validatie2025.valideer(rij("contract_ingang", "2024-07-01",
                "wws_punten", "veel"));
        assertThat(slechtePunten.afwijzingen()).extracting(Afwijzing::kolom).containsExactly("wws_punten");
    }

    @Test
    void eenAanwezigeWaardeWordtAltijdGecontroleerd() {
        String[] vrij = {"sector", "VRIJ", "maximale_huur", "", "streefhuur", ""};
        assertThat(kolommen(validatie2020.valideer(metExtra(vrij, "wws_punten", "abc")))).containsExactly("wws_punten");
        assertThat(kolommen(validatie2020.valideer(metExtra(vrij, "in_bezit_sinds", "gisteren"))))
                .containsExactly("in_bezit_sinds");
        assertThat(kolommen(validatie2020.valideer(metExtra(vrij, "streefhuur", "1,234"))))
                .containsExactly("streefhuur");
        assertThat(kolommen(validatie2020.valideer(metExtra(vrij, "huurbevriezing", "X"))))
                .containsExactly("huurbevriezing");
        assertThat(kolommen(valideer("sector", "SOCIAL"))).containsExactly("sector");
        assertThat(kolommen(valideer("woningtype", "KAMER"))).containsExactly("woningtype");
    }

    private static CsvRecord metExtra(String[] basis, String kolom, String waarde) {
        String[] alle = java.util.Arrays.copyOf(basis, basis.length + 2);
        alle[basis.length] = kolom;
        alle[basis.length + 1] = waarde;
        return rij(alle);
    }

    @Test
    void vijandigeTekst() {
        Gelezen<HuurderRegel> formule = valideer("huurder_naam", "=HYPERLINK(\"http://x\")", "straat", "\t=1+1",
                "woonplaats", "@Zwolle", "toevoeging", "-2");
        assertThat(formule.afgewezen()).isFalse();
        assertThat(formule.regel().huurder().naam()).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(formule.regel().huurder().straat()).isEqualTo("\t=1+1");

        Gelezen<HuurderRegel> nul = valideer("straat", "Geheime\u0000straat", "huurder_naam", "Fam.\nJansen");
        assertThat(kolommen(nul)).containsExactly("huurder_naam", "straat");
        assertThat(nul.afwijzingen()).allSatisfy(a -> assertThat(a.reden())
                .doesNotContain("Geheime").doesNotContain("Jansen").contains("stuurteken"));

        Gelezen<HuurderRegel> lang = valideer("huurder_naam", "x".repeat(201),
                "woonplaats", "y".repeat(Ontleder.MAX_VELD));
        assertThat(kolommen(lang)).containsExactly("huurder_naam", "woonplaats");
        assertThat(reden(lang, "huurder_naam")).isEqualTo("tekst langer dan 200 tekens");
    }

    @Test
    void contractIdEnVheIdAlsBestandsnaam() {
        Gelezen<HuurderRegel> g = valideer("contract_id", " ../../etc/passwd\u0000" + "x".repeat(50), "vhe_id", "VHE 1");
        assertThat(kolommen(g)).containsExactly("contract_id", "vhe_id");
        assertThat(g.regel().contract().contractId()).isNull();
        Afwijzing eerste = g.afwijzingen().get(0);
        assertThat(eerste.sleutel()).hasSize(40).startsWith("../../etc/passwd?xxx");
        assertThat(valideer("contract_id", " A.b_C-9 ").regel().contract().contractId()).isEqualTo("A.b_C-9");
    }

    @Test
    void huisletterEenLetter() {
        Gelezen<HuurderRegel> g = valideer("huisletter", "AB");
        assertThat(kolommen(g)).containsExactly("huisletter");
        assertThat(g.regel().adresSleutel()).isNull();
        assertThat(g.regel().huurder().postcode()).isEqualTo("8011VM");
    }

    @Test
    void redenenHerhalenGeenNaamOfAdres() {
        Gelezen<HuurderRegel> g = valideer("huisnummer", "12 bis", "postcode", "80111VM", "huisletter", "Q1",
                "huurder_naam", "", "woonplaats", "Zw\u0007olle");
        assertThat(g.afwijzingen()).hasSize(5).allSatisfy(a -> assertThat(a.reden())
                .doesNotContain("12 bis").doesNotContain("80111").doesNotContain("Q1").doesNotContain("Zw"));
    }

    @Test
    void chronischZiekWordtNooitHerhaald() {
        Gelezen<HuurderRegel> g = valideer("chronisch_ziek", "ja (MS)");
        assertThat(reden(g, "chronisch_ziek")).doesNotContain("MS");
    }

    @Test
    void sleutelEnDubbeleContractIdVoorDeStaging() {
        CsvRecord record = rij("contract_id", " G\u000101 ");
        assertThat(Afwijzing.sleutelVoor(Bestandsoort.HUURDERS, record)).isEqualTo("G?01");
        assertThat(Afwijzing.dubbel(Bestandsoort.HUURDERS, 12, "G01"))
                .isEqualTo(new Afwijzing("huurders.csv", 12, "G01", "contract_id",
                        "contract_id komt meer dan eens voor; alle regels met deze contract_id zijn afgewezen"));
    }

    private static List<String> kolommen(Gelezen<?> g) {
        return g.afwijzingen().stream().map(Afwijzing::kolom).toList();
    }

    private static String reden(Gelezen<?> g, String kolom) {
        return g.afwijzingen().stream().filter(a -> a.kolom().equals(kolom)).findFirst().orElseThrow().reden();
    }
}

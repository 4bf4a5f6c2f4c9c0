package nl.huurronde.genereer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final int JAAR = 2025;
    private static final int AANTAL = 10_000;

    @TempDir
    static Path tmp;

    private static Samenvatting samenvatting;
    private static Invoer.Bestand huurders;
    private static Invoer.Bestand brp;
    private static Invoer.Bestand inkomen;

    @BeforeAll
    static void genereerTienduizend() throws IOException {
        Path uit = tmp.resolve("set");
        samenvatting = Generator.schrijf(uit, AANTAL, 42L, JAAR, Opties.standaard().metInkomenscategorie(true));
        huurders = Invoer.lees(uit.resolve("huurders.csv"));
        brp = Invoer.lees(uit.resolve("brp.csv"));
        inkomen = Invoer.lees(uit.resolve("inkomen.csv"));
    }

    /** #20: a realistic share of co-tenants, correspondence addresses (a few abroad) and last increases. */
    @Test
    void medehuurdersCorrespondentieadressenEnLaatsteVerhoging() throws IOException {
        Invoer.Bestand medehuurders = Invoer.lees(tmp.resolve("set").resolve("medehuurders.csv"));
        assertThat(medehuurders.rijen()).hasSize(samenvatting.medehuurders());
        long contracten = medehuurders.rijen().stream().map(r -> r.get("contract_id")).distinct().count();
        assertThat(contracten).isBetween(AANTAL * 25L / 100, AANTAL * 35L / 100);
        long post = huurders.rijen().stream().filter(r -> !r.get("corr_straat").isEmpty()).count();
        long buitenland = huurders.rijen().stream().filter(r -> !r.get("corr_land").isEmpty()
                && !r.get("corr_land").equals("Nederland")).count();
        assertThat(post).isBetween(AANTAL / 100L, AANTAL * 2L / 100);
        assertThat(buitenland).isBetween(post / 5, post / 2);
        long laatste = huurders.rijen().stream().filter(r -> !r.get("laatste_verhoging").isEmpty()).count();
        assertThat(laatste).isBetween(AANTAL * 2L / 100, AANTAL * 6L / 100);
    }

    @Test
    void zelfdeSeedGeeftDezelfdeBytes() throws IOException {
        Samenvatting a = Generator.schrijf(tmp.resolve("a"), 2_000, 7L, 2023, Opties.standaard());
        Samenvatting b = Generator.schrijf(tmp.resolve("b"), 2_000, 7L, 2023, Opties.standaard());
        Generator.schrijf(tmp.resolve("c"), 2_000, 8L, 2023, Opties.standaard());
        assertThat(a).isEqualTo(b);
        for (String f : List.of("huurders.csv", "brp.csv", "inkomen.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
                    .as(f).isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)))
                    .isNotEqualTo(Files.readAllBytes(tmp.resolve("c").resolve(f)));
        }
    }

    @Test
    void elkeRecordHeeftEvenveelVeldenAlsDeKopEnDeVerplichteKolommen() {
        assertThat(huurders.veldfouten()).isZero();
        assertThat(brp.veldfouten()).isZero();
        assertThat(inkomen.veldfouten()).isZero();
        assertThat(huurders.kop()).contains(Generator.HUURDERS);
        assertThat(brp.kop()).contains(Generator.BRP);
        assertThat(inkomen.kop()).contains(Generator.INKOMEN);
        assertThat(huurders.rijen()).hasSize(samenvatting.contracten()).hasSize(AANTAL);
        assertThat(brp.rijen()).hasSize(samenvatting.personen());
        assertThat(inkomen.rijen()).hasSize(samenvatting.inkomens());
        assertThat(samenvatting.categorieen()).isPositive();
    }

    @Test
    void zonderFoutenSlaagtElkeBsnVoorDeElfproefEnIsUniek() throws IOException {
        Path uit = tmp.resolve("schoon");
        Samenvatting s = Generator.schrijf(uit, 5_000, 3L, 2020, Opties.standaard().metFoutAandeel(0));
        Invoer.Bestand b = Invoer.lees(uit.resolve("brp.csv"));
        Invoer.Bestand i = Invoer.lees(uit.resolve("inkomen.csv"));
        List<String> bsns = b.rijen().stream().map(r -> r.get("bsn")).toList();
        assertThat(bsns).allSatisfy(bsn -> assertThat(Bsn.elfproef(bsn)).as(bsn).isTrue());
        assertThat(new HashSet<>(bsns)).hasSize(bsns.size());
        // every income row belongs to a registered person, once
        List<String> inkomenBsns = i.rijen().stream().map(r -> r.get("bsn")).toList();
        assertThat(new HashSet<>(bsns)).containsAll(inkomenBsns);
        assertThat(new HashSet<>(inkomenBsns)).hasSize(inkomenBsns.size());
        assertThat(s.bedoeldAfgewezen()).isZero();
        assertThat(Invoer.afgewezenHuurders(Invoer.lees(uit.resolve("huurders.csv")), 2020)).isZero();
        assertThat(Invoer.afgewezenBrp(b, 2020)).isZero();
        assertThat(Invoer.afgewezenInkomen(i, 2020)).isZero();
    }

    @Test
    void deBedoeldeFoutenZijnPreciesDeAfgewezenRijenEnBlijvenOnderEenProcent() {
        assertThat(Invoer.afgewezenHuurders(huurders, JAAR)).isEqualTo(samenvatting.afgewezenHuurders());
        assertThat(Invoer.afgewezenBrp(brp, JAAR)).isEqualTo(samenvatting.afgewezenBrp());
        assertThat(Invoer.afgewezenInkomen(inkomen, JAAR)).isEqualTo(samenvatting.afgewezenInkomen());
        assertThat(samenvatting.afgewezenHuurders()).isPositive()
                .isLessThanOrEqualTo(samenvatting.contracten() / 100);
        assertThat(samenvatting.afgewezenBrp()).isPositive().isLessThanOrEqualTo(samenvatting.personen() / 100);
        assertThat(samenvatting.afgewezenInkomen()).isPositive().isLessThanOrEqualTo(samenvatting.inkomens() / 100);
        assertThat(samenvatting.bedoeldAfgewezen()).isEqualTo(samenvatting.afgewezenHuurders()
                + samenvatting.afgewezenBrp() + samenvatting.afgewezenInkomen() + samenvatting.afgewezenMedehuurders());
        assertThat(samenvatting.afgewezenMedehuurders()).isPositive()
                .isLessThanOrEqualTo(samenvatting.medehuurders() / 100);
    }

    @Test
    void elkeSoortFoutKomtVoor() {
        assertThat(huurders.rijen()).anyMatch(r -> r.get("kale_huur").equals("1.234"))
                .anyMatch(r -> Invoer.datum(r.get("contract_ingang")) == null)
                .anyMatch(r -> r.get("woningtype").equals("EENGEZINSWONING"));
        assertThat(huurders.rijen().stream().map(r -> r.get("contract_id")).distinct().count()).isLessThan(AANTAL);
        assertThat(brp.rijen()).anyMatch(r -> !Bsn.elfproef(r.get("bsn")))
                .anyMatch(r -> Invoer.datum(r.get("geboortedatum")) == null)
                .anyMatch(r -> r.get("rol").equals("KIND"));
        assertThat(brp.rijen().stream().map(r -> r.get("bsn")).distinct().count()).isLessThan(brp.rijen().size());
        assertThat(inkomen.rijen()).anyMatch(r -> r.get("peiljaar").equals(Integer.toString(JAAR - 3)))
                .anyMatch(r -> r.get("status").equals("VOORLOPIG"))
                .anyMatch(r -> r.get("verzamelinkomen").matches("\\d{1,3}\\.\\d{3}"))
                .anyMatch(r -> !Bsn.elfproef(r.get("bsn")));
        assertThat(inkomen.rijen().stream().map(r -> r.get("bsn")).distinct().count())
                .isLessThan(inkomen.rijen().size());
    }

    @Test
    void formuleInjectieIsEenGeldigeRij() {
        Map<String, String> formule = huurders.rijen().stream()
                .filter(r -> r.get("huurder_naam").startsWith("=HYPERLINK(")).findFirst().orElseThrow();
        assertThat(Invoer.huurderGoed(formule, JAAR, LocalDate.of(JAAR, 7, 1))).isTrue();
    }

    @Test
    void eenPaarProcentVanDeNamenValtBuitenWinAnsi() {
        CharsetEncoder winAnsi = Charset.forName("windows-1252").newEncoder();
        long buiten = huurders.rijen().stream().filter(r -> !winAnsi.canEncode(r.get("huurder_naam"))).count();
        assertThat(buiten).isBetween(AANTAL / 100L, AANTAL / 10L);
        assertThat(huurders.rijen()).anyMatch(r -> r.get("huurder_naam").contains("Yılmaz"));
    }

    @Test
    void aowLeeftijdPreciesOpDePeildatumEnEenDagLater() {
        LocalDate p = LocalDate.of(JAAR, 7, 1);
        Set<LocalDate> geboren = geboortedata(brp);
        LocalDate precies = p.minusMonths(67 * 12);
        assertThat(precies.plusMonths(67 * 12)).isEqualTo(p);
        assertThat(geboren).contains(precies, precies.plusDays(1));
    }

    @Test
    void aowGrensVolgtHetJaar() throws IOException {
        // 2020: 66 years 4 months, as in golden case G07 (born 1954-03-01)
        Path uit = tmp.resolve("2020");
        Generator.schrijf(uit, 300, 1L, 2020, Opties.standaard());
        assertThat(geboortedata(Invoer.lees(uit.resolve("brp.csv"))))
                .contains(LocalDate.of(1954, 3, 1), LocalDate.of(1954, 3, 2));
    }

    @Test
    void jongerenRondOmEenJanuari() {
        Set<LocalDate> inwonend = brp.rijen().stream()
                .filter(r -> r.get("rol").isEmpty() || r.get("rol").equalsIgnoreCase("INWONEND"))
                .map(r -> Invoer.datum(r.get("geboortedatum"))).collect(Collectors.toSet());
        assertThat(inwonend).contains(LocalDate.of(JAAR - 23, 1, 1), LocalDate.of(JAAR - 23, 1, 2));
        assertThat(brp.rijen()).anyMatch(r -> r.get("rol").isEmpty()
                && LocalDate.of(JAAR - 23, 1, 2).equals(Invoer.datum(r.get("geboortedatum"))));
    }

    @Test
    void inkomensOpDeIahGrensEnEenCentEronder() {
        Set<BigDecimal> bedragen = inkomen.rijen().stream().map(r -> Invoer.bedrag(r.get("verzamelinkomen")))
                .filter(b -> b != null).map(b -> b.setScale(2)).collect(Collectors.toSet());
        // 2025, 1 person: € 57,143 and € 67,366
        assertThat(bedragen).contains(new BigDecimal("57143.00"), new BigDecimal("57142.99"),
                new BigDecimal("67366.00"), new BigDecimal("67365.99"));
        assertThat(inkomen.rijen()).anyMatch(r -> r.get("status").equalsIgnoreCase("NIET_VASTGESTELD"));
    }

    @Test
    void huishoudensVanVierOfMeerEnAdressenZonderInschrijving() {
        Map<String, Long> perAdres = brp.rijen().stream().collect(Collectors.groupingBy(GeneratorTest::adres,
                Collectors.counting()));
        assertThat(perAdres.values()).anyMatch(n -> n >= 4).anyMatch(n -> n == 1);
        long zonder = huurders.rijen().stream().filter(r -> !perAdres.containsKey(adres(r))).count();
        assertThat(zonder).isPositive();
        // one address key shared by two contracts: the household cannot be assigned
        Map<String, Long> contractenPerAdres = huurders.rijen().stream()
                .collect(Collectors.groupingBy(GeneratorTest::adres, Collectors.counting()));
        assertThat(contractenPerAdres.values()).anyMatch(n -> n == 2);
    }

    @Test
    void alleWoningtypesEnSectorenOpgegevenEnAfgeleid() {
        Set<String> types = huurders.rijen().stream().map(r -> r.get("woningtype").toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        assertThat(types).contains("ZELFSTANDIG", "ONZELFSTANDIG", "WOONWAGEN", "STANDPLAATS");
        long zelfstandig = huurders.rijen().stream().filter(r -> r.get("woningtype").equalsIgnoreCase("ZELFSTANDIG")).count();
        assertThat(zelfstandig).isGreaterThan(AANTAL * 8L / 10);
        Set<String> sectoren = huurders.rijen().stream().map(r -> r.get("sector").toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        assertThat(sectoren).contains("", "SOCIAAL", "MIDDEN", "VRIJ");
        assertThat(huurders.rijen()).anyMatch(r -> Invoer.datum(r.get("contract_ingang")) != null
                && Invoer.datum(r.get("contract_ingang")).getYear() < 2002
                && !r.get("sector").isEmpty());
    }

    @Test
    void wwsPuntenRondDeGrenzenNaEenJuli2024() {
        Set<String> punten = huurders.rijen().stream()
                .filter(r -> r.get("sector").isEmpty() && r.get("woningtype").equalsIgnoreCase("ZELFSTANDIG"))
                .filter(r -> Invoer.datum(r.get("contract_ingang")) != null
                        && !Invoer.datum(r.get("contract_ingang")).isBefore(LocalDate.of(2024, 7, 1)))
                .map(r -> r.get("wws_punten")).collect(Collectors.toSet());
        assertThat(punten).contains("143", "144", "186", "187");
    }

    @Test
    void aanvangshuurRondDeLiberalisatiegrens() {
        long op = huurders.rijen().stream().filter(r -> r.get("sector").isEmpty()).filter(r -> {
            LocalDate ingang = Invoer.datum(r.get("contract_ingang"));
            if (ingang == null || ingang.getYear() < 2002 || !ingang.isBefore(LocalDate.of(2024, 7, 1))) {
                return false;
            }
            BigDecimal grens = BigDecimal.valueOf(Wetcijfers.liberalisatiegrens(ingang), 2);
            BigDecimal aanvang = Invoer.bedrag(r.get("aanvangshuur"));
            return aanvang != null && aanvang.subtract(grens).abs().compareTo(new BigDecimal("0.01")) <= 0;
        }).count();
        assertThat(op).isGreaterThanOrEqualTo(3);
    }

    @Test
    void huurGrenzenEnDatumsVoorDeHuursom() {
        LocalDate p = LocalDate.of(JAAR, 7, 1);
        assertThat(huurders.rijen()).anyMatch(r -> bedrag(r, "kale_huur").compareTo(new BigDecimal("349.99")) == 0)
                .anyMatch(r -> bedrag(r, "kale_huur").compareTo(new BigDecimal("350.00")) == 0)
                .anyMatch(r -> groter(r, "kale_huur", "maximale_huur"))
                .anyMatch(r -> gelijk(r, "kale_huur", "streefhuur"))
                .anyMatch(r -> groter(r, "kale_huur", "streefhuur"))
                .anyMatch(r -> Invoer.janee(r.get("huurbevriezing")))
                .anyMatch(r -> Invoer.janee(r.get("chronisch_ziek")));
        Set<LocalDate> verbetering = data(huurders, "woningverbetering_datum");
        assertThat(verbetering).contains(p.minusMonths(12), p.minusMonths(12).plusDays(1), p);
        assertThat(data(huurders, "in_bezit_sinds")).contains(LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 1, 2));
    }

    @Test
    void formatenWordenGemengd() throws IOException {
        List<Invoer.Bestand> bestanden = List.of(huurders, brp, inkomen);
        assertThat(bestanden).anyMatch(Invoer.Bestand::bom).anyMatch(b -> !b.bom())
                .anyMatch(b -> b.scheidingsteken() == ';').anyMatch(b -> b.scheidingsteken() == ',')
                .anyMatch(Invoer.Bestand::crlf).anyMatch(b -> !b.crlf());
        String alles = String.join("\n", Files.readAllLines(tmp.resolve("set").resolve("huurders.csv")))
                + String.join("\n", Files.readAllLines(tmp.resolve("set").resolve("inkomen.csv")));
        assertThat(alles).contains("€ ").containsPattern("\\d{2}-\\d{2}-\\d{4}").containsPattern("\\d{2}/\\d{2}/\\d{4}")
                .containsPattern("\\d+,\\d{2}");
        Set<String> booleans = huurders.rijen().stream().map(r -> r.get("chronisch_ziek")).collect(Collectors.toSet());
        assertThat(booleans).contains("J", "ja", "true", "1", "N", "");
        // an unknown extra column or a shuffled order somewhere in the set
        assertThat(bestanden).anyMatch(b -> b.kop().contains("opmerking") || b.kop().contains("bijzonderheden"));
    }

    @Test
    void zonderMengenCanoniekZoalsDeGoudenVoorbeelden() throws IOException {
        Path uit = tmp.resolve("canoniek");
        Generator.schrijf(uit, 500, 5L, 2022, Opties.standaard().metFormatenMengen(false).metFoutAandeel(0)
                .metAdressering(false));
        List<String> regels = Files.readAllLines(uit.resolve("huurders.csv"));
        assertThat(regels.get(0)).isEqualTo(String.join(",", Generator.HUURDERS));
        Invoer.Bestand h = Invoer.lees(uit.resolve("huurders.csv"));
        assertThat(h.bom()).isFalse();
        assertThat(h.crlf()).isFalse();
        assertThat(h.rijen()).allSatisfy(r -> {
            assertThat(r.get("kale_huur")).matches("\\d+\\.\\d{2}");
            assertThat(r.get("contract_ingang")).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(r.get("chronisch_ziek")).isIn("J", "N");
        });
    }

    @Test
    void goudenVoorbeeldenStaanLetterlijkBovenaan() throws IOException {
        Path gouden = tmp.resolve("gouden");
        Files.createDirectories(gouden);
        Files.writeString(gouden.resolve("huurders.csv"), String.join(",", Generator.HUURDERS) + "\n"
                + "G01,VHE0001,Fam. Voorbeeld,Thorbeckegracht,1,,,8011VM,Zwolle,ZELFSTANDIG,2015-03-01,450.00,,500.00,25.00,800.00,,600.00,N,N,,\n");
        Files.writeString(gouden.resolve("brp.csv"), String.join(",", Generator.BRP) + "\n8011VM,1,,,100000010,1980-05-05,HUURDER\n");
        Files.writeString(gouden.resolve("inkomen.csv"), String.join(",", Generator.INKOMEN) + "\n100000010,2018,30000.00,VASTGESTELD\n");
        Path uit = tmp.resolve("metGouden");
        Samenvatting s = Generator.schrijf(uit, 50, 9L, 2020, Opties.standaard().metVoorbeelden(gouden));
        List<String> regels = Files.readAllLines(uit.resolve("huurders.csv"));
        assertThat(regels.get(1)).isEqualTo(
                "G01,VHE0001,Fam. Voorbeeld,Thorbeckegracht,1,,,8011VM,Zwolle,ZELFSTANDIG,2015-03-01,450.00,,500.00,25.00,800.00,,600.00,N,N,,");
        assertThat(s.contracten()).isEqualTo(51);
        assertThat(Files.readAllLines(uit.resolve("inkomen.csv")).get(1)).isEqualTo("100000010,2018,30000.00,VASTGESTELD");
    }

    @Test
    void ongeldigeArgumentenWordenGeweigerd() {
        assertThatThrownBy(() -> Opties.standaard().metFoutAandeel(0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generator.schrijf(tmp.resolve("x"), 10, 1L, 2018, Opties.standaard()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Generator.schrijf(tmp.resolve("x"), 0, 1L, 2020, Opties.standaard()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<LocalDate> geboortedata(Invoer.Bestand b) {
        return b.rijen().stream().map(r -> Invoer.datum(r.get("geboortedatum"))).filter(d -> d != null)
                .collect(Collectors.toSet());
    }

    private static Set<LocalDate> data(Invoer.Bestand b, String kolom) {
        return b.rijen().stream().map(r -> r.get(kolom)).filter(s -> !s.isEmpty()).map(Invoer::datum)
                .filter(d -> d != null).collect(Collectors.toSet());
    }

    private static BigDecimal bedrag(Map<String, String> r, String kolom) {
        BigDecimal b = Invoer.bedrag(r.get(kolom));
        return b == null ? BigDecimal.valueOf(-1) : b;
    }

    private static boolean groter(Map<String, String> r, String a, String b) {
        return !r.get(b).isEmpty() && bedrag(r, b).signum() > 0 && bedrag(r, a).compareTo(bedrag(r, b)) > 0;
    }

    private static boolean gelijk(Map<String, String> r, String a, String b) {
        return !r.get(b).isEmpty() && bedrag(r, a).compareTo(bedrag(r, b)) == 0;
    }

    /** The address key as the job compares it: postcode without space, upper case; letters and toevoeging without spaces. */
    private static String adres(Map<String, String> r) {
        return (r.get("postcode").replace(" ", "") + "|" + r.get("huisnummer") + "|" + r.get("huisletter") + "|"
                + r.get("toevoeging").replace(" ", "")).toUpperCase(Locale.ROOT);
    }
}

package nl.huurronde.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.huurronde.regels.InkomenStatus;
import nl.huurronde.regels.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrpInkomenCategorieValidatieTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2020, 7, 1);

    @TempDir
    Path map;

    @Test
    void brpBestandMetGoedeEnFouteRijen() throws Exception {
        Path pad = Bestanden.schrijf(map, "gemeente-export.csv", """
                Postcode;Huisnummer;Huisletter;Toevoeging;BSN;Geboortedatum;Rol
                8011 vm;12;a;Bis;100000010;05-05-1980;huurder
                8011VM;12;A;bis;100000022;1975-01-01;
                8011VM;13;;;123456789;2020-07-02;KIND
                8011VM;x;;;12345;1-1-1980;PARTNER
                8011VM;14;;;100000034;1975-01-01
                """);
        BrpValidatie validatie = new BrpValidatie(PEILDATUM);
        List<Gelezen<PersoonRegel>> rijen = Bestanden.alles(pad, Bestandsoort.BRP).stream()
                .map(validatie::valideer).toList();

        assertThat(rijen.get(0).afgewezen()).isFalse();
        assertThat(rijen.get(0).regel()).isEqualTo(new PersoonRegel(2, "8011VM|12|A|BIS", "100000010",
                LocalDate.of(1980, 5, 5), Rol.HUURDER));
        assertThat(rijen.get(1).regel().rol()).isEqualTo(Rol.INWONEND);
        assertThat(rijen.get(1).regel().adresSleutel()).isEqualTo(rijen.get(0).regel().adresSleutel());

        Gelezen<PersoonRegel> derde = rijen.get(2);
        assertThat(derde.afwijzingen()).extracting(Afwijzing::kolom).containsExactly("bsn", "geboortedatum", "rol");
        assertThat(derde.afwijzingen()).allSatisfy(a -> {
            assertThat(a.bestand()).isEqualTo("brp.csv");
            assertThat(a.regel()).isEqualTo(4);
            assertThat(a.sleutel()).isEqualTo("8011VM 13");
            assertThat(a.reden()).doesNotContain("123456789").doesNotContain("2020-07-02").doesNotContain("KIND");
        });
        assertThat(derde.regel().bsn()).isEqualTo("123456789"); // still counts for duplicates
        assertThat(derde.regel().adresSleutel()).isEqualTo("8011VM|13||"); // still marks its address
        assertThat(derde.regel().geboortedatum()).isEqualTo(LocalDate.of(2020, 7, 2));

        Gelezen<PersoonRegel> vierde = rijen.get(3);
        assertThat(vierde.afwijzingen()).extracting(Afwijzing::kolom)
                .containsExactly("huisnummer", "bsn", "geboortedatum");
        assertThat(vierde.regel().adresSleutel()).isNull();
        assertThat(vierde.regel().bsn()).isNull();
        assertThat(vierde.afwijzingen().get(0).sleutel()).isEqualTo("8011VM x");

        Gelezen<PersoonRegel> vijfde = rijen.get(4);
        assertThat(vijfde.afwijzingen()).singleElement()
                .isEqualTo(new Afwijzing("brp.csv", 6, "8011VM 14", "", "aantal velden wijkt af van de kopregel"));
        assertThat(vijfde.regel().adresSleutel()).isEqualTo("8011VM|14||");
        assertThat(vijfde.regel().bsn()).isEqualTo("100000034");
    }

    @Test
    void brpGeboortedatumOpDePeildatumIsGoed() {
        BrpValidatie validatie = new BrpValidatie(PEILDATUM);
        CsvRecord record = new CsvRecord(2, java.util.Map.of("postcode", "1234AB", "huisnummer", "1",
                "bsn", "100000010", "geboortedatum", "2020-07-01"), false);
        assertThat(validatie.valideer(record).afgewezen()).isFalse();
    }

    @Test
    void inkomen() throws Exception {
        Path pad = Bestanden.schrijf(map, "bd.csv", """
                bsn,peiljaar,verzamelinkomen,status
                100000010,2018,"30.000,00",vastgesteld
                100000022,2018,,NIET_VASTGESTELD
                100000034,2018,,VASTGESTELD
                100000046,2017,1.234,Onbekend
                123456789,2018,-5,NIET_VASTGESTELD
                100000058,2018,12345.678,niet_vastgesteld
                """);
        InkomenValidatie validatie = new InkomenValidatie(2018);
        List<Gelezen<InkomenRegel>> rijen = Bestanden.alles(pad, Bestandsoort.INKOMEN).stream()
                .map(validatie::valideer).toList();
        assertThat(rijen.get(0).afgewezen()).isFalse();
        assertThat(rijen.get(0).regel()).isEqualTo(new InkomenRegel(2, "100000010", 2018,
                new BigDecimal("30000.00"), InkomenStatus.VASTGESTELD));
        assertThat(rijen.get(1).afgewezen()).isFalse();
        assertThat(rijen.get(1).regel().verzamelinkomen()).isNull();
        assertThat(kolommen(rijen.get(2))).containsExactly("verzamelinkomen");
        assertThat(kolommen(rijen.get(3))).containsExactly("peiljaar", "verzamelinkomen", "status");
        assertThat(kolommen(rijen.get(4))).containsExactly("bsn", "verzamelinkomen");
        assertThat(rijen.get(4).regel().bsn()).isEqualTo("123456789");
        // a present value is checked even when the status does not need it
        assertThat(kolommen(rijen.get(5))).containsExactly("verzamelinkomen");
        rijen.stream().flatMap(g -> g.afwijzingen().stream()).forEach(a -> {
            assertThat(a.sleutel()).isEmpty();
            assertThat(a.bestand()).isEqualTo("inkomen.csv");
            assertThat(a.reden()).doesNotContain("1000000").doesNotContain("1.234").doesNotContain("12345")
                    .doesNotContain("2017");
        });
        assertThat(rijen.get(3).afwijzingen().get(0).reden()).contains("2018");
    }

    @Test
    void inkomenscategorie() throws Exception {
        Path pad = Bestanden.schrijf(map, "cat.csv", """
                postcode,huisnummer,huisletter,toevoeging,categorie
                8011VM,1,,,laag
                8011VM,2,b,,Hoog
                8011VM,3,,,onbekend
                8011VM,4,,,MIDDEN
                8011VM,5,,,
                """);
        CategorieValidatie validatie = new CategorieValidatie(Set.of("HOOG"));
        List<Gelezen<CategorieRegel>> rijen = Bestanden.alles(pad, Bestandsoort.INKOMENSCATEGORIE).stream()
                .map(validatie::valideer).toList();
        assertThat(rijen).extracting(g -> g.regel().categorie())
                .containsExactly("LAAG", "HOOG", "ONBEKEND", null, null);
        assertThat(rijen.get(1).regel().adresSleutel()).isEqualTo("8011VM|2|B|");
        assertThat(rijen.get(3).afwijzingen()).singleElement().satisfies(a -> {
            assertThat(a.kolom()).isEqualTo("categorie");
            assertThat(a.sleutel()).isEqualTo("8011VM 4");
            assertThat(a.regel()).isEqualTo(5);
            assertThat(a.reden()).doesNotContain("MIDDEN").contains("LAAG, ONBEKEND, HOOG");
        });
        assertThat(rijen.get(4).afwijzingen()).extracting(Afwijzing::reden).containsExactly("verplichte waarde ontbreekt");
    }

    @Test
    void inkomenscategorieVraagtAlleAdreskolommen() {
        Path pad = Bestanden.schrijf(map, "cat.csv", "postcode,huisnummer,categorie\n8011VM,1,LAAG\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Voorcontrole.controleer(pad, Bestandsoort.INKOMENSCATEGORIE, UTF_8))
                .hasMessage("inkomenscategorie.csv: verplichte kolommen 'huisletter', 'toevoeging' ontbreken");
    }

    @Test
    void sleutelVoorDeStaging() {
        CsvRecord brp = new CsvRecord(2, java.util.Map.of("postcode", "8011 vm", "huisnummer", "12",
                "huisletter", "a", "toevoeging", "bis", "bsn", "1"), false);
        assertThat(Afwijzing.sleutelVoor(Bestandsoort.BRP, brp)).isEqualTo("8011VM 12A bis");
        assertThat(Afwijzing.sleutelVoor(Bestandsoort.INKOMEN, brp)).isEmpty();
        assertThat(Afwijzing.dubbel(Bestandsoort.BRP, 3, "8011VM 12A bis").kolom()).isEqualTo("bsn");
        assertThat(Afwijzing.dubbel(Bestandsoort.INKOMEN, 3, "").reden()).contains("bsn komt meer dan eens voor");
    }

    private static List<String> kolommen(Gelezen<?> g) {
        return g.afwijzingen().stream().map(Afwijzing::kolom).toList();
    }
}

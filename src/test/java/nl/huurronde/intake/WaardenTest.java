package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.huurronde.regels.Woningtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WaardenTest {

    @ParameterizedTest(name = "[{0}] = {1}")
    @CsvSource(delimiter = '|', value = {
            "612.40          | 612.40",
            "612,40          | 612.40",
            "€ 612,40        | 612.40",
            "€612,40         | 612.40",
            "€   612.40      | 612.40",
            "'  € 612,40  '  | 612.40",
            "1.234,56        | 1234.56",
            "1,234.56        | 1234.56",
            "1.234.567,89    | 1234567.89",
            "1,234,567.89    | 1234567.89",
            "1234            | 1234.00",
            "0               | 0.00",
            "0,5             | 0.50",
            "12.5            | 12.50",
            "1234,5          | 1234.50",
            "1.234,5         | 1234.50",
            "0612,40         | 612.40",
            "30000.00        | 30000.00",
    })
    void bedragIsGeaccepteerd(String tekst, String verwacht) throws OngeldigeWaarde {
        assertThat(Waarden.bedrag(tekst)).isEqualTo(new BigDecimal(verwacht));
    }

    @ParameterizedTest(name = "[{0}] afgewezen")
    @ValueSource(strings = {"1.234", "1,234", "1.234.567", "1,234,567", "1,2,3", "12,345", "512, 40", "512 ,40",
            "1 234,56", "-1.39", "+5", "-€ 5", "€ -5", "612.405", "612,405", "1234.567", ".5", ",5", "5.", "5,",
            "€ 1.234", "€", "€€ 5", "612,40 €", "EUR 612,40", "12a", "1.234,56.7", "1.23,45", "1,234.56,78",
            "\t612.40", "612.40\u0000", "1e3", "99999999999"})
    void bedragIsAfgewezen(String tekst) {
        assertThatThrownBy(() -> Waarden.bedrag(tekst)).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void bedragGeeftDeRedenZonderDeWaarde() {
        assertThatThrownBy(() -> Waarden.bedrag("1.234")).hasMessageContaining("dubbelzinnig")
                .hasMessageNotContaining("1.234");
        assertThatThrownBy(() -> Waarden.bedrag("-5")).hasMessageContaining("teken");
        assertThatThrownBy(() -> Waarden.bedrag("5,123")).hasMessageContaining("dubbelzinnig");
        assertThatThrownBy(() -> Waarden.bedrag("5234,123")).hasMessageContaining("meer dan twee decimalen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void legeWaardeIsNull(String tekst) throws OngeldigeWaarde {
        assertThat(Waarden.bedrag(tekst)).isNull();
        assertThat(Waarden.datum(tekst)).isNull();
        assertThat(Waarden.jaNee(tekst)).isNull();
        assertThat(Waarden.tekst(tekst)).isNull();
        assertThat(Waarden.bedrag(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2020-07-01,2020-07-01", "01-07-2020,2020-07-01", "01/07/2020,2020-07-01", "29-02-2020,2020-02-29",
            "' 2020-12-31 ',2020-12-31"})
    void datumIsGeaccepteerd(String tekst, LocalDate verwacht) throws OngeldigeWaarde {
        assertThat(Waarden.datum(tekst)).isEqualTo(verwacht);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-02-30", "2019-02-29", "31-04-2020", "2020-13-01", "1-7-2020", "01-07-20",
            "2020/07/01", "01-07/2020", "07/01/2020x", "20200701", "2020-7-1", "1 juli 2020"})
    void datumIsAfgewezen(String tekst) {
        assertThatThrownBy(() -> Waarden.datum(tekst)).isInstanceOf(OngeldigeWaarde.class);
    }

    @ParameterizedTest
    @CsvSource({"J,true", "j,true", "ja,true", "JA,true", "true,true", "TRUE,true", "1,true",
            "N,false", "n,false", "nee,false", "Nee,false", "false,false", "0,false"})
    void jaNee(String tekst, boolean verwacht) throws OngeldigeWaarde {
        assertThat(Waarden.jaNee(tekst)).isEqualTo(verwacht);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Y", "yes", "2", "x", "jaa", "-1"})
    void jaNeeAfgewezen(String tekst) {
        assertThatThrownBy(() -> Waarden.jaNee(tekst)).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void keuzeIsHoofdletterOngevoelig() throws OngeldigeWaarde {
        assertThat(Waarden.keuze(" zelfstandig ", Woningtype.class)).isEqualTo(Woningtype.ZELFSTANDIG);
        assertThat(Waarden.keuze("Woonwagen", Woningtype.class)).isEqualTo(Woningtype.WOONWAGEN);
        assertThatThrownBy(() -> Waarden.keuze("kamer", Woningtype.class))
                .hasMessageContaining("ZELFSTANDIG, ONZELFSTANDIG, WOONWAGEN, STANDPLAATS");
    }

    @ParameterizedTest
    @CsvSource({"1234AB,1234AB", "1234 ab,1234AB", "8011vm,8011VM", "' 9999 Zz ',9999ZZ"})
    void postcode(String tekst, String verwacht) throws OngeldigeWaarde {
        assertThat(Waarden.postcode(tekst)).isEqualTo(verwacht);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123AB", "123AB", "12345AB", "1234  AB", "1234-AB", "1234A", "1234ABC", "AB1234"})
    void postcodeAfgewezen(String tekst) {
        assertThatThrownBy(() -> Waarden.postcode(tekst)).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void bsnElfproef() throws OngeldigeWaarde {
        assertThat(Waarden.bsn("100000010")).isEqualTo("100000010");
        assertThat(Waarden.bsn("111222333")).isEqualTo("111222333");
        assertThat(Waarden.elfproef("123456782")).isTrue();
        assertThat(Waarden.elfproef("123456789")).isFalse();
        assertThat(Waarden.elfproef("000000000")).isFalse();
        assertThatThrownBy(() -> Waarden.bsn("123456789")).hasMessage("bsn voldoet niet aan de elfproef");
        assertThatThrownBy(() -> Waarden.bsn("12345678")).hasMessage("bsn moet uit precies 9 cijfers bestaan");
        assertThatThrownBy(() -> Waarden.bsn("1234567820")).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> Waarden.bsn("12345678a")).isInstanceOf(OngeldigeWaarde.class);
    }

    @Test
    void idVolgensPatroon() throws OngeldigeWaarde {
        assertThat(Waarden.id("G01")).isEqualTo("G01");
        assertThat(Waarden.id(" A-1_b.2 ")).isEqualTo("A-1_b.2");
        assertThat(Waarden.id("x".repeat(40))).hasSize(40);
        for (String fout : new String[] {"x".repeat(41), "a b", "a/b", "../x", "é", "=1+1", "a\u0000"}) {
            assertThatThrownBy(() -> Waarden.id(fout)).as(fout).isInstanceOf(OngeldigeWaarde.class);
        }
    }

    @Test
    void tekstMetStuurtekensOfTeLang() throws OngeldigeWaarde {
        assertThat(Waarden.tekst("Fam. Yılmaz")).isEqualTo("Fam. Yılmaz");
        assertThat(Waarden.tekst("=HYPERLINK(\"x\")")).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(Waarden.tekst("\t=1+1")).isEqualTo("\t=1+1");
        assertThat(Waarden.tekst("\r@SUM(A1)")).isEqualTo("\r@SUM(A1)");
        assertThat(Waarden.tekst("x".repeat(200))).hasSize(200);
        assertThat(Waarden.tekst("😀".repeat(200))).hasSize(400);
        assertThatThrownBy(() -> Waarden.tekst("x".repeat(201))).hasMessageContaining("langer dan 200");
        for (String fout : new String[] {"a\u0000b", "a\nb", "\nabc", "a\tb", "ab\r", "a\u0007", "a\u007Fb", "a\u0085"}) {
            assertThatThrownBy(() -> Waarden.tekst(fout)).isInstanceOf(OngeldigeWaarde.class)
                    .hasMessageContaining("stuurteken");
        }
    }

    @Test
    void huisnummerEnHuisletter() throws OngeldigeWaarde {
        assertThat(Waarden.huisnummer("12")).isEqualTo(12);
        assertThat(Waarden.huisnummer("99999")).isEqualTo(99999);
        assertThat(Waarden.huisletter("a")).isEqualTo("A");
        for (String fout : new String[] {"0", "-1", "12a", "100000", "1.5"}) {
            assertThatThrownBy(() -> Waarden.huisnummer(fout)).as(fout).isInstanceOf(OngeldigeWaarde.class);
        }
        for (String fout : new String[] {"AB", "1", "é", "-"}) {
            assertThatThrownBy(() -> Waarden.huisletter(fout)).as(fout).isInstanceOf(OngeldigeWaarde.class);
        }
    }

    @Test
    void getalVoorPunten() throws OngeldigeWaarde {
        assertThat(Waarden.getal("143")).isEqualByComparingTo("143");
        assertThat(Waarden.getal("143,5")).isEqualByComparingTo("143.5");
        assertThat(Waarden.getal("143.25")).isEqualByComparingTo("143.25");
        for (String fout : new String[] {"-1", "1.234,5", "12,345", "abc", "143.125"}) {
            assertThatThrownBy(() -> Waarden.getal(fout)).as(fout).isInstanceOf(OngeldigeWaarde.class);
        }
    }

    @Test
    void geheelGetal() throws OngeldigeWaarde {
        assertThat(Waarden.geheelGetal("2018")).isEqualTo(2018);
        for (String fout : new String[] {"2018.0", "+2018", "-1", "1234567890", "twee"}) {
            assertThatThrownBy(() -> Waarden.geheelGetal(fout)).as(fout).isInstanceOf(OngeldigeWaarde.class);
        }
    }

    @Test
    void veiligVervangtStuurtekensEnKapt() {
        assertThat(Waarden.veilig("a\u0000b\nc", 10)).isEqualTo("a?b?c");
        assertThat(Waarden.veilig("x".repeat(50), 40)).hasSize(40);
        assertThat(Waarden.veilig("abc😀", 4)).isEqualTo("abc");
        assertThat(Waarden.veilig(null, 4)).isEmpty();
    }

    @Test
    void schoonKnipAlleenSpaties() {
        assertThat(Waarden.schoon("  a b  ")).isEqualTo("a b");
        assertThat(Waarden.schoon("\t=1")).isEqualTo("\t=1");
        assertThat(Waarden.schoon("   ")).isNull();
    }
}

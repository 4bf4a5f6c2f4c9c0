package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;

import nl.huurronde.bestand.CsvTekst;
import org.junit.jupiter.api.Test;

class AdresEnCsvTekstTest {

    @Test
    void adressleutelNegeertHoofdlettersEnSpaties() {
        assertThat(Adres.sleutel("8011VM", 12, "a", "bis")).isEqualTo("8011VM|12|A|BIS");
        assertThat(Adres.sleutel("8011 vm", 12, "A", " B is ")).isEqualTo("8011VM|12|A|BIS");
        assertThat(Adres.sleutel("8011VM", 1, null, null)).isEqualTo("8011VM|1||");
        assertThat(Adres.sleutel("8011VM", 1, null, "2 hoog")).isEqualTo(Adres.sleutel("8011VM", 1, "", "2HOOG"));
    }

    @Test
    void leesbaarAdres() {
        assertThat(Adres.leesbaar("8011VM", 12, "A", "bis")).isEqualTo("8011VM 12A bis");
        assertThat(Adres.leesbaar("8011VM", 12, null, null)).isEqualTo("8011VM 12");
        assertThat(Adres.leesbaar("8011VM", 3, "", "2 hoog")).isEqualTo("8011VM 3 2 hoog");
    }

    @Test
    void formuleInjectieKrijgtApostrof() {
        assertThat(CsvTekst.neutraliseer("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(CsvTekst.neutraliseer("+31")).isEqualTo("'+31");
        assertThat(CsvTekst.neutraliseer("-x")).isEqualTo("'-x");
        assertThat(CsvTekst.neutraliseer("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvTekst.neutraliseer("\tx")).isEqualTo("'\tx");
        assertThat(CsvTekst.neutraliseer("\rx")).isEqualTo("'\rx");
        assertThat(CsvTekst.neutraliseer("Fam. de Vries")).isEqualTo("Fam. de Vries");
        assertThat(CsvTekst.neutraliseer("a=b")).isEqualTo("a=b");
        assertThat(CsvTekst.neutraliseer(null)).isEmpty();
    }
}

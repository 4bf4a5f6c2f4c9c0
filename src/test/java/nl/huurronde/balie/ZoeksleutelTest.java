package nl.huurronde.balie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoeksleutelTest {

    @Test
    void accentenEnLettersZonderOntledingWordenGevouwen() {
        assertThat(Zoeksleutel.vouw("Ayşe Yılmaz")).isEqualTo("ayse yilmaz");
        assertThat(Zoeksleutel.vouw("Jürgen Müller")).isEqualTo("jurgen muller");
        assertThat(Zoeksleutel.vouw("İbrahim Öztürk")).isEqualTo("ibrahim ozturk");
        assertThat(Zoeksleutel.vouw("Søren Ærø-Straße")).isEqualTo("soren aero strasse");
        assertThat(Zoeksleutel.vouw("Łukasz Wałęsa")).isEqualTo("lukasz walesa");
        assertThat(Zoeksleutel.vouw("Dhr. \u202Eknip\u200B")).isEqualTo("dhr knip");
        assertThat(Zoeksleutel.vouw("  van 't  Hof  ")).isEqualTo("van t hof");
        assertThat(Zoeksleutel.vouw("ＡＢＣ")).isEqualTo("abc");
        assertThat(Zoeksleutel.vouw(null)).isEmpty();
    }
}

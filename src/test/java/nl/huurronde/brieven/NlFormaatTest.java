package nl.huurronde.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NlFormaatTest {

    @Test
    void bedragenMetPuntVoorDuizendtallenEnKommaVoorCenten() {
        assertThat(NlFormaat.bedrag(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(NlFormaat.bedrag(new BigDecimal("520.5"))).isEqualTo("€ 520,50");
        assertThat(NlFormaat.bedrag(new BigDecimal("0"))).isEqualTo("€ 0,00");
        assertThat(NlFormaat.bedrag(new BigDecimal("1234567.891"))).isEqualTo("€ 1.234.567,89");
        assertThat(NlFormaat.bedrag(new BigDecimal("999.995"))).isEqualTo("€ 1.000,00");
        assertThat(NlFormaat.bedrag(new BigDecimal("-17.66"))).isEqualTo("€ -17,66");
        assertThat(NlFormaat.heleEuros(new BigDecimal("43574"))).isEqualTo("€ 43.574");
    }

    @Test
    void procentenAltijdMetTweeDecimalen() {
        assertThat(NlFormaat.procent(new BigDecimal("4.10"))).isEqualTo("4,10%");
        assertThat(NlFormaat.procent(new BigDecimal("4.34"))).isEqualTo("4,34%");
        assertThat(NlFormaat.procent(new BigDecimal("5.00"))).isEqualTo("5,00%");
        assertThat(NlFormaat.procent(new BigDecimal("0.00"))).isEqualTo("0,00%");
        assertThat(NlFormaat.procent(new BigDecimal("10"))).isEqualTo("10,00%");
        assertThat(NlFormaat.procent(new BigDecimal("2.345"))).isEqualTo("2,35%");
        assertThat(NlFormaat.procent(new BigDecimal("-2.13"))).isEqualTo("-2,13%");
        assertThat(NlFormaat.fractie(new BigDecimal("0.0295"))).isEqualTo("2,95%");
        assertThat(NlFormaat.getal(new BigDecimal("143.50"))).as("points, not a percentage").isEqualTo("143,5");
    }

    @Test
    void datumsVoluitInHetNederlands() {
        assertThat(NlFormaat.datum(LocalDate.of(2020, 7, 1))).isEqualTo("1 juli 2020");
        assertThat(NlFormaat.datum(LocalDate.of(2026, 3, 31))).isEqualTo("31 maart 2026");
        assertThat(NlFormaat.datum(LocalDate.of(2020, 4, 20))).isEqualTo("20 april 2020");
    }
}

package nl.huurronde.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The deadlines of art. 7:253 BW on their boundaries, as the Huurcommissie states them for 1 July. */
class BezwaartermijnenTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void eenJuliZoalsDeHuurcommissieHetRekent() {
        LocalDate ingang = d("2026-07-01");
        assertThat(Bezwaartermijnen.bezwaarUiterlijk(ingang)).isEqualTo(d("2026-06-30"));
        // huurcommissie.nl: "verhogen per 1 juli … uiterlijk 11 augustus hebben ontvangen"
        assertThat(Bezwaartermijnen.indienenUiterlijk(ingang)).isEqualTo(d("2026-08-11"));
        // "herinneringsbrief ontvangen vóór 1 oktober. Stuur uw verzoekschrift vóór 1 november op."
        assertThat(Bezwaartermijnen.herinneringUiterlijk(ingang)).isEqualTo(d("2026-09-30"));
        assertThat(Bezwaartermijnen.huurderUiterlijk(ingang)).isEqualTo(d("2026-10-31"));
    }

    @Test
    void teLaatVanafDeIngangsdatum() {
        LocalDate ingang = d("2026-07-01");
        assertThat(Bezwaartermijnen.teLaat(d("2026-06-30"), ingang)).isFalse();
        assertThat(Bezwaartermijnen.teLaat(d("2026-07-01"), ingang)).isTrue();
        assertThat(Bezwaartermijnen.teLaat(d("2026-04-21"), ingang)).isFalse();
    }

    @Test
    void eenLatereIngangsdatumEnMaandeinden() {
        // A revised proposal from 1 September: the periods move with it.
        LocalDate sept = d("2026-09-01");
        assertThat(Bezwaartermijnen.indienenUiterlijk(sept)).isEqualTo(d("2026-10-12"));
        assertThat(Bezwaartermijnen.herinneringUiterlijk(sept)).isEqualTo(d("2026-11-30"));
        assertThat(Bezwaartermijnen.huurderUiterlijk(sept)).isEqualTo(d("2026-12-31"));
        // 1 November: three months end on 31 January, four on the last day of February (leap year or not).
        assertThat(Bezwaartermijnen.herinneringUiterlijk(d("2027-11-01"))).isEqualTo(d("2028-01-31"));
        assertThat(Bezwaartermijnen.huurderUiterlijk(d("2027-11-01"))).isEqualTo(d("2028-02-29"));
        assertThat(Bezwaartermijnen.huurderUiterlijk(d("2026-11-01"))).isEqualTo(d("2027-02-28"));
        // Six weeks over a year end.
        assertThat(Bezwaartermijnen.indienenUiterlijk(d("2026-12-01"))).isEqualTo(d("2027-01-11"));
        // A period from a 31st: the month without that day ends the period on its last day.
        assertThat(Bezwaartermijnen.huurderUiterlijk(d("2026-10-31"))).isEqualTo(d("2027-02-28"));
        assertThat(Bezwaartermijnen.herinneringUiterlijk(d("2026-10-31"))).isEqualTo(d("2027-01-30"));
    }
}

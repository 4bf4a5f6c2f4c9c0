package nl.huurronde.regels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** One increase per 12 months (#20 item 3), case by case around the boundaries. */
class VerhogingstermijnTest {

    private static final LocalDate P = LocalDate.of(2026, 7, 1);

    private static Verhogingstermijn.Uitkomst bij(LocalDate ronde, String laatste) {
        return Verhogingstermijn.bepaal(ronde, laatste == null ? null : LocalDate.parse(laatste));
    }

    @Test
    void zonderLaatsteVerhogingDeDatumVanDeRonde() {
        assertThat(bij(P, null)).isEqualTo(new Verhogingstermijn.Uitkomst(P, null));
    }

    @Test
    void preciesTwaalfMaandenMagOpDeDatumVanDeRonde() {
        assertThat(bij(P, "2025-07-01")).isEqualTo(new Verhogingstermijn.Uitkomst(P, null));
        assertThat(bij(P, "2024-03-15")).isEqualTo(new Verhogingstermijn.Uitkomst(P, null));
    }

    @Test
    void eenDagMinderSchuiftEenDag() {
        assertThat(bij(P, "2025-07-02")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2026, 7, 2), Reden.INGANG_NA_LAATSTE_VERHOGING));
    }

    @Test
    void opEenendertigDecemberNogDitJaarDaarnaGeenVoorstel() {
        assertThat(bij(P, "2025-12-31")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2026, 12, 31), Reden.INGANG_NA_LAATSTE_VERHOGING));
        Verhogingstermijn.Uitkomst januari = bij(P, "2026-01-01");
        assertThat(januari.voorstel()).isFalse();
        assertThat(januari).isEqualTo(new Verhogingstermijn.Uitkomst(null, Reden.GEEN_VOORSTEL_LAATSTE_VERHOGING));
        assertThat(bij(P, "2026-07-01").voorstel()).isFalse();
    }

    /** 29 February + 12 months is 28 February: on that day exactly 12 months have passed. */
    @Test
    void negenentwintigFebruari() {
        LocalDate ronde = LocalDate.of(2025, 2, 28); // a policy's ingangsdatum, for the boundary's sake
        assertThat(bij(ronde, "2024-02-29")).isEqualTo(new Verhogingstermijn.Uitkomst(ronde, null));
        assertThat(bij(LocalDate.of(2025, 2, 27), "2024-02-29")).isEqualTo(
                new Verhogingstermijn.Uitkomst(ronde, Reden.INGANG_NA_LAATSTE_VERHOGING));
        // the round of 2024 with an increase on 29 February 2024: 28 February 2025 is next year
        assertThat(bij(LocalDate.of(2024, 7, 1), "2024-02-29").voorstel()).isFalse();
        // and a year later the leap day is more than 12 months before 1 July
        assertThat(bij(LocalDate.of(2025, 7, 1), "2024-02-29").reden()).isNull();
    }

    private static Verhogingstermijn.Uitkomst verzonden(LocalDate ingang, String verzenddatum) {
        return Verhogingstermijn.naVerzending(ingang, LocalDate.parse(verzenddatum), 3);
    }

    @Test
    void aanvulrunOpTijdVerzondenHoudtDeIngangsdatum() {
        // received 30 April (3 days): the last day for 1 July, as the yearly run's uiterste verzenddatum
        assertThat(verzonden(P, "2026-04-27")).isEqualTo(new Verhogingstermijn.Uitkomst(P, null));
        assertThat(verzonden(LocalDate.of(2026, 7, 2), "2026-04-28")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2026, 7, 2), null));
    }

    @Test
    void aanvulrunTeLaatVerzondenSchuiftNaarDeEersteVanDeMaand() {
        // a day late: received 1 May, so 1 August
        assertThat(verzonden(P, "2026-04-28")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2026, 8, 1), Reden.INGANG_NA_VERZENDING));
        // received 31 May: 1 August is still exactly in time
        assertThat(verzonden(P, "2026-05-28")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2026, 8, 1), Reden.INGANG_NA_VERZENDING));
        // received 1 June: 1 September
        assertThat(verzonden(P, "2026-05-29")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2026, 9, 1), Reden.INGANG_NA_VERZENDING));
        // received 29 December: February is too short, so 1 March
        assertThat(verzonden(P, "2026-12-26")).isEqualTo(
                new Verhogingstermijn.Uitkomst(LocalDate.of(2027, 3, 1), Reden.INGANG_NA_VERZENDING));
        // no proposal this round stays none
        assertThat(Verhogingstermijn.naVerzending(null, LocalDate.parse("2026-05-10"), 3).voorstel()).isFalse();
    }
}

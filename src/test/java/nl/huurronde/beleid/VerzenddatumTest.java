package nl.huurronde.beleid;

import static nl.huurronde.beleid.JobFileLoaderTest.laad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two-month rule: verzenddatum + bezorgdagen ≤ ingangsdatum − 2 months − 1 day. */
class VerzenddatumTest {

    private static final String JOB = "jobs/2020-swz.yml";

    @ParameterizedTest(name = "ingang {0}, {1} bezorgdagen: uiterlijk {2}")
    @CsvSource(textBlock = """
            2020-07-01, 3, 2020-04-27
            2020-07-01, 0, 2020-04-30
            2020-07-01, 5, 2020-04-25
            2020-08-01, 3, 2020-05-28
            2020-08-31, 3, 2020-06-26
            2021-01-01, 3, 2020-10-28
            """)
    void uitersteVerzenddatum(LocalDate ingang, int bezorgdagen, LocalDate uiterste) throws BeleidFout {
        JobConfig config = laad(JOB, "ingangsdatum", ingang.toString(), "bezorgdagen", String.valueOf(bezorgdagen),
                "verzenddatum", "");

        assertThat(config.uitersteVerzenddatum()).isEqualTo(uiterste);
        // the last allowed day passes, the day after is refused
        assertThat(laad(JOB, "ingangsdatum", ingang.toString(), "bezorgdagen", String.valueOf(bezorgdagen),
                "verzenddatum", uiterste.toString()).verzenddatum()).isEqualTo(uiterste);
        assertThatThrownBy(() -> laad(JOB, "ingangsdatum", ingang.toString(), "bezorgdagen", String.valueOf(bezorgdagen),
                "verzenddatum", uiterste.plusDays(1).toString()))
                .isInstanceOf(BeleidFout.class)
                .hasMessageStartingWith("verzenddatum = " + uiterste.plusDays(1) + " is te laat");
    }

    @Test
    void meldingLegtDeRegelUit() {
        assertThatThrownBy(() -> laad(JOB, "verzenddatum", "2020-04-28"))
                .hasMessage("verzenddatum = 2020-04-28 is te laat: de brief moet uiterlijk 2020-04-30 binnen zijn "
                        + "(twee maanden vóór de ingangsdatum 2020-07-01); met 3 bezorgdagen uiterlijk verzenden op "
                        + "2020-04-27 (opdrachtregel)");
    }

    @Test
    void eenLatereIngangsdatumMaaktEenLatereVerzenddatumMogelijk() throws BeleidFout {
        assertThatThrownBy(() -> laad(JOB, "verzenddatum", "2020-05-15")).isInstanceOf(BeleidFout.class);
        assertThat(laad(JOB, "verzenddatum", "2020-05-15", "ingangsdatum", "2020-08-01").verzenddatum())
                .isEqualTo(LocalDate.of(2020, 5, 15));
    }

    @Test
    void zonderVerzenddatumControleertDeAanroeper() throws BeleidFout {
        JobConfig config = laad(JOB, "verzenddatum", "");
        assertThat(config.verzenddatum()).isNull();
        assertThat(config.laatsteOntvangstdatum()).isEqualTo(LocalDate.of(2020, 4, 30));
    }
}

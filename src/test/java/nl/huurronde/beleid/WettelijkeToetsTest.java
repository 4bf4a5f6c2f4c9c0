package nl.huurronde.beleid;

import static nl.huurronde.beleid.JobFileLoaderTest.laad;
import static nl.huurronde.beleid.JobFileLoaderTest.waarschuwingen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each year's typical job with one policy figure set just past the law (refused, naming key,
 * value and legal figure) and exactly at it (accepted). Every checked key, every year.
 */
class WettelijkeToetsTest {

    private static final String MAX = "is hoger dan het wettelijk maximum ";

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # job           | key                                   | te ver    | op de grens | melding na de waarde
            2019.yml        | beleid.regulier_max_pct               | 0.042     | 0.041 | is hoger dan het wettelijk maximum 0.041 voor 2019
            2019.yml        | beleid.woonwagen_pct                  | 0.032     | 0.031 | is hoger dan het wettelijk maximum 0.031 voor 2019
            2019.yml        | beleid.iah.banden[1].pct              | 0.057     | 0.056 | is hoger dan het wettelijk maximum 0.056 voor 2019
            2019.yml        | beleid.iah.banden[1].vanaf_1          | 42435.99  | 42436 | is lager dan de wettelijke inkomensgrens 42436 voor 2019
            2019.yml        | beleid.iah.banden[1].vanaf_meer       | 42435     | 42436 | is lager dan de wettelijke inkomensgrens 42436 voor 2019
            2019.yml        | beleid.huursom.max_pct                | 0.027     | 0.026 | is hoger dan het wettelijk maximum 0.026 voor 2019
            2019.yml        | beleid.inkomen.jongeren_vrijstelling  | 20107     | 20108 | is lager dan de wettelijke vrijstelling 20108 voor 2019
            2019.yml        | beleid.inkomen.jongeren_leeftijd      | 22        | 23    | is lager dan de wettelijke leeftijd 23 voor 2019
            2020-swz.yml    | beleid.regulier_max_pct               | 0.052     | 0.051 | is hoger dan het wettelijk maximum 0.051 voor 2020
            2020-swz.yml    | beleid.woonwagen_pct                  | 0.0511    | 0.051 | is hoger dan het wettelijk maximum 0.051 voor 2020
            2020-swz.yml    | beleid.iah.banden[1].pct              | 0.067     | 0.066 | is hoger dan het wettelijk maximum 0.066 voor 2020
            2020-swz.yml    | beleid.iah.banden[1].vanaf_1          | 43573     | 43574 | is lager dan de wettelijke inkomensgrens 43574 voor 2020
            2020-swz.yml    | beleid.iah.banden[1].vanaf_meer       | 43573     | 43574 | is lager dan de wettelijke inkomensgrens 43574 voor 2020
            2020-swz.yml    | beleid.huursom.max_pct                | 0.037     | 0.036 | is hoger dan het wettelijk maximum 0.036 voor 2020 (0.026 + 0.01 met lokale afspraken)
            2020-swz.yml    | beleid.inkomen.jongeren_vrijstelling  | 20449     | 20450 | is lager dan de wettelijke vrijstelling 20450 voor 2020
            2021.yml        | beleid.regulier_max_pct               | 0.001     | 0     | is hoger dan het wettelijk maximum 0 voor 2021 (huurbevriezing)
            2021.yml        | beleid.woonwagen_pct                  | 0.001     | 0     | is hoger dan het wettelijk maximum 0 voor 2021 (huurbevriezing)
            2021.yml        | beleid.vrije_sector_pct               | 0.025     | 0.024 | is hoger dan het wettelijk maximum 0.024 voor 2021
            2022.yml        | beleid.regulier_max_pct               | 0.024     | 0.023 | is hoger dan het wettelijk maximum 0.023 voor 2022
            2022.yml        | beleid.woonwagen_pct                  | 0.024     | 0.023 | is hoger dan het wettelijk maximum 0.023 voor 2022
            2022.yml        | beleid.laag_huur.grens                | 300.01    | 300   | is hoger dan het wettelijk maximum 300 voor 2022
            2022.yml        | beleid.laag_huur.bedrag               | 26        | 25    | is hoger dan het wettelijk maximum 25 voor 2022
            2022.yml        | beleid.iah.banden[1].bedrag           | 51        | 50    | is hoger dan het wettelijk maximum 50 voor 2022 bij een inkomen vanaf 47948 (eenpersoons)
            2022.yml        | beleid.iah.banden[2].bedrag           | 101       | 100   | is hoger dan het wettelijk maximum 100 voor 2022 bij een inkomen vanaf 56527 (eenpersoons)
            2022.yml        | beleid.iah.banden[1].vanaf_1          | 47947     | 47948 | is lager dan de wettelijke eerste inkomensgrens voor eenpersoonshuishoudens 47948 voor 2022
            2022.yml        | beleid.iah.banden[1].vanaf_meer       | 55485     | 55486 | is lager dan de wettelijke eerste inkomensgrens voor meerpersoonshuishoudens 55486 voor 2022
            2022.yml        | beleid.huursom.max_pct                | 0.024     | 0.023 | is hoger dan het wettelijk maximum 0.023 voor 2022
            2022.yml        | beleid.inkomen.jongeren_vrijstelling  | 21430     | 21431 | is lager dan de wettelijke vrijstelling 21431 voor 2022
            2022.yml        | beleid.vrije_sector_pct               | 0.034     | 0.033 | is hoger dan het wettelijk maximum 0.033 voor 2022
            2023.yml        | beleid.vrije_sector_pct               | 0.042     | 0.041 | is hoger dan het wettelijk maximum 0.041 voor 2023
            2023.yml        | beleid.regulier_max_pct               | 0.032     | 0.031 | is hoger dan het wettelijk maximum 0.031 voor 2023
            2023.yml        | beleid.woonwagen_pct                  | 0.032     | 0.031 | is hoger dan het wettelijk maximum 0.031 voor 2023
            2023.yml        | beleid.laag_huur.grens                | 301       | 300   | is hoger dan het wettelijk maximum 300 voor 2023
            2023.yml        | beleid.laag_huur.bedrag               | 25.01     | 25    | is hoger dan het wettelijk maximum 25 voor 2023
            2023.yml        | beleid.iah.banden[1].bedrag           | 51        | 50    | is hoger dan het wettelijk maximum 50 voor 2023 bij een inkomen vanaf 48836 (eenpersoons)
            2023.yml        | beleid.iah.banden[2].bedrag           | 101       | 100   | is hoger dan het wettelijk maximum 100 voor 2023 bij een inkomen vanaf 57573 (eenpersoons)
            2023.yml        | beleid.iah.banden[1].vanaf_1          | 48835     | 48836 | is lager dan de wettelijke eerste inkomensgrens voor eenpersoonshuishoudens 48836 voor 2023
            2023.yml        | beleid.iah.banden[1].vanaf_meer       | 56512     | 56513 | is lager dan de wettelijke eerste inkomensgrens voor meerpersoonshuishoudens 56513 voor 2023
            2023.yml        | beleid.huursom.max_pct                | 0.027     | 0.026 | is hoger dan het wettelijk maximum 0.026 voor 2023
            2023.yml        | beleid.inkomen.jongeren_vrijstelling  | 21834     | 21835 | is lager dan de wettelijke vrijstelling 21835 voor 2023
            2024.yml        | beleid.regulier_max_pct               | 0.059     | 0.058 | is hoger dan het wettelijk maximum 0.058 voor 2024
            2024.yml        | beleid.woonwagen_pct                  | 0.059     | 0.058 | is hoger dan het wettelijk maximum 0.058 voor 2024
            2024.yml        | beleid.laag_huur.grens                | 301       | 300   | is hoger dan het wettelijk maximum 300 voor 2024
            2024.yml        | beleid.laag_huur.bedrag               | 26        | 25    | is hoger dan het wettelijk maximum 25 voor 2024
            2024.yml        | beleid.iah.banden[1].bedrag           | 51        | 50    | is hoger dan het wettelijk maximum 50 voor 2024 bij een inkomen vanaf 52753 (eenpersoons)
            2024.yml        | beleid.iah.banden[2].bedrag           | 101       | 100   | is hoger dan het wettelijk maximum 100 voor 2024 bij een inkomen vanaf 62191 (eenpersoons)
            2024.yml        | beleid.iah.banden[1].vanaf_1          | 52752     | 52753 | is lager dan de wettelijke eerste inkomensgrens voor eenpersoonshuishoudens 52753 voor 2024
            2024.yml        | beleid.iah.banden[1].vanaf_meer       | 61045     | 61046 | is lager dan de wettelijke eerste inkomensgrens voor meerpersoonshuishoudens 61046 voor 2024
            2024.yml        | beleid.huursom.max_pct                | 0.054     | 0.053 | is hoger dan het wettelijk maximum 0.053 voor 2024
            2024.yml        | beleid.vrije_sector_pct               | 0.056     | 0.055 | is hoger dan het wettelijk maximum 0.055 voor 2024
            2024.yml        | beleid.inkomen.jongeren_vrijstelling  | 22355     | 22356 | is lager dan de wettelijke vrijstelling 22356 voor 2024
            2025.yml        | beleid.regulier_max_pct               | 0.051     | 0.050 | is hoger dan het wettelijk maximum 0.05 voor 2025
            2025.yml        | beleid.woonwagen_pct                  | 0.051     | 0.05  | is hoger dan het wettelijk maximum 0.05 voor 2025
            2025.yml        | beleid.laag_huur.grens                | 351       | 350   | is hoger dan het wettelijk maximum 350 voor 2025
            2025.yml        | beleid.laag_huur.bedrag               | 26        | 25    | is hoger dan het wettelijk maximum 25 voor 2025
            2025.yml        | beleid.iah.banden[1].bedrag           | 51        | 50    | is hoger dan het wettelijk maximum 50 voor 2025 bij een inkomen vanaf 57143 (eenpersoons)
            2025.yml        | beleid.iah.banden[2].bedrag           | 101       | 100   | is hoger dan het wettelijk maximum 100 voor 2025 bij een inkomen vanaf 67366 (eenpersoons)
            2025.yml        | beleid.iah.banden[1].vanaf_1          | 57142     | 57143 | is lager dan de wettelijke eerste inkomensgrens voor eenpersoonshuishoudens 57143 voor 2025
            2025.yml        | beleid.iah.banden[1].vanaf_meer       | 66125     | 66126 | is lager dan de wettelijke eerste inkomensgrens voor meerpersoonshuishoudens 66126 voor 2025
            2025.yml        | beleid.huursom.max_pct                | 0.046     | 0.045 | is hoger dan het wettelijk maximum 0.045 voor 2025
            2025.yml        | beleid.vrije_sector_pct               | 0.042     | 0.041 | is hoger dan het wettelijk maximum 0.041 voor 2025
            2025.yml        | beleid.midden_pct                     | 0.078     | 0.077 | is hoger dan het wettelijk maximum 0.077 voor 2025
            2025.yml        | beleid.inkomen.jongeren_vrijstelling  | 25069     | 25070 | is lager dan de wettelijke vrijstelling 25070 voor 2025
            2026.yml        | beleid.regulier_max_pct               | 0.042     | 0.041 | is hoger dan het wettelijk maximum 0.041 voor 2026
            2026.yml        | beleid.woonwagen_pct                  | 0.042     | 0.041 | is hoger dan het wettelijk maximum 0.041 voor 2026
            2026.yml        | beleid.laag_huur.grens                | 351       | 350   | is hoger dan het wettelijk maximum 350 voor 2026
            2026.yml        | beleid.laag_huur.bedrag               | 26        | 25    | is hoger dan het wettelijk maximum 25 voor 2026
            2026.yml        | beleid.iah.banden[2].bedrag           | 101       | 100   | is hoger dan het wettelijk maximum 100 voor 2026 bij een inkomen vanaf 70149 (eenpersoons)
            2026.yml        | beleid.vrije_sector_pct               | 0.045     | 0.044 | is hoger dan het wettelijk maximum 0.044 voor 2026
            2026.yml        | beleid.midden_pct                     | 0.062     | 0.061 | is hoger dan het wettelijk maximum 0.061 voor 2026
            2026.yml        | beleid.inkomen.jongeren_vrijstelling  | 26818     | 26819 | is lager dan de wettelijke vrijstelling 26819 voor 2026
            """)
    void netBovenDeWetGeweigerdOpDeGrensToegestaan(String job, String sleutel, String teVer, String opDeGrens,
                                                    String melding) throws BeleidFout {
        assertThatThrownBy(() -> laad("jobs/" + job, sleutel, teVer))
                .isInstanceOf(BeleidFout.class)
                .hasMessage(sleutel + " = " + teVer + " " + melding + " (opdrachtregel)");

        JobConfig opGrens = laad("jobs/" + job, sleutel, opDeGrens);
        assertThat(opGrens.jaar()).isEqualTo(Integer.parseInt(job.substring(0, 4)));
    }

    @Test
    void deMeldingNoemtRegelVanHetBestand() {
        assertThatThrownBy(() -> JobFileLoader.laad(Path.of("src/test/resources/policy/iah-2021.yml"), Map.of()))
                .isInstanceOfSatisfying(BeleidFout.class, fout -> assertThat(fout.fouten()).containsExactly(
                        "beleid.laag_huur: de wet van 2021 kent geen vaste verhoging voor lage huren (pas vanaf 2022); "
                                + "verwijder laag_huur (src/test/resources/policy/iah-2021.yml regel 18)",
                        "beleid.iah.banden: de wet van 2021 staat geen inkomensafhankelijke huurverhoging toe "
                                + "(huurbevriezing); laat de lijst leeg (src/test/resources/policy/iah-2021.yml regel 22)"));
    }

    @Test
    void huursom2020ZonderLokaleAfsprakenAlleenDeInflatie() throws BeleidFout {
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.huursom.lokale_afspraken", "false"))
                .hasMessage("beleid.huursom.max_pct = 0.036 " + MAX + "0.026 voor 2020 (jobs/2020-swz.yml regel 33)");
        assertThat(laad("jobs/2020-swz.yml", "beleid.huursom.lokale_afspraken", "false",
                "beleid.huursom.max_pct", "0.026").beleid().huursomMaxPct()).isEqualByComparingTo("0.026");
    }

    @Test
    void laagHuurAlleenInJarenMetDieRegel() {
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.laag_huur.grens", "300", "beleid.laag_huur.bedrag", "25"))
                .hasMessageStartingWith("beleid.laag_huur: de wet van 2020 kent geen vaste verhoging voor lage huren");
        assertThatThrownBy(() -> laad("jobs/2019.yml", "beleid.laag_huur.grens", "300", "beleid.laag_huur.bedrag", "25"))
                .hasMessageStartingWith("beleid.laag_huur: de wet van 2019 kent geen vaste verhoging");
    }

    @Test
    void iahSoortPastBijHetJaar() {
        assertThatThrownBy(() -> laad("jobs/2020-swz.yml", "beleid.iah.banden[1].pct", "", "beleid.iah.banden[1].bedrag", "50"))
                .hasMessage("beleid.iah.banden[1].bedrag: de wet van 2020 kent alleen een inkomensafhankelijk "
                        + "percentage; gebruik pct (opdrachtregel)");
        assertThatThrownBy(() -> laad("jobs/2022.yml", "beleid.iah.banden[1].bedrag", "", "beleid.iah.banden[1].pct", "0.01"))
                .hasMessageStartingWith("beleid.iah.banden[1].pct: vanaf 2022 is de inkomensafhankelijke verhoging "
                        + "een vast bedrag");
    }

    @Test
    void euroBandMagPerHuishoudgrootteNietMeerDanDeWetBijZijnGrens() throws BeleidFout {
        // +100 is only allowed from the second limit for both household sizes
        assertThatThrownBy(() -> laad("jobs/2022.yml", "beleid.iah.banden[2].vanaf_meer", "75368"))
                .hasMessage("beleid.iah.banden[2].bedrag = 100 " + MAX + "50 voor 2022 bij een inkomen vanaf 75368 "
                        + "(meerpersoons) (jobs/2022.yml regel 39)");
        // one band for all sizes from the second one-person limit is too low for multi-person households
        assertThatThrownBy(() -> laad("jobs/2025.yml", "beleid.iah.banden[2].vanaf_meer", "67366"))
                .hasMessageContaining("banden[2].bedrag = 100 " + MAX + "50 voor 2025 bij een inkomen vanaf 67366 "
                        + "(meerpersoons)");
        // a +50 band starting above the second limit is fine: less than the law allows
        assertThat(laad("jobs/2025.yml", "beleid.iah.banden[1].vanaf_1", "70000").beleid().iahBanden()).hasSize(2);
    }

    @Test
    void job2021HeeftGeenBanden() throws BeleidFout {
        assertThat(laad("jobs/2021.yml").beleid().iahBanden()).isEmpty();
    }

    // --- warnings

    @Test
    void onbevestigdCijferGeeftEenWaarschuwing() throws BeleidFout {
        // 2026: the IAH limits are derived, not yet confirmed; the 2024 low-rent rule is confirmed
        assertThat(waarschuwingen("jobs/2026.yml")).contains(
                "onbevestigd wettelijk cijfer gebruikt: iah.eerste_grens_1 voor 2026 bij de toets van beleid.iah.banden[1].vanaf_1",
                "onbevestigd wettelijk cijfer gebruikt: iah.eerste_grens_meer voor 2026 bij de toets van beleid.iah.banden[1].vanaf_meer");
        assertThat(waarschuwingen("jobs/2024.yml")).noneMatch(w -> w.contains("laag_huur"));
        // the unconfirmed 2019 under-23 figure, as the default and as a check
        assertThat(waarschuwingen("jobs/2019.yml")).contains("onbevestigd wettelijk cijfer gebruikt: "
                + "jongeren_vrijstelling 20108 voor 2019 als beleid.inkomen.jongeren_vrijstelling");
        assertThat(waarschuwingen("jobs/2019.yml", "beleid.inkomen.jongeren_vrijstelling", "21000")).contains(
                "onbevestigd wettelijk cijfer gebruikt: jongeren_vrijstelling voor 2019 bij de toets van "
                        + "beleid.inkomen.jongeren_vrijstelling");
    }

    @Test
    void sleutelZonderWettelijkCijferWordtNietGetoetstEnGemeld() throws BeleidFout {
        assertThat(waarschuwingen("jobs/2026.yml")).contains(
                "beleid.huursom.max_pct is niet getoetst: het wettelijke cijfer voor 2026 is nog niet bekend");
        // not checked, so accepted however high (within 0–20%)
        assertThat(laad("jobs/2026.yml", "beleid.huursom.max_pct", "0.10").beleid().huursomMaxPct())
                .isEqualByComparingTo("0.10");
        assertThat(waarschuwingen("jobs/2020-swz.yml")).containsExactly(
                "beleid.vrije_sector_pct is niet getoetst: de wet van 2020 kent geen maximum voor de vrije sector");
        assertThat(waarschuwingen("jobs/2024.yml")).contains(
                "beleid.midden_pct is niet getoetst: de wet van 2024 kent geen maximum voor de middenhuur");
        assertThat(waarschuwingen("jobs/2021.yml")).containsExactly(
                "beleid.huursom.max_pct is niet getoetst: de wet van 2021 kent geen huursommaximum (huurbevriezing)");
        assertThat(waarschuwingen("jobs/2025.yml")).isEmpty();
    }

    @Test
    void overigeWaarschuwingen() throws BeleidFout {
        assertThat(waarschuwingen("jobs/2020-swz.yml", "beleid.midden_pct", "0.026")).contains(
                "beleid.midden_pct wordt niet gebruikt en niet getoetst: de middenhuur bestaat pas vanaf de huurronde van 2024");
        assertThat(waarschuwingen("jobs/2022.yml", "beleid.huursom.lokale_afspraken", "true")).contains(
                "beleid.huursom.lokale_afspraken: de wet van 2022 geeft geen extra huursomruimte bij lokale afspraken; "
                        + "niet meegeteld");
        assertThat(waarschuwingen("jobs/2019.yml", "beleid.regulier_max_pct", "0.041")).anyMatch(w -> w.startsWith(
                "beleid.regulier_max_pct = 0.041 is hoger dan het wettelijk maximum 0.031 voor kamers (onzelfstandig) in 2019"));
        assertThat(waarschuwingen("jobs/2022.yml", "beleid.inkomen.peiljaar_offset", "1")).contains(
                "beleid.inkomen.peiljaar_offset = 1: de wet toetst het huishoudinkomen van twee jaar eerder (t-2)");
    }

    @Test
    void alleWettelijkeFoutenTegelijk() {
        List<String> overschrijvingen = new ArrayList<>(List.of(
                "beleid.regulier_max_pct", "0.06", "beleid.woonwagen_pct", "0.06", "beleid.huursom.max_pct", "0.05"));
        assertThatThrownBy(() -> laad("jobs/2023.yml", overschrijvingen.toArray(String[]::new)))
                .isInstanceOfSatisfying(BeleidFout.class, fout -> assertThat(fout.fouten()).hasSize(3))
                .hasMessageStartingWith("3 fouten: ");
    }
}

package nl.huurronde.wetperjaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.huurronde.Huurronde;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each year's own job with one figure set just above that year's legal maximum on the real command
 * line ({@code --parameter}): refused before anything is written, exit code 1, one line naming the
 * key, the value and the law's figure. (The loader's full table, also "exactly at the limit", is in
 * policy/WettelijkeToetsTest; this proves the command line gives staff the same answer.)
 */
class WettelijkMaximumTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}: {1} = {2} > {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # job         | --parameter key             | value | key as reported            | legal maximum of the year
            2019.yml      | beleid.regulier_max_pct     | 0.042 | beleid.regulier_max_pct    | 0.041 voor 2019
            2019.yml      | beleid.iah.banden.1.pct     | 0.057 | beleid.iah.banden[1].pct   | 0.056 voor 2019
            2019.yml      | beleid.woonwagen_pct        | 0.032 | beleid.woonwagen_pct       | 0.031 voor 2019
            2019.yml      | beleid.huursom.max_pct      | 0.027 | beleid.huursom.max_pct     | 0.026 voor 2019
            2020-swz.yml  | beleid.regulier_max_pct     | 0.052 | beleid.regulier_max_pct    | 0.051 voor 2020
            2020-swz.yml  | beleid.iah.banden.1.pct     | 0.067 | beleid.iah.banden[1].pct   | 0.066 voor 2020
            2020-swz.yml  | beleid.huursom.max_pct      | 0.037 | beleid.huursom.max_pct     | 0.036 voor 2020 (0.026 + 0.01 met lokale afspraken)
            2021.yml      | beleid.regulier_max_pct     | 0.001 | beleid.regulier_max_pct    | 0 voor 2021 (huurbevriezing)
            2021.yml      | beleid.woonwagen_pct        | 0.001 | beleid.woonwagen_pct       | 0 voor 2021 (huurbevriezing)
            2021.yml      | beleid.vrije_sector_pct     | 0.025 | beleid.vrije_sector_pct    | 0.024 voor 2021
            2022.yml      | beleid.regulier_max_pct     | 0.024 | beleid.regulier_max_pct    | 0.023 voor 2022
            2022.yml      | beleid.laag_huur.bedrag     | 26    | beleid.laag_huur.bedrag    | 25 voor 2022
            2022.yml      | beleid.iah.banden.2.bedrag  | 101   | beleid.iah.banden[2].bedrag | 100 voor 2022 bij een inkomen vanaf 56527 (eenpersoons)
            2023.yml      | beleid.huursom.max_pct      | 0.027 | beleid.huursom.max_pct     | 0.026 voor 2023
            2023.yml      | beleid.laag_huur.grens      | 301   | beleid.laag_huur.grens     | 300 voor 2023
            2024.yml      | beleid.regulier_max_pct     | 0.059 | beleid.regulier_max_pct    | 0.058 voor 2024
            2024.yml      | beleid.vrije_sector_pct     | 0.056 | beleid.vrije_sector_pct    | 0.055 voor 2024
            2024.yml      | beleid.iah.banden.1.bedrag  | 51    | beleid.iah.banden[1].bedrag | 50 voor 2024 bij een inkomen vanaf 52753 (eenpersoons)
            2025.yml      | beleid.midden_pct           | 0.078 | beleid.midden_pct          | 0.077 voor 2025
            2025.yml      | beleid.laag_huur.grens      | 351   | beleid.laag_huur.grens     | 350 voor 2025
            2025.yml      | beleid.huursom.max_pct      | 0.046 | beleid.huursom.max_pct     | 0.045 voor 2025
            2026.yml      | beleid.regulier_max_pct     | 0.042 | beleid.regulier_max_pct    | 0.041 voor 2026
            2026.yml      | beleid.midden_pct           | 0.062 | beleid.midden_pct          | 0.061 voor 2026
            2026.yml      | beleid.vrije_sector_pct     | 0.045 | beleid.vrije_sector_pct    | 0.044 voor 2026
            """)
    void beleidBovenDeWetWordtGeweigerd(String job, String sleutel, String waarde, String gemeld, String maximum) {
        Path uitvoer = tmp.resolve("uit");
        Huurronde.Uitkomst u = Huurronde.h2(tmp.resolve("data")).voer("run", "--job", "jobs/" + job,
                "--parameter", sleutel + "=" + waarde, "--uitvoer", uitvoer.toString());

        assertThat(u.code()).as(u.toString()).isEqualTo(1);
        assertThat(u.fout().strip()).as(u.toString())
                .isEqualTo("fout: " + gemeld + " = " + waarde + " is hoger dan het wettelijk maximum " + maximum
                        + " (opdrachtregel)");
        assertThat(Files.exists(uitvoer)).as("nothing written").isFalse();
    }
}

package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round of 1 July 2022 under jobs/2022.yml: regular 2.3%, rents below 300 rise by 25 instead, IAH in
 * euro by band and household size (HOOG +50 from 47,948 for 1 person / 55,486 for 2+; ZEER_HOOG +100
 * from 56,527 / 75,369), only chronic illness exempt, huursom 2.3%, caravans 2.3%, free sector 3.3%.
 * Streefhuur 700: T = 700 × 1.023 = 716.10.
 */
class Ronde2022Test {

    @TempDir
    Path tmp;

    @Test
    void wet2022() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2022.yml", "2022");
        Jaarronde.vergelijk(r, List.of(
                // 1 person 47,948 ≥ 47,948: HOOG +50; 612.40 + 50 = 662.40 < T 716.10; 50 / 612.40 = 8.16%
                rij("D01", "IAH", "HOOG", "662.40", "8.16", "N", "BUITEN_HUURSOM_IAH"),
                // one cent below: regular 612.40 × 1.023 = 626.4852 → 626.49; 14.09 / 612.40 = 2.30%
                rij("D02", "REGULIER", "LAAG", "626.49", "2.30", "J", "INKOMEN_ONDER_GRENS"),
                // 2 persons 55,486 = the 2+ limit: HOOG
                rij("D03", "IAH", "HOOG", "662.40", "8.16", "N", "BUITEN_HUURSOM_IAH"),
                // 2 persons 56,527: the second limit for 1 person, but for 2+ that is 75,369: still HOOG
                rij("D04", "IAH", "HOOG", "662.40", "8.16", "N", "BUITEN_HUURSOM_IAH"),
                // 1 person 56,527: ZEER_HOOG +100 = 712.40 < T; 100 / 612.40 = 16.33%
                rij("D05", "IAH", "ZEER_HOOG", "712.40", "16.33", "N", "BUITEN_HUURSOM_IAH"),
                // 2 persons 75,369: +100 = 750 > T 716.10 ≥ 650 → 716.10; 66.10 / 650 = 10.17%
                rij("D06", "IAH", "ZEER_HOOG", "716.10", "10.17", "N", "STREEFHUUR_BEGRENSD|BUITEN_HUURSOM_IAH"),
                // 299.99 < 300: +25 = 324.99 (T 409.20); 25 / 299.99 = 8.3336 → 8.33
                rij("D07", "REGULIER", "LAAG", "324.99", "8.33", "J", "INKOMEN_ONDER_GRENS"),
                // 300.00 is not below 300: 300 × 1.023 = 306.90
                rij("D08", "REGULIER", "LAAG", "306.90", "2.30", "J", "INKOMEN_ONDER_GRENS"),
                // 290 + 25 = 315 > T = 300 × 1.023 = 306.90: capped; 16.90 / 290 = 5.83%
                rij("D09", "REGULIER", "LAAG", "306.90", "5.83", "J", "INKOMEN_ONDER_GRENS|STREEFHUUR_BEGRENSD"),
                // chronically ill with 80,000: regular 626.49
                rij("D10", "REGULIER", "ZEER_HOOG", "626.49", "2.30", "J", "CHRONISCH_ZIEK"),
                // AOW and 4 persons with 80,000: no exemption since 2022: ZEER_HOOG +100 = 712.40
                rij("D11", "IAH", "ZEER_HOOG", "712.40", "16.33", "N", "BUITEN_HUURSOM_IAH"),
                // room at 280: the +25 rule is for self-contained dwellings only (rules.md §4.5, corrected
                // 2026-12; it gave 305.00 before): 280 × 1.023 = 286.44
                rij("D12", "REGULIER", "LAAG", "286.44", "2.30", "N", "INKOMEN_ONDER_GRENS|BUITEN_HUURSOM_TYPE"),
                // caravan at 250: no +25 for caravans; 250 × 1.023 = 255.75
                rij("D13", "WOONWAGEN", "LAAG", "255.75", "2.30", "J", ""),
                // free sector 1000 × 1.033 = 1033.00 (the law of 2022 has no maximum for it)
                rij("D14", "VRIJE_SECTOR", "NVT", "1033.00", "3.30", "N", "BUITEN_HUURSOM_SECTOR"),
                // 900 ≥ T 818.40: stays 900
                rij("D15", "REGULIER", "LAAG", "900.00", "0.00", "J", "INKOMEN_ONDER_GRENS"),
                rij("D16", "BEVRIEZING", "LAAG", "900.00", "0.00", "J", "HUURBEVRIEZING")));
        // huursom: (14.09 + 25 + 6.90 + 16.90 + 14.09 + 5.75) / 4,164.79 = 1.99% ≤ 2.3%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 1.99");
        // an amount band and the +25 have no percentage limit
        assertThat(r.audit().get("D01").get("percentage_max")).isEmpty();
        assertThat(r.audit().get("D07").get("percentage_max")).isEmpty();
        assertThat(r.audit().get("D08")).containsEntry("percentage_max", "0.0230");
    }
}

package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round of 1 July 2023 under jobs/2023.yml: regular 3.1%, +25 below 300, IAH HOOG +50 from 48,836
 * (1 person) / 56,513 (2+), ZEER_HOOG +100 from 57,573 / 76,764; the corporation exempts rents at or
 * above the streefhuur (niet_vanaf_streefhuur); huursom 2.6%; free sector 4.1%. Streefhuur 700:
 * T = 700 × 1.031 = 721.70. Under-23 co-residents count above 21,835.
 */
class Ronde2023Test {

    @TempDir
    Path tmp;

    @Test
    void wet2023() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2023.yml", "2023");
        Jaarronde.vergelijk(r, List.of(
                // 1 person 48,836: HOOG 600 + 50 = 650.00; 50 / 600 = 8.33%
                rij("E01", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // 1 person 57,573: ZEER_HOOG 700.00; 16.67%
                rij("E02", "IAH", "ZEER_HOOG", "700.00", "16.67", "N", "BUITEN_HUURSOM_IAH"),
                // 2 persons 57,573: 2+ limits 56,513 / 76,764: HOOG
                rij("E03", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // 2 persons 56,512.99: LAAG; 600 × 1.031 = 618.60
                rij("E04", "REGULIER", "LAAG", "618.60", "3.10", "J", "INKOMEN_ONDER_GRENS"),
                // rent 700 = streefhuur: own exemption; 700 × 1.031 = 721.70 = T (not above it: no cap code)
                rij("E05", "REGULIER", "ZEER_HOOG", "721.70", "3.10", "J", "HUUR_GE_STREEFHUUR"),
                // 710 between streefhuur and T: exempt; 710 × 1.031 = 732.01 > T → 721.70; 11.70 / 710 = 1.65%
                rij("E06", "REGULIER", "ZEER_HOOG", "721.70", "1.65", "J", "HUUR_GE_STREEFHUUR|STREEFHUUR_BEGRENSD"),
                // 699.99 one cent below streefhuur: IAH +100 = 799.99 > T → 721.70; 21.71 / 699.99 = 3.10%
                rij("E07", "IAH", "ZEER_HOOG", "721.70", "3.10", "N", "STREEFHUUR_BEGRENSD|BUITEN_HUURSOM_IAH"),
                // INWONEND 21 on 1 Jan 2023: 43,671 − 21,835 = 21,836; 34,677 + 21,836 = 56,513: HOOG
                rij("E08", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // the same one cent lower: 56,512.99: LAAG
                rij("E09", "REGULIER", "LAAG", "618.60", "3.10", "J", "INKOMEN_ONDER_GRENS"),
                // 299.99 + 25 = 324.99 (T 412.40)
                rij("E10", "REGULIER", "LAAG", "324.99", "8.33", "J", "INKOMEN_ONDER_GRENS"),
                // started 2023 at 808.07 > 808.06 (limit 2023): VRIJ; 808.07 × 1.041 = 841.20087 → 841.20;
                // 33.13 / 808.07 = 4.0999 → 4.10
                rij("E11", "VRIJE_SECTOR", "NVT", "841.20", "4.10", "N", "BUITEN_HUURSOM_SECTOR"),
                // started at exactly 808.06: SOCIAAL; 808.06 × 1.031 = 833.10986 → 833.11 < T 876.35
                rij("E12", "REGULIER", "LAAG", "833.11", "3.10", "J", "INKOMEN_ONDER_GRENS"),
                rij("E13", "BEVRIEZING", "LAAG", "900.00", "0.00", "J", "HUURBEVRIEZING"),
                // 800 ≥ streefhuur: the exemption is listed also for a low income; 800 ≥ T: no increase
                rij("E14", "REGULIER", "LAAG", "800.00", "0.00", "J", "HUUR_GE_STREEFHUUR|INKOMEN_ONDER_GRENS")));
        // huursom: (18.60 + 21.70 + 11.70 + 18.60 + 25 + 25.05) / 5,418.05 = 2.23% ≤ 2.6%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 2.23");
    }
}

package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Round of 1 July 2026 under jobs/2026.yml, the current law: regular 4.1%, +25 below 350, IAH at
 * the law's 2026 limits (HOOG +50 from 59,503 / 68,857, ZEER_HOOG +100 from 70,149 / 93,531: derived,
 * not yet confirmed), huursom 4.1% by the corporation's own agreement
 * (no legal figure yet), free sector and middenhuur 4.4%, caravans 4.1%. Streefhuur 700:
 * T = 700 × 1.033 = 723.10. Under-23: above 26,819 (derived, unconfirmed).
 */
@ExtendWith(OutputCaptureExtension.class)
class Ronde2026Test {

    @TempDir
    Path tmp;

    @Test
    void wet2026(CapturedOutput output) {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2026.yml", "2026");
        Jaarronde.vergelijk(r, List.of(
                // 600 × 1.041 = 624.60
                rij("H01", "REGULIER", "LAAG", "624.60", "4.10", "J", "INKOMEN_ONDER_GRENS"),
                // 349.99 + 25 = 374.99
                rij("H02", "REGULIER", "LAAG", "374.99", "7.14", "J", "INKOMEN_ONDER_GRENS"),
                // 1 person 59,503: HOOG +50
                rij("H03", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // one cent below: regular 624.60
                rij("H04", "REGULIER", "LAAG", "624.60", "4.10", "J", "INKOMEN_ONDER_GRENS"),
                // 2 persons 93,531: ZEER_HOOG +100
                rij("H05", "IAH", "ZEER_HOOG", "700.00", "16.67", "N", "BUITEN_HUURSOM_IAH"),
                // 2 persons 93,530.99: still ≥ 68,857: HOOG +50
                rij("H06", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // INWONEND 20 on 1 Jan 2026: 53,638 − 26,819 = 26,819; 42,038 + 26,819 = 68,857: HOOG
                rij("H07", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // MIDDEN 1000 × 1.044 = 1044.00
                rij("H08", "MIDDENHUUR", "NVT", "1044.00", "4.40", "N", "BUITEN_HUURSOM_SECTOR"),
                // started 2026 with 190 points, no sector: VRIJ; 1300 × 1.044 = 1357.20
                rij("H09", "VRIJE_SECTOR", "NVT", "1357.20", "4.40", "N", "BUITEN_HUURSOM_SECTOR"),
                // caravan 300 × 1.041 = 312.30 > maximale huur 310 → 310.00; 10 / 300 = 3.33%
                rij("H10", "WOONWAGEN", "LAAG", "310.00", "3.33", "J", "MAXIMALE_HUUR"),
                rij("H11", "BEVRIEZING", "LAAG", "900.00", "0.00", "J", "HUURBEVRIEZING"),
                rij("H12", "REGULIER", "LAAG", "800.00", "0.00", "J", "HUUR_GE_STREEFHUUR|INKOMEN_ONDER_GRENS")));
        // huursom: (24.60 + 25 + 24.60 + 10) / 3,549.99 = 2.37% ≤ 4.1%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 2.37");

        // what the law of 2026 does not yet fix is said, named, and kept in run.json
        for (String waarschuwing : List.of(
                "onbevestigd wettelijk cijfer gebruikt: jongeren_vrijstelling 26819 voor 2026",
                "beleid.huursom.max_pct is niet getoetst: het wettelijke cijfer voor 2026 is nog niet bekend",
                "onbevestigd wettelijk cijfer gebruikt: iah.eerste_grens_1 voor 2026",
                "onbevestigd wettelijk cijfer gebruikt: iah.eerste_grens_meer voor 2026")) {
            assertThat(output.getAll()).contains(waarschuwing);
            assertThat(r.runJson()).contains(waarschuwing);
        }
    }
}

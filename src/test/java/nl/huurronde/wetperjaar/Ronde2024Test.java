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
 * Round of 1 July 2024 under jobs/2024.yml: regular 5.8%, +25 below 300 (unconfirmed for 2024: the
 * run warns), IAH HOOG +50 from 52,753 / 61,046, ZEER_HOOG +100 from 62,191 / 82,921, huursom 5.3%,
 * free sector and middenhuur 5.5%. Wet betaalbare huur: a contract from 1 July 2024 without sector
 * is SOCIAAL up to 143 WWS points, MIDDEN from 144 to 186, VRIJ from 187; an older one is judged
 * by the liberalisatiegrens of its start year (2024: 879.66). Streefhuur 700: T = 700 × 1.058 = 740.60.
 */
@ExtendWith(OutputCaptureExtension.class)
class Ronde2024Test {

    @TempDir
    Path tmp;

    @Test
    void wet2024(CapturedOutput output) {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2024.yml", "2024");
        Jaarronde.vergelijk(r, List.of(
                // 600 × 1.058 = 634.80
                rij("F01", "REGULIER", "LAAG", "634.80", "5.80", "J", "INKOMEN_ONDER_GRENS"),
                // 1 person 52,753: HOOG +50
                rij("F02", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
                // 2 persons 82,921: ZEER_HOOG +100
                rij("F03", "IAH", "ZEER_HOOG", "700.00", "16.67", "N", "BUITEN_HUURSOM_IAH"),
                // 299.99 + 25 = 324.99 (T 423.20)
                rij("F04", "REGULIER", "LAAG", "324.99", "8.33", "J", "INKOMEN_ONDER_GRENS"),
                // 300 × 1.058 = 317.40
                rij("F05", "REGULIER", "LAAG", "317.40", "5.80", "J", "INKOMEN_ONDER_GRENS"),
                // started on the peildatum 1 July 2024, 144 points: MIDDEN; 1000 × 1.055 = 1055.00 ≤ 1100
                rij("F06", "MIDDENHUUR", "NVT", "1055.00", "5.50", "N", "BUITEN_HUURSOM_SECTOR"),
                // 186 points: MIDDEN; 1055 > maximale huur 1040 → 1040.00; 40 / 1000 = 4.00%
                rij("F07", "MIDDENHUUR", "NVT", "1040.00", "4.00", "N", "MAXIMALE_HUUR|BUITEN_HUURSOM_SECTOR"),
                // 143 points: SOCIAAL although the starting rent 1000 is above 879.66; 800 × 1.058 = 846.40 ≤ 880
                rij("F08", "REGULIER", "LAAG", "846.40", "5.80", "J", "INKOMEN_ONDER_GRENS"),
                // 187 points: VRIJ; 1200 × 1.055 = 1266.00
                rij("F09", "VRIJE_SECTOR", "NVT", "1266.00", "5.50", "N", "BUITEN_HUURSOM_SECTOR"),
                // started 30 June 2024 (150 points, but before the Wet betaalbare huur): 879.67 > 879.66: VRIJ;
                // 879.67 × 1.055 = 928.05185 → 928.05; 48.38 / 879.67 = 5.4998 → 5.50
                rij("F10", "VRIJE_SECTOR", "NVT", "928.05", "5.50", "N", "BUITEN_HUURSOM_SECTOR"),
                // started 30 June 2024 at exactly 879.66: SOCIAAL, not MIDDEN; 879.66 × 1.058 = 930.68028 → 930.68
                // (T 952.20, maximale huur 950); 51.02 / 879.66 = 5.7999 → 5.80
                rij("F11", "REGULIER", "LAAG", "930.68", "5.80", "J", "INKOMEN_ONDER_GRENS"),
                rij("F12", "BEVRIEZING", "LAAG", "900.00", "0.00", "J", "HUURBEVRIEZING"),
                rij("F13", "REGULIER", "LAAG", "800.00", "0.00", "J", "HUUR_GE_STREEFHUUR|INKOMEN_ONDER_GRENS")));
        // huursom: (34.80 + 25 + 17.40 + 46.40 + 51.02) / 4,579.65 = 3.81% ≤ 5.3%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 3.81");

        // the +25 rule of 2024 is confirmed (spec 2026-12): no warning for it any more
        assertThat(output.getAll()).doesNotContain("onbevestigd wettelijk cijfer gebruikt: laag_huur");
        String waarschuwing = "beleid.midden_pct is niet getoetst: de wet van 2024 kent geen maximum voor de middenhuur";
        assertThat(output.getAll()).contains(waarschuwing);
        assertThat(r.runJson()).contains(waarschuwing);
    }
}

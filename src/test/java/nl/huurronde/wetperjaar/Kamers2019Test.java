package nl.huurronde.wetperjaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The law of 2019 had a lower maximum for rooms (onzelfstandig) than for dwellings: 3.1% against
 * 4.1% (policy.md). jobs/2019.yml sidesteps it by asking 3.1% for everything; a corporation that asks
 * the full 4.1% for its dwellings must still not raise a room by more than 3.1%. The job has one
 * regulier_max_pct for both, so the rules must apply min(regulier_max_pct, 3.1%) to rooms.
 */
class Kamers2019Test {

    @TempDir
    Path tmp;

    @Test
    void kamersStijgenIn2019TenHoogste3Komma1ProcentOokBijEenHogerBeleid() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2019.yml", "2019",
                "--parameter", "beleid.regulier_max_pct=0.041");
        Map<String, Map<String, String>> audit = r.audit();

        // dwellings get the policy's 4.1%: 500 × 1.041 = 520.50; 720.42 × 1.041 = 749.957 → 749.96
        assertThat(audit.get("A01")).containsEntry("kale_huur_nieuw", "520.50").containsEntry("verhoging_pct", "4.10");
        assertThat(audit.get("A11")).containsEntry("kale_huur_nieuw", "749.96");
        // rooms at most the legal 3.1%: 350 × 1.031 = 360.85 (not 350 × 1.041 = 364.35)
        for (String kamer : new String[] {"A07", "A08"}) {
            assertThat(audit.get(kamer)).as(kamer + " " + audit.get(kamer))
                    .containsEntry("soort", "REGULIER")
                    .containsEntry("kale_huur_nieuw", "360.85")
                    .containsEntry("verhoging_pct", "3.10")
                    .containsEntry("percentage_max", "0.0310");
        }
        // huursom (82.00 + 4.80 + 29.54 − 10.00) / 5,060.42 = 2.10% ≤ 2.6%: no cap involved
        Jaarronde.geenHuursomCap(r);
    }
}

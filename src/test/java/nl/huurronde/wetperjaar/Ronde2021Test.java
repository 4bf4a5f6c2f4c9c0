package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round of 1 July 2021 under jobs/2021.yml: the rent freeze. Regulated rents (dwellings, rooms,
 * caravans) rise 0%, there is no IAH (no bands, so every known income is LAAG), AOW and 4+ are no
 * exemption codes any more; only the free sector rises, at most 2.4%. A rent above its maximale
 * huur is still lowered to it.
 */
class Ronde2021Test {

    @TempDir
    Path tmp;

    @Test
    void huurbevriezing2021() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2021.yml", "2021");
        Jaarronde.vergelijk(r, List.of(
                // regulier_max_pct 0: 500 × 1.000 = 500.00
                rij("C01", "REGULIER", "LAAG", "500.00", "0.00", "J", "INKOMEN_ONDER_GRENS"),
                // 80,000: with no IAH band there is no limit to reach, so LAAG; still 0%
                rij("C02", "REGULIER", "LAAG", "500.00", "0.00", "J", "INKOMEN_ONDER_GRENS"),
                // AOW and 4 persons: the law of 2021 has no such exemptions, so no codes for them
                rij("C03", "REGULIER", "LAAG", "500.00", "0.00", "J", "INKOMEN_ONDER_GRENS"),
                // chronic illness is recorded every year
                rij("C04", "REGULIER", "LAAG", "500.00", "0.00", "J", "CHRONISCH_ZIEK|INKOMEN_ONDER_GRENS"),
                // free sector: 900 × 1.024 = 921.60
                rij("C05", "VRIJE_SECTOR", "NVT", "921.60", "2.40", "N", "BUITEN_HUURSOM_SECTOR"),
                // room: frozen too
                rij("C06", "REGULIER", "LAAG", "350.00", "0.00", "N", "INKOMEN_ONDER_GRENS|BUITEN_HUURSOM_TYPE"),
                // caravan: woonwagen_pct 0
                rij("C07", "WOONWAGEN", "LAAG", "300.00", "0.00", "J", ""),
                // 720 above maximale huur 700: lowered; −20 / 720 = −2.78%
                rij("C08", "REGULIER", "LAAG", "700.00", "-2.78", "J", "INKOMEN_ONDER_GRENS|MAXIMALE_HUUR"),
                // NIET_VASTGESTELD: income unknown
                rij("C09", "REGULIER", "ONBEKEND", "500.00", "0.00", "J", "INKOMEN_ONBEKEND")));
        // huursom: −20 / 3,520 < 0 ≤ 0%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.audit().get("C01")).containsEntry("percentage_max", "0.0000");
    }
}

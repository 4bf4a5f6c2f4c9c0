package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round of 1 July 2025 under jobs/2025.yml, with middenhuur at the legal maximum of 2025
 * ({@code beleid.midden_pct=0.077} on the command line; the job itself asks 4.1%): regular 5.0%, +25
 * below 350, IAH HOOG +50 from 57,143 / 66,126, ZEER_HOOG +100 from 67,366 / 89,821, only chronic
 * illness exempt (and the corporation's own rent ≥ streefhuur), huursom 4.5%, free sector 4.1%,
 * caravans and pitches 4.5%. Streefhuur 700: T = 700 × 1.033 = 723.10. Under-23: above 25,070.
 */
class Ronde2025Test {

    /** Shared with the inkomenscategorie test: the same roll must give the same audit. */
    static final List<Jaarronde.Verwacht> VERWACHT = List.of(
            // 600 × 1.05 = 630.00
            rij("G01", "REGULIER", "LAAG", "630.00", "5.00", "J", "INKOMEN_ONDER_GRENS"),
            // 349.99 < 350: +25 = 374.99 (T 413.20); 25 / 349.99 = 7.1430 → 7.14
            rij("G02", "REGULIER", "LAAG", "374.99", "7.14", "J", "INKOMEN_ONDER_GRENS"),
            // 350 is not below 350: 350 × 1.05 = 367.50
            rij("G03", "REGULIER", "LAAG", "367.50", "5.00", "J", "INKOMEN_ONDER_GRENS"),
            // 1 person 57,143: HOOG +50
            rij("G04", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
            // 2 persons 66,125.99, one cent below the 2+ limit: LAAG
            rij("G05", "REGULIER", "LAAG", "630.00", "5.00", "J", "INKOMEN_ONDER_GRENS"),
            // 2 persons 89,821: ZEER_HOOG +100
            rij("G06", "IAH", "ZEER_HOOG", "700.00", "16.67", "N", "BUITEN_HUURSOM_IAH"),
            // AOW and 4 persons with 90,000: no exemption in 2025: ZEER_HOOG +100
            rij("G07", "IAH", "ZEER_HOOG", "700.00", "16.67", "N", "BUITEN_HUURSOM_IAH"),
            // chronically ill with 80,000: regular
            rij("G08", "REGULIER", "ZEER_HOOG", "630.00", "5.00", "J", "CHRONISCH_ZIEK"),
            // MIDDEN given: 1000 × 1.077 = 1077.00 ≤ 1100
            rij("G09", "MIDDENHUUR", "NVT", "1077.00", "7.70", "N", "BUITEN_HUURSOM_SECTOR"),
            // started 2025 with 160 points: MIDDEN; 1100 × 1.077 = 1184.70 > 1150 → 1150.00; 50 / 1100 = 4.55%
            rij("G10", "MIDDENHUUR", "NVT", "1150.00", "4.55", "N", "MAXIMALE_HUUR|BUITEN_HUURSOM_SECTOR"),
            // 1200 × 1.041 = 1249.20
            rij("G11", "VRIJE_SECTOR", "NVT", "1249.20", "4.10", "N", "BUITEN_HUURSOM_SECTOR"),
            // pitch at 200: no +25 for pitches; 200 × 1.045 = 209.00
            rij("G12", "WOONWAGEN", "LAAG", "209.00", "4.50", "N", "BUITEN_HUURSOM_TYPE"),
            // INWONEND 21 on 1 Jan 2025: 50,140 − 25,070 = 25,070; 41,056 + 25,070 = 66,126: HOOG
            rij("G13", "IAH", "HOOG", "650.00", "8.33", "N", "BUITEN_HUURSOM_IAH"),
            rij("G14", "BEVRIEZING", "LAAG", "900.00", "0.00", "J", "HUURBEVRIEZING"),
            rij("G15", "REGULIER", "LAAG", "800.00", "0.00", "J", "HUUR_GE_STREEFHUUR|INKOMEN_ONDER_GRENS"),
            // NIET_VASTGESTELD: regular
            rij("G16", "REGULIER", "ONBEKEND", "630.00", "5.00", "J", "INKOMEN_ONBEKEND"),
            // nobody registered at the address: regular
            rij("G17", "REGULIER", "ONBEKEND", "630.00", "5.00", "J", "INKOMEN_ONBEKEND|HUISHOUDEN_ONBEKEND"));

    static final String[] MIDDEN_OP_WETTELIJK_MAXIMUM = {"--parameter", "beleid.midden_pct=0.077"};

    @TempDir
    Path tmp;

    @Test
    void wet2025() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2025.yml", "2025", MIDDEN_OP_WETTELIJK_MAXIMUM);
        Jaarronde.vergelijk(r, VERWACHT);
        // huursom: (30 + 25 + 17.50 + 30 + 30 + 30 + 30) / 5,399.99 = 3.56% ≤ 4.5%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 3.56");
        assertThat(r.audit().get("G09")).containsEntry("percentage_max", "0.0770");

        // a 2025 IAH letter: AOW and 4+ are no longer grounds; chronic illness still is
        String brief = r.brief("G04");
        assertThat(brief).contains("inkomensafhankelijke huurverhoging", "chronisch ziek of gehandicapt")
                .doesNotContain("AOW", "4 of meer personen");
        assertThat(r.brief("G07")).doesNotContain("AOW", "4 of meer personen");
    }
}

package nl.huurronde.wetperjaar;

import static nl.huurronde.wetperjaar.Jaarronde.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round of 1 July 2020 under jobs/2020-swz.yml (SWZ, the golden policy; the golden 23 are tested in
 * ronde/JaarlijkseRunTest, these are further cases): regular 4.1%, IAH 5.6% from 43,574 (any size),
 * exemptions AOW, 4+, chronic illness (law 2020) and rent at or above streefhuur (SWZ's own);
 * caravans, pitches and free sector 2.6%. Streefhuur 600: T = 600 × 1.026 = 615.60. AOW age 2020:
 * 66y4m, so born on or before 1 March 1954. Under-23 co-residents count above 20,450.
 */
class Ronde2020Test {

    @TempDir
    Path tmp;

    @Test
    void wet2020() {
        Jaarronde.Resultaat r = Jaarronde.voer(tmp, "2020-swz.yml", "2020");
        Jaarronde.vergelijk(r, List.of(
                // the PARTNER (born 1954-03-01) reaches 66y4m on 1 July 2020: AOW household, regular
                // 500 × 1.041 = 520.50 despite 30,000 + 20,000 = 50,000 ≥ 43,574
                rij("B01", "REGULIER", "HOOG", "520.50", "4.10", "J", "AOW"),
                // 2 persons, 30,000 + 13,574 = 43,574 exactly: IAH 500 × 1.056 = 528.00 < T
                rij("B02", "IAH", "HOOG", "528.00", "5.60", "N", "BUITEN_HUURSOM_IAH"),
                // 5 persons with 70,000: 4+ exempt in 2020: 520.50
                rij("B03", "REGULIER", "HOOG", "520.50", "4.10", "J", "HUISHOUDEN_4_PLUS"),
                // rent 600 = streefhuur: SWZ's own exemption; regular 624.60 > T 615.60 ≥ 600 → 615.60 (2.60%)
                rij("B04", "REGULIER", "HOOG", "615.60", "2.60", "J", "HUUR_GE_STREEFHUUR|STREEFHUUR_BEGRENSD"),
                // pitch without sector: SOCIAAL; 200 × 1.026 = 205.20; pitches are outside the huursom
                rij("B05", "WOONWAGEN", "LAAG", "205.20", "2.60", "N", "BUITEN_HUURSOM_TYPE"),
                // caravan 300 × 1.026 = 307.80 > maximale huur 305 → 305.00; 5 / 300 = 1.67%
                rij("B06", "WOONWAGEN", "LAAG", "305.00", "1.67", "J", "MAXIMALE_HUUR"),
                // started 2020 at 737.15 > 737.14 (limit 2020): VRIJ; 737.15 × 1.026 = 756.3159 → 756.32;
                // 19.17 × 100 / 737.15 = 2.6006 → 2.60
                rij("B07", "VRIJE_SECTOR", "NVT", "756.32", "2.60", "N", "BUITEN_HUURSOM_SECTOR"),
                // frozen at 720 but maximale huur 710: lowered to it (huurverlaging), −10 / 720 = −1.39%
                rij("B08", "BEVRIEZING", "LAAG", "710.00", "-1.39", "J", "HUURBEVRIEZING|MAXIMALE_HUUR"),
                // co-resident with empty rol (= INWONEND) aged 19 on 1 Jan 2020: 24,024 − 20,450 = 3,574;
                // 40,000 + 3,574 = 43,574: IAH
                rij("B09", "IAH", "HOOG", "528.00", "5.60", "N", "BUITEN_HUURSOM_IAH"),
                // a MEDEHUURDER of 20 is never exempt: 23,574 + 20,000 = 43,574: IAH
                rij("B10", "IAH", "HOOG", "528.00", "5.60", "N", "BUITEN_HUURSOM_IAH")));
        // huursom: (20.50 + 20.50 + 15.60 + 5.00 − 10.00) / 2,620 = 1.97% ≤ 3.6%
        Jaarronde.geenHuursomCap(r);
        assertThat(r.runJson()).contains("\"voor_cap_pct\": 1.97");

        // the 2020 IAH letter names the grounds the law of 2020 has: AOW age and 4 or more persons
        String brief = r.brief("B02");
        assertThat(brief).contains("inkomensafhankelijke huurverhoging", "op 1 juli 2020 de AOW-leeftijd heeft bereikt",
                "uw huishouden uit 4 of meer personen bestaat", "chronisch ziek of gehandicapt");
        // and an exempt AOW household is told why it gets the regular increase
        assertThat(r.brief("B01")).contains("Toch krijgt u geen inkomensafhankelijke huurverhoging",
                "de AOW-leeftijd heeft bereikt");
    }
}

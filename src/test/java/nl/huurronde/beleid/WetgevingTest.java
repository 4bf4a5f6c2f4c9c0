package nl.huurronde.beleid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Sectorwet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled law against policy.md's tables, year by year. Adding next year: one file
 * {@code wet/<jaar>.yml} and one row in each table below.
 */
class WetgevingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # jaar, regulier, kamer, woonwagen, bevriezing, iah pct, iah grens, vrije sector, midden, middenhuur, aow, 4+
            2019, 0.041, 0.031, 0.031, false, 0.056, 42436, -,     -,     false, true,  true
            2020, 0.051, 0.051, 0.051, false, 0.066, 43574, -,     -,     false, true,  true
            2021, 0,     0,     0,     true,  -,     -,     0.024, -,     false, false, false
            2022, 0.023, 0.023, 0.023, false, -,     -,     0.033, -,     false, false, false
            2023, 0.031, 0.031, 0.031, false, -,     -,     0.041, -,     false, false, false
            2024, 0.058, 0.058, 0.058, false, -,     -,     0.055, -,     true,  false, false
            2025, 0.050, 0.050, 0.050, false, -,     -,     0.041, 0.077, true,  false, false
            2026, 0.041, 0.041, 0.041, false, -,     -,     0.044, 0.061, true,  false, false
            """)
    void maximaEnVrijstellingen(int jaar, BigDecimal regulier, BigDecimal kamer, BigDecimal woonwagen,
                                boolean bevriezing, BigDecimal iahPct, BigDecimal iahGrens, BigDecimal vrijeSector,
                                BigDecimal midden, boolean middenhuur, boolean aow, boolean vierPlus) throws BeleidFout {
        WetJaar wet = Wetgeving.jaar(jaar);

        assertThat(wet.jaar()).isEqualTo(jaar);
        assertThat(wet.regulierMaxPct()).isEqualByComparingTo(regulier);
        assertThat(wet.kamerMaxPct()).isEqualByComparingTo(kamer);
        assertThat(wet.woonwagenMaxPct()).isEqualByComparingTo(woonwagen);
        assertThat(wet.huurbevriezing()).isEqualTo(bevriezing);
        assertGelijk(wet.iahPct(), iahPct);
        assertGelijk(wet.iahGrens(), iahGrens);
        assertGelijk(wet.vrijeSectorMaxPct(), vrijeSector);
        assertGelijk(wet.middenhuurMaxPct(), midden);
        assertThat(wet.middenhuur()).isEqualTo(middenhuur);
        assertThat(wet.aowVrijstelling()).isEqualTo(aow);
        assertThat(wet.vierPlusVrijstelling()).isEqualTo(vierPlus);
        assertThat(wet.chronischZiekVrijstelling()).isTrue();
        assertThat(wet.iahToegestaan()).isEqualTo(jaar != 2021);
        assertThat(wet.bron()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # jaar, bedrag 1e, bedrag 2e, 1 persoon 1e, 1 persoon 2e, meer 1e, meer 2e, laag grens, laag bedrag
            2019, -,  -,   -,     -,     -,     -,     -,   -
            2020, -,  -,   -,     -,     -,     -,     -,   -
            2021, -,  -,   -,     -,     -,     -,     -,   -
            2022, 50, 100, 47948, 56527, 55486, 75369, 300, 25
            2023, 50, 100, 48836, 57573, 56513, 76764, 300, 25
            2024, 50, 100, 52753, 62191, 61046, 82921, 300, 25
            2025, 50, 100, 57143, 67366, 66126, 89821, 350, 25
            2026, 50, 100, 59503, 70149, 68857, 93531, 350, 25
            """)
    void iahBandenEnLageHuren(int jaar, BigDecimal bedrag1, BigDecimal bedrag2, BigDecimal een1, BigDecimal een2,
                              BigDecimal meer1, BigDecimal meer2, BigDecimal laagGrens, BigDecimal laagBedrag)
            throws BeleidFout {
        WetJaar wet = Wetgeving.jaar(jaar);

        assertGelijk(wet.iahBedragEersteGrens(), bedrag1);
        assertGelijk(wet.iahBedragTweedeGrens(), bedrag2);
        assertGelijk(wet.iahEersteGrens1(), een1);
        assertGelijk(wet.iahTweedeGrens1(), een2);
        assertGelijk(wet.iahEersteGrensMeer(), meer1);
        assertGelijk(wet.iahTweedeGrensMeer(), meer2);
        assertGelijk(wet.laagHuurGrens(), laagGrens);
        assertGelijk(wet.laagHuurBedrag(), laagBedrag);
        assertThat(wet.iahInEuro()).isEqualTo(bedrag1 != null);
        assertThat(wet.laagHuurRegel()).isEqualTo(laagGrens != null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            # jaar, huursom, extra lokaal, jongeren, aow jaren, aow maanden, aftopping 1-2, aftopping 3+
            2019, 0.026, -,    20108, 66, 4,  607.46, 651.03
            2020, 0.026, 0.01, 20450, 66, 4,  619.01, 663.40
            2021, -,     -,    -,     66, 4,  633.25, 678.66
            2022, 0.023, -,    21431, 66, 7,  633.25, 678.66
            2023, 0.026, -,    21835, 66, 10, 647.19, 693.60
            2024, 0.053, -,    22356, 67, 0,  650.43, 697.07
            2025, 0.045, -,    25070, 67, 0,  682.96, 731.93
            2026, -,     -,    26819, 67, 0,  713.02, 764.14
            2027, -,     -,    -,     67, 0,  -,      -
            """)
    void huursomJongerenAowAftopping(int jaar, BigDecimal huursom, BigDecimal extra, BigDecimal jongeren,
                                     int aowJaren, int aowMaanden, BigDecimal aftopping12, BigDecimal aftopping3)
            throws BeleidFout {
        WetJaar wet = Wetgeving.jaar(jaar);

        assertGelijk(wet.huursomMaxPct(), huursom);
        assertGelijk(wet.huursomLokaleAfsprakenExtra(), extra);
        assertGelijk(wet.jongerenVrijstelling(), jongeren);
        assertThat(wet.jongerenLeeftijd()).isEqualTo(23);
        assertThat(wet.aowJaren()).isEqualTo(aowJaren);
        assertThat(wet.aowMaanden()).isEqualTo(aowMaanden);
        assertGelijk(wet.aftoppingsgrens1en2(), aftopping12);
        assertGelijk(wet.aftoppingsgrens3plus(), aftopping3);
    }

    @Test
    void onbevestigdeEnOnbekendeCijfersZijnGemarkeerd() throws BeleidFout {
        assertThat(Wetgeving.jaar(2019).onbevestigd()).contains("jongeren_vrijstelling");
        assertThat(Wetgeving.jaar(2020).onbevestigd()).doesNotContain("jongeren_vrijstelling");
        assertThat(Wetgeving.jaar(2022).onbevestigd()).contains("jongeren_vrijstelling");
        assertThat(Wetgeving.jaar(2023).onbevestigd()).doesNotContain("jongeren_vrijstelling");
        // the 2024 low-rent rule is confirmed (spec 2026-12)
        assertThat(Wetgeving.jaar(2024).onbevestigd()).doesNotContain("laag_huur.grens", "laag_huur.bedrag");
        assertThat(Wetgeving.jaar(2025).onbevestigd()).doesNotContain("jongeren_vrijstelling");
        assertThat(Wetgeving.jaar(2026).onbevestigd()).contains("jongeren_vrijstelling", "iah.eerste_grens_1",
                "iah.tweede_grens_1", "iah.eerste_grens_meer", "iah.tweede_grens_meer");
        assertThat(Wetgeving.jaar(2026).onbekend()).containsExactly("huursom.max_pct");
        // the 1 July 2007-2009 limits are unconfirmed in every year's law
        assertThat(Wetgeving.jaar(2025).onbevestigd()).contains("liberalisatiegrens.2007-07-01",
                "liberalisatiegrens.2008-07-01", "liberalisatiegrens.2009-07-01");
        assertThat(Wetgeving.jaar(2026).isOnbevestigd("jongeren_vrijstelling")).isTrue();
        assertThat(Wetgeving.jaar(2025).isOnbevestigd("jongeren_vrijstelling")).isFalse();
    }

    /** policy.md: 1 July periods until 2010, calendar years from 2011, frozen 2015-2018. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            # in force on, limit
            2002-07-01, 565.44
            2003-06-30, 565.44
            2003-07-01, 585.24
            2004-07-01, 597.54
            2005-06-30, 597.54
            2005-07-01, 604.72
            2006-07-01, 615.01
            2007-07-01, 621.78
            2008-07-01, 631.73
            2009-07-01, 647.53
            2010-12-31, 647.53
            2011-01-01, 652.52
            2012-01-01, 664.66
            2013-01-01, 681.02
            2014-01-01, 699.48
            2015-01-01, 710.68
            2018-12-31, 710.68
            2019-01-01, 720.42
            2020-01-01, 737.14
            2021-01-01, 752.33
            2022-01-01, 763.47
            2023-01-01, 808.06
            2024-01-01, 879.66
            2025-01-01, 900.07
            2026-01-01, 932.93
            2026-12-31, 932.93
            """)
    void liberalisatiegrensOpDeIngangsdatum(LocalDate datum, BigDecimal grens) throws BeleidFout {
        for (int jaar : Wetgeving.bekendeJaren()) {
            assertThat(Wetgeving.jaar(jaar).wet().sector().periodeOp(datum).grens()).as("%s in de wet van %d", datum, jaar)
                    .isEqualByComparingTo(grens);
        }
    }

    @Test
    void geenLiberalisatiegrensVoor1Juli2002EnNooitVoor1994() throws BeleidFout {
        Sectorwet sector = Wetgeving.jaar(2020).wet().sector();
        assertThat(sector.periodeOp(LocalDate.of(2002, 6, 30))).isNull();
        assertThat(sector.liberalisatieVanaf()).isEqualTo(LocalDate.of(1994, 7, 1));
        // seed 004 calls 737.14 the 2019 limit; the table is right
        assertThat(sector.periodeOp(LocalDate.of(2019, 6, 1)).grens()).isEqualByComparingTo("720.42");
    }

    @Test
    void wetVoorDeRegels() throws BeleidFout {
        Beleid.Wet wet2020 = Wetgeving.jaar(2020).wet();
        assertThat(wet2020.aowJaren()).isEqualTo(66);
        assertThat(wet2020.aowMaanden()).isEqualTo(4);
        assertThat(wet2020.aowVrijstelling()).isTrue();
        assertThat(wet2020.vierPlusVrijstelling()).isTrue();
        assertThat(wet2020.middenhuur()).isFalse();
        assertThat(wet2020.sector().periodeOp(LocalDate.of(2020, 3, 1)).grens()).isEqualByComparingTo("737.14");
        assertThat(wet2020.sector().wwsIndelingVanaf()).isNull();

        Beleid.Wet wet2025 = Wetgeving.jaar(2025).wet();
        assertThat(wet2025.aowJaren()).isEqualTo(67);
        assertThat(wet2025.aowVrijstelling()).isFalse();
        assertThat(wet2025.vierPlusVrijstelling()).isFalse();
        assertThat(wet2025.middenhuur()).isTrue();
        assertThat(wet2025.sector().wwsIndelingVanaf()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(wet2025.sector().middenVanafPunten()).isEqualByComparingTo("144");
        assertThat(wet2025.sector().vrijVanafPunten()).isEqualByComparingTo("187");
    }

    @Test
    void onbekendJaarWordtGeweigerdMetDeWegNaarEenWetbestand() {
        assertThatThrownBy(() -> Wetgeving.jaar(2028))
                .isInstanceOf(BeleidFout.class)
                .hasMessageContaining("geen wetgeving bekend voor 2028")
                .hasMessageContaining("2019–2027")
                .hasMessageContaining("--wet");
        assertThatThrownBy(() -> Wetgeving.jaar(2018)).isInstanceOf(BeleidFout.class);
    }

    @Test
    void voorlopigeWet2027KentAlleenWatVaststaat() throws BeleidFout {
        WetJaar wet = Wetgeving.jaar(2027);
        assertThat(wet.aowJaren()).isEqualTo(67);
        assertThat(wet.chronischZiekVrijstelling()).isTrue();
        assertThat(wet.iahToegestaan()).isTrue();
        assertThat(wet.iahInEuro()).isTrue();
        assertThat(wet.laagHuurRegel()).isTrue();
        assertThat(wet.regulierMaxPct()).isNull();
        assertThat(wet.onbekend()).contains("regulier_max_pct", "iah.eerste_grens_1", "laag_huur.grens",
                "vrije_sector_max_pct", "middenhuur_max_pct", "jongeren_vrijstelling", "huursom.max_pct");
        assertThat(wet.canoniek()).contains("wet.regulier_max_pct=onbekend\n");
    }

    @Test
    void elkGebundeldJaarIsLeesbaar() throws BeleidFout {
        assertThat(Wetgeving.bekendeJaren()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        for (int jaar : Wetgeving.bekendeJaren()) {
            assertThat(Wetgeving.jaar(jaar).canoniek()).contains("wet.jaar=" + jaar + "\n");
        }
    }

    private static void assertGelijk(BigDecimal werkelijk, BigDecimal verwacht) {
        if (verwacht == null) {
            assertThat(werkelijk).isNull();
        } else {
            assertThat(werkelijk).isEqualByComparingTo(verwacht);
        }
    }
}

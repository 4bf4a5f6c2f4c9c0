package nl.huurronde.regels;

import static nl.huurronde.regels.Fixtures.bd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SectorbepalingTest {

    private static final Beleid.Wet WET_2020 = Fixtures.wet2020();
    private static final Beleid.Wet WET_2025 = Fixtures.wet2025();

    private static Sectorbepaling.Uitkomst bepaal(Sector opgegeven, Woningtype type, String ingang,
                                                  String aanvangshuur, String punten, Beleid.Wet wet) {
        return Sectorbepaling.bepaal(opgegeven, type, LocalDate.parse(ingang), bd(aanvangshuur),
                punten == null ? null : new BigDecimal(punten), wet);
    }

    @Test
    void opgegevenSectorGaatVoor() {
        assertThat(bepaal(Sector.VRIJ, Woningtype.ZELFSTANDIG, "2010-01-01", "100", null, WET_2020).sector())
                .isEqualTo(Sector.VRIJ);
        assertThat(bepaal(Sector.SOCIAAL, Woningtype.ZELFSTANDIG, "2010-01-01", "5000", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
    }

    @Test
    void middenBestaatPasVanafDeWetBetaalbareHuur() {
        Sectorbepaling.Uitkomst uitkomst = bepaal(Sector.MIDDEN, Woningtype.ZELFSTANDIG, "2010-01-01", "900", null, WET_2020);
        assertThat(uitkomst.bepaald()).isFalse();
        assertThat(uitkomst.kolom()).isEqualTo("sector");
        assertThat(bepaal(Sector.MIDDEN, Woningtype.ZELFSTANDIG, "2010-01-01", "900", null, WET_2025).sector())
                .isEqualTo(Sector.MIDDEN);
    }

    @Test
    void woonwagenEnStandplaatsZijnSociaal() {
        assertThat(bepaal(null, Woningtype.WOONWAGEN, "2025-01-01", "2000", "200", WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.STANDPLAATS, "2001-01-01", "2000", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
    }

    @Test
    void vanafEenJuli2024NaarWwsPunten() {
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2024-07-01", "2000", "143", WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2024-07-01", "2000", "143.49", WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2024-07-01", "100", "143.5", WET_2025).sector())
                .isEqualTo(Sector.MIDDEN);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2025-01-01", "100", "186", WET_2025).sector())
                .isEqualTo(Sector.MIDDEN);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2025-01-01", "100", "187", WET_2025).sector())
                .isEqualTo(Sector.VRIJ);
    }

    @Test
    void vanafEenJuli2024ZonderPuntenOnbepaald() {
        Sectorbepaling.Uitkomst uitkomst = bepaal(null, Woningtype.ZELFSTANDIG, "2024-07-01", "500", null, WET_2025);
        assertThat(uitkomst.bepaald()).isFalse();
        assertThat(uitkomst.kolom()).isEqualTo("wws_punten");
        assertThat(uitkomst.reden()).contains("sector onbepaald");
    }

    @Test
    void voorEenJuli2024NaarLiberalisatiegrensVanHetIngangsjaar() {
        // 30 June 2024: still the old rule, 2024 limit 879.66
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2024-06-30", "879.66", "200", WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2024-06-30", "879.67", "100", WET_2025).sector())
                .isEqualTo(Sector.VRIJ);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2019-09-01", "750", null, WET_2020).sector())
                .isEqualTo(Sector.VRIJ);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2020-02-01", "730", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2002-07-01", "565.44", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2002-07-01", "565.45", null, WET_2020).sector())
                .isEqualTo(Sector.VRIJ);
    }

    /** policy.md: until 2010 the limit changed on 1 July, so 30 June 2005 falls under 1 July 2004. */
    @Test
    void deGrensDieOpDeIngangsdatumGold() {
        Sectorbepaling.Uitkomst dertigJuni = bepaal(null, Woningtype.ZELFSTANDIG, "2005-06-30", "600.00", null, WET_2020);
        assertThat(dertigJuni.sector()).isEqualTo(Sector.VRIJ); // above 597.54 of 1 July 2004
        assertThat(dertigJuni.periode().vanaf()).isEqualTo(LocalDate.of(2004, 7, 1));
        Sectorbepaling.Uitkomst eenJuli = bepaal(null, Woningtype.ZELFSTANDIG, "2005-07-01", "600.00", null, WET_2020);
        assertThat(eenJuli.sector()).isEqualTo(Sector.SOCIAAL); // below 604.72 of 1 July 2005
        assertThat(eenJuli.periode().grens()).isEqualByComparingTo("604.72");
        // 2010 kept the limit of 1 July 2009; from 2011 calendar years
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2010-12-31", "650.00", null, WET_2020).sector())
                .isEqualTo(Sector.VRIJ);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2011-01-01", "650.00", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
        // the 2015 limit held until 2018
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "2018-12-31", "710.68", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
    }

    @Test
    void voor1Juli1994NooitGeliberaliseerd() {
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "1994-06-30", "2500.00", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ZELFSTANDIG, "1970-01-01", "900.00", null, WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
    }

    @Test
    void tussen1994En2002GeenGrensDusOnbepaald() {
        for (String ingang : new String[] {"1994-07-01", "1999-03-15", "2002-06-30"}) {
            Sectorbepaling.Uitkomst uitkomst = bepaal(null, Woningtype.ZELFSTANDIG, ingang, "300", null, WET_2020);
            assertThat(uitkomst.bepaald()).as(ingang).isFalse();
            assertThat(uitkomst.kolom()).isEqualTo("sector");
            assertThat(uitkomst.reden()).contains(ingang).contains("vul de kolom sector");
        }
    }

    /** Rooms are never liberalised (rules.md §1.2), also not by WWS points after 1 July 2024. */
    @Test
    void kamersZijnAltijdSociaal() {
        assertThat(bepaal(null, Woningtype.ONZELFSTANDIG, "2025-01-01", "900", "187", WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ONZELFSTANDIG, "2024-08-01", "900", null, WET_2025).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ONZELFSTANDIG, "2010-01-01", "2000", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
        assertThat(bepaal(null, Woningtype.ONZELFSTANDIG, "1998-01-01", "2000", null, WET_2020).sector())
                .isEqualTo(Sector.SOCIAAL);
    }
}

package nl.huurronde.regels;

import static nl.huurronde.regels.Fixtures.bd;
import static nl.huurronde.regels.Fixtures.sociaal;
import static nl.huurronde.regels.Reden.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import nl.huurronde.BeleidBouwer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RekenregelsTest {

    private static final Beleid SWZ = Fixtures.swz2020();
    private static final Beleid B2025 = Fixtures.beleid2025();

    private static Voorstel bereken(Fixtures.Contract contract, Beleid beleid) {
        return Rekenregels.bereken(contract.feiten(), beleid, null);
    }

    private static Voorstel bereken(Fixtures.Contract contract, Beleid beleid, String cap) {
        return Rekenregels.bereken(contract.feiten(), beleid, bd(cap));
    }

    @Nested
    class Streefhuur {

        @Test
        void huurGelijkAanStreefhuurIsVrijgesteldVanIahBijSwz() {
            Voorstel v = bereken(sociaal("600.00", "600.00", "800.00").categorie("HOOG"), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.REGULIER);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("615.60"));
            assertThat(v.redenen()).containsExactly(HUUR_GE_STREEFHUUR, STREEFHUUR_BEGRENSD);
        }

        @Test
        void eenCentOnderDeStreefhuurKrijgtIahTotDeGeindexeerdeStreefhuur() {
            Voorstel v = bereken(sociaal("599.99", "600.00", "800.00").categorie("HOOG"), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("615.60"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0560"));
            assertThat(v.redenen()).containsExactly(STREEFHUUR_BEGRENSD, BUITEN_HUURSOM_IAH);
            assertThat(v.inHuursom()).isFalse();
        }

        @Test
        void zonderNietVanafStreefhuurGeenVrijstelling() {
            Voorstel v = bereken(sociaal("600.00", "600.00", "800.00").categorie("IAH_50"), B2025);
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("624.60"));
            assertThat(v.redenen()).containsExactly(STREEFHUUR_BEGRENSD, BUITEN_HUURSOM_IAH);
        }

        @Test
        void huurGelijkAanDitJaarsStreefhuurBlijftRegulierZonderVerhoging() {
            // T = round2(600 × 1.041) = 624.60 = current
            Voorstel v = bereken(sociaal("624.60", "600.00", "800.00").categorie("IAH_50"), B2025);
            assertThat(v.soort()).isEqualTo(Soort.REGULIER);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("624.60"));
            assertThat(v.verhogingBedrag()).isEqualTo(bd("0.00"));
            assertThat(v.inkomenCategorie()).isEqualTo("IAH_50");
            // cand 655.83 > T ≥ current; no code for IAH being inapplicable
            assertThat(v.redenen()).containsExactly(STREEFHUUR_BEGRENSD);
            assertThat(v.inHuursom()).isTrue();
        }

        @Test
        void eenCentOnderDitJaarsStreefhuurKrijgtIah() {
            Voorstel v = bereken(sociaal("624.59", "600.00", "800.00").categorie("IAH_50"), B2025);
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("624.60"));
            assertThat(v.percentageMax()).isNull();
        }

        @Test
        void kandidaatGelijkAanStreefhuurIsNietBegrensd() {
            // T = round2(507.31 × 1.026) = 520.50 = round2(500 × 1.041)
            Voorstel v = bereken(sociaal("500.00", "507.31", "800.00"), SWZ);
            assertThat(v.streefhuurNieuw()).isEqualTo(bd("520.50"));
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("520.50"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS);
        }

        @Test
        void kandidaatEenCentBovenStreefhuurIsBegrensd() {
            Voorstel v = bereken(sociaal("500.00", "507.30", "800.00"), SWZ);
            assertThat(v.streefhuurNieuw()).isEqualTo(bd("520.49"));
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("520.49"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, STREEFHUUR_BEGRENSD);
        }

        @Test
        void huurBovenStreefhuurDaaltNietEnKrijgtGeenStreefhuurCode() {
            Voorstel v = bereken(sociaal("620.00", "600.00", "800.00"), SWZ);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("620.00"));
            assertThat(v.verhogingPct()).isEqualTo(bd("0.00"));
            assertThat(v.redenen()).containsExactly(HUUR_GE_STREEFHUUR, INKOMEN_ONDER_GRENS);
        }

        @Test
        void zonderStreefhuurIsEenFoutVanDeInvoer() {
            assertThatIllegalArgumentException().isThrownBy(() -> bereken(sociaal("500.00", null, "800.00"), SWZ))
                    .withMessageContaining("C1");
        }
    }

    @Nested
    class MaximaleHuur {

        @Test
        void gelijkAanMaximaleHuurGeenCode() {
            Voorstel v = bereken(sociaal("500.00", "600.00", "520.50"), SWZ);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("520.50"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS);
        }

        @Test
        void eenCentBovenMaximaleHuurWordtBegrensd() {
            Voorstel v = bereken(sociaal("500.00", "600.00", "520.49"), SWZ);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("520.49"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, MAXIMALE_HUUR);
        }

        @Test
        void huurBovenMaximaleHuurWordtVerlaagd() {
            Voorstel v = bereken(sociaal("720.00", "800.00", "710"), SWZ);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("710.00"));
            assertThat(v.verhogingBedrag()).isEqualTo(bd("-10.00"));
            assertThat(v.verhogingPct()).isEqualTo(bd("-1.39"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, MAXIMALE_HUUR);
        }

        @Test
        void bevriezingBovenMaximaleHuurWordtOokVerlaagdZonderVrijstellingscodes() {
            Voorstel v = bereken(sociaal("720.00", "800.00", "710.00").chronischZiek().bevroren(), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.BEVRIEZING);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("710.00"));
            assertThat(v.percentageMax()).isNull();
            assertThat(v.inkomenCategorie()).isEqualTo("LAAG");
            assertThat(v.redenen()).containsExactly(HUURBEVRIEZING, MAXIMALE_HUUR);
            assertThat(v.inHuursom()).isTrue();
        }

        @Test
        void bevriezingHoudtDeHuur() {
            Voorstel v = bereken(sociaal("500.00", "800.00", "710.00").categorie("HOOG"), SWZ, "0.01");
            Voorstel bevroren = bereken(sociaal("500.00", "800.00", "710.00").categorie("HOOG").bevroren(), SWZ, "0.01");
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(bevroren.soort()).isEqualTo(Soort.BEVRIEZING);
            assertThat(bevroren.kaleHuurNieuw()).isEqualTo(bd("500.00"));
            assertThat(bevroren.verhogingPct()).isEqualTo(bd("0.00"));
            assertThat(bevroren.redenen()).containsExactly(HUURBEVRIEZING);
        }
    }

    @Nested
    class LaagHuur {

        @Test
        void onderDeGrensHetVasteBedragOokMetCap() {
            Voorstel v = bereken(sociaal("349.99", "500.00", "800.00"), B2025, "0.01");
            assertThat(v.soort()).isEqualTo(Soort.REGULIER);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("374.99"));
            assertThat(v.percentageMax()).isNull();
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS);
        }

        @Test
        void opDeGrensHetPercentage() {
            Voorstel v = bereken(sociaal("350.00", "500.00", "800.00"), B2025);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("367.50"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0500"));
            Voorstel metCap = bereken(sociaal("350.00", "500.00", "800.00"), B2025, "0.03");
            assertThat(metCap.kaleHuurNieuw()).isEqualTo(bd("360.50"));
            assertThat(metCap.percentageMax()).isEqualTo(bd("0.0300"));
            assertThat(metCap.redenen()).containsExactly(INKOMEN_ONDER_GRENS, HUURSOM_BEGRENSD);
        }

        @Test
        void hetVasteBedragStoptBijDeStreefhuur() {
            // T = round2(340 × 1.041) = 353.94
            Voorstel v = bereken(sociaal("340.00", "340.00", "800.00"), B2025);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("353.94"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, STREEFHUUR_BEGRENSD);
        }

        /** rules.md §4.5 (corrected 2026-12): the +€25 is for self-contained dwellings only. */
        @Test
        void alleenVoorZelfstandigeWoningenNietVoorKamersOfWoonwagens() {
            Voorstel woning = bereken(sociaal("300.00", "500.00", "800.00"), B2025);
            assertThat(woning.kaleHuurNieuw()).isEqualTo(bd("325.00"));
            Voorstel kamer = bereken(sociaal("300.00", "500.00", "800.00").type(Woningtype.ONZELFSTANDIG), B2025);
            assertThat(kamer.soort()).isEqualTo(Soort.REGULIER);
            assertThat(kamer.kaleHuurNieuw()).isEqualTo(bd("315.00"));
            assertThat(kamer.percentageMax()).isEqualTo(bd("0.0500"));
            Voorstel wagen = bereken(sociaal("300.00", null, null).type(Woningtype.WOONWAGEN), B2025);
            assertThat(wagen.kaleHuurNieuw()).isEqualTo(bd("315.00"));
        }
    }

    @Nested
    class Woonwagen {

        private Fixtures.Contract wagen(String maximaleHuur) {
            return sociaal("300.00", null, maximaleHuur).type(Woningtype.WOONWAGEN).categorie("HOOG");
        }

        @Test
        void zonderMaximaleHuur() {
            Voorstel v = bereken(wagen(null).chronischZiek(), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.WOONWAGEN);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("307.80"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0260"));
            assertThat(v.inkomenCategorie()).isEqualTo("HOOG");
            assertThat(v.streefhuurNieuw()).isNull();
            assertThat(v.redenen()).isEmpty();
            assertThat(v.inHuursom()).isTrue();
        }

        @Test
        void metMaximaleHuur() {
            Voorstel v = bereken(wagen("305.00"), SWZ);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("305.00"));
            assertThat(v.redenen()).containsExactly(MAXIMALE_HUUR);
        }

        @Test
        void capVerlaagtHetWoonwagenpercentage() {
            Voorstel v = bereken(wagen(null), SWZ, "0.02");
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("306.00"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0200"));
            assertThat(v.redenen()).containsExactly(HUURSOM_BEGRENSD);
        }

        @Test
        void capZonderEffectOpDeEindhuurGeeftGeenHuursomCode() {
            Voorstel v = bereken(wagen("305.00"), SWZ, "0.02");
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("305.00"));
            assertThat(v.redenen()).containsExactly(MAXIMALE_HUUR);
        }

        @Test
        void standplaatsValtBuitenDeHuursom() {
            Voorstel v = bereken(wagen(null).type(Woningtype.STANDPLAATS), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.WOONWAGEN);
            assertThat(v.redenen()).containsExactly(BUITEN_HUURSOM_TYPE);
        }
    }

    @Nested
    class VrijEnMidden {

        @Test
        void middenhuurBegrensdOpMaximaleHuur() {
            Voorstel v = bereken(sociaal("1100.00", null, "1150.00").sector(Sector.MIDDEN).categorie("IAH_100"), B2025);
            assertThat(v.soort()).isEqualTo(Soort.MIDDENHUUR);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("1150.00"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0770"));
            assertThat(v.inkomenCategorie()).isEqualTo("NVT");
            assertThat(v.redenen()).containsExactly(MAXIMALE_HUUR, BUITEN_HUURSOM_SECTOR);
        }

        @Test
        void middenhuurZonderBegrenzingEnNietDoorDeCap() {
            Voorstel v = bereken(sociaal("1100.00", null, "1200.00").sector(Sector.MIDDEN), B2025, "0.01");
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("1184.70"));
            assertThat(v.redenen()).containsExactly(BUITEN_HUURSOM_SECTOR);
        }

        @Test
        void vrijeSectorZonderMaximaleHuurBegrenzing() {
            Voorstel v = bereken(sociaal("800.00", null, "700.00").sector(Sector.VRIJ).chronischZiek(), SWZ, "0.01");
            assertThat(v.soort()).isEqualTo(Soort.VRIJE_SECTOR);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("820.80"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0260"));
            assertThat(v.inkomenCategorie()).isEqualTo("NVT");
            assertThat(v.redenen()).containsExactly(BUITEN_HUURSOM_SECTOR);
        }

        @Test
        void vrijeSectorBevriezing() {
            Voorstel v = bereken(sociaal("800.00", null, null).sector(Sector.VRIJ).bevroren(), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.BEVRIEZING);
            assertThat(v.redenen()).containsExactly(HUURBEVRIEZING, BUITEN_HUURSOM_SECTOR);
        }
    }

    @Nested
    class Vrijstellingen {

        @Test
        void kamerMetHoogInkomenNooitIahEnGeenCode() {
            Voorstel v = bereken(sociaal("350.00", "400.00", "450.00").type(Woningtype.ONZELFSTANDIG).categorie("HOOG"), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.REGULIER);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("364.35"));
            assertThat(v.inkomenCategorie()).isEqualTo("HOOG");
            assertThat(v.redenen()).containsExactly(BUITEN_HUURSOM_TYPE);
        }

        @Test
        void alleVrijstellingenDieGeldenOokBijLaagInkomen() {
            Fixtures.Contract contract = sociaal("600.00", "600.00", "800.00").chronischZiek()
                    .huishouden(new HuishoudenFeiten(5, true, false, "LAAG"));
            assertThat(bereken(contract, SWZ).redenen()).containsExactly(AOW, HUISHOUDEN_4_PLUS, CHRONISCH_ZIEK,
                    HUUR_GE_STREEFHUUR, INKOMEN_ONDER_GRENS, STREEFHUUR_BEGRENSD);
        }

        @Test
        void chronischZiekVrijAlleenZolangDeWetHetZegt() {
            Fixtures.Contract contract = sociaal("500.00", "700.00", "800.00").chronischZiek()
                    .huishouden(new HuishoudenFeiten(2, false, false, "IAH_100"));
            assertThat(bereken(contract, B2025).soort()).isEqualTo(Soort.REGULIER);
            assertThat(bereken(contract, B2025).redenen()).contains(CHRONISCH_ZIEK);
            Beleid.Wet w = B2025.wet();
            Beleid zonder = Fixtures.beleid2025(new Beleid.Wet(w.aowJaren(), w.aowMaanden(), w.aowVrijstelling(),
                    w.vierPlusVrijstelling(), false, w.middenhuur(), w.sector(), w.kamerMaxPct()));
            Voorstel v = bereken(contract, zonder);
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(v.redenen()).doesNotContain(CHRONISCH_ZIEK);
        }

        @Test
        void aowEnVierPlusAlleenInDeJarenVanDieWet() {
            Fixtures.Contract contract = sociaal("500.00", "700.00", "800.00")
                    .huishouden(new HuishoudenFeiten(4, true, false, "IAH_100"));
            Voorstel v = bereken(contract, B2025);
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("600.00"));
            assertThat(v.redenen()).containsExactly(BUITEN_HUURSOM_IAH);

            Voorstel swz = bereken(sociaal("500.00", "700.00", "800.00")
                    .huishouden(new HuishoudenFeiten(4, true, false, "HOOG")), SWZ);
            assertThat(swz.soort()).isEqualTo(Soort.REGULIER);
            assertThat(swz.redenen()).containsExactly(AOW, HUISHOUDEN_4_PLUS);
        }

        @Test
        void drieOfVierPersonen() {
            Voorstel drie = bereken(sociaal("500.00", "700.00", "800.00").huishouden(Fixtures.huishouden(3, "HOOG")), SWZ);
            Voorstel vier = bereken(sociaal("500.00", "700.00", "800.00").huishouden(Fixtures.huishouden(4, "HOOG")), SWZ);
            assertThat(drie.soort()).isEqualTo(Soort.IAH);
            assertThat(drie.kaleHuurNieuw()).isEqualTo(bd("528.00"));
            assertThat(vier.soort()).isEqualTo(Soort.REGULIER);
            assertThat(vier.redenen()).containsExactly(HUISHOUDEN_4_PLUS);
        }

        @Test
        void onbekendHuishoudenKrijgtNooitIah() {
            Fixtures.Contract contract = sociaal("500.00", "700.00", "800.00")
                    .huishouden(new HuishoudenFeiten(2, false, true, "HOOG"));
            Voorstel v = bereken(contract, SWZ);
            assertThat(v.soort()).isEqualTo(Soort.REGULIER);
            assertThat(v.redenen()).containsExactly(HUISHOUDEN_ONBEKEND);
        }

        @Test
        void iahBedragPerBand() {
            Voorstel honderd = bereken(sociaal("500.00", "700.00", "800.00").categorie("IAH_100"), B2025);
            Voorstel vijftig = bereken(sociaal("500.00", "700.00", "800.00").categorie("IAH_50"), B2025);
            assertThat(honderd.kaleHuurNieuw()).isEqualTo(bd("600.00"));
            assertThat(vijftig.kaleHuurNieuw()).isEqualTo(bd("550.00"));
            assertThat(vijftig.verhogingPct()).isEqualTo(bd("10.00"));
            assertThat(vijftig.percentageMax()).isNull();
        }

        @Test
        void iahTeltMeeInDeHuursomAlsHetBeleidDatZegt() {
            Beleid teltMee = BeleidBouwer.voor(2020).nietVanafStreefhuur().banden(SWZ.iahBanden()).iahTeltMee()
                    .wet(Fixtures.wet2020()).bouw();
            Voorstel v = bereken(sociaal("500.00", "700.00", "800.00").categorie("HOOG"), teltMee);
            assertThat(v.soort()).isEqualTo(Soort.IAH);
            assertThat(v.inHuursom()).isTrue();
            assertThat(v.redenen()).isEmpty();
        }

        @Test
        void zonderHuishoudenIsHetHuishoudenOnbekend() {
            Voorstel v = bereken(sociaal("500.00", "700.00", "800.00").huishouden(null), SWZ);
            assertThat(v.soort()).isEqualTo(Soort.REGULIER);
            assertThat(v.inkomenCategorie()).isEqualTo("ONBEKEND");
            assertThat(v.redenen()).containsExactly(INKOMEN_ONBEKEND, HUISHOUDEN_ONBEKEND);
        }

        @Test
        void onbekendeCategorieIsEenFout() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> bereken(sociaal("500.00", "700.00", "800.00").categorie("IAH_50"), SWZ))
                    .withMessageContaining("C1");
        }
    }

    @Nested
    class HuursomLidmaatschap {

        private Voorstel metDatums(Fixtures.Contract contract) {
            return bereken(contract, SWZ);
        }

        @Test
        void inBezitSindsEenJanuariTeltMee() {
            assertThat(metDatums(sociaal("500", "600", "800").inBezitSinds(LocalDate.of(2020, 1, 1))).inHuursom()).isTrue();
        }

        @Test
        void inBezitSindsTweeJanuariNiet() {
            Voorstel v = metDatums(sociaal("500", "600", "800").inBezitSinds(LocalDate.of(2020, 1, 2)));
            assertThat(v.inHuursom()).isFalse();
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, BUITEN_HUURSOM_BEZIT);
        }

        /** SWZ 2020, P = 1 July 2020: the last increase on 2 July 2019 moves the date, the proposal stays. */
        @Test
        void laatsteVerhogingMinderDanTwaalfMaandenGeleden() {
            Voorstel v = metDatums(sociaal("500", "600", "800").laatsteVerhoging(LocalDate.of(2019, 7, 2)));
            assertThat(v.kaleHuurNieuw()).isEqualByComparingTo("520.50");
            assertThat(v.inHuursom()).isTrue();
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, INGANG_NA_LAATSTE_VERHOGING);
            assertThat(metDatums(sociaal("500", "600", "800").laatsteVerhoging(LocalDate.of(2019, 7, 1))).redenen())
                    .containsExactly(INKOMEN_ONDER_GRENS);
        }

        /** 12 months after 1 January 2020 is in 2021: no proposal this round, the rent stays, out of the huursom. */
        @Test
        void laatsteVerhogingTeRecentVoorDitJaar() {
            Voorstel v = metDatums(sociaal("500", "600", "800").laatsteVerhoging(LocalDate.of(2020, 1, 1)));
            assertThat(v.kaleHuurNieuw()).isEqualByComparingTo("500.00");
            assertThat(v.verhogingBedrag()).isEqualByComparingTo("0.00");
            assertThat(v.verhogingPct()).isEqualByComparingTo("0.00");
            assertThat(v.percentageMax()).isNull();
            assertThat(v.inHuursom()).isFalse();
            assertThat(v.redenen()).containsExactly(GEEN_VOORSTEL_LAATSTE_VERHOGING);
        }

        /** SWZ 2020: the huursom is measured over 1 January 2021; uit_bezit is the first day not owned. */
        @Test
        void uitBezitOpEenJanuariVolgendJaarNiet() {
            Voorstel v = metDatums(sociaal("500", "600", "800").uitBezit(LocalDate.of(2021, 1, 1)));
            assertThat(v.inHuursom()).isFalse();
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, BUITEN_HUURSOM_UIT_BEZIT);
            // the proposal itself is unchanged: 500 × 1.041
            assertThat(v.kaleHuurNieuw()).isEqualByComparingTo("520.50");
        }

        @Test
        void uitBezitOpTweeJanuariVolgendJaarTeltMee() {
            assertThat(metDatums(sociaal("500", "600", "800").uitBezit(LocalDate.of(2021, 1, 2))).inHuursom()).isTrue();
        }

        @Test
        void uitBezitDitJaarNiet() {
            assertThat(metDatums(sociaal("500", "600", "800").uitBezit(LocalDate.of(2020, 9, 1))).redenen())
                    .containsExactly(INKOMEN_ONDER_GRENS, BUITEN_HUURSOM_UIT_BEZIT);
        }

        @Test
        void inBezitGaatVoorUitBezit() {
            assertThat(metDatums(sociaal("500", "600", "800").inBezitSinds(LocalDate.of(2020, 3, 1))
                    .uitBezit(LocalDate.of(2020, 12, 1))).redenen()).containsExactly(INKOMEN_ONDER_GRENS,
                    BUITEN_HUURSOM_BEZIT);
        }

        @Test
        void verbeteringPreciesTwaalfMaandenVoorPTeltMee() {
            assertThat(metDatums(sociaal("500", "600", "800").verbeterd(LocalDate.of(2019, 7, 1))).inHuursom()).isTrue();
        }

        @Test
        void verbeteringDeDagDaarnaNiet() {
            Voorstel v = metDatums(sociaal("500", "600", "800").verbeterd(LocalDate.of(2019, 7, 2)));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, BUITEN_HUURSOM_VERBETERING);
        }

        @Test
        void verbeteringOpPNietEnNaPWel() {
            assertThat(metDatums(sociaal("500", "600", "800").verbeterd(LocalDate.of(2020, 7, 1))).inHuursom()).isFalse();
            assertThat(metDatums(sociaal("500", "600", "800").verbeterd(LocalDate.of(2020, 7, 2))).inHuursom()).isTrue();
        }

        @Test
        void alleenDeEersteBuitenHuursomCode() {
            LocalDate laat = LocalDate.of(2020, 3, 1);
            assertThat(metDatums(sociaal("500", null, null).sector(Sector.VRIJ).type(Woningtype.ONZELFSTANDIG)
                    .inBezitSinds(laat).verbeterd(laat)).redenen()).containsExactly(BUITEN_HUURSOM_SECTOR);
            assertThat(metDatums(sociaal("300", "400", "450").type(Woningtype.ONZELFSTANDIG)
                    .inBezitSinds(laat).verbeterd(laat)).redenen()).containsExactly(INKOMEN_ONDER_GRENS, BUITEN_HUURSOM_TYPE);
            assertThat(metDatums(sociaal("500", "600", "800").categorie("HOOG").inBezitSinds(laat).verbeterd(laat))
                    .redenen()).containsExactly(BUITEN_HUURSOM_BEZIT);
            assertThat(metDatums(sociaal("500", "600", "800").categorie("HOOG").verbeterd(laat))
                    .redenen()).containsExactly(BUITEN_HUURSOM_VERBETERING);
        }
    }

    @Nested
    class HuursomCap {

        @Test
        void capBovenHetPercentageVeranderNiets() {
            Voorstel v = bereken(sociaal("500.00", "600.00", "800.00"), SWZ, "0.05");
            assertThat(v.percentageMax()).isEqualTo(bd("0.0410"));
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("520.50"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS);
        }

        @Test
        void capOnderHetPercentage() {
            Voorstel v = bereken(sociaal("500.00", "600.00", "800.00"), SWZ, "0.0295");
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("514.75"));
            assertThat(v.verhogingPct()).isEqualTo(bd("2.95"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, HUURSOM_BEGRENSD);
        }

        @Test
        void capDieDeStreefhuurbegrenzingNietRaaktGeeftGeenCode() {
            Voorstel v = bereken(sociaal("600.00", "600.00", "800.00"), SWZ, "0.0295");
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("615.60"));
            assertThat(v.redenen()).containsExactly(HUUR_GE_STREEFHUUR, INKOMEN_ONDER_GRENS, STREEFHUUR_BEGRENSD);
        }

        @Test
        void capNulGeeftGeenVerhoging() {
            Voorstel v = bereken(sociaal("500.00", "600.00", "800.00"), SWZ, "0");
            assertThat(v.kaleHuurNieuw()).isEqualTo(bd("500.00"));
            assertThat(v.percentageMax()).isEqualTo(bd("0.0000"));
            assertThat(v.redenen()).containsExactly(INKOMEN_ONDER_GRENS, HUURSOM_BEGRENSD);
        }
    }

    @Nested
    class Bedragen {

        @Test
        void bedragenAltijdMetTweeDecimalen() {
            Voorstel v = bereken(sociaal("500", "600", "520"), SWZ);
            assertThat(v.kaleHuurNieuw().toPlainString()).isEqualTo("520.00");
            assertThat(v.verhogingBedrag().toPlainString()).isEqualTo("20.00");
            assertThat(v.verhogingPct().toPlainString()).isEqualTo("4.00");
            assertThat(v.streefhuurNieuw().toPlainString()).isEqualTo("615.60");
        }

        @Test
        void percentageInEenDelingEnNooitMinNul() {
            assertThat(Rekenregels.verhogingPct(bd("-0.01"), bd("2000.00")).toPlainString()).isEqualTo("0.00");
            assertThat(Rekenregels.verhogingPct(bd("0.01"), bd("2000.00")).toPlainString()).isEqualTo("0.00");
            // 0.01 × 100 / 200 = 0.005 → 0.01 (HALF_UP, no intermediate rounding)
            assertThat(Rekenregels.verhogingPct(bd("0.01"), bd("200.00")).toPlainString()).isEqualTo("0.01");
            assertThat(Rekenregels.verhogingPct(bd("-0.01"), bd("200.00")).toPlainString()).isEqualTo("-0.01");
            assertThat(Rekenregels.verhogingPct(bd("25.60"), bd("590.00")).toPlainString()).isEqualTo("4.34");
        }

        @Test
        void roundHalfUpNaElkeVermenigvuldiging() {
            // 333.33 × 1.041 = 346.99653 → 347.00; 10.10 × 1.05 = 10.605 → 10.61
            assertThat(bereken(sociaal("333.33", "600.00", "800.00"), SWZ).kaleHuurNieuw()).isEqualTo(bd("347.00"));
            Beleid.Wet wet = Fixtures.wet2025();
            Beleid zonderLaag = BeleidBouwer.voor(2025).inflatie("0.041").regulier("0.05").huursom("0.045")
                    .vrijeSector("0.041").midden("0.077").woonwagen("0.05").vrijstelling("25070").wet(wet).bouw();
            assertThat(bereken(sociaal("10.10", "600.00", "800.00"), zonderLaag).kaleHuurNieuw()).isEqualTo(bd("10.61"));
        }
    }
}

package nl.huurronde.regels;

import static nl.huurronde.regels.Fixtures.bd;
import static nl.huurronde.regels.Fixtures.sociaal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import nl.huurronde.BeleidBouwer;
import org.junit.jupiter.api.Test;

class HuursomTest {

    /** A round with regulier 5%, woonwagen 2% and no IAH, to make sums easy to follow. */
    private static Beleid beleid(String regulier, String woonwagen, String huursomMax) {
        return BeleidBouwer.voor(2020).inflatie("0.02").regulier(regulier).huursom(huursomMax).vrijeSector("0.03")
                .midden("0.03").woonwagen(woonwagen).wet(Fixtures.wet2020()).bouw();
    }

    /** A Bron over a list that counts its passes. */
    private static final class Lijst implements Huursom.Bron {
        final List<ContractFeiten> contracten = new ArrayList<>();
        final AtomicInteger passes = new AtomicInteger();

        Lijst met(Fixtures.Contract contract) {
            contracten.add(contract.id("C" + contracten.size()).feiten());
            return this;
        }

        @Override
        public void voorElk(java.util.function.Consumer<ContractFeiten> actie) {
            passes.incrementAndGet();
            contracten.forEach(actie);
        }
    }

    @Test
    void capMetDeHandUitgerekend() {
        // At c = 0.03: 1000 → 1030.00, 333.33 → round2(343.3299) = 343.33: +40.00 > 0.03 × 1333.33 = 39.9999.
        // At c = 0.0299: 1029.90 and round2(343.296567) = 343.30: +39.87, fits. So c = 0.0299.
        Lijst bron = new Lijst()
                .met(sociaal("1000.00", "2000.00", "3000.00"))
                .met(sociaal("333.33", "2000.00", "3000.00"))
                .met(sociaal("900.00", null, null).sector(Sector.VRIJ))
                .met(sociaal("900.00", "2000.00", "3000.00").type(Woningtype.ONZELFSTANDIG));
        Huursom.Uitkomst uitkomst = Huursom.bepaalCap(bron, beleid("0.05", "0.02", "0.03"));

        assertThat(uitkomst.cap()).isEqualTo(bd("0.0299"));
        assertThat(uitkomst.zonderCap()).isEqualTo(new Huursom.Som(2, bd("1333.33"), bd("1400.00")));
        assertThat(uitkomst.metCap()).isEqualTo(new Huursom.Som(2, bd("1333.33"), bd("1373.20")));
        assertThat(uitkomst.zonderCap().pct()).isEqualTo(bd("5.00"));
        assertThat(uitkomst.metCap().pct()).isEqualTo(bd("2.99"));
        // one pass without cap and a binary search over 0..500 steps
        assertThat(bron.passes.get()).isLessThanOrEqualTo(11);
    }

    @Test
    void metCapKomtOvereenMetDeVoorstellen() {
        Lijst bron = new Lijst()
                .met(sociaal("1000.00", "2000.00", "3000.00"))
                .met(sociaal("333.33", "2000.00", "3000.00"))
                .met(sociaal("500.00", null, null).type(Woningtype.WOONWAGEN))
                .met(sociaal("700.00", "2000.00", "3000.00").bevroren());
        Beleid beleid = beleid("0.05", "0.02", "0.025");
        Huursom.Uitkomst uitkomst = Huursom.bepaalCap(bron, beleid);

        BigDecimal oud = BigDecimal.ZERO;
        BigDecimal nieuw = BigDecimal.ZERO;
        for (ContractFeiten contract : bron.contracten) {
            Voorstel v = Rekenregels.bereken(contract, beleid, uitkomst.cap());
            if (v.inHuursom()) {
                oud = oud.add(contract.kaleHuur());
                nieuw = nieuw.add(v.kaleHuurNieuw());
            }
        }
        assertThat(uitkomst.metCap()).isEqualTo(new Huursom.Som(4, oud, nieuw));
        assertThat(uitkomst.metCap().binnen(bd("0.025"))).isTrue();
        BigDecimal stapHoger = uitkomst.cap().add(bd("0.0001"));
        assertThat(Huursom.som(bron, beleid, stapHoger).binnen(bd("0.025"))).isFalse();
    }

    @Test
    void capBovenHetReguliereMaximumAlsDeWoonwagenHogerIs() {
        // regulier 2%, woonwagen 5%, max 3% of 2000: 1000 × min(0.02, c) + 1000 × c ≤ 60 → c = 0.04
        Lijst bron = new Lijst()
                .met(sociaal("1000.00", "2000.00", "3000.00"))
                .met(sociaal("1000.00", null, null).type(Woningtype.WOONWAGEN));
        Beleid beleid = beleid("0.02", "0.05", "0.03");
        Huursom.Uitkomst uitkomst = Huursom.bepaalCap(bron, beleid);

        assertThat(uitkomst.cap()).isEqualTo(bd("0.0400"));
        assertThat(uitkomst.metCap().somNieuw()).isEqualTo(bd("2060.00"));
        assertThat(Rekenregels.bereken(bron.contracten.get(0), beleid, uitkomst.cap()).redenen())
                .doesNotContain(Reden.HUURSOM_BEGRENSD);
        assertThat(Rekenregels.bereken(bron.contracten.get(1), beleid, uitkomst.cap()).redenen())
                .contains(Reden.HUURSOM_BEGRENSD);
    }

    @Test
    void percentageDatGeenVeelvoudVanDeStapIs() {
        // regulier 4.125%: ∞ gives 1041.25 (over 4.12%); the largest step that fits is 0.0412 (1041.20)
        Lijst bron = new Lijst().met(sociaal("1000.00", "2000.00", "3000.00"));
        Huursom.Uitkomst uitkomst = Huursom.bepaalCap(bron, beleid("0.04125", "0.02", "0.0412"));
        assertThat(uitkomst.cap()).isEqualTo(bd("0.0412"));
        assertThat(uitkomst.metCap().somNieuw()).isEqualTo(bd("1041.20"));
    }

    @Test
    void nietBindendGeeftGeenCap() {
        Lijst bron = new Lijst().met(sociaal("1000.00", "2000.00", "3000.00"));
        Huursom.Uitkomst uitkomst = Huursom.bepaalCap(bron, beleid("0.05", "0.02", "0.05"));
        assertThat(uitkomst.cap()).isNull();
        assertThat(uitkomst.metCap()).isEqualTo(uitkomst.zonderCap());
        assertThat(bron.passes.get()).isEqualTo(1);
    }

    @Test
    void capNulIsNietGenoeg() {
        // the law's +€25 below €350 is not lowered by the cap: +50 on 900 is 5.56% even at c = 0;
        // without cap 400 → 420 adds 20: 70 / 900 = 7.78%
        Lijst bron = new Lijst()
                .met(sociaal("200.00", "2000.00", "3000.00"))
                .met(sociaal("300.00", "2000.00", "3000.00"))
                .met(sociaal("400.00", "2000.00", "3000.00"));
        assertThatExceptionOfType(HuursomOnhaalbaarException.class)
                .isThrownBy(() -> Huursom.bepaalCap(bron, Fixtures.beleid2025()))
                .satisfies(e -> {
                    assertThat(e.pctZonderCap()).isEqualTo(bd("7.78"));
                    assertThat(e.pctBijNul()).isEqualTo(bd("5.56"));
                    assertThat(e.maxPct()).isEqualTo(bd("0.045"));
                })
                .withMessageContaining("7.78%").withMessageContaining("5.56%").withMessageContaining("4.5%");
    }

    @Test
    void lijstZonderHuursomContracten() {
        Huursom.Som som = Huursom.som(new Lijst(), beleid("0.05", "0.02", "0.03"), null);
        assertThat(som).isEqualTo(new Huursom.Som(0, bd("0.00"), bd("0.00")));
        assertThat(som.pct()).isEqualTo(bd("0.00"));
        assertThat(som.binnen(bd("0"))).isTrue();
    }

    @Test
    void binnenIsExactZonderDelen() {
        Huursom.Som som = new Huursom.Som(1, bd("1333.33"), bd("1373.33"));
        assertThat(som.binnen(bd("0.03"))).isFalse(); // 40.00 > 39.9999
        assertThat(new Huursom.Som(1, bd("1000.00"), bd("1030.00")).binnen(bd("0.03"))).isTrue();
        assertThat(som.pct()).isEqualTo(bd("3.00"));
    }
}

package nl.huurronde.regels;

import static nl.huurronde.regels.Fixtures.bd;
import static nl.huurronde.regels.Fixtures.sociaal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class NacontroleTest {

    private static final Nacontrole.Limieten WET_2020 =
            new Nacontrole.Limieten(bd("0.051"), bd("0.066"), null, null, null, null);
    private static final Nacontrole.Limieten WET_2025 =
            new Nacontrole.Limieten(bd("0.05"), null, bd("100"), bd("25"), bd("0.041"), bd("0.077"));

    private static Voorstel voorstel(Soort soort, String nieuw, String current, BigDecimal percentageMax) {
        BigDecimal verhoging = bd(nieuw).subtract(bd(current));
        return new Voorstel(soort, "LAAG", null, percentageMax, bd(nieuw), verhoging,
                Rekenregels.verhogingPct(verhoging, bd(current)), true, EnumSet.noneOf(Reden.class));
    }

    @Test
    void berekendeVoorstellenZijnBinnenDeWet() {
        ContractFeiten contract = sociaal("500.00", "700.00", "800.00").categorie("HOOG").feiten();
        assertThatCode(() -> Nacontrole.controleer(contract,
                Rekenregels.bereken(contract, Fixtures.swz2020(), null), WET_2020)).doesNotThrowAnyException();
        ContractFeiten laag = sociaal("300.00", "700.00", "800.00").feiten();
        assertThatCode(() -> Nacontrole.controleer(laag,
                Rekenregels.bereken(laag, Fixtures.beleid2025(), null), WET_2025)).doesNotThrowAnyException();
    }

    @Test
    void preciesHetMaximumMagNetEenCentMeerNiet() {
        ContractFeiten contract = sociaal("500.00", "700.00", "800.00").id("X-17").feiten();
        assertThatCode(() -> Nacontrole.controleer(contract, voorstel(Soort.REGULIER, "525.50", "500.00", null), WET_2020))
                .doesNotThrowAnyException();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(contract, voorstel(Soort.REGULIER, "525.51", "500.00", null), WET_2020))
                .withMessageContaining("X-17");
    }

    @Test
    void bovenDeMaximaleHuurStoptDeRun() {
        ContractFeiten contract = sociaal("500.00", "700.00", "510.00").id("X-18").feiten();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(contract, voorstel(Soort.REGULIER, "510.01", "500.00", null), WET_2020))
                .withMessageContaining("X-18").withMessageContaining("maximale huur");
    }

    /** Raised less than 12 months ago and 12 months later is next year: no proposal, the rent stays, also above its maximum. */
    @Test
    void zonderVoorstelBlijftDeHuurOokBovenDeMaximaleHuur() {
        ContractFeiten contract = sociaal("520.00", "700.00", "510.00").id("X-19")
                .laatsteVerhoging(java.time.LocalDate.of(2020, 3, 29)).feiten();
        Voorstel geen = Rekenregels.bereken(contract, Fixtures.swz2020(), null);
        assertThat(geen.redenen()).containsExactly(Reden.GEEN_VOORSTEL_LAATSTE_VERHOGING);
        assertThat(geen.kaleHuurNieuw()).isEqualByComparingTo("520.00");
        assertThatCode(() -> Nacontrole.controleer(contract, geen, WET_2020)).doesNotThrowAnyException();
        Voorstel toch = new Voorstel(Soort.REGULIER, "LAAG", null, null, bd("510.00"), bd("-10.00"), bd("-1.92"),
                false, EnumSet.of(Reden.GEEN_VOORSTEL_LAATSTE_VERHOGING));
        assertThatIllegalStateException().isThrownBy(() -> Nacontrole.controleer(contract, toch, WET_2020))
                .withMessageContaining("X-19").withMessageContaining("zonder voorstel");
    }

    @Test
    void bevriezingMagNietStijgen() {
        ContractFeiten contract = sociaal("500.00", "700.00", "800.00").feiten();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(contract, voorstel(Soort.BEVRIEZING, "500.01", "500.00", null), WET_2020));
        assertThatCode(() -> Nacontrole.controleer(contract, voorstel(Soort.BEVRIEZING, "490.00", "500.00", null), WET_2020))
                .doesNotThrowAnyException();
    }

    @Test
    void iahNaarPercentageOfBedrag() {
        ContractFeiten contract = sociaal("500.00", "700.00", "800.00").feiten();
        assertThatCode(() -> Nacontrole.controleer(contract, voorstel(Soort.IAH, "533.00", "500.00", bd("0.066")), WET_2020))
                .doesNotThrowAnyException();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(contract, voorstel(Soort.IAH, "533.01", "500.00", bd("0.066")), WET_2020));
        assertThatCode(() -> Nacontrole.controleer(contract, voorstel(Soort.IAH, "600.00", "500.00", null), WET_2025))
                .doesNotThrowAnyException();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(contract, voorstel(Soort.IAH, "600.01", "500.00", null), WET_2025));
    }

    @Test
    void laagHuurBedragMagBovenHetPercentage() {
        ContractFeiten contract = sociaal("300.00", "700.00", "800.00").feiten();
        assertThatCode(() -> Nacontrole.controleer(contract, voorstel(Soort.REGULIER, "325.00", "300.00", null), WET_2025))
                .doesNotThrowAnyException();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(contract, voorstel(Soort.REGULIER, "325.00", "300.00", null), WET_2020));
    }

    @Test
    void vrijeSectorEnMiddenNaarHunMaximum() {
        ContractFeiten vrij = sociaal("1000.00", null, null).sector(Sector.VRIJ).feiten();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(vrij, voorstel(Soort.VRIJE_SECTOR, "1041.01", "1000.00", null), WET_2025));
        // no figure for the year: not checked
        assertThatCode(() -> Nacontrole.controleer(vrij, voorstel(Soort.VRIJE_SECTOR, "1100.00", "1000.00", null), WET_2020))
                .doesNotThrowAnyException();
        ContractFeiten midden = sociaal("1000.00", null, "1100.00").sector(Sector.MIDDEN).feiten();
        assertThatCode(() -> Nacontrole.controleer(midden, voorstel(Soort.MIDDENHUUR, "1077.00", "1000.00", null), WET_2025))
                .doesNotThrowAnyException();
        assertThatIllegalStateException()
                .isThrownBy(() -> Nacontrole.controleer(midden, voorstel(Soort.MIDDENHUUR, "1077.01", "1000.00", null), WET_2025));
    }

    @Test
    void vrijeSectorMagBovenEenOpgegevenMaximaleHuur() {
        ContractFeiten vrij = sociaal("1000.00", null, "900.00").sector(Sector.VRIJ).feiten();
        assertThatCode(() -> Nacontrole.controleer(vrij, voorstel(Soort.VRIJE_SECTOR, "1041.00", "1000.00", null), WET_2025))
                .doesNotThrowAnyException();
    }
}

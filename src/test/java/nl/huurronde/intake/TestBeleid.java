package nl.huurronde.intake;

import nl.huurronde.BeleidBouwer;
import nl.huurronde.regels.Beleid;

/** The policy and law the intake needs, for the 2020 (SWZ) and a 2025 round. */
final class TestBeleid {

    private TestBeleid() {}

    static Beleid van(int jaar) {
        boolean middenhuur = jaar >= 2024;
        Beleid.Wet wet = new Beleid.Wet(jaar >= 2024 ? 67 : 66, jaar >= 2024 ? 0 : 4, jaar <= 2020, jaar <= 2020,
                middenhuur, BeleidBouwer.wetVan(jaar).sector());
        return BeleidBouwer.voor(jaar).nietVanafStreefhuur().bandPct("HOOG", "43574", "43574", "0.056").wet(wet).bouw();
    }
}

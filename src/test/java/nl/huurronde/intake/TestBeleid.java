package nl.huurronde.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.huurronde.rules.Beleid;

/** The policy and law the intake needs, for the 2020 (SWZ) and a 2025 round. */
final class TestBeleid {


    private TestBeleid() {}

    /** The sector figures of the bundled law of the year. */
    static nl.huurronde.rules.Sectorwet sectorwet(int jaar) {
        try {
            return nl.huurronde.policy.Wetgeving.jaar(jaar).wet().sector();
        } catch (nl.huurronde.policy.BeleidFout e) {
            throw new IllegalStateException(e);
        }
    }

    static Beleid van(int jaar) {
        boolean middenhuur = jaar >= 2024;
        Beleid.Wet wet = new Beleid.Wet(jaar >= 2024 ? 67 : 66, jaar >= 2024 ? 0 : 4, jaar <= 2020, jaar <= 2020,
                middenhuur, sectorwet(jaar));
        BigDecimal pct = new BigDecimal("0.026");
        return new Beleid(jaar, LocalDate.of(jaar, 7, 1), pct, new BigDecimal("0.041"), null, true,
                List.of(new Beleid.IahBand("HOOG", new BigDecimal("43574"), new BigDecimal("43574"),
                        new BigDecimal("0.056"), null)),
                new BigDecimal("0.036"), false, pct, pct, pct, 2, 23, new BigDecimal("20450"), wet);
    }
}

package nl.huurronde.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.huurronde.rules.Beleid;

/** The policy and law the intake needs, for the 2020 (SWZ) and a 2025 round. */
final class TestBeleid {

    private static final Map<Integer, BigDecimal> LIBERALISATIEGRENZEN = Map.ofEntries(
            Map.entry(2002, new BigDecimal("585.18")), Map.entry(2003, new BigDecimal("593.16")),
            Map.entry(2004, new BigDecimal("604.38")), Map.entry(2005, new BigDecimal("615.01")),
            Map.entry(2006, new BigDecimal("621.78")), Map.entry(2007, new BigDecimal("630.05")),
            Map.entry(2008, new BigDecimal("631.73")), Map.entry(2009, new BigDecimal("647.53")),
            Map.entry(2010, new BigDecimal("647.53")), Map.entry(2011, new BigDecimal("652.52")),
            Map.entry(2012, new BigDecimal("664.66")), Map.entry(2013, new BigDecimal("681.02")),
            Map.entry(2014, new BigDecimal("699.48")), Map.entry(2015, new BigDecimal("710.68")),
            Map.entry(2016, new BigDecimal("710.68")), Map.entry(2017, new BigDecimal("710.68")),
            Map.entry(2018, new BigDecimal("710.68")), Map.entry(2019, new BigDecimal("720.42")),
            Map.entry(2020, new BigDecimal("737.14")), Map.entry(2021, new BigDecimal("752.33")),
            Map.entry(2022, new BigDecimal("763.47")), Map.entry(2023, new BigDecimal("808.06")),
            Map.entry(2024, new BigDecimal("879.66")), Map.entry(2025, new BigDecimal("900.07")));

    private TestBeleid() {}

    static Beleid van(int jaar) {
        boolean middenhuur = jaar >= 2024;
        Beleid.Wet wet = new Beleid.Wet(jaar >= 2024 ? 67 : 66, jaar >= 2024 ? 0 : 4, jaar <= 2020, jaar <= 2020,
                middenhuur, LIBERALISATIEGRENZEN);
        BigDecimal pct = new BigDecimal("0.026");
        return new Beleid(jaar, LocalDate.of(jaar, 7, 1), pct, new BigDecimal("0.041"), null, true,
                List.of(new Beleid.IahBand("HOOG", new BigDecimal("43574"), new BigDecimal("43574"),
                        new BigDecimal("0.056"), null)),
                new BigDecimal("0.036"), false, pct, pct, pct, 2, 23, new BigDecimal("20450"), wet);
    }
}

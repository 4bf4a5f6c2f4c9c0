package nl.huurronde.register;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.regels.Beleid;

/**
 * One run of a round as the steps see it: its id, the effective job configuration (re-read from the
 * job file and checked against the stored checksum), the verzenddatum fixed at the first start, and
 * the run's own output folder {@code <uitvoer>/<run_id>/}.
 */
public record Ronde(String runId, RunSoort soort, String identiteit, JobConfig config, LocalDate verzenddatum,
                    Path map, RondeStatus status, BigDecimal huursomCap, boolean capBepaald) {

    public Beleid beleid() {
        return config.beleid();
    }

    public LocalDate ingangsdatum() {
        return config.ingangsdatum();
    }

    public boolean simulatie() {
        return soort == RunSoort.SIMULATIE;
    }
}

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

    /**
     * The warning for letters dated before the day their run started ({@code start}), or null: a yearly run's
     * letters then carry a date that has passed, and the objection and two-month periods count from when the
     * tenant really receives them. A simulation sends nothing and is never warned.
     */
    public String verzenddatumVerstreken(LocalDate start) {
        if (simulatie() || !verzenddatum.isBefore(start)) {
            return null;
        }
        return verzenddatumVerstreken(verzenddatum, start);
    }

    /** The text of {@link #verzenddatumVerstreken(LocalDate)}, for dates given. */
    public static String verzenddatumVerstreken(LocalDate verzenddatum, LocalDate start) {
        return "verzenddatum " + verzenddatum + " ligt vóór de start van de run (" + start + "): de brieven dragen"
                + " een datum die al voorbij is; kies een verzenddatum van vandaag of later in het jobbestand als de"
                + " brieven nog verstuurd moeten worden";
    }
}

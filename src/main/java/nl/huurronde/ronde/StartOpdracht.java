package nl.huurronde.ronde;

import java.nio.file.Path;
import java.util.Map;

import nl.huurronde.register.RunSoort;

/**
 * What the user asked: a job file, command-line overrides (dotted keys below {@code huurronde}, e.g.
 * {@code invoer.huurders} or {@code beleid.regulier_max_pct}), and whether to start a new run even
 * when this round already completed.
 *
 * @param wegBijFout a run that fails is wiped and marked deleted instead of left MISLUKT (the simulations of
 *                   {@code vergelijk}: nothing to resume, and {@code status} should not show a failed run)
 */
public record StartOpdracht(Path jobBestand, Map<String, String> overrides, boolean opnieuw, RunSoort soort,
                            boolean wegBijFout) {
    public StartOpdracht {
        overrides = Map.copyOf(overrides);
    }

    public StartOpdracht(Path jobBestand, Map<String, String> overrides, boolean opnieuw, RunSoort soort) {
        this(jobBestand, overrides, opnieuw, soort, false);
    }
}

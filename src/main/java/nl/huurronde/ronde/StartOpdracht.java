package nl.huurronde.ronde;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the user asked: a job file, command-line overrides (dotted keys below {@code huurronde}, e.g.
 * {@code invoer.huurders} or {@code beleid.regulier_max_pct}), and whether to start a new run even
 * when this round already completed.
 */
public record StartOpdracht(Path jobBestand, Map<String, String> overrides, boolean opnieuw, RunSoort soort) {
    public StartOpdracht {
        overrides = Map.copyOf(overrides);
    }
}

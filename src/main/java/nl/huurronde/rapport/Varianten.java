package nl.huurronde.rapport;

import java.nio.file.Path;
import java.util.Map;

/**
 * The two policy variants the user asked to compare: two job files (often the same file) each with its own command-line
 * overrides (dotted keys below {@code huurronde}, e.g. {@code beleid.regulier_max_pct}). Both simulations
 * read the inputs of A. {@code uitvoer} null means the output folder of job A.
 *
 * @param aantal   how many contracts with the largest difference in new rent are listed
 * @param opnieuw  start new simulations even when identical ones already completed
 */
public record Varianten(Path jobA, Map<String, String> overridesA, Path jobB, Map<String, String> overridesB,
                                Path uitvoer, int aantal, boolean opnieuw) {

    public static final int STANDAARD_AANTAL = 50;

    public Varianten {
        overridesA = Map.copyOf(overridesA);
        overridesB = Map.copyOf(overridesB);
        if (aantal < 0) {
            throw new IllegalArgumentException("aantal moet 0 of meer zijn");
        }
    }
}

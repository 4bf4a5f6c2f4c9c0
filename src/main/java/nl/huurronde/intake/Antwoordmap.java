package nl.huurronde.intake;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a run's unpacked answer zip lives: {@code <data>/inkomensantwoord/<run_id>/}, owner-only, beside
 * the embedded database (docs/decisions.md, "The answer zip and its statements"), and the zip's limits
 * ({@code huurronde.inkomensantwoord.max-onderdeel}, {@code max-totaal}, {@code max-aantal}).
 */
@Component
public class Antwoordmap {

    private final Path data;
    private final Inkomensantwoord.Grenzen grenzen;

    Antwoordmap(@Value("${huurronde.data}") String data,
                @Value("${huurronde.inkomensantwoord.max-onderdeel:16777216}") long onderdeel,
                @Value("${huurronde.inkomensantwoord.max-totaal:8589934592}") long totaal,
                @Value("${huurronde.inkomensantwoord.max-aantal:1000000}") int aantal) {
        this.data = Path.of(data).toAbsolutePath().normalize();
        this.grenzen = new Inkomensantwoord.Grenzen(onderdeel, totaal, aantal);
    }

    /** Every run's unpacked answer. */
    public Path alle() {
        return data.resolve("inkomensantwoord");
    }

    public Path map(String runId) {
        return alle().resolve(runId);
    }

    /** The folder of the run's statements. */
    public Path verklaringen(String runId) {
        return map(runId).resolve(Inkomensantwoord.VERKLARINGEN);
    }

    public Inkomensantwoord.Grenzen grenzen() {
        return grenzen;
    }
}

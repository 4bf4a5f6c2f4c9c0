package nl.huurronde.brieven;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The corporation's letterhead, from the policy's {@code verhuurder}.
 *
 * @param logo nullable; a PNG or JPEG file, read once per renderer
 */
public record Briefhoofd(String naam, String adres, String telefoon, String website, String bezwaarAdres,
                         Path logo) {
    public Briefhoofd {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(bezwaarAdres, "bezwaarAdres");
    }
}

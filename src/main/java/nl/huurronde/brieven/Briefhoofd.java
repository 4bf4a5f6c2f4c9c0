package nl.huurronde.brieven;

import java.nio.file.Path;
import java.util.Objects;

import nl.huurronde.beleid.Verhuurder;

/**
 * The corporation's letterhead, from the policy's {@code verhuurder}.
 *
 * @param logo          nullable; a PNG or JPEG file, read once per renderer
 * @param ondertekening nullable: who signs; without it the letter is signed with the landlord's name alone
 * @param contact       nullable: the person or department for questions
 */
public record Briefhoofd(String naam, String adres, String telefoon, String website, String bezwaarAdres,
                         Path logo, Verhuurder.Ondertekening ondertekening, Verhuurder.Contact contact) {
    public Briefhoofd {
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(bezwaarAdres, "bezwaarAdres");
    }

    public Briefhoofd(String naam, String adres, String telefoon, String website, String bezwaarAdres, Path logo) {
        this(naam, adres, telefoon, website, bezwaarAdres, logo, null, null);
    }

    /**
     * Where an objection goes, as the letter says it: the landlord's name and the objection address,
     * the name only once. Job files often start {@code bezwaar_adres} with the name already (issue #24),
     * so it is prepended only when the address does not start with it (trimmed, ignoring case).
     */
    public String bezwaarGeadresseerde() {
        String adres = bezwaarAdres.strip();
        String eigenaar = naam.strip();
        if (adres.regionMatches(true, 0, eigenaar, 0, eigenaar.length())) {
            return adres;
        }
        return eigenaar + ", " + adres;
    }
}

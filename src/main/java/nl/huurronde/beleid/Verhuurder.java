package nl.huurronde.beleid;

import java.nio.file.Path;

/**
 * The corporation as its letters show it (job file {@code verhuurder}); {@code logo}, {@code ondertekening}
 * and {@code contact} may be null (job files from before those keys stay valid).
 */
public record Verhuurder(String naam, String adres, String telefoon, String website, String bezwaarAdres,
                         Path logo, Ondertekening ondertekening, Contact contact) {

    public Verhuurder(String naam, String adres, String telefoon, String website, String bezwaarAdres, Path logo) {
        this(naam, adres, telefoon, website, bezwaarAdres, logo, null, null);
    }

    /** Who signs the letters ({@code verhuurder.ondertekening}); {@code functie} may be null. */
    public record Ondertekening(String naam, String functie) {}

    /**
     * Where a tenant's questions go ({@code verhuurder.contact}): a person or a department; {@code telefoon}
     * and {@code email} may be null (then the letter gives the landlord's own telephone number).
     */
    public record Contact(String naam, String telefoon, String email) {}
}

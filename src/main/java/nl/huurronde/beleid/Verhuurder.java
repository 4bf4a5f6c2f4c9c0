package nl.huurronde.beleid;

import java.nio.file.Path;

/** The corporation as its letters show it (job file {@code verhuurder}); {@code logo} may be null. */
public record Verhuurder(String naam, String adres, String telefoon, String website, String bezwaarAdres,
                         Path logo) {}

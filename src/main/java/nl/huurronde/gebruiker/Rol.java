package nl.huurronde.gebruiker;

import java.util.Locale;

/** What a user of the desk may do (docs/balie.md). */
public enum Rol {
    /** Find, explain, record. */
    MEDEWERKER,
    /** Also: grant, file, rulings, users, and health data. */
    BEHEER;

    /** The role as the command line names it ({@code medewerker}, {@code beheer}); null when unknown. */
    public static Rol van(String tekst) {
        for (Rol rol : values()) {
            if (rol.name().equalsIgnoreCase(tekst.strip())) {
                return rol;
            }
        }
        return null;
    }

    public String tekst() {
        return name().toLowerCase(Locale.ROOT);
    }
}

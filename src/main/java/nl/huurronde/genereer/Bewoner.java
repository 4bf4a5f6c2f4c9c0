package nl.huurronde.genereer;

import java.time.LocalDate;

import nl.huurronde.regels.Rol;

/**
 * One generated resident registered at a contract's address (a brp.csv row), with the income row the
 * Belastingdienst sends for them: the generator's person, not the rules' {@code Huishoudberekening.Persoon}.
 *
 * @param rol     null = written empty (INWONEND by default)
 * @param inkomen verzamelinkomen in cents; −1 = no income row at all
 */
record Bewoner(String bsn, LocalDate geboren, Rol rol, long inkomen, boolean nietVastgesteld) {

    static final long GEEN_RIJ = -1;

    boolean heeftInkomensrij() {
        return inkomen != GEEN_RIJ || nietVastgesteld;
    }
}

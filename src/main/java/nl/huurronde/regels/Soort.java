package nl.huurronde.regels;

/**
 * The kind of proposal (rules.md §4); audit column {@code soort}. Each carries the plain Dutch sentence
 * that names the rule that decided the proposal (the desk shows it).
 */
public enum Soort {
    REGULIER("Sociale huur: de jaarlijkse verhoging met het percentage van het beleid (ten hoogste het wettelijke "
            + "maximum en de huursomcap), of het vaste bedrag voor een lage huur, begrensd op de streefhuur."),
    IAH("Sociale huur met een inkomensafhankelijke verhoging (IAH): het huishoudinkomen valt in een "
            + "inkomensband van het beleid en er geldt geen vrijstelling."),
    VRIJE_SECTOR("Vrije sector: de verhoging met het percentage van het beleid voor de vrije sector."),
    MIDDENHUUR("Middenhuur: de verhoging met het percentage voor het middensegment, ten hoogste tot de "
            + "maximale huur."),
    WOONWAGEN("Woonwagen of standplaats: de verhoging met het percentage voor woonwagens (ten hoogste de "
            + "huursomcap), ten hoogste tot de maximale huur."),
    BEVRIEZING("Huurbevriezing: de huur gaat niet omhoog.");

    private final String zin;

    Soort(String zin) {
        this.zin = zin;
    }

    /** The rule that decided the proposal, in one plain Dutch sentence. */
    public String zin() {
        return zin;
    }
}

package nl.huurronde.beleid;

/** Where a value came from: a line of a YAML file, or a command-line override. */
record Plek(String bestand, int regel) {

    static final Plek OPDRACHTREGEL = new Plek(null, 0);

    static Plek regel(String bestand, int regel) {
        return new Plek(bestand, regel);
    }

    boolean opdrachtregel() {
        return bestand == null;
    }

    /** The suffix of an error message, e.g. {@code " (jobs/2020.yml regel 23)"}. */
    String achtervoegsel() {
        return opdrachtregel() ? " (opdrachtregel)" : " (" + bestand + " regel " + regel + ")";
    }
}

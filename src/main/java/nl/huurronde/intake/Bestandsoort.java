package nl.huurronde.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * The extracts the job reads, with their columns (inputs.md). The display name is the spec's logical
 * name, whatever the real file is called, so afgewezen.csv and error lines read the same for every run.
 */
public enum Bestandsoort {

    HUURDERS("huurders.csv",
            List.of("contract_id", "vhe_id", "huurder_naam", "straat", "huisnummer", "postcode", "woonplaats",
                    "woningtype", "contract_ingang", "aanvangshuur", "kale_huur"),
            // maximale_huur and streefhuur are required per row only (by sector), so optional as columns
            List.of("huisletter", "toevoeging", "sector", "servicekosten", "maximale_huur", "wws_punten",
                    "streefhuur", "chronisch_ziek", "huurbevriezing", "woningverbetering_datum", "in_bezit_sinds")),
    BRP("brp.csv",
            List.of("postcode", "huisnummer", "bsn", "geboortedatum"),
            List.of("huisletter", "toevoeging", "rol")),
    INKOMEN("inkomen.csv",
            List.of("bsn", "peiljaar", "status"),
            // required only when VASTGESTELD
            List.of("verzamelinkomen")),
    INKOMENSCATEGORIE("inkomenscategorie.csv",
            List.of("postcode", "huisnummer", "huisletter", "toevoeging", "categorie"),
            List.of()),
    /**
     * The Belastingdienst's answer as delivered: a zip with one CSV of the same columns as
     * inkomenscategorie.csv (plus, optionally, the name of the address's huishoudverklaring) and the PDFs
     * ({@link Inkomensantwoord}); rejections name the zip, with the line of the CSV inside it.
     */
    INKOMENSANTWOORD("inkomensantwoord.zip",
            List.of("postcode", "huisnummer", "huisletter", "toevoeging", "categorie"),
            List.of("huishoudverklaring"));

    private final String naam;
    private final List<String> verplicht;
    private final List<String> kolommen;

    Bestandsoort(String naam, List<String> verplicht, List<String> optioneel) {
        this.naam = naam;
        this.verplicht = verplicht;
        List<String> alle = new ArrayList<>(verplicht);
        alle.addAll(optioneel);
        this.kolommen = List.copyOf(alle);
    }

    /** The logical file name, e.g. {@code huurders.csv}. */
    public String naam() {
        return naam;
    }

    /** Columns that must be in the header (lower case). */
    public List<String> verplichteKolommen() {
        return verplicht;
    }

    /** Every column the job reads (lower case); others are unknown and ignored. */
    public List<String> bekendeKolommen() {
        return kolommen;
    }
}

package nl.huurronde.intake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.huurronde.contract.Contract;
import nl.huurronde.contract.Huurder;

/**
 * The extracts the job reads, with their columns (inputs.md). The display name is the spec's logical
 * name, whatever the real file is called, so afgewezen.csv and error lines read the same for every run.
 */
public enum Bestandsoort {

    HUURDERS("huurders.csv",
            List.of("contract_id", "vhe_id", "huurder_naam", "straat", "huisnummer", "postcode", "woonplaats",
                    "woningtype", "contract_ingang", "aanvangshuur", "kale_huur"),
            // the optional columns are every other column of the contract and the tenant (a new fact of
            // Contract is known here without a second list); maximale_huur and streefhuur are required
            // per row only (by sector), so optional as columns
            huurdersKolommen()),
    /**
     * The co-tenants (#20): one line per co-tenant, keyed by the contract of huurders.csv. A file of its own
     * rather than columns of huurders.csv, because a contract may have more than one.
     */
    MEDEHUURDERS("medehuurders.csv",
            List.of("contract_id", "medehuurder_naam"),
            List.of()),
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
        Set<String> alle = new LinkedHashSet<>(verplicht);
        alle.addAll(optioneel);
        this.kolommen = List.copyOf(alle);
    }

    /** Every huurders.csv column that {@link Contract} and {@link Huurder} carry, in their order. */
    private static List<String> huurdersKolommen() {
        Set<String> kolommen = new LinkedHashSet<>(Contract.invoerkolommen());
        for (Huurder.Kolom kolom : Huurder.Kolom.values()) {
            if (kolom.invoer()) {
                kolommen.add(kolom.naam());
            }
        }
        return List.copyOf(kolommen);
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

package nl.huurronde.contract;

/**
 * Where a tenant's mail goes when it is not the rented dwelling (a guardian, a care home, a bewindvoerder):
 * huurders.csv's optional {@code corr_*} columns. The letter still names the dwelling; only the envelope
 * window and the print order follow this address.
 *
 * @param tav        the "t.a.v." line, may be null
 * @param huisnummer null abroad when the street line holds the number
 * @param postcode   a Dutch one normalised {@code 1234AB}; abroad as written, may be null
 * @param land       the country in Dutch as printed (capitals on the envelope); null for the Netherlands
 */
public record Correspondentieadres(String tav, String straat, Integer huisnummer, String huisletter,
                                   String toevoeging, String postcode, String woonplaats, String land) {

    public boolean buitenland() {
        return land != null;
    }
}

package nl.huurronde.intake;

/**
 * One row of inkomenscategorie.csv as read.
 *
 * @param adresSleutel {@link Adres#sleutel}, null when the address cannot be read
 * @param categorie    LAAG, ONBEKEND or a band name, spelled as in the policy; null when unknown
 * @param huishoudverklaring the answer zip's column: the PDF entry of this address, when the row names it
 */
public record CategorieRegel(long regel, String adresSleutel, String categorie, String huishoudverklaring) {

    public CategorieRegel(long regel, String adresSleutel, String categorie) {
        this(regel, adresSleutel, categorie, null);
    }
}

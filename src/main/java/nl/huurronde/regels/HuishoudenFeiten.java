package nl.huurronde.regels;

/**
 * The household of a contract as the rules see it (rules.md §2–§3), after the persons and
 * incomes were joined. Exact incomes never leave the household step: only the category does.
 *
 * @param personen            accepted BRP rows at the address
 * @param aow                 someone at the address reached the AOW age on the peildatum
 * @param huishoudenOnbekend  nobody at the address, a rejected BRP row there, or a shared address key
 * @param inkomenCategorie    LAAG, ONBEKEND, or an IAH band's name
 * @param verklaringOntbreekt the category is an IAH band from the Belastingdienst's answer zip, but the
 *                            answer has no valid huishoudverklaring for the address: no IAH (it must be
 *                            enclosed with the proposal)
 */
public record HuishoudenFeiten(int personen, boolean aow, boolean huishoudenOnbekend, String inkomenCategorie,
                               boolean verklaringOntbreekt) {
    public static final String LAAG = "LAAG";
    public static final String ONBEKEND = "ONBEKEND";
    public static final String NVT = "NVT";

    public HuishoudenFeiten(int personen, boolean aow, boolean huishoudenOnbekend, String inkomenCategorie) {
        this(personen, aow, huishoudenOnbekend, inkomenCategorie, false);
    }

    /** Whether this category is an IAH band (not LAAG, ONBEKEND or NVT): the answer then has a statement. */
    public static boolean isBand(String categorie) {
        return categorie != null && !LAAG.equals(categorie) && !ONBEKEND.equals(categorie) && !NVT.equals(categorie);
    }

    public HuishoudenFeiten metVerklaringOntbreekt(boolean ontbreekt) {
        return new HuishoudenFeiten(personen, aow, huishoudenOnbekend, inkomenCategorie, ontbreekt);
    }
}

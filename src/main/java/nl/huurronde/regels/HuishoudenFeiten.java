package nl.huurronde.regels;

/**
 * The household of a contract as the rules see it (rules.md §2–§3), after the persons and
 * incomes were joined. Exact incomes never leave the household step: only the category does.
 *
 * @param personen            accepted BRP rows at the address
 * @param aow                 someone at the address reached the AOW age on the peildatum
 * @param huishoudenOnbekend  nobody at the address, a rejected BRP row there, or a shared address key
 * @param inkomenCategorie    LAAG, ONBEKEND, or an IAH band's name
 */
public record HuishoudenFeiten(int personen, boolean aow, boolean huishoudenOnbekend, String inkomenCategorie) {
    public static final String LAAG = "LAAG";
    public static final String ONBEKEND = "ONBEKEND";
    public static final String NVT = "NVT";
}

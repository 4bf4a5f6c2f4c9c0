package nl.huurronde.regels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The household of one contract and its income category (rules.md §2 and §3). Exact incomes
 * are summed here and never leave this class: only the category does.
 */
public final class Huishoudberekening {

    private Huishoudberekening() {}

    /** One accepted BRP person with the income facts joined to it. */
    public record Persoon(LocalDate geboortedatum, Rol rol /* null = INWONEND */,
                          InkomenStatus inkomenStatus /* null = no income row: counts 0 */,
                          BigDecimal verzamelinkomen /* null unless VASTGESTELD */,
                          boolean inkomenAfgewezen /* the person's income row was rejected */) {

        /** Deliberately without the birth date and income: a record's toString may end up in a log. */
        @Override
        public String toString() {
            return "Persoon[rol=" + rol + "]";
        }
    }

    /**
     * From persons + incomes (inkomen.csv).
     *
     * @param brpAfgewezen a rejected BRP row has this address key
     * @param adresGedeeld two or more accepted contracts share the address key
     */
    public static HuishoudenFeiten bepaal(List<Persoon> personen, boolean brpAfgewezen,
                                          boolean adresGedeeld, Beleid beleid) {
        boolean onbekend = huishoudenOnbekend(personen, brpAfgewezen, adresGedeeld);
        String categorie = onbekend ? HuishoudenFeiten.ONBEKEND : categorie(personen, beleid);
        return new HuishoudenFeiten(personen.size(), aow(personen, beleid), onbekend, categorie);
    }

    /**
     * Same, but the income category comes from inkomenscategorie.csv (inputs.md): null = no row =
     * ONBEKEND. An unknown household still makes it ONBEKEND. The name is matched ignoring case and
     * surrounding spaces and returned in the policy's spelling.
     *
     * @throws IllegalArgumentException when the name is not LAAG, ONBEKEND or one of the policy's bands
     */
    public static HuishoudenFeiten metCategorie(List<Persoon> personen, boolean brpAfgewezen,
                                                boolean adresGedeeld, String categorie, Beleid beleid) {
        return metCategorie(personen, brpAfgewezen, adresGedeeld, categorie, true, beleid);
    }

    /**
     * Same, from the Belastingdienst's answer zip: {@code metVerklaring} says whether the address's
     * huishoudverklaring came with it; an IAH band without it cannot give an IAH (rules.md §4.5).
     */
    public static HuishoudenFeiten metCategorie(List<Persoon> personen, boolean brpAfgewezen,
                                                boolean adresGedeeld, String categorie, boolean metVerklaring,
                                                Beleid beleid) {
        String gegeven = categorie == null ? HuishoudenFeiten.ONBEKEND : geldigeCategorie(categorie, beleid);
        boolean onbekend = huishoudenOnbekend(personen, brpAfgewezen, adresGedeeld);
        String uitkomst = onbekend ? HuishoudenFeiten.ONBEKEND : gegeven;
        return new HuishoudenFeiten(personen.size(), aow(personen, beleid), onbekend, uitkomst,
                !metVerklaring && HuishoudenFeiten.isBand(uitkomst));
    }

    /** LAAG, ONBEKEND or a band name in canonical spelling; the check intake and bezwaar also use. */
    public static String geldigeCategorie(String categorie, Beleid beleid) {
        String naam = categorie.strip();
        if (naam.equalsIgnoreCase(HuishoudenFeiten.LAAG)) {
            return HuishoudenFeiten.LAAG;
        }
        if (naam.equalsIgnoreCase(HuishoudenFeiten.ONBEKEND)) {
            return HuishoudenFeiten.ONBEKEND;
        }
        for (Beleid.IahBand band : beleid.iahBanden()) {
            if (band.naam().equalsIgnoreCase(naam)) {
                return band.naam();
            }
        }
        throw new IllegalArgumentException("onbekende inkomenscategorie '" + naam
                + "': verwacht LAAG, ONBEKEND of een IAH-band uit het beleid");
    }

    /** §2: the AOW age of year Y added as one number of months, so 29 February is handled once. */
    static boolean aow(List<Persoon> personen, Beleid beleid) {
        int maanden = 12 * beleid.wet().aowJaren() + beleid.wet().aowMaanden();
        for (Persoon persoon : personen) {
            if (!persoon.geboortedatum().plusMonths(maanden).isAfter(beleid.peildatum())) {
                return true;
            }
        }
        return false;
    }

    private static boolean huishoudenOnbekend(List<Persoon> personen, boolean brpAfgewezen, boolean adresGedeeld) {
        return personen.isEmpty() || brpAfgewezen || adresGedeeld;
    }

    /** §3, for a known household: ONBEKEND, the highest band reached, or LAAG. */
    private static String categorie(List<Persoon> personen, Beleid beleid) {
        BigDecimal inkomen = huishoudinkomen(personen, beleid);
        if (inkomen == null) {
            return HuishoudenFeiten.ONBEKEND;
        }
        boolean alleen = personen.size() == 1;
        Beleid.IahBand hoogste = null;
        BigDecimal hoogsteGrens = null;
        for (Beleid.IahBand band : beleid.iahBanden()) {
            BigDecimal grens = alleen ? band.vanaf1() : band.vanafMeer();
            if (grens != null && inkomen.compareTo(grens) >= 0
                    && (hoogsteGrens == null || grens.compareTo(hoogsteGrens) > 0)) {
                hoogste = band;
                hoogsteGrens = grens;
            }
        }
        return hoogste == null ? HuishoudenFeiten.LAAG : hoogste.naam();
    }

    /** The household income, or null when it is unknown. */
    private static BigDecimal huishoudinkomen(List<Persoon> personen, Beleid beleid) {
        LocalDate eersteJanuari = LocalDate.of(beleid.jaar(), 1, 1);
        BigDecimal vrijstelling = beleid.jongerenVrijstelling() == null ? BigDecimal.ZERO : beleid.jongerenVrijstelling();
        BigDecimal totaal = BigDecimal.ZERO;
        for (Persoon persoon : personen) {
            if (persoon.inkomenAfgewezen() || persoon.inkomenStatus() == InkomenStatus.NIET_VASTGESTELD) {
                return null;
            }
            if (persoon.inkomenStatus() == null) {
                continue; // no income row: counts 0
            }
            if (persoon.verzamelinkomen() == null) {
                throw new IllegalArgumentException("vastgesteld inkomen zonder bedrag");
            }
            BigDecimal inkomen = persoon.verzamelinkomen();
            if (isInwonendeJongere(persoon, eersteJanuari, beleid.jongerenLeeftijd())) {
                inkomen = inkomen.subtract(vrijstelling).max(BigDecimal.ZERO);
            }
            totaal = totaal.add(inkomen);
        }
        return totaal;
    }

    /** Age on 1 January of Y, not on the peildatum: the law's wording. */
    private static boolean isInwonendeJongere(Persoon persoon, LocalDate eersteJanuari, int jongerenLeeftijd) {
        boolean inwonend = persoon.rol() == null || persoon.rol() == Rol.INWONEND;
        return inwonend && persoon.geboortedatum().plusYears(jongerenLeeftijd).isAfter(eersteJanuari);
    }
}

package nl.huurronde.genereer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who a contract's letter goes to and when its rent last rose (#20): co-tenants (medehuurders.csv),
 * a correspondence address (huurders.csv's corr_ columns) and laatste_verhoging. Its own random stream,
 * so switching it on leaves every other value of a set as it was.
 */
final class Adressering {

    /** huurders.csv's extra columns, after {@link Generator#HUURDERS}. */
    static final String[] KOLOMMEN = {"laatste_verhoging", "corr_tav", "corr_straat", "corr_huisnummer",
            "corr_toevoeging", "corr_postcode", "corr_woonplaats", "corr_land"};
    static final String[] MEDEHUURDERS = {"contract_id", "medehuurder_naam"};

    private static final String[] TAV = {"Bewindvoering Noord B.V.", "Mentorschap Overijssel",
            "Budgetbeheer De Brug", "Curator mr. P. de Wit", "Stichting Zorgcentrum De Linde", "Familie Postma"};
    private static final String[] PLAATSEN = {"Zwolle", "Groningen", "Deventer", "Amersfoort", "Leeuwarden",
            "Apeldoorn"};
    /** Foreign addresses: street, number, postcode as written, place, country (ISO code or name). */
    private static final String[][] BUITENLAND = {
            {"Hauptstraße", "12", "26123", "Oldenburg", "DE"},
            {"Rue Royale", "88", "1000", "Bruxelles", "BE"},
            {"Calle Mayor", "5", "03001", "Alicante", "ES"},
            {"Atatürk Caddesi", "17", "07100", "Antalya", "TR"},
            {"Kaya Flamboyan", "3", "", "Willemstad", "Curaçao"}};

    private final SplittableRandom rng;
    private final int jaar;
    private int correspondentie;

    Adressering(long seed, int jaar) {
        this.rng = new SplittableRandom(seed ^ 0x4D454445L);
        this.jaar = jaar;
    }

    /** The extra columns' values of one contract (empty strings where there is nothing). */
    String[] kolommen(Contract c, Opmaak o) {
        String[] w = new String[KOLOMMEN.length];
        java.util.Arrays.fill(w, "");
        LocalDate laatste = laatsteVerhoging(c);
        w[0] = laatste == null ? "" : o.datumVar(laatste);
        if (rng.nextInt(1000) < 15) {
            String[] adres = correspondentieadres();
            System.arraycopy(adres, 0, w, 1, adres.length);
        }
        return w;
    }

    /**
     * On about 4% of contracts: mostly the last yearly increase (1 July a year ago: no effect), some later
     * in that year (this round's proposal gets its own ingangsdatum) and a few this year (no proposal this
     * round). Never before the contract began: the start of a contract is not an increase.
     */
    private LocalDate laatsteVerhoging(Contract c) {
        if (rng.nextInt(100) >= 4) {
            return null;
        }
        int r = rng.nextInt(6);
        LocalDate datum = r < 2 ? LocalDate.of(jaar - 1, 7, 1)
                : r < 5 ? LocalDate.of(jaar - 1, 7, 2).plusDays(rng.nextInt(183))
                : LocalDate.of(jaar, 1, 1).plusDays(rng.nextInt(181));
        return c.ingang != null && !datum.isAfter(c.ingang) ? null : datum;
    }

    /** The first and then every third one abroad; the others a bewindvoerder's Postbus or a care home. */
    private String[] correspondentieadres() {
        correspondentie++;
        String tav = TAV[rng.nextInt(TAV.length)];
        if (correspondentie % 3 == 1) {
            String[] b = BUITENLAND[rng.nextInt(BUITENLAND.length)];
            return new String[] {rng.nextBoolean() ? tav : "", b[0], b[1], "", b[2], b[3], b[4]};
        }
        String postcode = (1000 + rng.nextInt(9000)) + "" + (char) ('A' + rng.nextInt(17))
                + (char) ('B' + rng.nextInt(20));
        String plaats = PLAATSEN[rng.nextInt(PLAATSEN.length)];
        if (rng.nextBoolean()) {
            return new String[] {tav, "Postbus", Integer.toString(1 + rng.nextInt(9999)), "", postcode, plaats, ""};
        }
        return new String[] {tav, "Zorgpad", Integer.toString(1 + rng.nextInt(200)), rng.nextInt(3) == 0 ? "K" + (1 + rng.nextInt(40)) : "",
                postcode, plaats, rng.nextInt(4) == 0 ? "Nederland" : ""};
    }

    /**
     * The co-tenants of a contract: for a household of two or more adults whose name is one person's,
     * nearly always a partner, for a family name less often; now and then a second co-tenant. About 30% of
     * the contracts.
     */
    List<String> medehuurders(String naam, List<Bewoner> personen) {
        List<String> namen = new ArrayList<>(2);
        long volwassenen = personen.stream().filter(p -> p.geboren().isBefore(LocalDate.of(jaar - 18, 7, 1))).count();
        if (volwassenen < 2 || naam.contains(" en ") || naam.contains(",")) {
            return namen;
        }
        boolean familie = naam.startsWith("Fam.");
        if (rng.nextInt(100) >= (familie || !naam.contains(". ") ? 40 : 95)) {
            return namen;
        }
        // "Fam. Bos": an adult child or a second partner with a name of their own
        String achternaam = familie || !naam.contains(". ") ? Namen.achternaam(rng) : naam.substring(naam.lastIndexOf(". ") + 2);
        boolean heer = naam.startsWith("Dhr.") || naam.startsWith("Hr.");
        namen.add(partner(rng.nextInt(4) == 0 ? Namen.achternaam(rng) : achternaam, familie ? rng.nextBoolean() : heer));
        if (volwassenen >= 3 && rng.nextInt(8) == 0) {
            namen.add(partner(achternaam, rng.nextBoolean()));
        }
        return namen;
    }

    private String partner(String achternaam, boolean heer) {
        String aanhef = heer ? (rng.nextBoolean() ? "Mevr." : "Mw.") : (rng.nextBoolean() ? "Dhr." : "Hr.");
        return aanhef + " " + Namen.voorletter(rng) + " " + achternaam;
    }
}

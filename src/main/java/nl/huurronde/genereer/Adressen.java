package nl.huurronde.genereer;

import java.util.Arrays;

/**
 * Unique synthetic addresses, derived from a counter so no set of used addresses is kept.
 * Every 40 addresses share one postcode (a street segment); the postcode is a bijection of the
 * segment number, so two counters never give the same address key. Zwolle starts at 8012:
 * 8011 is left to the golden examples (8011VM). The segments go round the places in turn until the
 * smallest place (Kampen) has used all its postcodes, about 2.26 million addresses; after that the
 * places' remaining postcodes follow one place after another, up to some 18 million (the whole social
 * stock is 2.3 million).
 */
final class Adressen {

    static final int PER_POSTCODE = 40;

    record Adres(String straat, int huisnummer, String huisletter, String toevoeging, String postcode,
                 String woonplaats) {}

    private record Plaats(String naam, int van, int tot, String[] straten) {
        int breedte() {
            return tot - van + 1;
        }

        /** Its postcodes: every number range with every letter pair. */
        long postcodes() {
            return breedte() * (long) LETTERS.length;
        }
    }

    private static final String[] STRATEN = {
            "Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
            "Wilhelminastraat", "Stationsweg", "Prins Bernhardlaan", "Oranjestraat", "Nieuwstraat",
            "Marktstraat", "Emmastraat", "Lindenlaan", "Eikenlaan", "Beukenlaan", "Kastanjelaan",
            "Parkweg", "Sportlaan", "Industrieweg", "Burgemeester de Withstraat", "Van der Palmstraat",
            "Van Goghstraat", "Rembrandtlaan", "Vondelstraat", "Jan Steenstraat", "Tulpstraat",
            "Rozenstraat", "Narcissenlaan", "Merelstraat", "Lijsterbeslaan", "Zwanenwater",
            "Koningin Julianaplein", "Dr. Schaepmanstraat", "'s-Gravenweg", "Hoofdstraat",
            "Achterweg", "Waterstraat", "Esdoornstraat", "Anne Frankstraat", "Kamperfoeliestraat",
            "Pieter de Hooghstraat", "Van 't Hoffstraat", "Thorbeckelaan", "Weverstraat", "Smidsweg"};

    private static final Plaats[] PLAATSEN = {
            new Plaats("Zwolle", 8012, 8043, STRATEN),
            new Plaats("Kampen", 8261, 8266, STRATEN),
            new Plaats("Deventer", 7411, 7429, STRATEN),
            new Plaats("Amsterdam", 1011, 1109, STRATEN),
            new Plaats("Rotterdam", 3011, 3089, STRATEN),
            new Plaats("Utrecht", 3511, 3585, STRATEN),
            new Plaats("Groningen", 9711, 9747, STRATEN),
            new Plaats("Eindhoven", 5611, 5658, STRATEN),
            new Plaats("'s-Gravenhage", 2491, 2597, STRATEN),
            new Plaats("Tilburg", 5011, 5049, STRATEN),
            new Plaats("Leeuwarden", 8911, 8939, STRATEN),
            new Plaats("Enschede", 7511, 7548, STRATEN),
            new Plaats("Maastricht", 6211, 6229, STRATEN),
            new Plaats("Almere", 1311, 1363, STRATEN)};

    /** Letter pairs; SA, SD and SS are not used in Dutch postcodes. */
    private static final String[] LETTERS = letterparen();

    private static final String[] FLAT_TOEVOEGINGEN = {
            "", "1", "2", "3", "1 hoog", "2 hoog", "3 hoog", "bis", "A", "huis"};

    /** Postcodes per place while the places take turns: all of the smallest place's. */
    static final long OM_DE_BEURT = Arrays.stream(PLAATSEN).mapToLong(Plaats::postcodes).min().orElseThrow();

    /** How many addresses there are: every postcode of every place, 40 each. */
    static final long CAPACITEIT = Arrays.stream(PLAATSEN).mapToLong(Plaats::postcodes).sum() * PER_POSTCODE;

    private Adressen() {}

    /** The n-th address (n ≥ 0). */
    static Adres adres(long n) {
        long segment = n / PER_POSTCODE;
        int k = (int) (n % PER_POSTCODE);
        Plaats plaats;
        long q;
        if (segment < OM_DE_BEURT * PLAATSEN.length) {
            plaats = PLAATSEN[(int) (segment % PLAATSEN.length)];
            q = segment / PLAATSEN.length;
        } else {
            // every place has used its first OM_DE_BEURT postcodes: the rest of each, place by place
            long rest = segment - OM_DE_BEURT * PLAATSEN.length;
            int p = 0;
            while (p < PLAATSEN.length && rest >= PLAATSEN[p].postcodes() - OM_DE_BEURT) {
                rest -= PLAATSEN[p].postcodes() - OM_DE_BEURT;
                p++;
            }
            if (p == PLAATSEN.length) {
                throw new IllegalStateException("adressen op: te veel contracten voor de postcodereeksen");
            }
            plaats = PLAATSEN[p];
            q = OM_DE_BEURT + rest;
        }
        // q numbers the place's postcodes: the digits vary fastest, then the letter pair
        int cijfers = plaats.van + (int) (q % plaats.breedte());
        String postcode = cijfers + LETTERS[(int) (q / plaats.breedte())];
        String straat = plaats.straten[(int) (Math.floorMod(segment * 31 + 7, plaats.straten.length))];
        boolean flat = segment % 10 < 3;
        if (flat) {
            // flats: 4 entrances with 10 units each, told apart by toevoeging
            return new Adres(straat, 1 + 2 * (k / 10), "", FLAT_TOEVOEGINGEN[k % 10], postcode, plaats.naam);
        }
        // houses: a few numbers carry a huisletter, which stays unique because the number is
        String huisletter = (k % 13 == 5) ? "A" : (k % 17 == 9) ? "B" : "";
        return new Adres(straat, k + 1, huisletter, "", postcode, plaats.naam);
    }

    private static String[] letterparen() {
        String[] paren = new String[26 * 26 - 3];
        int i = 0;
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) {
                    continue;
                }
                paren[i++] = "" + a + b;
            }
        }
        return paren;
    }
}

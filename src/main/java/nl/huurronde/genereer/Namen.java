package nl.huurronde.genereer;

import java.util.SplittableRandom;

/**
 * Synthetic tenant names as printed on the letter. A few percent use characters outside WinAnsi
 * (ı, Ł, Ş, ğ, ễ, ć, ř, Đ, ś), so the letter step needs its Unicode font for them.
 */
final class Namen {

    private static final String[] NEDERLANDS = {
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
            "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
            "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "van der Heijden",
            "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
            "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "'t Hart",
            "Kuipers", "van Wijk", "Post", "Veenstra", "Kramer", "Scholten", "Postma", "Boersma",
            "ter Horst", "Wijnands", "Oosterhuis", "Nijenhuis"};

    /** Names from elsewhere that WinAnsi still covers (é, ü, ç, ö, ñ). */
    private static final String[] ELDERS = {
            "El Amrani", "Bouzid", "Öztürk", "Demir", "Kaya", "Santos", "Gonçalves", "Müller",
            "Rodríguez", "Pérez", "Ahmed", "Hassan", "Mohamed", "Singh", "Haddou", "Nuñez",
            "Hansen", "Ramdin", "Tahiri", "Aydın"};

    /** Names that need characters outside WinAnsi. */
    private static final String[] BUITEN_WINANSI = {
            "Yılmaz", "Kowalska", "Çelik", "Wiśniewska", "Nguyễn", "Đorđević", "Dvořák", "Ağaoğlu",
            "Şahin", "Łukasiewicz", "Kovačević", "Jovanović"};

    private static final String INITIALEN = "AABCDEFGHHIJJJKKLMMNPPRRSSTWY";
    private static final String[] INITIALEN_BUITEN_WINANSI = {"Ł", "Ş", "Đ", "Ś"};
    private static final String[] INITIALEN_ELDERS = {"Ø", "Ö", "É", "Ü"};

    private Namen() {}

    /** Surname; about 4% fall outside WinAnsi. */
    static String achternaam(SplittableRandom rng) {
        int r = rng.nextInt(100);
        if (r < 4) {
            return BUITEN_WINANSI[rng.nextInt(BUITEN_WINANSI.length)];
        }
        if (r < 22) {
            return ELDERS[rng.nextInt(ELDERS.length)];
        }
        return NEDERLANDS[rng.nextInt(NEDERLANDS.length)];
    }

    static String voorletter(SplittableRandom rng) {
        int r = rng.nextInt(100);
        if (r < 2) {
            return INITIALEN_BUITEN_WINANSI[rng.nextInt(INITIALEN_BUITEN_WINANSI.length)] + ".";
        }
        if (r < 4) {
            return INITIALEN_ELDERS[rng.nextInt(INITIALEN_ELDERS.length)] + ".";
        }
        String een = INITIALEN.charAt(rng.nextInt(INITIALEN.length())) + ".";
        return rng.nextInt(4) == 0 ? een + INITIALEN.charAt(rng.nextInt(INITIALEN.length())) + "." : een;
    }

    /**
     * The name on the contract. {@code personen} is the household size; couples sometimes print
     * both names joined by a comma, so the CSV must quote that field.
     */
    static String huurderNaam(SplittableRandom rng, int personen) {
        String naam = achternaam(rng);
        if (personen >= 3 && rng.nextInt(3) > 0) {
            return "Fam. " + capitaliseer(naam);
        }
        String aanhef = aanhef(rng);
        String eerste = aanhef + " " + voorletter(rng) + " " + naam;
        if (personen == 2) {
            int r = rng.nextInt(10);
            if (r < 3) {
                return eerste + " en " + aanhef(rng) + " " + voorletter(rng) + " " + achternaam(rng);
            }
            if (r < 4) {
                return naam.startsWith("'") ? "Fam. " + naam : capitaliseer(naam) + ", " + voorletter(rng)
                        + " en " + voorletter(rng);
            }
        }
        return eerste;
    }

    private static String aanhef(SplittableRandom rng) {
        return switch (rng.nextInt(6)) {
            case 0, 1 -> "Dhr.";
            case 2, 3 -> "Mevr.";
            case 4 -> "Mw.";
            default -> "Hr.";
        };
    }

    /** "de Vries" becomes "De Vries" after "Fam." as Dutch spelling wants at the start of a name. */
    private static String capitaliseer(String naam) {
        if (naam.startsWith("'")) {
            return naam;
        }
        return Character.toUpperCase(naam.charAt(0)) + naam.substring(1);
    }
}

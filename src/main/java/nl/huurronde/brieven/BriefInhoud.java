package nl.huurronde.brieven;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one letter, laid out as blocks but not yet placed on a page. {@link BriefTekst} writes it,
 * {@link BriefOpmaak} places it. Keeping the two apart lets the wording be tested without a PDF.
 *
 * @param briefhoofdregels contact lines of the letterhead (after the corporation's name)
 * @param retouradres      small line at the top of the envelope window; may be null
 * @param adresregels      the tenant's name and address, as the window shows them
 * @param kenmerken        label/value pairs beside the window: date, contract, VHE
 * @param kop              "Herzien voorstel …" above the subject, or null
 * @param onderwerp        subject line in bold
 * @param romp             the body, top to bottom
 * @param bijlage          the extra page (IAH: the Belastingdienst's statement), or empty
 */
record BriefInhoud(String naamVerhuurder, List<String> briefhoofdregels, String retouradres,
                   List<String> adresregels, List<Kenmerk> kenmerken, boolean kopie, String kopieRegel,
                   String kop, String onderwerp, List<Blok> romp, List<Blok> bijlage, String vervolgRegel,
                   String bijlageRegel) {

    BriefInhoud {
        briefhoofdregels = List.copyOf(briefhoofdregels);
        adresregels = List.copyOf(adresregels);
        kenmerken = List.copyOf(kenmerken);
        romp = List.copyOf(romp);
        bijlage = List.copyOf(bijlage);
    }

    record Kenmerk(String label, String waarde) {

        /** The same references with another letter date (a reminder, a "wij handhaven" letter). */
        static List<Kenmerk> gedateerd(List<Kenmerk> kenmerken, java.time.LocalDate datum) {
            List<Kenmerk> gedateerd = new ArrayList<>(kenmerken.size());
            for (Kenmerk k : kenmerken) {
                gedateerd.add(k.label().equals("Datum") ? new Kenmerk("Datum", NlFormaat.datum(datum)) : k);
            }
            return gedateerd;
        }
    }

    /** A run of text; {@code heel} keeps it on one line (amounts, dates). */
    record Deel(String tekst, boolean vet, boolean heel) {}

    sealed interface Blok permits Kop, Alinea, Opsomming, Tabel {}

    record Kop(String tekst) implements Blok {}

    record Alinea(List<Deel> delen) implements Blok {
        Alinea {
            delen = List.copyOf(delen);
        }
    }

    /** A bullet list; each item is a list of parts. */
    record Opsomming(List<List<Deel>> punten) implements Blok {
        Opsomming {
            punten = punten.stream().map(List::copyOf).toList();
        }
    }

    record Tabel(List<Rij> rijen) implements Blok {
        Tabel {
            rijen = List.copyOf(rijen);
        }
    }

    /** One row: label and up to two values; a {@code kop} row is shaded, a {@code totaal} row bold. */
    record Rij(String label, String huidig, String nieuw, boolean kop, boolean totaal) {}

    /** Every string the letter prints: decides whether standard Helvetica (WinAnsi) can show it. */
    List<String> alleTekst() {
        List<String> alles = new ArrayList<>();
        alles.add(naamVerhuurder);
        alles.addAll(briefhoofdregels);
        alles.add(retouradres);
        alles.addAll(adresregels);
        for (Kenmerk k : kenmerken) {
            alles.add(k.label());
            alles.add(k.waarde());
        }
        alles.add(kopieRegel);
        alles.add(kop);
        alles.add(onderwerp);
        alles.add(vervolgRegel);
        alles.add(bijlageRegel);
        verzamel(romp, alles);
        verzamel(bijlage, alles);
        alles.removeIf(s -> s == null);
        return alles;
    }

    private static void verzamel(List<Blok> blokken, List<String> alles) {
        for (Blok blok : blokken) {
            switch (blok) {
                case Kop k -> alles.add(k.tekst());
                case Alinea a -> a.delen().forEach(d -> alles.add(d.tekst()));
                case Opsomming o -> o.punten().forEach(p -> p.forEach(d -> alles.add(d.tekst())));
                case Tabel t -> t.rijen().forEach(r -> {
                    alles.add(r.label());
                    alles.add(r.huidig());
                    alles.add(r.nieuw());
                });
            }
        }
    }
}

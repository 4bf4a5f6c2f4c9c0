package nl.huurronde.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns of one record and collects at most one reason per failing column. A record with the
 * wrong number of fields is still read as far as possible (staging keeps its key fields), but gets one
 * single rejection for the record as a whole.
 */
final class Rij {

    static final String ONTBREEKT = "verplichte waarde ontbreekt";
    static final String VELDEN_AANTAL = "aantal velden wijkt af van de kopregel";
    /** Longest echo of a non-personal value in a reason. */
    private static final int MAX_ECHO = 30;

    @FunctionalInterface
    interface Lezer<T> {
        T lees(String ruw) throws OngeldigeWaarde;
    }

    private final Bestandsoort soort;
    private final CsvRecord record;
    private final Map<String, String> redenen = new LinkedHashMap<>();

    Rij(Bestandsoort soort, CsvRecord record) {
        this.soort = soort;
        this.record = record;
    }

    String ruw(String kolom) {
        return record.waarde(kolom);
    }

    boolean leeg(String kolom) {
        return Waarden.schoon(ruw(kolom)) == null;
    }

    /**
     * The column's value, or null when empty or unreadable.
     *
     * @param toon echo the (short, cleaned) value in the reason: only for non-personal values
     */
    <T> T lees(String kolom, Lezer<T> lezer, boolean verplicht, boolean toon) {
        String ruw = ruw(kolom);
        try {
            T waarde = lezer.lees(ruw);
            if (waarde == null && verplicht) {
                afwijzen(kolom, ONTBREEKT);
            }
            return waarde;
        } catch (OngeldigeWaarde e) {
            afwijzen(kolom, toon ? e.reden() + " ('" + Waarden.veilig(Waarden.schoon(ruw), MAX_ECHO) + "')" : e.reden());
            return null;
        }
    }

    /** Records a reason unless the column already has one (one line per failing column). */
    void afwijzen(String kolom, String reden) {
        redenen.putIfAbsent(kolom, reden);
    }

    boolean heeftFout(String kolom) {
        return redenen.containsKey(kolom);
    }

    boolean afgewezen() {
        return record.veldenAantalFout() || !redenen.isEmpty();
    }

    long regel() {
        return record.regel();
    }

    List<Afwijzing> afwijzingen(String sleutel) {
        if (record.veldenAantalFout()) {
            return List.of(new Afwijzing(soort.naam(), record.regel(), sleutel, "", VELDEN_AANTAL));
        }
        List<Afwijzing> lijst = new ArrayList<>();
        redenen.forEach((kolom, reden) -> lijst.add(new Afwijzing(soort.naam(), record.regel(), sleutel, kolom, reden)));
        return lijst;
    }

    /**
     * The address key parts read from postcode, huisnummer, huisletter and toevoeging; {@code sleutel}
     * is null when one of them cannot be read.
     */
    record AdresDelen(String postcode, Integer huisnummer, String huisletter, String toevoeging, String sleutel) {

        /** The readable form for afgewezen.csv; for an unreadable address the cleaned raw text. */
        String leesbaar(Rij rij) {
            if (sleutel != null) {
                return Adres.leesbaar(postcode, huisnummer, huisletter, toevoeging);
            }
            StringBuilder tekst = new StringBuilder();
            for (String kolom : List.of("postcode", "huisnummer", "huisletter", "toevoeging")) {
                String waarde = Waarden.schoon(rij.ruw(kolom));
                if (waarde != null) {
                    tekst.append(tekst.isEmpty() ? "" : " ").append(waarde);
                }
            }
            return Waarden.veilig(tekst.toString(), 40);
        }
    }

    /** Reads the four address columns; {@code strikteHuisletter}: one letter A–Z (huurders.csv). */
    AdresDelen adres(boolean strikteHuisletter) {
        String postcode = lees("postcode", Waarden::postcode, true, false);
        Integer huisnummer = lees("huisnummer", Waarden::huisnummer, true, false);
        String huisletter = lees("huisletter", strikteHuisletter ? Waarden::huisletter : Waarden::tekst, false, false);
        String toevoeging = lees("toevoeging", Waarden::tekst, false, false);
        boolean leesbaar = postcode != null && huisnummer != null
                && !heeftFout("huisletter") && !heeftFout("toevoeging");
        String sleutel = leesbaar ? Adres.sleutel(postcode, huisnummer, huisletter, toevoeging) : null;
        return new AdresDelen(postcode, huisnummer, huisletter, toevoeging, sleutel);
    }
}

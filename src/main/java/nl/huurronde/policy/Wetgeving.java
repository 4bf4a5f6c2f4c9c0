package nl.huurronde.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The law per round year, bundled with the program as {@code wet/<jaar>.yml} plus
 * {@code wet/liberalisatiegrenzen.yml}. A release adds next year's file; nothing else changes.
 * The bundled files are checked strictly: a mistake in them is a bug, not a user error.
 */
public final class Wetgeving {

    private static final String MAP = "/wet/";
    private static final Map<Integer, WetJaar> GELADEN = new ConcurrentHashMap<>();

    private Wetgeving() {}

    /** The law of the round of 1 July {@code jaar}; refused when this release does not know that year. */
    public static WetJaar jaar(int jaar) throws BeleidFout {
        WetJaar wet = GELADEN.get(jaar);
        if (wet != null) {
            return wet;
        }
        if (Wetgeving.class.getResource(MAP + jaar + ".yml") == null) {
            List<Integer> bekend = bekendeJaren();
            throw new BeleidFout("geen wetgeving bekend voor " + jaar + "; deze versie kent "
                    + (bekend.isEmpty() ? "geen enkel jaar" : bekend.getFirst() + "–" + bekend.getLast())
                    + " (een nieuwe release voegt wet/" + jaar + ".yml toe)");
        }
        wet = lees(jaar);
        GELADEN.putIfAbsent(jaar, wet);
        return wet;
    }

    /** Years with a bundled law file, ascending. */
    static List<Integer> bekendeJaren() {
        List<Integer> jaren = new ArrayList<>();
        for (int jaar = 1990; jaar <= 2100; jaar++) {
            if (Wetgeving.class.getResource(MAP + jaar + ".yml") != null) {
                jaren.add(jaar);
            }
        }
        return jaren;
    }

    private static WetJaar lees(int jaar) {
        String naam = "wet/" + jaar + ".yml";
        Lezing lezing = new Lezing();
        Sectie wet = Sectie.van(lezing, "", tabel(naam), null);

        Integer jaarInBestand = wet.geheel("jaar", true, 1990, 2100);
        String bron = wet.tekst("bron", true);
        List<String> onbevestigd = sleutels(wet, "onbevestigd");
        List<String> onbekend = sleutels(wet, "onbekend");
        BigDecimal regulier = wet.getal("regulier_max_pct", true);
        BigDecimal kamer = wet.getal("kamer_max_pct", false);
        BigDecimal woonwagen = wet.getal("woonwagen_max_pct", false);
        Boolean bevriezing = wet.janee("huurbevriezing", false);

        Sectie iah = wet.sectie("iah", false);
        BigDecimal iahPct = iah.getal("pct", false);
        BigDecimal iahGrens = iah.bedrag("grens", false);
        BigDecimal bedragEerste = iah.bedrag("bedrag_eerste_grens", false);
        BigDecimal bedragTweede = iah.bedrag("bedrag_tweede_grens", false);
        BigDecimal eerste1 = iah.bedrag("eerste_grens_1", false);
        BigDecimal tweede1 = iah.bedrag("tweede_grens_1", false);
        BigDecimal eersteMeer = iah.bedrag("eerste_grens_meer", false);
        BigDecimal tweedeMeer = iah.bedrag("tweede_grens_meer", false);
        iah.sluit();

        Sectie vrijstellingen = wet.sectie("vrijstellingen", true);
        Boolean aow = vrijstellingen.janee("aow", true);
        Boolean vierPlus = vrijstellingen.janee("vier_plus", true);
        Boolean chronischZiek = vrijstellingen.janee("chronisch_ziek", true);
        vrijstellingen.sluit();

        Sectie laagHuur = wet.sectie("laag_huur", false);
        BigDecimal laagGrens = laagHuur.bedrag("grens", laagHuur.aanwezig());
        BigDecimal laagBedrag = laagHuur.bedrag("bedrag", laagHuur.aanwezig());
        laagHuur.sluit();

        Sectie huursom = wet.sectie("huursom", false);
        BigDecimal huursomMax = huursom.getal("max_pct", false);
        BigDecimal lokaleAfspraken = huursom.getal("lokale_afspraken_extra", false);
        huursom.sluit();

        BigDecimal vrijeSector = wet.getal("vrije_sector_max_pct", false);
        Boolean middenhuur = wet.janee("middenhuur", false);
        BigDecimal middenMax = wet.getal("middenhuur_max_pct", false);
        BigDecimal middenBovengrens = wet.bedrag("middenhuur_bovengrens", false);
        Integer jongerenLeeftijd = wet.geheel("jongeren_leeftijd", true, 0, 120);
        BigDecimal jongerenVrijstelling = wet.bedrag("jongeren_vrijstelling", false);

        Sectie aowLeeftijd = wet.sectie("aow_leeftijd", true);
        Integer aowJaren = aowLeeftijd.geheel("jaren", true, 60, 80);
        Integer aowMaanden = aowLeeftijd.geheel("maanden", true, 0, 11);
        aowLeeftijd.sluit();

        Sectie aftopping = wet.sectie("aftoppingsgrens", false);
        BigDecimal aftopping12 = aftopping.bedrag("een_twee_personen", false);
        BigDecimal aftopping3 = aftopping.bedrag("drie_plus", false);
        aftopping.sluit();
        wet.sluit();

        if (lezing.heeftFouten() || jaarInBestand == null || jaarInBestand != jaar) {
            throw new IllegalStateException("gebundelde wetgeving " + naam + " is onjuist: "
                    + (lezing.heeftFouten() ? foutenVan(lezing) : "jaar " + jaarInBestand + " hoort niet bij de bestandsnaam"));
        }
        Grenzen grenzen = liberalisatiegrenzen();
        List<String> alleOnbevestigd = new ArrayList<>(onbevestigd);
        alleOnbevestigd.addAll(grenzen.onbevestigd());
        WetJaar wetJaar = new WetJaar(jaar, bron, alleOnbevestigd, onbekend,
                regulier, kamer != null ? kamer : regulier, woonwagen != null ? woonwagen : regulier,
                Boolean.TRUE.equals(bevriezing),
                iahPct, iahGrens, bedragEerste, bedragTweede, eerste1, tweede1, eersteMeer, tweedeMeer,
                aow, vierPlus, chronischZiek, laagGrens, laagBedrag, huursomMax, lokaleAfspraken,
                vrijeSector, Boolean.TRUE.equals(middenhuur), middenMax, middenBovengrens,
                jongerenLeeftijd, jongerenVrijstelling, aowJaren, aowMaanden, aftopping12, aftopping3,
                grenzen.perJaar());
        controleerMarkeringen(naam, wetJaar);
        return wetJaar;
    }

    /** onbevestigd keys must have a figure and onbekend keys must not: the lists are the documentation. */
    private static void controleerMarkeringen(String naam, WetJaar wet) {
        String canoniek = wet.canoniek();
        for (String sleutel : wet.onbevestigd()) {
            if (!canoniek.contains("wet." + sleutel + "=") || canoniek.contains("wet." + sleutel + "=" + Canoniek.AFWEZIG + "\n")) {
                throw new IllegalStateException(naam + ": onbevestigd cijfer " + sleutel + " ontbreekt");
            }
        }
        for (String sleutel : wet.onbekend()) {
            if (!canoniek.contains("wet." + sleutel + "=" + Canoniek.AFWEZIG + "\n")) {
                throw new IllegalStateException(naam + ": " + sleutel + " staat als onbekend maar heeft een cijfer");
            }
        }
    }

    private record Grenzen(SortedMap<Integer, BigDecimal> perJaar, List<String> onbevestigd) {}

    private static Grenzen liberalisatiegrenzen() {
        String naam = "wet/liberalisatiegrenzen.yml";
        Knoop.Tabel bestand = tabel(naam);
        Lezing lezing = new Lezing();
        Sectie sectie = Sectie.van(lezing, "", bestand, null);
        sectie.tekst("bron", true);
        // an unconfirmed year is listed as "2021" and becomes liberalisatiegrens.2021 in every year's law
        List<String> onbevestigd = sleutels(sectie, "onbevestigd").stream()
                .map(jaar -> "liberalisatiegrens." + jaar).toList();
        Sectie grenzen = sectie.sectie("grenzen", true);
        sectie.sluit();
        SortedMap<Integer, BigDecimal> perJaar = new TreeMap<>();
        if (bestand.velden().get("grenzen") instanceof Knoop.Tabel tabel) {
            for (String jaar : tabel.velden().keySet()) {
                BigDecimal grens = grenzen.bedrag(jaar, true);
                if (!jaar.matches("\\d{4}")) {
                    grenzen.fout(jaar, "verwacht een jaartal");
                } else if (grens != null) {
                    perJaar.put(Integer.parseInt(jaar), grens);
                }
            }
        }
        if (lezing.heeftFouten()) {
            throw new IllegalStateException("gebundelde wetgeving " + naam + " is onjuist: " + foutenVan(lezing));
        }
        return new Grenzen(perJaar, onbevestigd);
    }

    private static List<String> sleutels(Sectie sectie, String sleutel) {
        List<String> sleutels = new ArrayList<>();
        if (sectie.heeft(sleutel)) {
            Knoop.Tabel tabel = sectie.tabel();
            if (tabel != null && tabel.velden().get(sleutel) instanceof Knoop.Lijst lijst) {
                for (Knoop item : lijst.items()) {
                    if (item instanceof Knoop.Waarde waarde && waarde.tekst() != null) {
                        sleutels.add(waarde.tekst().strip());
                    } else {
                        sectie.fout(sleutel, "verwacht een lijst van sleutels");
                    }
                }
            } else {
                sectie.fout(sleutel, "verwacht een lijst van sleutels");
            }
        }
        return sleutels;
    }

    private static Knoop.Tabel tabel(String naam) {
        try (InputStream in = Wetgeving.class.getResourceAsStream("/" + naam)) {
            if (in == null) {
                throw new IllegalStateException("gebundelde wetgeving " + naam + " ontbreekt");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                if (YamlBoom.lees(reader, naam) instanceof Knoop.Tabel tabel) {
                    return tabel;
                }
                throw new IllegalStateException("gebundelde wetgeving " + naam + " is geen tabel");
            }
        } catch (IOException | BeleidFout e) {
            throw new IllegalStateException("gebundelde wetgeving " + naam + " is onleesbaar: " + e.getMessage(), e);
        }
    }

    private static String foutenVan(Lezing lezing) {
        try {
            lezing.gooiAlsFout();
            return "";
        } catch (BeleidFout e) {
            return e.getMessage();
        }
    }
}

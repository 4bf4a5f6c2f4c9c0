package nl.huurronde.beleid;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one loader of the law files: {@code wet/<jaar>.yml} per round year plus the dated
 * liberalisatiegrens series {@code wet/liberalisatiegrens.yml}, bundled with the program, or a
 * year's file given at run time ({@code --wet}, {@code wet:} in the job file) before a release has
 * it. Every key is declared in {@link Wetsleutel}; both kinds of file are read and checked by the
 * same code. A mistake in a bundled file is a bug; in a given file it is the user's error, naming
 * file, line and key.
 */
public final class Wetgeving {

    static final String ONBEKEND = "onbekend";
    private static final String MAP = "/wet/";
    private static final String REEKS = "wet/liberalisatiegrens.yml";
    private static final Map<Integer, WetJaar> GELADEN = new ConcurrentHashMap<>();
    private static volatile Reeks reeks;

    private Wetgeving() {}

    /** The bundled law of the round of 1 July {@code jaar}; refused when this release does not know that year. */
    public static WetJaar jaar(int jaar) throws BeleidFout {
        WetJaar wet = GELADEN.get(jaar);
        if (wet != null) {
            return wet;
        }
        String naam = "wet/" + jaar + ".yml";
        byte[] bytes = gebundeld(naam);
        if (bytes == null) {
            List<Integer> bekend = bekendeJaren();
            throw new BeleidFout("geen wetgeving bekend voor " + jaar + "; deze versie kent "
                    + (bekend.isEmpty() ? "geen enkel jaar" : bekend.getFirst() + "–" + bekend.getLast())
                    + "; geef de cijfers van " + jaar + " mee met --wet BESTAND (zie docs/wet.md)");
        }
        try {
            wet = lees(bytes, naam, new WetJaar.Herkomst(naam, sha256(bytes), true), jaar);
        } catch (BeleidFout e) {
            throw new IllegalStateException("gebundelde wetgeving " + naam + " is onjuist: " + e.getMessage(), e);
        }
        GELADEN.putIfAbsent(jaar, wet);
        return wet;
    }

    /**
     * A year's law from a file given at run time, in the format of the bundled ones, checked the same
     * way; it replaces the bundled law of that year for this run.
     */
    public static WetJaar uitBestand(Path pad, int jaar) throws BeleidFout {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pad);
        } catch (NoSuchFileException e) {
            throw new BeleidFout("wetbestand " + pad + " bestaat niet");
        } catch (IOException e) {
            throw new BeleidFout("wetbestand " + pad + " is niet leesbaar: " + e.getClass().getSimpleName());
        }
        Path absoluut = pad.toAbsolutePath().normalize();
        return lees(bytes, pad.toString(), new WetJaar.Herkomst(absoluut.toString(), sha256(bytes), false), jaar);
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

    private static WetJaar lees(byte[] bytes, String naam, WetJaar.Herkomst herkomst, int jaar) throws BeleidFout {
        Knoop.Tabel bestand = tabel(bytes, naam);
        Lezing lezing = new Lezing();
        Sectie wortel = Sectie.van(lezing, "", bestand, null);
        Integer jaarInBestand = wortel.geheel("jaar", true, 1990, 2100);
        String bron = wortel.tekst("bron", true);
        List<String> onbevestigd = sleutels(wortel, "onbevestigd");
        Map<Wetsleutel, Object> cijfers = new EnumMap<>(Wetsleutel.class);
        Set<Wetsleutel> onbekend = EnumSet.noneOf(Wetsleutel.class);
        Map<String, Sectie> secties = new LinkedHashMap<>();
        for (Wetsleutel sleutel : Wetsleutel.values()) {
            Sectie sectie = sleutel.sectie().isEmpty() ? wortel
                    : secties.computeIfAbsent(sleutel.sectie(), s -> wortel.sectie(s, false));
            leesCijfer(sectie, sleutel, bestand.plek(), cijfers, onbekend);
        }
        Reeks gebundeld = reeks();
        NavigableMap<LocalDate, BigDecimal> grenzen = new TreeMap<>(gebundeld.grenzen());
        grenzen.putAll(perioden(wortel.sectie("liberalisatiegrens", false)));
        secties.values().forEach(Sectie::sluit);
        wortel.sluit();

        if (jaarInBestand != null && jaarInBestand != jaar) {
            lezing.fout(wortel.plekVan("jaar"), "jaar = " + jaarInBestand + ": dit wetbestand hoort bij " + jaarInBestand
                    + ", de ronde is van " + jaar);
        }
        samenhang(wortel, cijfers, onbekend);
        List<String> alleOnbevestigd = new ArrayList<>(onbevestigd);
        gebundeld.onbevestigd().forEach(datum -> alleOnbevestigd.add("liberalisatiegrens." + datum));
        markeringen(wortel, alleOnbevestigd, cijfers, grenzen);
        lezing.gooiAlsFout();
        return new WetJaar(jaar, bron, herkomst, cijfers, onbekend, alleOnbevestigd, gebundeld.vanaf(), grenzen);
    }

    /** One figure by its declaration: {@code onbekend}, or a value of its type within its range. */
    private static void leesCijfer(Sectie sectie, Wetsleutel sleutel, Plek bestandsplek,
                                   Map<Wetsleutel, Object> cijfers, Set<Wetsleutel> onbekend) {
        String naam = sleutel.naam();
        if (!sectie.heeft(naam)) {
            if (sleutel.verplicht() && (sectie.aanwezig() || sleutel.sectie().isEmpty())) {
                sectie.tekst(naam, true); // reports the missing key
            } else if (sleutel.verplicht()) {
                sectie.lezing().fout(bestandsplek, "ontbrekende sleutel " + sleutel.sleutel);
            }
            return;
        }
        Knoop knoop = sectie.tabel().velden().get(naam);
        if (knoop instanceof Knoop.Waarde waarde && ONBEKEND.equals(waarde.tekst().strip().toLowerCase(Locale.ROOT))) {
            sectie.tekst(naam, false);
            if (sleutel.altijdBekend()) {
                sectie.fout(naam, "mag niet onbekend zijn: dit cijfer staat al vast (" + sleutel.betekenis + ")");
            } else {
                onbekend.add(sleutel);
            }
            return;
        }
        Object cijfer = switch (sleutel.soort) {
            case JANEE -> sectie.janee(naam, true);
            case DATUM -> datum(sectie, sleutel);
            case GEHEEL -> {
                Integer geheel = sectie.geheel(naam, true, sleutel.min.intValueExact(), sleutel.max.intValueExact());
                yield geheel == null ? null : BigDecimal.valueOf(geheel);
            }
            case FRACTIE, BEDRAG -> getal(sectie, sleutel);
        };
        if (cijfer != null) {
            cijfers.put(sleutel, cijfer);
        }
    }

    private static BigDecimal getal(Sectie sectie, Wetsleutel sleutel) {
        BigDecimal getal = sectie.getal(sleutel.naam(), true);
        if (getal == null) {
            return null;
        }
        if (getal.compareTo(sleutel.min) < 0 || getal.compareTo(sleutel.max) > 0) {
            String hint = sleutel.soort == Wetsleutel.Soort.FRACTIE
                    ? "; schrijf een percentage als breuk: 0.041 = 4,1%" : " euro";
            sectie.fout(sleutel.naam(), getal.toPlainString() + " ligt buiten " + sleutel.min.toPlainString() + " tot "
                    + sleutel.max.toPlainString() + hint);
            return null;
        }
        return getal;
    }

    private static LocalDate datum(Sectie sectie, Wetsleutel sleutel) {
        LocalDate datum = sectie.datum(sleutel.naam(), true);
        if (datum != null && (datum.isBefore(LocalDate.parse(sleutel.vanDatum)) || datum.isAfter(LocalDate.parse(sleutel.totDatum)))) {
            sectie.fout(sleutel.naam(), datum + " ligt buiten " + sleutel.vanDatum + " tot " + sleutel.totDatum);
            return null;
        }
        return datum;
    }

    /** Figures that only make sense together. */
    private static void samenhang(Sectie wortel, Map<Wetsleutel, Object> cijfers, Set<Wetsleutel> onbekend) {
        boolean midden = Boolean.TRUE.equals(cijfers.get(Wetsleutel.MIDDENHUUR));
        for (Wetsleutel wws : List.of(Wetsleutel.WWS_INDELING_VANAF, Wetsleutel.WWS_INDELING_MIDDEN_VANAF,
                Wetsleutel.WWS_INDELING_VRIJ_VANAF)) {
            if (midden && !cijfers.containsKey(wws) && !onbekend.contains(wws)) {
                wortel.lezing().fout(wortel.plekVan("middenhuur"), "middenhuur: true vraagt ook " + wws.sleutel
                        + " (" + wws.betekenis + ")");
            }
        }
        List<Wetsleutel> paar = List.of(Wetsleutel.LAAG_HUUR_GRENS, Wetsleutel.LAAG_HUUR_BEDRAG);
        if (paar.stream().filter(k -> cijfers.containsKey(k) || onbekend.contains(k)).count() == 1) {
            wortel.lezing().fout(wortel.plekVan("laag_huur"), "laag_huur: vul grens en bedrag allebei in");
        }
    }

    /** onbevestigd keys must name a figure that is there: the list is the documentation. */
    private static void markeringen(Sectie wortel, List<String> onbevestigd, Map<Wetsleutel, Object> cijfers,
                                    NavigableMap<LocalDate, BigDecimal> grenzen) {
        for (String sleutel : onbevestigd) {
            boolean bekend;
            if (sleutel.startsWith("liberalisatiegrens.")) {
                bekend = isDatum(sleutel.substring("liberalisatiegrens.".length()))
                        && grenzen.containsKey(LocalDate.parse(sleutel.substring("liberalisatiegrens.".length())));
            } else {
                bekend = Wetsleutel.van(sleutel).map(cijfers::containsKey).orElse(false);
            }
            if (!bekend) {
                wortel.fout("onbevestigd", sleutel + " staat als onbevestigd maar heeft hier geen cijfer");
            }
        }
    }

    /** The bundled series, read once. */
    private record Reeks(LocalDate vanaf, NavigableMap<LocalDate, BigDecimal> grenzen, List<String> onbevestigd) {}

    private static Reeks reeks() {
        Reeks gelezen = reeks;
        if (gelezen != null) {
            return gelezen;
        }
        byte[] bytes = gebundeld(REEKS);
        if (bytes == null) {
            throw new IllegalStateException("gebundelde wetgeving " + REEKS + " ontbreekt");
        }
        try {
            Lezing lezing = new Lezing();
            Sectie sectie = Sectie.van(lezing, "", tabel(bytes, REEKS), null);
            sectie.tekst("bron", true);
            LocalDate vanaf = sectie.datum("liberalisatie_vanaf", true);
            NavigableMap<LocalDate, BigDecimal> grenzen = perioden(sectie.sectie("grenzen", true));
            List<String> onbevestigd = sleutels(sectie, "onbevestigd");
            for (String datum : onbevestigd) {
                if (!isDatum(datum) || !grenzen.containsKey(LocalDate.parse(datum))) {
                    sectie.fout("onbevestigd", datum + " is geen periode van de reeks");
                }
            }
            sectie.sluit();
            lezing.gooiAlsFout();
            gelezen = new Reeks(vanaf, grenzen, onbevestigd);
        } catch (BeleidFout e) {
            throw new IllegalStateException("gebundelde wetgeving " + REEKS + " is onjuist: " + e.getMessage(), e);
        }
        reeks = gelezen;
        return gelezen;
    }

    /** Periods as {@code JJJJ-MM-DD: bedrag}, each the limit in force from that date on. */
    private static NavigableMap<LocalDate, BigDecimal> perioden(Sectie sectie) {
        NavigableMap<LocalDate, BigDecimal> grenzen = new TreeMap<>();
        if (!sectie.aanwezig()) {
            return grenzen;
        }
        for (String vanaf : new ArrayList<>(sectie.tabel().velden().keySet())) {
            BigDecimal grens = sectie.getal(vanaf, true);
            if (!isDatum(vanaf)) {
                sectie.fout(vanaf, "verwacht een begindatum JJJJ-MM-DD van de periode");
            } else if (grens != null && (grens.compareTo(BigDecimal.valueOf(300)) < 0 || grens.compareTo(BigDecimal.valueOf(3000)) > 0)) {
                sectie.fout(vanaf, grens.toPlainString() + " ligt buiten 300 tot 3000 euro");
            } else if (grens != null) {
                grenzen.put(LocalDate.parse(vanaf), grens);
            }
        }
        return grenzen;
    }

    private static boolean isDatum(String tekst) {
        try {
            LocalDate.parse(tekst);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
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

    private static byte[] gebundeld(String naam) {
        try (InputStream in = Wetgeving.class.getResourceAsStream("/" + naam)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("gebundelde wetgeving " + naam + " is onleesbaar: " + e.getMessage(), e);
        }
    }

    /** Strict UTF-8, then the YAML tree; the document must be a mapping. */
    private static Knoop.Tabel tabel(byte[] bytes, String naam) throws BeleidFout {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BeleidFout("wetbestand " + naam + " is geen geldige UTF-8-tekst");
        }
        if (tekst.startsWith("\uFEFF")) {
            tekst = tekst.substring(1);
        }
        if (YamlBoom.lees(new StringReader(tekst), "wetbestand", naam) instanceof Knoop.Tabel tabel) {
            return tabel;
        }
        throw new BeleidFout("wetbestand " + naam + ": verwacht een tabel met sleutels (jaar:, bron:, ...)");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}

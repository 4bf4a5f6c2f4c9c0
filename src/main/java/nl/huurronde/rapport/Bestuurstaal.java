package nl.huurronde.rapport;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.huurronde.beleid.WetJaar;
import nl.huurronde.brieven.NlFormaat;

/**
 * A run's warnings in the board's words: the console and run.json name the job file's keys
 * ({@code beleid.iah.banden[1].vanaf_1}) for the employee who fixes them; the board report says what they are.
 */
final class Bestuurstaal {

    /** Policy keys in words, longest first so a key is never replaced by a shorter one's words. */
    private static final Map<String, String> BELEID = new LinkedHashMap<>();

    static {
        BELEID.put("beleid.inkomen.jongeren_vrijstelling", "de vrijstelling voor inwonende jongeren in het beleid");
        BELEID.put("beleid.inkomen.peiljaar_offset", "het inkomensjaar in het beleid");
        BELEID.put("beleid.huursom.lokale_afspraken", "de lokale prestatieafspraken in het beleid");
        BELEID.put("beleid.huursom.max_pct", "de maximale huursomstijging in het beleid");
        BELEID.put("beleid.regulier_max_pct", "de maximale huurverhoging voor sociale huur in het beleid");
        BELEID.put("beleid.woonwagen_pct", "de huurverhoging voor woonwagens en standplaatsen in het beleid");
        BELEID.put("beleid.vrije_sector_pct", "de huurverhoging voor de vrije sector in het beleid");
        BELEID.put("beleid.midden_pct", "de huurverhoging voor middenhuur in het beleid");
        BELEID.put("beleid.laag_huur.grens", "de huurgrens voor de vaste verhoging van lage huren");
        BELEID.put("beleid.laag_huur.bedrag", "de vaste verhoging van lage huren");
        BELEID.put("beleid.iah.banden", "de inkomensafhankelijke huurverhoging");
    }

    private static final Pattern ONBEVESTIGD = Pattern.compile(
            "onbevestigd wettelijk cijfer gebruikt: (\\S+) voor (\\d{4}) bij de toets van (\\S+)");
    private static final Pattern ONBEVESTIGD_ALS = Pattern.compile(
            "onbevestigd wettelijk cijfer gebruikt: (\\S+) (\\S+) voor (\\d{4}) als (\\S+)");
    private static final Pattern BAND = Pattern.compile("beleid\\.iah\\.banden\\[(\\d+)]\\.(\\w+)");
    private static final Pattern FRACTIE = Pattern.compile("(?<![\\d.,])0\\.\\d+(?![\\d.])");

    private Bestuurstaal() {}

    static String van(String waarschuwing) {
        String tekst = waarschuwing;
        Matcher onbevestigd = ONBEVESTIGD.matcher(tekst);
        if (onbevestigd.matches()) {
            String betekenis = WetJaar.betekenis(onbevestigd.group(1));
            tekst = "het wettelijke cijfer voor " + onbevestigd.group(2) + " ("
                    + (betekenis != null ? betekenis : onbevestigd.group(1)) + ") is nog niet bevestigd; het beleid"
                    + " is eraan getoetst: " + onbevestigd.group(3);
        }
        Matcher als = ONBEVESTIGD_ALS.matcher(tekst);
        if (als.matches()) {
            String betekenis = WetJaar.betekenis(als.group(1));
            tekst = "het wettelijke cijfer voor " + als.group(3) + " (" + (betekenis != null ? betekenis : als.group(1))
                    + ": " + als.group(2) + ") is nog niet bevestigd en is gebruikt als " + als.group(4);
        }
        tekst = vervang(BAND, tekst, m -> band(m.group(1), m.group(2)));
        for (Map.Entry<String, String> sleutel : BELEID.entrySet()) {
            tekst = tekst.replace(sleutel.getKey(), sleutel.getValue());
        }
        tekst = tekst.replace("vanaf_1 en vanaf_meer", "de inkomensgrenzen van de banden");
        tekst = vervang(FRACTIE, tekst, m -> NlFormaat.fractie(new BigDecimal(m.group())));
        return tekst;
    }

    private static String band(String nummer, String veld) {
        String wat = switch (veld) {
            case "vanaf_1" -> "de inkomensgrens voor een eenpersoonshuishouden";
            case "vanaf_meer" -> "de inkomensgrens voor een meerpersoonshuishouden";
            case "bedrag" -> "de verhoging in euro";
            case "pct" -> "het percentage";
            default -> "de " + veld.replace('_', ' ');
        };
        return wat + " van inkomensband " + nummer;
    }

    private static String vervang(Pattern patroon, String tekst, java.util.function.Function<Matcher, String> door) {
        Matcher m = patroon.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(uit, Matcher.quoteReplacement(door.apply(m)));
        }
        return m.appendTail(uit).toString();
    }
}

package nl.huurronde.genereer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;

/**
 * An independent reading of the generated files per inputs.md, written for the tests only: it
 * parses with opencsv's RFC 4180 parser and decides per row whether the job must reject it.
 */
final class Invoer {

    record Bestand(List<String> kop, List<Map<String, String>> rijen, char scheidingsteken, boolean bom, boolean crlf,
                   int veldfouten) {}

    private static final Pattern BEDRAG = Pattern.compile(
            "(€ *)?(\\d+|\\d+[.,]\\d{1,2}|\\d{1,3}(\\.\\d{3})+,\\d{1,2}|\\d{1,3}(,\\d{3})+\\.\\d{1,2})");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final DateTimeFormatter[] DATUMS = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT)};

    private Invoer() {}

    /** Reads a file: strict UTF-8, optional BOM, delimiter from the header, every record's field count checked. */
    static Bestand lees(Path pad) throws IOException {
        byte[] bytes = Files.readAllBytes(pad);
        String tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        boolean bom = tekst.startsWith("\uFEFF");
        if (bom) {
            tekst = tekst.substring(1);
        }
        String kopregel = tekst.substring(0, tekst.indexOf('\n'));
        char scheiding = kopregel.chars().filter(c -> c == ';').count() > kopregel.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<String> kop = new ArrayList<>();
        List<Map<String, String>> rijen = new ArrayList<>();
        int veldfouten = 0;
        try (Reader r = new StringReader(tekst);
             CSVReader csv = new CSVReaderBuilder(r)
                     .withCSVParser(new RFC4180ParserBuilder().withSeparator(scheiding).build()).build()) {
            String[] velden = csv.readNext();
            for (String k : velden) {
                kop.add(k.trim().toLowerCase(Locale.ROOT));
            }
            while ((velden = csv.readNext()) != null) {
                if (velden.length == 1 && velden[0].isBlank()) {
                    continue;
                }
                if (velden.length != kop.size()) {
                    veldfouten++;
                    continue;
                }
                Map<String, String> rij = new LinkedHashMap<>();
                for (int i = 0; i < velden.length; i++) {
                    rij.put(kop.get(i), velden[i].trim());
                }
                rijen.add(rij);
            }
        } catch (CsvValidationException e) {
            throw new IOException(e);
        }
        return new Bestand(kop, rijen, scheiding, bom, tekst.contains("\r\n"), veldfouten);
    }

    static BigDecimal bedrag(String s) {
        if (s == null || s.isEmpty() || !BEDRAG.matcher(s).matches()) {
            return null;
        }
        String kaal = s.replace("€", "").trim();
        int punt = kaal.lastIndexOf('.');
        int komma = kaal.lastIndexOf(',');
        if (punt < 0 && komma < 0) {
            return new BigDecimal(kaal);
        }
        int dec = Math.max(punt, komma);
        String geheel = kaal.substring(0, dec).replace(".", "").replace(",", "");
        return new BigDecimal(geheel + "." + kaal.substring(dec + 1));
    }

    static LocalDate datum(String s) {
        for (DateTimeFormatter f : DATUMS) {
            try {
                return LocalDate.parse(s, f);
            } catch (RuntimeException e) {
                // try the next spelling
            }
        }
        return null;
    }

    static Boolean janee(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "j", "ja", "true", "1" -> true;
            case "n", "nee", "false", "0", "" -> false;
            default -> null;
        };
    }

    static boolean tekstGoed(String s) {
        if (s.length() > 200) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean enumGoed(String waarde, String... toegestaan) {
        for (String t : toegestaan) {
            if (t.equalsIgnoreCase(waarde)) {
                return true;
            }
        }
        return false;
    }

    private static boolean geheel(String s) {
        return s.matches("\\d+");
    }

    /** Rows of huurders.csv the job must reject (duplicate ids: every occurrence). */
    static int afgewezenHuurders(Bestand b, int jaar) {
        LocalDate p = LocalDate.of(jaar, 7, 1);
        Map<String, Integer> ids = new HashMap<>();
        b.rijen().forEach(r -> ids.merge(r.get("contract_id"), 1, Integer::sum));
        int afgewezen = 0;
        for (Map<String, String> r : b.rijen()) {
            if (ids.get(r.get("contract_id")) > 1 || !huurderGoed(r, jaar, p)) {
                afgewezen++;
            }
        }
        return afgewezen;
    }

    static boolean huurderGoed(Map<String, String> r, int jaar, LocalDate p) {
        for (String tekst : new String[] {"huurder_naam", "straat", "woonplaats", "toevoeging"}) {
            if (!tekstGoed(r.get(tekst))) {
                return false;
            }
        }
        if (r.get("huurder_naam").isEmpty() || r.get("straat").isEmpty() || r.get("woonplaats").isEmpty()) {
            return false;
        }
        if (!ID.matcher(r.get("contract_id")).matches() || !ID.matcher(r.get("vhe_id")).matches()
                || !geheel(r.get("huisnummer")) || !r.get("huisletter").matches("[A-Za-z]?")
                || !POSTCODE.matcher(r.get("postcode")).matches()) {
            return false;
        }
        String type = r.get("woningtype").toUpperCase(Locale.ROOT);
        if (!enumGoed(type, "ZELFSTANDIG", "ONZELFSTANDIG", "WOONWAGEN", "STANDPLAATS")) {
            return false;
        }
        LocalDate ingang = datum(r.get("contract_ingang"));
        if (ingang == null || ingang.isAfter(p)) {
            return false;
        }
        BigDecimal aanvang = bedrag(r.get("aanvangshuur"));
        BigDecimal kale = bedrag(r.get("kale_huur"));
        if (aanvang == null || kale == null || kale.signum() <= 0) {
            return false;
        }
        for (String optioneel : new String[] {"servicekosten", "maximale_huur", "streefhuur"}) {
            if (!r.get(optioneel).isEmpty() && bedrag(r.get(optioneel)) == null) {
                return false;
            }
        }
        for (String d : new String[] {"woningverbetering_datum", "in_bezit_sinds"}) {
            if (!r.get(d).isEmpty() && datum(r.get(d)) == null) {
                return false;
            }
        }
        if (janee(r.get("chronisch_ziek")) == null || janee(r.get("huurbevriezing")) == null) {
            return false;
        }
        String punten = r.get("wws_punten");
        if (!punten.isEmpty() && !punten.matches("\\d+([.,]\\d+)?")) {
            return false;
        }
        String sector = r.get("sector").toUpperCase(Locale.ROOT);
        if (!sector.isEmpty() && !enumGoed(sector, "SOCIAAL", "MIDDEN", "VRIJ")) {
            return false;
        }
        if (sector.equals("MIDDEN") && jaar < 2024) {
            return false;
        }
        if (sector.isEmpty()) {
            sector = afgeleideSector(type, ingang, aanvang, punten);
            if (sector == null) {
                return false;
            }
        }
        boolean regulier = sector.equals("SOCIAAL") && (type.equals("ZELFSTANDIG") || type.equals("ONZELFSTANDIG"));
        if ((regulier || sector.equals("MIDDEN")) && r.get("maximale_huur").isEmpty()) {
            return false;
        }
        return !(regulier && r.get("streefhuur").isEmpty());
    }

    /** rules.md §1 for a row without sector; null = "sector onbepaald". */
    static String afgeleideSector(String type, LocalDate ingang, BigDecimal aanvang, String punten) {
        if (type.equals("WOONWAGEN") || type.equals("STANDPLAATS")) {
            return "SOCIAAL";
        }
        if (!ingang.isBefore(LocalDate.of(2024, 7, 1))) {
            if (punten.isEmpty()) {
                return null;
            }
            int p = Integer.parseInt(punten);
            return p <= 143 ? "SOCIAAL" : p <= 186 ? "MIDDEN" : "VRIJ";
        }
        if (ingang.getYear() < 2002) {
            return null;
        }
        BigDecimal grens = BigDecimal.valueOf(Wetcijfers.liberalisatiegrens(ingang), 2);
        return aanvang.compareTo(grens) > 0 ? "VRIJ" : "SOCIAAL";
    }

    /** Rows of brp.csv the job must reject (duplicate BSNs: every occurrence). */
    static int afgewezenBrp(Bestand b, int jaar) {
        LocalDate p = LocalDate.of(jaar, 7, 1);
        Map<String, Integer> bsns = new HashMap<>();
        b.rijen().forEach(r -> bsns.merge(r.get("bsn"), 1, Integer::sum));
        int afgewezen = 0;
        for (Map<String, String> r : b.rijen()) {
            LocalDate geboren = datum(r.get("geboortedatum"));
            boolean goed = POSTCODE.matcher(r.get("postcode")).matches() && geheel(r.get("huisnummer"))
                    && r.get("huisletter").matches("[A-Za-z]?") && Bsn.elfproef(r.get("bsn"))
                    && geboren != null && !geboren.isAfter(p)
                    && (r.get("rol").isEmpty() || enumGoed(r.get("rol"), "HUURDER", "MEDEHUURDER", "PARTNER", "INWONEND"))
                    && bsns.get(r.get("bsn")) == 1;
            if (!goed) {
                afgewezen++;
            }
        }
        return afgewezen;
    }

    /** Rows of inkomen.csv the job must reject (duplicate BSNs: every occurrence). */
    static int afgewezenInkomen(Bestand b, int jaar) {
        Map<String, Integer> bsns = new HashMap<>();
        b.rijen().forEach(r -> bsns.merge(r.get("bsn"), 1, Integer::sum));
        int afgewezen = 0;
        for (Map<String, String> r : b.rijen()) {
            String status = r.get("status");
            String bedrag = r.get("verzamelinkomen");
            boolean bedragGoed = bedrag.isEmpty() ? status.equalsIgnoreCase("NIET_VASTGESTELD") : bedrag(bedrag) != null;
            boolean goed = Bsn.elfproef(r.get("bsn")) && r.get("peiljaar").equals(Integer.toString(jaar - 2))
                    && enumGoed(status, "VASTGESTELD", "NIET_VASTGESTELD") && bedragGoed
                    && bsns.get(r.get("bsn")) == 1;
            if (!goed) {
                afgewezen++;
            }
        }
        return afgewezen;
    }
}

package nl.huurronde.intake;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The value types of inputs.md. Every parser takes the raw cell, trims surrounding spaces, returns null
 * for an empty cell (the caller decides whether it is required) and throws {@link OngeldigeWaarde}
 * for a value it cannot read without guessing.
 */
public final class Waarden {

    /** Longest text field; longer rejects the row. */
    public static final int MAX_TEKST = 200;
    /** Amounts from this value on are refused: no rent, service cost or income comes near it. */
    static final BigDecimal MAX_BEDRAG = new BigDecimal("10000000000");

    private static final Pattern GEHEEL = Pattern.compile("\\d+");
    private static final Pattern DECIMAAL = Pattern.compile("\\d+[.,]\\d{1,2}");
    private static final Pattern DUIZENDTAL_NL = Pattern.compile("\\d{1,3}(\\.\\d{3})+,\\d{1,2}");
    private static final Pattern DUIZENDTAL_EN = Pattern.compile("\\d{1,3}(,\\d{3})+\\.\\d{1,2}");
    private static final Pattern DUIZENDTAL_ZONDER_DECIMALEN = Pattern.compile("\\d{1,3}([.,]\\d{3})+");
    private static final Pattern TE_VEEL_DECIMALEN = Pattern.compile("[\\d.,]*[.,]\\d{3,}");
    private static final Pattern PUNTEN = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");
    private static final Pattern ISO_DATUM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NL_DATUM = Pattern.compile("(\\d{2})([-/])(\\d{2})\\2(\\d{4})");
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern BSN = Pattern.compile("\\d{9}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern HUISLETTER = Pattern.compile("[A-Za-z]");

    private Waarden() {}

    /**
     * The cell without surrounding spaces, or null when nothing is left. Only spaces are trimmed: a
     * leading TAB or CR is content (the spreadsheet formula-injection case, kept and neutralised later).
     */
    public static String schoon(String ruw) {
        if (ruw == null) {
            return null;
        }
        int begin = 0;
        int eind = ruw.length();
        while (begin < eind && ruw.charAt(begin) == ' ') {
            begin++;
        }
        while (eind > begin && ruw.charAt(eind - 1) == ' ') {
            eind--;
        }
        return begin == eind ? null : ruw.substring(begin, eind);
    }

    /**
     * An amount in euro with scale 2: {@code 612.40}, {@code 612,40}, {@code € 612,40}, {@code 1.234,56},
     * {@code 1,234.56}, {@code 1234}. A lone separator followed by one or two digits is the decimal
     * separator ({@code 12.5} = 12.50); grouping needs a decimal part. Ambiguous groupings
     * ({@code 1.234}, {@code 12,345}), signs, three or more decimals and inner spaces are refused.
     */
    public static BigDecimal bedrag(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        String kern = waarde;
        if (kern.startsWith("€")) {
            kern = kern.substring(1);
            while (kern.startsWith(" ")) {
                kern = kern.substring(1);
            }
        }
        BigDecimal bedrag;
        if (GEHEEL.matcher(kern).matches()) {
            bedrag = new BigDecimal(kern);
        } else if (DECIMAAL.matcher(kern).matches()) {
            bedrag = new BigDecimal(kern.replace(',', '.'));
        } else if (DUIZENDTAL_NL.matcher(kern).matches()) {
            bedrag = new BigDecimal(kern.replace(".", "").replace(',', '.'));
        } else if (DUIZENDTAL_EN.matcher(kern).matches()) {
            bedrag = new BigDecimal(kern.replace(",", ""));
        } else {
            throw new OngeldigeWaarde(waaromGeenBedrag(kern));
        }
        if (bedrag.compareTo(MAX_BEDRAG) >= 0) {
            throw new OngeldigeWaarde("bedrag is onwaarschijnlijk groot");
        }
        return bedrag.setScale(2);
    }

    private static String waaromGeenBedrag(String kern) {
        if (kern.startsWith("-") || kern.startsWith("+")) {
            return "bedrag met een teken (+ of -) is niet toegestaan";
        }
        if (DUIZENDTAL_ZONDER_DECIMALEN.matcher(kern).matches()) {
            return "dubbelzinnig bedrag: punt of komma kan duizendtal of decimaal zijn; schrijf bijv. 1234,00";
        }
        if (TE_VEEL_DECIMALEN.matcher(kern).matches()) {
            return "bedrag met meer dan twee decimalen";
        }
        return "ongeldig bedrag (verwacht bijv. 612,40 of 612.40)";
    }

    /** A non-negative number with at most two decimals ({@code 143}, {@code 143,5}); wws_punten. */
    public static BigDecimal getal(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (!PUNTEN.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("ongeldig getal (verwacht bijv. 143 of 143,5)");
        }
        return new BigDecimal(waarde.replace(',', '.'));
    }

    /** A whole number without sign, at most 9 digits. */
    public static Integer geheelGetal(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (!GEHEEL.matcher(waarde).matches() || waarde.length() > 9) {
            throw new OngeldigeWaarde("geen geldig geheel getal");
        }
        return Integer.valueOf(waarde);
    }

    /** A house number: a whole number from 1 to 99999 (the range of the BAG). */
    public static Integer huisnummer(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (!GEHEEL.matcher(waarde).matches() || waarde.length() > 5 || Integer.parseInt(waarde) < 1) {
            throw new OngeldigeWaarde("huisnummer moet een geheel getal van 1 tot en met 99999 zijn");
        }
        return Integer.valueOf(waarde);
    }

    /** {@code yyyy-MM-dd}, {@code dd-MM-yyyy} or {@code dd/MM/yyyy}; the date must exist. */
    public static LocalDate datum(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        int jaar;
        int maand;
        int dag;
        Matcher iso = ISO_DATUM.matcher(waarde);
        Matcher nl = NL_DATUM.matcher(waarde);
        if (iso.matches()) {
            jaar = Integer.parseInt(iso.group(1));
            maand = Integer.parseInt(iso.group(2));
            dag = Integer.parseInt(iso.group(3));
        } else if (nl.matches()) {
            dag = Integer.parseInt(nl.group(1));
            maand = Integer.parseInt(nl.group(3));
            jaar = Integer.parseInt(nl.group(4));
        } else {
            throw new OngeldigeWaarde("ongeldige datum (verwacht jjjj-mm-dd, dd-mm-jjjj of dd/mm/jjjj)");
        }
        try {
            return LocalDate.of(jaar, maand, dag);
        } catch (DateTimeException e) {
            throw new OngeldigeWaarde("datum bestaat niet");
        }
    }

    /** {@code J}/{@code N}, {@code ja}/{@code nee}, {@code true}/{@code false}, {@code 1}/{@code 0}. */
    public static Boolean jaNee(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        return switch (waarde.toLowerCase(Locale.ROOT)) {
            case "j", "ja", "true", "1" -> Boolean.TRUE;
            case "n", "nee", "false", "0" -> Boolean.FALSE;
            default -> throw new OngeldigeWaarde("ongeldige ja/nee-waarde (gebruik J/N, ja/nee, true/false of 1/0)");
        };
    }

    /** An enum constant by name, case-insensitive. */
    public static <E extends Enum<E>> E keuze(String ruw, Class<E> soort) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        String naam = waarde.toUpperCase(Locale.ROOT);
        for (E constante : soort.getEnumConstants()) {
            if (constante.name().equals(naam)) {
                return constante;
            }
        }
        throw new OngeldigeWaarde("onbekende waarde; toegestaan: " + Arrays.stream(soort.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** A Dutch postcode ({@code 1234AB}, {@code 1234 ab}), returned as {@code 1234AB}. */
    public static String postcode(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(waarde);
        if (!m.matches()) {
            throw new OngeldigeWaarde("ongeldige postcode (verwacht 1234AB of 1234 AB)");
        }
        return m.group(1) + m.group(2).toUpperCase(Locale.ROOT);
    }

    /** Nine digits that pass the 11-proef. */
    public static String bsn(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (!negenCijfers(waarde)) {
            throw new OngeldigeWaarde("bsn moet uit precies 9 cijfers bestaan");
        }
        if (!elfproef(waarde)) {
            throw new OngeldigeWaarde("bsn voldoet niet aan de elfproef");
        }
        return waarde;
    }

    public static boolean negenCijfers(String waarde) {
        return waarde != null && BSN.matcher(waarde).matches();
    }

    /**
     * The 11-proef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. All zeros passes the sum
     * but is no BSN (a placeholder), so it fails here.
     */
    public static boolean elfproef(String negenCijfers) {
        if (!negenCijfers(negenCijfers) || negenCijfers.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negenCijfers.charAt(i) - '0');
        }
        som -= negenCijfers.charAt(8) - '0';
        return som % 11 == 0;
    }

    /** contract_id and vhe_id: {@code [A-Za-z0-9._-]{1,40}} (they become file names and ERP keys). */
    public static String id(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (!ID.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("ongeldige code: alleen letters, cijfers, '.', '_' en '-', hoogstens 40 tekens");
        }
        return waarde;
    }

    /**
     * Free text: at most {@value #MAX_TEKST} characters and no control character (NUL, line break, …).
     * Only a TAB or CR as the very first character is allowed: that is the formula-injection case,
     * which is kept as text and neutralised in CSV outputs.
     */
    public static String tekst(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (waarde.codePointCount(0, waarde.length()) > MAX_TEKST) {
            throw new OngeldigeWaarde("tekst langer dan " + MAX_TEKST + " tekens");
        }
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            boolean toegestaanBegin = i == 0 && (c == '\t' || c == '\r');
            if (Character.isISOControl(c) && !toegestaanBegin) {
                throw new OngeldigeWaarde("tekst bevat een stuurteken (zoals NUL, tab of regeleinde)");
            }
        }
        return waarde;
    }

    /** huisletter of huurders.csv: empty or one letter A–Z, returned upper case. */
    public static String huisletter(String ruw) throws OngeldigeWaarde {
        String waarde = schoon(ruw);
        if (waarde == null) {
            return null;
        }
        if (!HUISLETTER.matcher(waarde).matches()) {
            throw new OngeldigeWaarde("huisletter moet leeg zijn of één letter A-Z");
        }
        return waarde.toUpperCase(Locale.ROOT);
    }

    /**
     * Text that is safe to show in a log line or afgewezen.csv: control characters become {@code ?},
     * cut to at most {@code max} characters (never inside a surrogate pair).
     */
    public static String veilig(String tekst, int max) {
        if (tekst == null) {
            return "";
        }
        StringBuilder uit = new StringBuilder();
        int i = 0;
        while (i < tekst.length() && uit.length() < max) {
            int cp = tekst.codePointAt(i);
            if (Character.charCount(cp) + uit.length() > max) {
                break;
            }
            if (Character.isISOControl(cp)) {
                uit.append('?');
            } else {
                uit.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return uit.toString();
    }
}

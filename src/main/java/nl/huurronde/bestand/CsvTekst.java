package nl.huurronde.bestand;

/**
 * Spreadsheet formula injection: a text cell that starts with {@code = + - @}, TAB or CR would run as a
 * formula when a CSV output is opened in a spreadsheet, so it gets a {@code '} prefix. Only for text
 * cells: callers write numbers ({@code -1.39}) as they are.
 */
public final class CsvTekst {

    private CsvTekst() {}

    /** The text cell as it must appear in a CSV output; null becomes empty. */
    public static String neutraliseer(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return "";
        }
        return switch (tekst.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + tekst;
            default -> tekst;
        };
    }
}

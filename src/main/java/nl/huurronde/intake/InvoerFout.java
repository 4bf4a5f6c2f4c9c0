package nl.huurronde.intake;

/**
 * A file-level error: the run fails at once with this one line (file, line where known, what).
 * The message never holds a BSN, birth date or income: it only names files, lines and columns.
 */
public class InvoerFout extends Exception {

    public InvoerFout(String bericht) {
        super(bericht);
    }
}

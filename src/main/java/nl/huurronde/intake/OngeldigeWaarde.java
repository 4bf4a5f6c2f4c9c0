package nl.huurronde.intake;

/**
 * A value that fails its type check. The message is the plain Dutch reason and never repeats the
 * value itself (it may be a BSN, birth date or income); callers decide whether echoing is allowed.
 */
public class OngeldigeWaarde extends Exception {

    public OngeldigeWaarde(String reden) {
        super(reden, null, false, false); // thrown per bad cell: no stack trace needed
    }

    public String reden() {
        return getMessage();
    }
}

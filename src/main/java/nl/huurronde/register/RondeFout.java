package nl.huurronde.register;

/** A run cannot go on; the message is the one clear line the user sees. */
public class RondeFout extends RuntimeException {
    public RondeFout(String bericht) {
        super(bericht);
    }
}

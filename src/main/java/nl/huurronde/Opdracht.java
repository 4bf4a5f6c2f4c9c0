package nl.huurronde;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the jar that needs the application context (bezwaar, herdruk, status, ...): a Spring
 * bean found by its name. Failures are thrown as {@link nl.huurronde.ronde.RondeFout} (exit 1) or
 * {@link Opdrachtregel.GebruiksFout} (exit 2) with one clear line.
 */
public interface Opdracht {

    /** The command word, e.g. "bezwaar". */
    String naam();

    /** The options it accepts (without --); others are refused. */
    List<String> opties();

    /** One line for the usage text. */
    String gebruik();

    void voerUit(Opdrachtregel regel, PrintStream uit);
}

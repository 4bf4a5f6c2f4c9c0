package nl.huurronde.opdracht;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the jar that needs the application context (bezwaar, herdruk, status, ...): a Spring
 * bean found by its name. Failures are thrown as {@link nl.huurronde.register.RondeFout} (exit 1) or
 * {@link Opdrachtregel.GebruiksFout} (exit 2) with one clear line. Its usage text (for the overall
 * usage and {@code --help}, which need no context) is its entry in {@code nl.huurronde.Hulpteksten}.
 */
public interface Opdracht {

    /** The command word, e.g. "bezwaar". */
    String naam();

    /** The options it accepts (without --); others are refused. */
    List<String> opties();

    void voerUit(Opdrachtregel regel, PrintStream uit);

    /**
     * Runs the command and returns its exit code: 0, or 3 when a command that reads input files completed
     * with rejected rows (aanvulrun, like run).
     */
    default int voerUitMetCode(Opdrachtregel regel, PrintStream uit) {
        voerUit(regel, uit);
        return 0;
    }
}

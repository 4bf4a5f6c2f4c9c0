package nl.huurronde;

/** The program's exit codes (README "Commands", docs/decisions.md), for a scheduler to act on. */
final class Exitcode {

    /** The command did what it says; a run or simulation rejected no row. */
    static final int VOLTOOID = 0;
    /** The command failed; one line on stderr says why. */
    static final int MISLUKT = 1;
    /** Wrong use of the command line. */
    static final int GEBRUIKSFOUT = 2;
    /** A run or simulation completed, but rejected rows (listed in afgewezen.csv). */
    static final int MET_AFWIJZINGEN = 3;

    private Exitcode() {}
}

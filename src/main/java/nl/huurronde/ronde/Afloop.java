package nl.huurronde.ronde;

import nl.huurronde.register.RondeFout;

/**
 * How a started run ended when it completed (a failure is thrown as {@link RondeFout}).
 *
 * @param runId     the completed (or already complete) run
 * @param afgewezen the input rows it rejected (afgewezen.csv), over all input files
 */
public record Afloop(String runId, long afgewezen) {

    public boolean metAfwijzingen() {
        return afgewezen > 0;
    }
}

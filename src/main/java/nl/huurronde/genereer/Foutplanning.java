package nl.huurronde.genereer;

/**
 * When a file gets its next deliberately bad row, and which kind. The k-th bad row comes at row
 * k × stap or later, so a file of n rows has at most n / stap of them; kinds take turns, starting
 * at a seed-dependent kind so different seeds show different kinds even in small files.
 */
final class Foutplanning {

    private final long stap;
    private final int soorten;
    private final int begin;
    private long volgende;
    private int gedaan;

    Foutplanning(double aandeel, int soorten, long seed) {
        this.stap = aandeel <= 0 ? Long.MAX_VALUE : (long) Math.ceil(1 / aandeel - 1e-9);
        this.soorten = soorten;
        this.begin = (int) Math.floorMod(seed, soorten);
        this.volgende = stap;
    }

    /** @param rijnummer 1-based number of the row about to be written */
    boolean aanDeBeurt(long rijnummer) {
        return rijnummer >= volgende;
    }

    int soort() {
        return (gedaan + begin) % soorten;
    }

    void gedaan() {
        gedaan++;
        volgende += stap;
    }
}

package nl.huurronde.voorstel;

import java.util.function.Consumer;

/**
 * The first versions of a run's proposals, one pass per call: streamed from the voorstel table (yearly
 * run) or from a list in memory (simulation). The outputs are written from either in the same way.
 */
@FunctionalInterface
public interface Voorstellen {

    void voorElk(Consumer<VoorstelVersie> actie);
}

package nl.huurronde.intake;

import java.util.List;

/**
 * A validated record: the row is always there, with every field that could be read (unreadable ones
 * null), because staging keeps rejected rows too (a rejected BRP row still marks its address, a
 * rejected row's BSN or contract_id still counts for the duplicate checks).
 */
public record Gelezen<T>(T regel, List<Afwijzing> afwijzingen) {

    public Gelezen {
        afwijzingen = List.copyOf(afwijzingen);
    }

    public boolean afgewezen() {
        return !afwijzingen.isEmpty();
    }
}
